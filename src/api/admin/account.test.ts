/**
 * Signing in through the admin API as a browser does it: the first administrator, the
 * session cookie and its flags, CSRF, throttled failures, signing out everywhere — and the
 * OpenAPI document that describes it all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../core/actor.js';
import { buildTestApp, type TestApp } from '../../test-support/app.js';
import { testDialects } from '../../test-support/databases.js';
import { testPassword } from '../../test-support/newsroom.js';

interface Json {
  [key: string]: unknown;
  error?: { code: string; message: string };
}

describe.each(testDialects)('the admin API’s sessions on %s', (dialect) => {
  let test: TestApp;

  beforeAll(async () => {
    test = await buildTestApp(dialect);
  });
  afterAll(() => test.close());

  const call = async (
    method: 'GET' | 'POST' | 'DELETE' | 'PATCH',
    path: string,
    options: { body?: unknown; cookie?: string; csrf?: string; ip?: string } = {},
  ) => {
    const response = await test.app.inject({
      method,
      url: `/api/v1/admin${path}`,
      remoteAddress: options.ip ?? '203.0.113.1',
      headers: {
        'accept-language': 'ar',
        ...(options.cookie ? { cookie: options.cookie } : {}),
        ...(options.csrf ? { 'x-csrf-token': options.csrf } : {}),
      },
      ...(options.body === undefined ? {} : { payload: options.body as Record<string, unknown> }),
    });
    return {
      status: response.statusCode,
      json: (response.body === '' ? {} : JSON.parse(response.body)) as Json,
      headers: response.headers,
    };
  };
  const setCookie = (headers: Record<string, unknown>) => {
    const value = headers['set-cookie'];
    return typeof value === 'string' ? value : Array.isArray(value) ? String(value[0]) : '';
  };
  const cookieOf = (headers: Record<string, unknown>) => setCookie(headers).split(';')[0] ?? '';

  it('creates the administrator once, with a session cookie scripts cannot read', async () => {
    const setup = await call('POST', '/setup', {
      body: { email: 'Admin@News.Example', name: 'مديرة الموقع', password: testPassword },
    });
    expect(setup.status).toBe(201);
    expect(setup.json).toMatchObject({
      user: { email: 'admin@news.example', role: 'administrator', language: 'ar' },
      mfaRequired: false,
    });
    const cookie = setCookie(setup.headers);
    expect(cookie).toMatch(/^midad_session=mds_[\w-]+;/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    // The test site's public address is https.
    expect(cookie).toContain('Secure');
    const again = await call('POST', '/setup', {
      body: { email: 'other@news.example', name: 'آخر', password: testPassword },
    });
    expect([again.status, again.json.error?.code]).toEqual([409, 'setup_done']);
    expect((await call('GET', '/setup')).json).toEqual({ needsSetup: false });
  });

  it('asks for the CSRF token with the cookie, and signs out everywhere', async () => {
    const first = await call('POST', '/session', {
      body: { email: 'admin@news.example', password: testPassword },
    });
    const second = await call('POST', '/session', {
      body: { email: 'admin@news.example', password: testPassword },
    });
    const cookie = cookieOf(first.headers);
    const csrf = first.json.csrfToken as string;
    expect((await call('GET', '/me', { cookie })).json).toMatchObject({ csrfToken: csrf });
    const forged = await call('PATCH', '/me', { cookie, body: { name: 'اسم مزوّر' } });
    expect([forged.status, forged.json.error?.code]).toEqual([403, 'csrf_failed']);
    const renamed = await call('PATCH', '/me', { cookie, csrf, body: { name: 'مديرة التحرير' } });
    expect(renamed.json.name).toBe('مديرة التحرير');

    const out = await call('DELETE', '/sessions', { cookie, csrf });
    expect(out.status).toBe(204);
    for (const session of [cookie, cookieOf(second.headers)]) {
      expect((await call('GET', '/me', { cookie: session })).status).toBe(401);
    }
  });

  it('slows down guessing, and says for how long, in Arabic', async () => {
    let last = { status: 0, json: {} as Json, headers: {} as Record<string, unknown> };
    for (let i = 0; i < 11; i++) {
      last = await call('POST', '/session', {
        ip: `198.51.100.${i}`,
        body: { email: 'admin@news.example', password: 'ليست كلمة السر' },
      });
    }
    expect(last.status).toBe(429);
    expect(last.json.error?.code).toBe('too_many_login_attempts');
    expect(last.json.error?.message).toMatch(
      /^محاولات دخول فاشلة كثيرة\. انتظر .+ ثم حاول مرة أخرى\.$/,
    );
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    // Even the right password waits now.
    const right = await call('POST', '/session', {
      ip: '198.51.100.99',
      body: { email: 'admin@news.example', password: testPassword },
    });
    expect(right.status).toBe(429);
  });

  it('limits sign-in attempts from one address, whatever accounts it tries', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      statuses.push(
        (
          await call('POST', '/session', {
            ip: '192.0.2.50',
            body: { email: `nobody${i}@news.example`, password: 'x' },
          })
        ).status,
      );
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('tells a signed-in user errors in their own language when the browser does not say', async () => {
    const cli = systemActor('cli');
    const user = await test.services.accounts.createUser(cli, {
      email: 'jane@news.example',
      name: 'Jane Doe',
      role: 'contributor',
      language: 'en',
      password: testPassword,
    });
    const { token } = await test.services.accounts.createToken(cli, {
      name: 'jane',
      role: 'contributor',
      userId: user.id,
    });
    const response = await test.app.inject({
      method: 'POST',
      url: '/api/v1/admin/sections',
      headers: { authorization: `Bearer ${token}` },
      payload: { name: 'Energy' },
    });
    expect(response.statusCode).toBe(403);
    expect((JSON.parse(response.body) as Json).error?.message).toBe(
      'You are not allowed to do this.',
    );
  });

  it('publishes an OpenAPI 3.1 document of every admin route', async () => {
    const response = await test.app.inject({ url: '/api/v1/admin/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = JSON.parse(response.body) as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    expect(document.openapi).toBe('3.1.0');
    for (const path of [
      '/api/v1/admin/articles',
      '/api/v1/admin/articles/{id}',
      '/api/v1/admin/articles/{id}/schedule',
      '/api/v1/admin/articles/{id}/revisions/{revisionId}/restore',
      '/api/v1/admin/sections',
      '/api/v1/admin/tags',
      '/api/v1/admin/people',
      '/api/v1/admin/settings',
      '/api/v1/admin/users',
      '/api/v1/admin/tokens',
      '/api/v1/admin/session',
    ]) {
      expect(document.paths[path], path).toBeDefined();
    }
    expect(
      Object.keys(document.paths['/api/v1/admin/articles/{id}']?.patch?.responses ?? {}),
    ).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404', '409']));
  });
});
