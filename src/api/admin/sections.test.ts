/**
 * Moving sections through the admin API: one call moves a section a place among its siblings
 * and leaves their positions numbered 0, 1, 2 … in the new order; the first cannot go up nor
 * the last down, and such a call — or one from an author — changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Section } from '../../content/types.js';
import { buildTestApp, type TestApp } from '../../test-support/app.js';
import { testDialects } from '../../test-support/databases.js';
import { makeSection } from '../../test-support/factories.js';
import { adminApi, seedNewsroom, type Newsroom } from '../../test-support/newsroom.js';

interface Answer {
  items: Section[];
  error: {
    code: string;
    message: string;
    fields?: { field: string; rule: string; message: string }[];
  };
}

describe.each(testDialects)('moving sections through the admin API on %s', (dialect) => {
  let test: TestApp;
  let newsroom: Newsroom;

  beforeAll(async () => {
    test = await buildTestApp(dialect);
    newsroom = await seedNewsroom(test.services);
  });
  afterAll(() => test.close());

  const as = (member: keyof Newsroom, language = 'ar') =>
    adminApi(test.app, newsroom[member], language);

  /** Three subsections of a section of their own, at tied and scattered positions. */
  async function family() {
    const context = test.services.context;
    const parent = await makeSection(context, { name: 'الأسواق' });
    const child = (name: string, position: number) =>
      makeSection(context, { name, parentId: parent.id, position });
    return {
      parent,
      stocks: await child('الأسهم', 4),
      bonds: await child('السندات', 4),
      currencies: await child('العملات', 9),
    };
  }

  const order = async (parentId: number) =>
    (await as('editor').get<Answer>('/sections')).body.items
      .filter((s) => s.parentId === parentId)
      .sort((a, b) => a.position - b.position)
      .map((s) => [s.name, s.position]);

  it('moves a section a place and numbers its siblings in their new order', async () => {
    const { parent, currencies, stocks } = await family();

    const up = await as('editor').post<Section>(`/sections/${currencies.id}/move`, {
      direction: 'up',
    });
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ id: currencies.id, name: 'العملات', position: 1 });
    expect(await order(parent.id)).toEqual([
      ['الأسهم', 0],
      ['العملات', 1],
      ['السندات', 2],
    ]);

    await as('editor').post(`/sections/${stocks.id}/move`, { direction: 'down' });
    expect(await order(parent.id)).toEqual([
      ['العملات', 0],
      ['الأسهم', 1],
      ['السندات', 2],
    ]);
  });

  it('refuses to move the first up or the last down, saying why, and changes nothing', async () => {
    const { parent, stocks, currencies } = await family();
    const before = await order(parent.id);

    const first = await as('editor').post<Answer>(`/sections/${stocks.id}/move`, {
      direction: 'up',
    });
    expect(first.status).toBe(400);
    expect(first.body.error.fields?.[0]).toMatchObject({
      field: 'direction',
      rule: 'already_first',
      message: 'القسم «الأسهم» أول أقسام مستواه، فلا يُنقل إلى الأعلى.',
    });
    const last = await as('editor', 'en').post<Answer>(`/sections/${currencies.id}/move`, {
      direction: 'down',
    });
    expect(last.body.error.fields?.[0]?.message).toBe(
      '“العملات” is already the last section at its level; it cannot move down.',
    );
    const sideways = await as('editor').post<Answer>(`/sections/${stocks.id}/move`, {
      direction: 'left',
    });
    expect(sideways.status).toBe(400);
    expect(sideways.body.error.fields?.map((f) => [f.field, f.rule])).toEqual([
      ['direction', 'not_one_of'],
    ]);

    expect(await order(parent.id)).toEqual(before);
  });

  it('refuses authors with 403, changing nothing', async () => {
    const { parent, currencies } = await family();
    const before = await order(parent.id);
    const refused = await as('author').post(`/sections/${currencies.id}/move`, {
      direction: 'up',
    });
    expect(refused.status).toBe(403);
    expect(await order(parent.id)).toEqual(before);
    expect((await as('editor').post('/sections/2000000/move', { direction: 'up' })).status).toBe(
      404,
    );
  });

  it('describes the move in the OpenAPI document', async () => {
    const response = await test.app.inject({ url: '/api/v1/admin/openapi.json' });
    const document = JSON.parse(response.body) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const move = document.paths['/api/v1/admin/sections/{id}/move']?.post;
    expect(Object.keys(move?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '400', '403', '404']),
    );
  });
});
