/** `GET /api/v1/search`: the search page's answers as JSON, and its refusals as JSON too. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test-support/app.js';
import { testDialects } from '../../test-support/databases.js';
import { makeArticle, paragraphs } from '../../test-support/factories.js';

describe.each(testDialects)('the search API on %s', (dialect) => {
  let test: TestApp;
  let id: number;

  beforeAll(async () => {
    test = await buildTestApp(dialect);
    id = await makeArticle(test.services.context, {
      title: 'سفن عالقة في الموانئ بسبب العاصفة',
      body: paragraphs('علقت عشرات السفن في ميناء اللاذقية.'),
    });
  });
  afterAll(() => test.close());

  const get = (url: string) => test.app.inject({ method: 'GET', url });

  it('finds the singular’s plural and returns the marked parts', async () => {
    const response = await get(`/api/v1/search?q=${encodeURIComponent('سفينة ميناء')}`);
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      items: { id: number; url: string; titleParts: { text: string; isMatch: boolean }[] }[];
      total: number;
    }>();
    expect(body.total).toBe(1);
    expect(body.items[0]?.id).toBe(id);
    expect(body.items[0]?.url).toMatch(new RegExp(`^/article/${id}/`));
    expect(body.items[0]?.titleParts.filter((p) => p.isMatch).map((p) => p.text)).toEqual([
      'سفن',
      'الموانئ',
    ]);
  });

  it('suggests the spelling the articles use when nothing matches', async () => {
    const response = await get(`/api/v1/search?q=${encodeURIComponent('العاصفه المينا')}`);
    expect(response.statusCode).toBe(200);
    const body = response.json<{ total: number; suggestion: { q: string } | null }>();
    expect(body.total).toBe(0);
    expect(body.suggestion?.q).toBe('العاصفه ميناء');
  });

  it('answers bad parameters with a JSON error naming them, and any query with results', async () => {
    const bad = await get('/api/v1/search?q=x&perPage=500');
    expect(bad.statusCode).toBe(400);
    const error = bad.json<{ error: { code: string; fields: { field: string }[] } }>().error;
    expect(error.code).toBe('invalid_input');
    expect(error.fields.map((f) => f.field)).toEqual(['perPage']);
    const missing = await get('/api/v1/search');
    expect(missing.statusCode).toBe(400);
    const hostile = await get(`/api/v1/search?q=${encodeURIComponent('"(*) NEAR\u0000')}`);
    expect(hostile.statusCode).toBe(200);
  });
});
