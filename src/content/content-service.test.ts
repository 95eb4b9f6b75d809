import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { migrateDown, migrateToLatest, migrationStates } from '../db/migrate.js';
import { MediaStore } from '../media/media-store.js';
import { openTestDatabase, testDialects, type TestDatabase } from '../test-support/databases.js';
import {
  makeArticle,
  makeImage,
  makePerson,
  makeSection,
  makeTag,
  paragraphs,
} from '../test-support/factories.js';
import { ContentService, listingPageSize } from './content-service.js';
import path from 'node:path';

const now = new Date('2026-11-29T12:00:00.000Z');

describe.each(testDialects)('content on %s', (dialect) => {
  let test: TestDatabase;
  let content: ContentService;
  let store: MediaStore;

  beforeAll(async () => {
    test = await openTestDatabase(dialect);
    content = new ContentService(test.db.kysely, () => now);
    store = new MediaStore(path.join(test.dataDir, 'media'));
  });
  afterAll(() => test.close());

  it('migrates down and up again, and records what ran', async () => {
    expect((await migrationStates(test.db)).every((m) => m.executedAt !== null)).toBe(true);
    await migrateDown(test.db);
    expect((await migrationStates(test.db)).every((m) => m.executedAt === null)).toBe(true);
    expect(await migrateToLatest(test.db)).toEqual(['2026-11-29T0600-initial']);
    expect(await migrateToLatest(test.db)).toEqual([]);
  });

  it('stores an article with its byline, tags and image, and shows it whole', async () => {
    const section = await makeSection(content, { slug: 'energy', name: 'طاقة' });
    const first = await makePerson(content, { name: 'ليلى حداد' });
    const second = await makePerson(content, { name: 'سامر الخطيب' });
    const oil = await makeTag(content, { slug: 'النفط', name: 'النفط' });
    const opec = await makeTag(content, { slug: 'أوبك', name: 'أوبك+' });
    const image = await makeImage(content, store, { alt: 'منصة نفطية في البحر عند الغروب' });
    const id = await makeArticle(content, {
      title: 'أسعار النفط ترتفع 3% بعد قرار أوبك+',
      sectionId: section.id,
      authorIds: [second.id, first.id],
      tagIds: [opec.id, oil.id],
      featuredMediaId: image.id,
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
      version: 1,
    });
    expect(found?.article.bodyMedia.get(image.id)?.alt).toBe('منصة نفطية في البحر عند الغروب');
    expect((await content.breaking('ar')).map((a) => a.id)).toContain(id);
  });

  it('shows readers only published articles whose time has come', async () => {
    const visible = await makeArticle(content);
    const draft = await makeArticle(content, { status: 'draft' });
    const archived = await makeArticle(content, { status: 'archived' });
    const scheduled = await makeArticle(content, {
      status: 'scheduled',
      publishedAt: '2030-01-01T00:00:00Z',
    }).catch(() => null);
    // The writer's clock is the real one; the reader's is pinned to `now`, before 2030.
    expect(await content.publishedArticle(visible)).not.toBeNull();
    expect(await content.publishedArticle(draft)).toBeNull();
    expect(await content.publishedArticle(archived)).toBeNull();
    if (scheduled !== null) expect(await content.publishedArticle(scheduled)).toBeNull();
    expect(await content.publishedArticle(999_999)).toBeNull();
  });

  it('paginates a section with its subsections, newest first', async () => {
    const parent = await makeSection(content, { slug: 'markets', name: 'أسواق' });
    const child = await makeSection(content, {
      slug: 'stocks',
      name: 'بورصات',
      parentId: parent.id,
    });
    const ids: number[] = [];
    for (let i = 0; i < listingPageSize + 3; i++) {
      ids.push(
        await makeArticle(content, {
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

  it('rejects bad articles with a clear error and writes nothing', async () => {
    const before = await content.articles.count();
    const image = await makeImage(content, store);
    const attempts = [
      { title: '   ' },
      { body: { type: 'doc', content: [{ type: 'script', text: 'alert(1)' }] } },
      {
        body: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                {
                  type: 'text',
                  text: 'x',
                  marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
                },
              ],
            },
          ],
        },
      },
      { body: paragraphs('x'), sectionId: 424242 },
      { authorIds: [424242] },
      { tagIds: [424242] },
      { featuredMediaId: 424242 },
      { body: { type: 'doc', content: [{ type: 'figure', attrs: { mediaId: image.id + 1000 } }] } },
      { status: 'scheduled' as const, publishedAt: '2001-01-01T00:00:00Z' },
      { publishedAt: 'yesterday' },
      { sourceUrl: 'javascript:alert(1)' },
      { type: 'gossip' as never },
    ];
    for (const fields of attempts) {
      await expect(makeArticle(content, fields), JSON.stringify(fields)).rejects.toBeInstanceOf(
        ValidationError,
      );
    }
    expect(await content.articles.count()).toBe(before);
  });

  it('builds the home page from featured stories, opinion and sections', async () => {
    const language = 'en';
    const section = await makeSection(content, { slug: 'en-economy', name: 'Economy', language });
    const columnist = await makePerson(content, { name: 'Jane Doe', language, slug: 'jane-doe' });
    const lead = await makeArticle(content, {
      language,
      title: 'Lead story',
      isFeatured: true,
      sectionId: section.id,
      publishedAt: '2026-11-29T10:00:00Z',
    });
    const opinion = await makeArticle(content, {
      language,
      type: 'opinion',
      title: 'A column',
      authorIds: [columnist.id],
      sectionId: section.id,
      isFeatured: true,
      publishedAt: '2026-11-29T11:00:00Z',
    });
    const other = await makeArticle(content, { language, title: 'Other', sectionId: section.id });
    const home = await content.home(language);
    expect(home.lead?.id).toBe(lead);
    expect(home.top.map((a) => a.id)).toEqual([other]);
    expect(home.opinion.map((a) => a.id)).toEqual([opinion]);
    expect(home.opinion[0]?.authors[0]?.name).toBe('Jane Doe');
    expect(home.latest.map((a) => a.id)).toEqual([opinion, lead, other]);
    expect((await content.home('ar')).lead).not.toBeNull();
  });

  it('leads with the newest story when none is featured', async () => {
    const section = await makeSection(content, { language: 'en' });
    const unfeatured = await makeArticle(content, {
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
});
