/**
 * Each surface answers errors in its own shape and with the catalogue's status: HTML pages
 * for readers, JSON under /api. The review's cases: a rule broken (400), a refusal (403), an
 * unsupported body (415), an unknown API path — none may become the reader's 404 or 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MidadError, ValidationError } from '../errors.js';
import { buildTestApp, type TestApp } from '../test-support/app.js';
import { htmlAttributes, visibleText } from '../test-support/html.js';

describe('errors per surface', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await buildTestApp('sqlite');
    // Routes outside every surface: their errors reach the root, which hands them on by path.
    for (const prefix of ['', '/api/v1']) {
      test.app.get(`${prefix}/throw/invalid`, async () => {
        throw ValidationError.of('title', 'required');
      });
      test.app.get(`${prefix}/throw/forbidden`, async () => {
        throw new MidadError('forbidden');
      });
      test.app.get(`${prefix}/throw/bug`, async () => {
        throw new Error('a bug');
      });
      test.app.post(`${prefix}/throw/body`, async () => 'unreachable');
    }
  });
  afterAll(() => test.close());

  const get = (url: string) => test.app.inject({ url });

  it('answers readers with a page in their language that keeps the status', async () => {
    for (const [url, status, words] of [
      ['/throw/invalid', 400, 'تعذّر تنفيذ الطلب'],
      ['/throw/forbidden', 403, 'تعذّر تنفيذ الطلب'],
      ['/throw/bug', 500, 'حدث خطأ غير متوقع'],
      ['/%E0%A4%A', 404, 'الصفحة غير موجودة'],
    ] as const) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(status);
      expect(response.headers['content-type'], url).toBe('text/html; charset=utf-8');
      expect(htmlAttributes(response.body), url).toEqual({ lang: 'ar', dir: 'rtl' });
      expect(visibleText(response.body), url).toContain(words);
    }
    const body = await test.app.inject({
      method: 'POST',
      url: '/throw/body',
      headers: { 'content-type': 'application/x-unknown' },
      payload: 'x',
    });
    expect(body.statusCode).toBe(415);
    expect(htmlAttributes(body.body)).toEqual({ lang: 'ar', dir: 'rtl' });
  });

  it('answers API callers with JSON, whatever went wrong', async () => {
    for (const [url, status, code] of [
      ['/api/v1/throw/invalid', 400, 'invalid_input'],
      ['/api/v1/throw/forbidden', 403, 'forbidden'],
      ['/api/v1/throw/bug', 500, 'internal'],
      ['/api/v1/%E0%A4%A', 400, 'malformed_request'],
      ['/api/v1/no-such-thing', 404, 'route_not_found'],
    ] as const) {
      const response = await test.app.inject({ url, headers: { 'accept-language': 'en' } });
      expect(response.statusCode, url).toBe(status);
      expect(response.headers['content-type'], url).toBe('application/json; charset=utf-8');
      const body = JSON.parse(response.body) as { error: { code: string; message: string } };
      expect(body.error.code, url).toBe(code);
    }
    const bug = JSON.parse((await get('/api/v1/throw/bug')).body) as { error: { message: string } };
    // Nothing of the inside leaks: no stack, no error text of ours.
    expect(bug.error.message).toBe('حدث خطأ في الخادم. حاول مرة أخرى بعد قليل.');
    const body = await test.app.inject({
      method: 'POST',
      url: '/api/v1/throw/body',
      headers: { 'content-type': 'application/x-unknown' },
      payload: 'x',
    });
    expect(body.statusCode).toBe(415);
    expect(JSON.parse(body.body)).toMatchObject({ error: { code: 'unsupported_media_type' } });
  });
});
