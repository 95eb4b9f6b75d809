/**
 * Names typed as English news spells them find the Arabic articles that name them, through
 * the gazetteer, and are marked where the article wrote them — on both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test-support/app.js';
import { testDialects } from '../test-support/databases.js';
import { makeArticle, paragraphs } from '../test-support/factories.js';

describe.each(testDialects)('names in Latin letters on %s', (dialect) => {
  let test: TestApp;
  let portId: number;
  let fundId: number;

  beforeAll(async () => {
    test = await buildTestApp(dialect);
    const { context } = test.services;
    portId = await makeArticle(context, {
      title: 'ميناء اللاذقية يستقبل أول سفينة حبوب',
      body: paragraphs('قالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن الشحنة وصلت.'),
    });
    fundId = await makeArticle(context, {
      title: 'صندوق النقد الدولي يخفض توقعات النمو',
      body: paragraphs('خفض الصندوق توقعاته لنمو اقتصادات المنطقة.'),
    });
    await makeArticle(context, {
      title: 'صندوق النقد العربي يقرض المغرب',
      body: paragraphs('وافق الصندوق على قرض جديد.'),
    });
  });
  afterAll(() => test.close());

  const found = async (q: string) =>
    (await test.services.search.search({ q, language: 'ar', page: 1 })).items.map(
      (item) => item.article.id,
    );

  it('finds the Arabic article for a place, a person or an organisation typed in English', async () => {
    expect(await found('Latakia')).toEqual([portId]);
    expect(await found('lattakia port')).toEqual([]);
    expect(await found('Zakharova')).toEqual([portId]);
    expect(await found('Maria Zakharova')).toEqual([portId]);
    expect(await found('IMF')).toEqual([fundId]);
    expect(await found('"International Monetary Fund"')).toEqual([fundId]);
    expect(await found('Latakia سفينة')).toEqual([portId]);
  });

  it('excludes every spelling of an excluded name', async () => {
    expect(await found('صندوق -IMF')).not.toContain(fundId);
    expect(await found('صندوق -IMF')).toHaveLength(1);
  });

  it('marks the name where the article wrote it', async () => {
    const [result] = (await test.services.search.search({ q: 'Latakia', language: 'ar', page: 1 }))
      .items;
    expect(result?.title.filter((part) => part.isMatch).map((part) => part.text)).toEqual([
      'اللاذقية',
    ]);
  });
});
