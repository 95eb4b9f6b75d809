/**
 * A browser for newsroom tests, through `app.inject`: it keeps cookies as a browser would,
 * reads the hidden CSRF field of the form it is about to send, and posts forms urlencoded.
 * Redirects are not followed: tests look at where they lead.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { TOTP, Secret } from 'otpauth';

export const password = 'كلمة سر طويلة جدًا';

export interface Page {
  status: number;
  body: string;
  location: string | null;
  headers: LightMyRequestResponse['headers'];
}

export class TestBrowser {
  readonly cookies = new Map<string, string>();

  constructor(
    private readonly app: FastifyInstance,
    readonly language = 'ar',
    /** The client's address: the sign-in rate limit counts per address. */
    private readonly remoteAddress = '127.0.0.1',
  ) {}

  get(url: string): Promise<Page> {
    return this.request('GET', url);
  }

  /** Posts `fields` as a form, with the CSRF token of the page last seen unless one is given. */
  post(url: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
    return this.request('POST', url, new URLSearchParams(fields).toString(), headers);
  }

  /** Opens `pageUrl`, then sends its form whose action is `action` with its own token. */
  async submit(pageUrl: string, action: string, fields: Record<string, string>): Promise<Page> {
    const page = await this.get(pageUrl);
    return this.post(action, { _csrf: csrfTokenOf(page.body, action), ...fields });
  }

  private async request(
    method: 'GET' | 'POST',
    url: string,
    payload?: string,
    headers: Record<string, string> = {},
  ): Promise<Page> {
    const response = await this.app.inject({
      method,
      url,
      headers: {
        'accept-language': this.language,
        ...(this.cookies.size > 0 ? { cookie: this.cookieHeader() } : {}),
        ...(payload === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
        ...headers,
      },
      remoteAddress: this.remoteAddress,
      ...(payload === undefined ? {} : { payload }),
    });
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number }[]) {
      // Cleared as Fastify clears them; expiry is not compared with the tests' moved clocks.
      const isCleared = cookie.value === '' || cookie.maxAge === 0;
      if (isCleared) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    const location = response.headers.location;
    return {
      status: response.statusCode,
      body: response.body,
      location: typeof location === 'string' ? location : null,
      headers: response.headers,
    };
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/** The CSRF token in the form posting to `action` (the first form, without an action). */
export function csrfTokenOf(html: string, action?: string): string {
  const forms = html.split('<form').slice(1);
  const form =
    action === undefined ? forms[0] : forms.find((f) => f.includes(`action="${action}"`));
  const token = /name="_csrf" value="([^"]+)"/.exec(form ?? '')?.[1];
  if (!token) throw new Error(`no form posting to ${action ?? 'anything'} with a token`);
  return token;
}

/** The current code of an authenticator app holding `secret`, at `at`. */
export function totpCode(secret: string, at: Date): string {
  return new TOTP({
    secret: Secret.fromBase32(secret),
    digits: 6,
    period: 30,
    algorithm: 'SHA1',
  }).generate({
    timestamp: at.getTime(),
  });
}

/** The secret a two-step setup page shows, without its grouping spaces. */
export function secretOf(html: string): string {
  const secret = /<code class="secret"[^>]*>([^<]+)<\/code>/.exec(html)?.[1];
  if (!secret) throw new Error('no secret on the page');
  return secret.replace(/\s+/g, '');
}

/** The field message tied to `inputId` by aria-describedby, or null. */
export function fieldErrorOf(html: string, inputId: string): string | null {
  return (
    new RegExp(`<p class="field-error" id="${inputId}-error">([^<]*)</p>`).exec(html)?.[1] ?? null
  );
}
