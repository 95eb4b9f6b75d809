/**
 * Midad's error catalogue: every error a user can meet has a stable code, an HTTP status,
 * and messages in Arabic and English. Anything else is an internal error: logged, and
 * shown to readers only as a generic 500 page.
 */
import type { Language } from './db/schema.js';

export const errorCatalogue = {
  not_found: {
    status: 404,
    ar: 'الصفحة غير موجودة.',
    en: 'Page not found.',
  },
  invalid_input: {
    status: 400,
    ar: 'البيانات المرسلة غير صالحة: {detail}',
    en: 'The data sent is not valid: {detail}',
  },
  internal: {
    status: 500,
    ar: 'حدث خطأ في الخادم.',
    en: 'Something went wrong on the server.',
  },
} as const satisfies Record<string, { status: number; ar: string; en: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

export class MidadError extends Error {
  override name = 'MidadError';
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    /** Detail for the message; safe to show (it never carries stored data the user can't see). */
    readonly detail = '',
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
    this.status = errorCatalogue[code].status;
  }

  localizedMessage(language: Language): string {
    return errorCatalogue[this.code][language].replace('{detail}', this.detail);
  }
}

/** A rule of the content model broken by the input, naming the field. */
export class ValidationError extends MidadError {
  override name = 'ValidationError';
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super('invalid_input', `${field}: ${reason}`);
  }
}
