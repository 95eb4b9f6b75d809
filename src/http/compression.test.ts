/**
 * Every text response is compressed for a browser that accepts it — pages, the stylesheet,
 * the API's JSON — whether or not a proxy is in front, and a revisit with the page's ETag
 * gets a 304 with nothing to download, until the page changes.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test-support/app.js';
import { makeArticle, paragraphs } from '../test-support/factories.js';

describe('compression and revalidation', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await buildTestApp('sqlite');
    await makeArticle(test.services.context, {
      title: 'أسعار النفط تستقر قرب أعلى مستوى في شهر',
      body: paragraphs('استقرت أسعار النفط اليوم بعد ارتفاع دام أسبوعًا. '.repeat(40)),
      publishedAt: '2026-11-20T09:00:00.000Z',
    });
  });
  afterAll(() => test.close());

  const get = (url: string, headers: Record<string, string> = {}) =>
    test.app.inject({ method: 'GET', url, headers });

  it('sends the home page in brotli or gzip, the same page as uncompressed', async () => {
    const plain = await get('/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await get('/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(plain.body);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    const gzip = await get('/', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString('utf8')).toBe(plain.body);
  });

  it('compresses the stylesheet and the API', async () => {
    const home = await get('/');
    const stylesheet = /href="(\/assets\/site\.[^"]+\.css)"/.exec(home.body)?.[1];
    expect(stylesheet).toBeDefined();
    const css = await get(stylesheet ?? '', { 'accept-encoding': 'br' });
    expect(css.headers['content-encoding']).toBe('br');
    const api = await get(`/api/v1/search?q=${encodeURIComponent('النفط')}`, {
      'accept-encoding': 'gzip',
    });
    expect(api.statusCode).toBe(200);
    expect(api.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(api.rawPayload).toString('utf8'))).toHaveProperty('items');
  });

  it('answers a revisit with 304 until the page changes', async () => {
    const first = await get('/');
    const etag = first.headers.etag;
    expect(typeof etag).toBe('string');
    const again = await get('/', { 'if-none-match': String(etag), 'accept-encoding': 'br' });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    await makeArticle(test.services.context, {
      title: 'البنك المركزي يبقي الفائدة دون تغيير',
      body: paragraphs('أبقى البنك المركزي سعر الفائدة دون تغيير.'),
      publishedAt: '2026-11-21T09:00:00.000Z',
    });
    const changed = await get('/', { 'if-none-match': String(etag) });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.body).toContain('البنك المركزي يبقي الفائدة');
  });
});
