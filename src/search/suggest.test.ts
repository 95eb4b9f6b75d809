/**
 * «هل تقصد …»: a search that finds nothing because a word is misspelled is offered the
 * query with that word as the articles write it — only if the correction finds something,
 * never for a query whose words all exist, and the same on both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test-support/app.js';
import { testDialects } from '../test-support/databases.js';
import { makeArticle, makeSection, paragraphs } from '../test-support/factories.js';

describe.each(testDialects)('search suggestions on %s', (dialect) => {
  let test: TestApp;
  let sportsId: number;

  beforeAll(async () => {
    test = await buildTestApp(dialect);
    const { context } = test.services;
    const sports = await makeSection(context, { slug: 'sports', name: 'رياضة' });
    sportsId = sports.id;
    await makeArticle(context, {
      title: 'الاقتصاد السوري ينمو ببطء',
      body: paragraphs('قال ضابط في الجمارك إن التضخم تراجع وإن المصارف تستعيد ودائعها.'),
    });
    await makeArticle(context, {
      title: 'Inflation eases in the region',
      language: 'en',
      body: paragraphs('Central banks held rates.'),
    });
  });
  afterAll(() => test.close());

  const search = (q: string, extra: { sectionIds?: number[]; language?: 'ar' | 'en' } = {}) =>
    test.services.search.search({ q, language: 'ar', page: 1, ...extra });

  it('offers the word the articles use for a misspelled one, as they write it', async () => {
    const results = await search('الاقتصد');
    expect(results.total).toBe(0);
    expect(results.suggestion?.q).toBe('الاقتصاد');
    expect(results.suggestion?.parts).toEqual([{ text: 'الاقتصاد', isMatch: true }]);
    expect((await search(results.suggestion?.q ?? '')).total).toBe(1);
  });

  it('keeps the words that were right, and corrects a letter that sounds alike', async () => {
    const results = await search('ظابط الجمارك');
    expect(results.suggestion?.q).toBe('ضابط الجمارك');
    expect(results.suggestion?.parts).toEqual([
      { text: 'ضابط', isMatch: true },
      { text: ' الجمارك', isMatch: false },
    ]);
  });

  it('corrects English in English', async () => {
    const results = await search('inflaton', { language: 'en' });
    expect(results.suggestion?.q).toBe('Inflation');
  });

  it('offers nothing when every word exists, when nothing is near, or when the correction finds nothing', async () => {
    expect((await search('الاقتصاد الجمارك المريخ')).suggestion).toBeNull();
    expect((await search('الاقتصاد الرياضة')).suggestion).toBeNull();
    expect((await search('كمبيوتر')).suggestion).toBeNull();
    expect((await search('الاقتصد', { sectionIds: [sportsId] })).suggestion).toBeNull();
    expect((await search('الاقتصاد')).suggestion).toBeNull();
  });
});
