/**
 * The admin API from the browser: JSON over the session cookie, with the session's CSRF token
 * on every request that changes something. Errors keep the API's code, message (already in
 * the user's language), fields and details, so the editor can show each where it belongs.
 */
import { tr } from './i18n.js';

export interface ApiFieldError {
  field: string;
  rule: string;
  message: string;
}

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: ApiFieldError[],
    readonly details: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** The request never reached the server, or no answer came back. */
export class OfflineError extends Error {
  override name = 'OfflineError';
}

const base = '/api/v1/admin';

export interface RequestOptions {
  /** Sent even as the page closes (the browser caps such bodies at 64 KiB). */
  keepalive?: boolean;
}

export type Api = <T>(
  method: string,
  path: string,
  body?: unknown,
  options?: RequestOptions,
) => Promise<T>;

export function createApi(csrfToken: string): Api {
  return async <T>(
    method: string,
    path: string,
    body?: unknown,
    options: RequestOptions = {},
  ): Promise<T> => {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        credentials: 'same-origin',
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }),
        },
        body: body === undefined ? null : JSON.stringify(body),
        keepalive: options.keepalive ?? false,
      });
    } catch (error) {
      throw new OfflineError(error instanceof Error ? error.message : String(error));
    }
    if (response.status === 204) return undefined as T;
    const data = (await response.json().catch(() => null)) as unknown;
    if (!response.ok) throw errorOf(response.status, data);
    return data as T;
  };
}

function errorOf(status: number, data: unknown): ApiError {
  const error = (data as { error?: Record<string, unknown> } | null)?.error ?? {};
  const { code, message, fields, ...details } = error;
  return new ApiError(
    status,
    typeof code === 'string' ? code : 'internal',
    typeof message === 'string' ? message : tr('editor.error.status', { status }),
    Array.isArray(fields) ? (fields as ApiFieldError[]) : [],
    details,
  );
}
