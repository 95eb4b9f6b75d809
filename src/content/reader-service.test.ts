import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnitOfWorkContext } from '../core/unit-of-work.js';
import { migrateDown, migrateToLatest, migrationStates } from '../db/migrate.js';
import { EventBus } from '../events/event-bus.js';
import { MediaStore } from '../media/media-store.js';
import { openTestDatabase, testDialects, type TestDatabase } from '../test-support/databases.js';
import {
  makeArticle,
  makeImage,
  makePerson,
  makeSection,
  makeTag,
} from '../test-support/factories.js';
import { listingPageSize, ReaderService } from './reader-service.js';

const now = new Date('2026-11-29T12:00:00.000Z');

describe.each(testDialects)('content for readers on %s', (dialect) => {
  let test: TestDatabase;
  let context: UnitOfWorkContext;
  let content: ReaderService;
  let store: MediaStore;

  beforeAll(async () => {
    test = await openTestDatabase(dialect);
    context = { db: test.db, bus: new EventBus({ error: () => undefined }), clock: () => now };
    content = new ReaderService(test.db);
    store = new MediaStore(path.join(test.dataDir, 'media'));
  });
  afterAll(() => test.close());

  it('migrates down and up again, and records what ran', async () => {
    expect((await migrationStates(test.db)).every((m) => m.executedAt !== null)).toBe(true);
    expect(await migrateDown(test.db)).toEqual(['2026-12-04T2300-translations']);
    expect(await migrateDown(test.db)).toEqual(['2026-12-04T1900-webhooks']);
    expect(await migrateDown(test.db)).toEqual(['2026-12-02T1800-search-terms']);
    expect(await migrateDown(test.db)).toEqual(['2026-12-02T1600-search']);
    expect(await migrateDown(test.db)).toEqual(['2026-12-02T1400-media-library']);
    expect(await migrateDown(test.db)).toEqual(['2026-12-02T0800-newsroom']);
    expect(await migrateDown(test.db)).toEqual(['2026-11-29T0600-initial']);
    expect((await migrationStates(test.db)).every((m) => m.executedAt === null)).toBe(true);
    expect(await migrateToLatest(test.db)).toEqual([
      '2026-11-29T0600-initial',
      '2026-12-02T0800-newsroom',
      '2026-12-02T1400-media-library',
      '2026-12-02T1600-search',
      '2026-12-02T1800-search-terms',
      '2026-12-04T1900-webhooks',
      '2026-12-04T2300-translations',
    ]);
    expect(await migrateToLatest(test.db)).toEqual([]);
  });

  it('stores an article with its byline, tags and image, and shows it whole', async () => {
    const section = await makeSection(context, { slug: 'energy', name: 'طاقة' });
    const first = await makePerson(context, { name: 'ليلى حداد' });
    const second = await makePerson(context, { name: 'سامر الخطيب' });
    const oil = await makeTag(context, { slug: 'النفط', name: 'النفط' });
    const opec = await makeTag(context, { slug: 'أوبك', name: 'أوبك+' });
    const image = await makeImage(context, store, { alt: 'منصة نفطية في البحر عند الغروب' });
    const id = await makeArticle(context, {
      title: 'أسعار النفط ترتفع 3% بعد قرار أوبك+',
      sectionId: section.id,
      authorIds: [second.id, first.id],
      tagIds: [opec.id, oil.id],
      featuredImageId: image.id,
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'ارتفعت الأسعار.' }] },
          { type: 'figure', attrs: { mediaId: image.id } },
        ],
      },
      isBreaking: true,
    });
    const found = await content.publishedArticle(id);
    expect(found?.article).toMatchObject({
      slug: 'أسعار-النفط-ترتفع-3-بعد-قرار-أوبك',
      title: 'أسعار النفط ترتفع 3% بعد قرار أوبك+',
      section: { slug: 'energy' },
      authors: [{ name: 'سامر الخطيب' }, { name: 'ليلى حداد' }],
      tags: [{ name: 'أوبك+' }, { name: 'النفط' }],
      featuredImage: { alt: 'منصة نفطية في البحر عند الغروب', width: 1600, height: 900 },
      isBreaking: true,
      isFeatured: false,
      // Created as version 1, published as version 2.
      version: 2,
    });
    expect(found?.article.bodyMedia.get(image.id)?.alt).toBe('منصة نفطية في البحر عند الغروب');
    expect((await content.breaking('ar')).map((a) => a.id)).toContain(id);
  });

  it('shows readers only published articles whose time has come', async () => {
    const visible = await makeArticle(context);
    const draft = await makeArticle(context, { status: 'draft' });
    const archived = await makeArticle(context, { status: 'archived' });
    const scheduled = await makeArticle(context, {
      status: 'scheduled',
      scheduledAt: '2026-11-29T18:00:00Z',
    });
    const unpublished = await makeArticle(context, { status: 'unpublished' });
    expect(await content.publishedArticle(visible)).not.toBeNull();
    expect(await content.publishedArticle(draft)).toBeNull();
    expect(await content.publishedArticle(archived)).toBeNull();
    expect(await content.publishedArticle(scheduled)).toBeNull();
    expect(await content.publishedArticle(unpublished)).toBeNull();
    expect(await content.publishedArticle(999_999)).toBeNull();
  });

  it('paginates a section with its subsections, newest first', async () => {
    const parent = await makeSection(context, { slug: 'markets', name: 'أسواق' });
    const child = await makeSection(context, {
      slug: 'stocks',
      name: 'بورصات',
      parentId: parent.id,
    });
    const ids: number[] = [];
    for (let i = 0; i < listingPageSize + 3; i++) {
      ids.push(
        await makeArticle(context, {
          sectionId: i % 2 === 0 ? parent.id : child.id,
          publishedAt: new Date(Date.UTC(2026, 5, 1, i)).toISOString(),
        }),
      );
    }
    const first = await content.sectionListing('markets', 1);
    expect(first?.subsections.map((s) => s.slug)).toEqual(['stocks']);
    expect(first?.listing.totalPages).toBe(2);
    expect(first?.listing.articles.map((a) => a.id)).toEqual(
      ids.slice().reverse().slice(0, listingPageSize),
    );
    const second = await content.sectionListing('markets', 2);
    expect(second?.listing.articles).toHaveLength(3);
    expect(await content.sectionListing('markets', 3)).toBeNull();
    expect(await content.sectionListing('stocks', 1)).toMatchObject({
      parent: { slug: 'markets' },
    });
    expect(await content.sectionListing('no-such-section', 1)).toBeNull();
  });

  it('builds the home page from featured stories, opinion and sections', async () => {
    const language = 'en';
    const section = await makeSection(context, { slug: 'en-economy', name: 'Economy', language });
    const columnist = await makePerson(context, { name: 'Jane Doe', language, slug: 'jane-doe' });
    const lead = await makeArticle(context, {
      language,
      title: 'Lead story',
      isFeatured: true,
      sectionId: section.id,
      publishedAt: '2026-11-29T10:00:00Z',
    });
    const opinion = await makeArticle(context, {
      language,
      type: 'opinion',
      title: 'A column',
      authorIds: [columnist.id],
      sectionId: section.id,
      isFeatured: true,
      publishedAt: '2026-11-29T11:00:00Z',
    });
    const other = await makeArticle(context, { language, title: 'Other', sectionId: section.id });
    const home = await content.home(language);
    expect(home.lead?.id).toBe(lead);
    expect(home.top.map((a) => a.id)).toEqual([other]);
    expect(home.opinion.map((a) => a.id)).toEqual([opinion]);
    expect(home.opinion[0]?.authors[0]?.name).toBe('Jane Doe');
    expect(home.latest.map((a) => a.id)).toEqual([opinion, lead, other]);
    expect((await content.home('ar')).lead).not.toBeNull();
  });

  it('leads with the newest story when none is featured', async () => {
    const section = await makeSection(context, { language: 'en' });
    const unfeatured = await makeArticle(context, {
      language: 'en',
      sectionId: section.id,
      title: 'Newest, not featured',
      publishedAt: '2026-11-29T11:30:00Z',
    });
    await test.db.kysely.updateTable('article').set({ isFeatured: 0 }).execute();
    const home = await content.home('en');
    expect(home.lead?.id).toBe(unfeatured);
    expect(home.top.map((a) => a.id)).not.toContain(unfeatured);
  });

  it('fills a section block with its newest stories the front page does not already show', async () => {
    const language = 'en';
    const section = await makeSection(context, { name: 'Markets', language });
    const child = await makeSection(context, { name: 'Stocks', language, parentId: section.id });
    const ids: number[] = [];
    for (let hour = 0; hour < 12; hour++) {
      ids.push(
        await makeArticle(context, {
          language,
          title: `Story ${hour}`,
          isFeatured: hour >= 7,
          sectionId: hour % 2 === 0 ? section.id : child.id,
          // Newer than what the other tests wrote to this database.
          publishedAt: `2030-01-01T${String(hour).padStart(2, '0')}:00:00Z`,
        }),
      );
    }
    const newestFirst = [...ids].reverse();
    const home = await content.home(language);
    // Five featured: the newest leads, the next four top the page.
    expect(home.lead?.id).toBe(newestFirst[0]);
    expect(home.top.map((a) => a.id)).toEqual(newestFirst.slice(1, 5));
    const block = home.sectionBlocks.find((b) => b.section.id === section.id);
    expect(block?.articles.map((a) => a.id)).toEqual(newestFirst.slice(5, 9));
    expect(home.latest.map((a) => a.id)).toEqual(newestFirst.slice(0, 8));
  });
});
