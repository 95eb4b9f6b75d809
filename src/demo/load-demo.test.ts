import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentService } from '../content/content-service.js';
import { MediaStore } from '../media/media-store.js';
import { openTestDatabase, testDialects, type TestDatabase } from '../test-support/databases.js';
import { loadDemo } from './load-demo.js';

describe.each(testDialects)('demo content on %s', (dialect) => {
  let test: TestDatabase;
  let content: ContentService;
  let first: Awaited<ReturnType<typeof loadDemo>>;

  beforeAll(async () => {
    test = await openTestDatabase(dialect);
    content = new ContentService(test.db.kysely);
    first = await loadDemo(test.db, new MediaStore(path.join(test.dataDir, 'media')));
  }, 60_000);
  afterAll(() => test.close());

  const count = async (table: 'article' | 'section' | 'person' | 'tag' | 'media') => {
    const row = await test.db.kysely
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };

  it('loads a whole Arabic news site with an English edition', async () => {
    expect(first).toMatchObject({ loaded: true });
    expect((await content.listSummaries({ language: 'ar' }, 1000)).length).toBeGreaterThanOrEqual(
      24,
    );
    expect(await content.listSummaries({ language: 'en' }, 1000)).toHaveLength(3);
    const sections = await content.navigation('ar');
    expect(sections.length).toBeGreaterThanOrEqual(5);
    for (const { section } of sections) {
      const listing = await content.sectionListing(section.slug, 1);
      expect(listing?.listing.articles.length, section.slug).toBeGreaterThan(0);
    }
    const home = await content.home('ar');
    expect(home.lead?.featuredImage?.alt).toMatch(/[\u0600-\u06FF]/);
    expect(home.opinion[0]?.authors[0]?.avatar).not.toBeNull();
  });

  it('gives every image Arabic or English alt text, a caption and a credit', async () => {
    const rows = await test.db.kysely.selectFrom('media').selectAll().execute();
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      expect(row.alt.trim().length, row.storageKey).toBeGreaterThan(10);
      expect(row.alt, row.storageKey).not.toMatch(/_|\.(jpe?g|png|webp)$/);
      expect(row.caption, row.storageKey).toBeTruthy();
      expect(row.credit, row.storageKey).toBeTruthy();
    }
  });

  it('never loads twice, and leaves a site with content alone', async () => {
    const before = await Promise.all(
      (['article', 'section', 'person', 'tag', 'media'] as const).map(count),
    );
    expect(await loadDemo(test.db, new MediaStore(path.join(test.dataDir, 'media')))).toEqual({
      loaded: false,
      reason: 'already-loaded',
    });
    await test.db.kysely.deleteFrom('setting').execute();
    expect(await loadDemo(test.db, new MediaStore(path.join(test.dataDir, 'media')))).toEqual({
      loaded: false,
      reason: 'has-content',
    });
    const after = await Promise.all(
      (['article', 'section', 'person', 'tag', 'media'] as const).map(count),
    );
    expect(after).toEqual(before);
  });
});
