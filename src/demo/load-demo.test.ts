import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReaderService } from '../content/reader-service.js';
import type { UnitOfWorkContext } from '../core/unit-of-work.js';
import { EventBus } from '../events/event-bus.js';
import { MediaStore } from '../media/media-store.js';
import { openTestDatabase, testDialects, type TestDatabase } from '../test-support/databases.js';
import { loadDemo } from './load-demo.js';

describe.each(testDialects)('demo content on %s', (dialect) => {
  let test: TestDatabase;
  let content: ReaderService;
  let context: UnitOfWorkContext;
  let store: MediaStore;
  let first: Awaited<ReturnType<typeof loadDemo>>;

  beforeAll(async () => {
    test = await openTestDatabase(dialect);
    content = new ReaderService(test.db);
    context = {
      db: test.db,
      bus: new EventBus({ error: () => undefined }),
      clock: () => new Date(),
    };
    store = new MediaStore(path.join(test.dataDir, 'media'));
    first = await loadDemo(context, store);
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

  it('writes its content through the newsroom’s rules: every article has a revision', async () => {
    const revisions = await test.db.kysely
      .selectFrom('articleRevision')
      .select(['articleId', 'actorName'])
      .distinct()
      .execute();
    const articles = await count('article');
    expect(new Set(revisions.map((r) => r.articleId)).size).toBe(articles);
    expect(revisions.every((r) => r.actorName === '@demo')).toBe(true);
  });

  it('never loads twice, and leaves a site with content alone', async () => {
    const before = await Promise.all(
      (['article', 'section', 'person', 'tag', 'media'] as const).map(count),
    );
    expect(await loadDemo(context, store)).toEqual({
      loaded: false,
      reason: 'already-loaded',
    });
    await test.db.kysely.deleteFrom('setting').execute();
    expect(await loadDemo(context, store)).toEqual({
      loaded: false,
      reason: 'has-content',
    });
    const after = await Promise.all(
      (['article', 'section', 'person', 'tag', 'media'] as const).map(count),
    );
    expect(after).toEqual(before);
  });
});
