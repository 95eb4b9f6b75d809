/**
 * Two editors racing for one slug at the same instant: one wins, the other hears that the
 * slug is taken — never a 500 from the database's unique constraint.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test-support/app.js';
import { testDialects } from '../../test-support/databases.js';
import { adminApi, doc, seedNewsroom, type Newsroom } from '../../test-support/newsroom.js';

describe.each(testDialects)('racing for a slug on %s', (dialect) => {
  let test: TestApp;
  let newsroom: Newsroom;

  beforeAll(async () => {
    test = await buildTestApp(dialect);
    newsroom = await seedNewsroom(test.services);
  });
  afterAll(() => test.close());

  it('gives the slug to one article and a clear 400 to the other', async () => {
    for (let round = 0; round < 5; round++) {
      const slug = `سباق-${round}`;
      const results = await Promise.all(
        (['editor', 'administrator'] as const).map((who) =>
          adminApi(test.app, newsroom[who]).post<{
            error?: { fields?: { field: string; rule: string }[] };
          }>('/articles', { title: 'خبر', slug, body: doc('نص.') }),
        ),
      );
      expect(results.map((r) => r.status).sort(), `round ${round}`).toEqual([201, 400]);
      expect(results.find((r) => r.status === 400)?.body.error?.fields).toEqual([
        expect.objectContaining({ field: 'slug', rule: 'taken' }),
      ]);
    }
  });

  it('does the same for sections', async () => {
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        adminApi(test.app, newsroom.editor).post('/sections', { name: 'تكنولوجيا' }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 400, 400]);
  });
});
