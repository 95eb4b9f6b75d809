/**
 * A search that matches more articles than it ranks (`rankedMatches`) ranks the newest of
 * those that pass its filters and lists them alone, saying how many match in all; one that
 * matches fewer is ranked whole. Over 1 010 articles that all name oil, on both databases.
 */
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentJson } from '../content/document-schema.js';
import type { NewArticleRow } from '../db/schema.js';
import { buildTestApp, type TestApp } from '../test-support/app.js';
import { testDialects } from '../test-support/databases.js';
import { makeSection, paragraphs } from '../test-support/factories.js';
import { rebuildSearchIndex } from './rebuild.js';
import { rankedMatches } from './search-repository.js';

const count = rankedMatches + 10;
const hour = 60 * 60 * 1000;
const newest = Date.parse('2026-11-30T09:00:00.000Z');

function row(
  index: number,
  fields: { title: string; body: DocumentJson; sectionId: number | null },
): NewArticleRow {
  const at = new Date(newest - (count - index) * hour).toISOString();
  return {
    type: 'news',
    slug: `oil-${index}`,
    title: fields.title,
    subtitle: null,
    excerpt: null,
    body: JSON.stringify(fields.body),
    language: 'ar',
    status: 'published',
    publishedAt: at,
    createdAt: at,
    updatedAt: at,
    sectionId: fields.sectionId,
    featuredMediaId: null,
    sourceName: null,
    sourceUrl: null,
    seoTitle: null,
    seoDescription: null,
    canonicalUrl: null,
    isBreaking: 0,
    isFeatured: 0,
    version: 1,
    scheduledAt: null,
    ownerUserId: null,
  };
}

describe.each(testDialects)('a search with more matches than it ranks, on %s', (dialect) => {
  let test: TestApp;
  let oldestId: number;
  let sectionId: number;

  beforeAll(async () => {
    test = await buildTestApp(dialect, { now: new Date(newest + hour) });
    const { db, context } = test.services;
    sectionId = (await makeSection(context, { name: 'طاقة', slug: 'energy' })).id;
    // The oldest says «النفط» most, and in its headline: the best match of all, were every
    // match ranked.
    const rows = [
      row(0, {
        title: 'النفط والنفط: أسعار النفط',
        body: paragraphs('النفط يرتفع، والنفط يهبط، وتجار النفط ينتظرون.'),
        sectionId,
      }),
    ];
    for (let index = 1; index < count; index++) {
      rows.push(
        row(index, {
          title: `تقرير السوق رقم ${index}`,
          body: paragraphs('تحدث التقرير عن النفط مرة.'),
          sectionId: null,
        }),
      );
    }
    for (let at = 0; at < rows.length; at += 100) {
      await db.kysely
        .insertInto('article')
        .values(rows.slice(at, at + 100))
        .execute();
    }
    const oldest = await db.kysely
      .selectFrom('article')
      .select('id')
      .where('slug', '=', 'oil-0')
      .executeTakeFirstOrThrow();
    oldestId = oldest.id;
    await rebuildSearchIndex(context);
  }, 60_000);
  afterAll(() => test.close());

  const search = (input: { q: string; page?: number; order?: 'newest'; sectionIds?: number[] }) =>
    test.services.search.search({ language: 'ar', page: 1, ...input });

  it('counts every match and lists the newest it ranks', async () => {
    const first = await search({ q: 'نفط' });
    expect(first.total).toBe(count);
    expect(first.listed).toBe(rankedMatches);
    expect(first.items.map((item) => item.article.id)).not.toContain(oldestId);
    const last = await search({ q: 'نفط', page: rankedMatches / 10 });
    expect(last.items).toHaveLength(10);
    const past = await search({ q: 'نفط', page: rankedMatches / 10 + 1 });
    expect(past.items).toEqual([]);
  });

  it('tells the reader on the page that the newest are listed, and how to see others', async () => {
    const response = await test.app.inject({
      method: 'GET',
      url: `/search?q=${encodeURIComponent('نفط')}`,
    });
    expect(response.statusCode).toBe(200);
    const text = parseHTML(response.body).document.querySelector('main')?.textContent ?? '';
    expect(text).toMatch(/نعرض أحدث (١٬?٠٠٠|1,?000) منها/);
    expect(text).toContain('أضف كلمة أو اختر قسمًا أو تاريخًا');
  });

  it('ranks within the filter, so a section finds its older article first', async () => {
    const results = await search({ q: 'نفط', sectionIds: [sectionId] });
    expect(results.total).toBe(1);
    expect(results.listed).toBe(1);
    expect(results.items[0]?.article.id).toBe(oldestId);
  });

  it('ranks a search that matches fewer whole: the best match first, however old', async () => {
    const results = await search({ q: 'نفط تجار' });
    expect(results.listed).toBe(results.total);
    expect(results.items[0]?.article.id).toBe(oldestId);
  });

  it('lists the newest first when asked', async () => {
    const results = await search({ q: 'نفط', order: 'newest' });
    expect(results.items[0]?.article.slug).toBe(`oil-${count - 1}`);
  });
});
