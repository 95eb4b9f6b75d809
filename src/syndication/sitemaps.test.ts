import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../core/actor.js';
import { buildTestApp, type TestApp } from '../test-support/app.js';
import { testDialects } from '../test-support/databases.js';
import {
  makeArticle,
  makeImage,
  makePerson,
  makeSection,
  makeTag,
  paragraphs,
} from '../test-support/factories.js';
import { xmlSchemaErrors, xmlWellFormed } from '../test-support/xml.js';

const editor = systemActor('cli');
const schemas = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schemas');
/** sitemaps.org's own schema for `<urlset>`, as the sitemap package ships it. */
const urlsetSchema = path.join(
  path.dirname(createRequire(import.meta.url).resolve('sitemap/package.json')),
  'schema/sitemap.xsd',
);
const validUrlset = (xml: string) =>
  xmlSchemaErrors(xml, path.join(schemas, 'all.xsd'), [
    urlsetSchema,
    path.join(schemas, 'sitemap-image.xsd'),
    path.join(schemas, 'sitemap-news.xsd'),
  ]);
const validIndex = (xml: string) => xmlSchemaErrors(xml, path.join(schemas, 'siteindex.xsd'));

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);

describe.each(testDialects)('sitemaps on %s', (dialect) => {
  let test: TestApp;
  let clock = new Date('2026-06-03T12:00:00Z');
  const ids = { energy: 0, banks: 0, oil: 0, unused: 0, laila: 0, image: 0 };
  const stories: number[] = [];
  let draft = 0;

  beforeAll(async () => {
    test = await buildTestApp(dialect, {
      now: () => clock,
      config: { sitemapUrlsPerFile: 2 },
    });
    const { context, mediaStore } = test.services;
    ids.energy = (await makeSection(context, { slug: 'energy', name: 'طاقة' })).id;
    ids.banks = (await makeSection(context, { slug: 'banks', name: 'مصارف' })).id;
    ids.oil = (await makeTag(context, { slug: 'النفط', name: 'النفط' })).id;
    ids.unused = (await makeTag(context, { slug: 'مسودات', name: 'مسودات' })).id;
    ids.laila = (await makePerson(context, { slug: 'laila', name: 'ليلى حداد' })).id;
    ids.image = (await makeImage(context, mediaStore)).id;
    // Five stories: three days ago, then one each day, the last an hour ago.
    const times = [
      '2026-05-31T09:00:00.000Z',
      '2026-06-01T09:00:00.000Z',
      '2026-06-01T13:00:00.000Z',
      '2026-06-02T09:00:00.000Z',
      '2026-06-03T11:00:00.000Z',
    ];
    for (const [index, publishedAt] of times.entries()) {
      stories.push(
        await makeArticle(context, {
          title: `خبر الطاقة رقم ${index + 1}`,
          sectionId: ids.energy,
          tagIds: [ids.oil],
          authorIds: [ids.laila],
          publishedAt,
          ...(index === 0 ? { featuredImageId: ids.image } : {}),
        }),
      );
    }
    draft = await makeArticle(context, {
      title: 'مسودة لم تنشر',
      status: 'draft',
      sectionId: ids.banks,
      tagIds: [ids.unused],
    });
  });
  afterAll(() => test.close());

  const get = async (url: string) => {
    const response = await test.app.inject({ method: 'GET', url });
    return response;
  };
  const site = (pathname: string) => `https://news.example${pathname}`;

  it('checks against schemas that refuse what search engines would', async () => {
    const news = (language: string, date: string) =>
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://news.example/a</loc><news:news><news:publication><news:name>مداد</news:name><news:language>${language}</news:language></news:publication><news:publication_date>${date}</news:publication_date><news:title>خبر</news:title></news:news></url></urlset>`;
    await expect(validUrlset(news('ar', '2026-06-03T11:00:00Z'))).resolves.toEqual([]);
    expect(await validUrlset(news('arabic', '2026-06-03T11:00:00Z'))).not.toEqual([]);
    expect(await validUrlset(news('ar', 'yesterday'))).not.toEqual([]);
    expect(
      await validUrlset(
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><lastmod>2026-06-03</lastmod></url></urlset>',
      ),
    ).not.toEqual([]);
    expect(
      await validIndex(
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><lastmod>2026-06-03</lastmod></sitemap></sitemapindex>',
      ),
    ).not.toEqual([]);
  });

  it('points robots at the sitemap index and the news sitemap', async () => {
    const response = await get('/robots.txt');
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.body.split('\n')).toEqual([
      'User-agent: *',
      'Disallow: /admin/',
      '',
      'Sitemap: https://news.example/sitemap.xml',
      'Sitemap: https://news.example/sitemaps/news.xml',
      '',
    ]);
  });

  it('indexes its sitemaps, the articles split into files, each with its last change', async () => {
    const response = await get('/sitemap.xml');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
    await expect(validIndex(response.body)).resolves.toEqual([]);
    expect(locs(response.body)).toEqual([
      site('/sitemaps/pages.xml'),
      site('/sitemaps/articles-1.xml'),
      site('/sitemaps/articles-2.xml'),
      site('/sitemaps/articles-3.xml'),
      site('/sitemaps/sections.xml'),
      site('/sitemaps/tags.xml'),
      site('/sitemaps/authors.xml'),
      site('/sitemaps/news.xml'),
    ]);
    const lastmods = [...response.body.matchAll(/<lastmod>([^<]*)</g)].map((m) => m[1]);
    expect(lastmods.slice(0, 4)).toEqual([
      '2026-06-03T11:00:00Z',
      '2026-06-01T09:00:00Z',
      '2026-06-02T09:00:00Z',
      '2026-06-03T11:00:00Z',
    ]);
  });

  it('lists every published article once, by id, with its featured image', async () => {
    const files = await Promise.all([1, 2, 3].map((n) => get(`/sitemaps/articles-${n}.xml`)));
    for (const file of files) await expect(validUrlset(file.body)).resolves.toEqual([]);
    const listed = files.flatMap((file) => locs(file.body));
    expect(listed).toHaveLength(5);
    expect(listed.map((loc) => Number(/\/article\/(\d+)\//.exec(loc ?? '')?.[1]))).toEqual(stories);
    expect(listed.join(' ')).not.toContain(`/article/${draft}/`);
    expect(listed[0]).toBe(
      site(`/article/${stories[0]}/${encodeURIComponent('خبر-الطاقة-رقم-1')}`),
    );
    expect(files[0]?.body).toContain(
      `<image:image><image:loc>${site(`/media/${ids.image}/v1/1280.jpg`)}</image:loc></image:image>`,
    );
    for (const missing of ['articles-4.xml', 'articles-0.xml', 'articles-x.xml', 'other.xml']) {
      expect((await get(`/sitemaps/${missing}`)).statusCode, missing).toBe(404);
    }
  });

  it('lists the front pages, the sections, and the tags and authors that have a story', async () => {
    const pages = (await get('/sitemaps/pages.xml')).body;
    await expect(validUrlset(pages)).resolves.toEqual([]);
    expect(locs(pages)).toEqual([site('/'), site('/search'), site('/en/'), site('/en/search')]);
    const sections = (await get('/sitemaps/sections.xml')).body;
    await expect(validUrlset(sections)).resolves.toEqual([]);
    expect(locs(sections)).toEqual([site('/section/energy'), site('/section/banks')]);
    expect(sections).toContain('<lastmod>2026-06-03T11:00:00Z</lastmod>');
    const tags = (await get('/sitemaps/tags.xml')).body;
    await expect(validUrlset(tags)).resolves.toEqual([]);
    expect(locs(tags)).toEqual([site(`/tag/${encodeURIComponent('النفط')}`)]);
    const authors = (await get('/sitemaps/authors.xml')).body;
    await expect(validUrlset(authors)).resolves.toEqual([]);
    expect(locs(authors)).toEqual([site('/author/laila')]);
  });

  it('lists the last 48 hours in the news sitemap, newest first, until they age out', async () => {
    const response = await get('/sitemaps/news.xml');
    await expect(validUrlset(response.body)).resolves.toEqual([]);
    expect(locs(response.body).map((loc) => /\/article\/(\d+)\//.exec(loc ?? '')?.[1])).toEqual(
      [stories[4], stories[3], stories[2]].map(String),
    );
    expect(response.body).toContain(
      '<news:news><news:publication><news:name>مداد</news:name><news:language>ar</news:language></news:publication><news:publication_date>2026-06-03T11:00:00Z</news:publication_date><news:title>خبر الطاقة رقم 5</news:title></news:news>',
    );
    // Two hours on, the story of 13:00 two days ago has left the window.
    clock = new Date('2026-06-03T14:00:00Z');
    try {
      const later = await get('/sitemaps/news.xml');
      expect(later.headers['x-cache']).toBe('MISS');
      expect(locs(later.body)).toHaveLength(2);
      // Four days on, nothing is news: the file stays, empty.
      clock = new Date('2026-06-07T14:00:00Z');
      const empty = await get('/sitemaps/news.xml');
      expect(locs(empty.body)).toEqual([]);
      await expect(xmlWellFormed(empty.body)).resolves.toEqual([]);
    } finally {
      clock = new Date('2026-06-03T12:00:00Z');
    }
  });

  it('a publish purges the sitemaps, and the new story is listed at once', async () => {
    for (const file of ['/sitemap.xml', '/sitemaps/articles-3.xml', '/sitemaps/news.xml']) {
      await get(file);
      expect(test.app.midad.responses.cache.has(file), file).toBe(true);
    }
    const created = await test.services.articles.create(editor, {
      language: 'ar',
      type: 'news',
      title: 'خبر عاجل عن المصارف',
      body: paragraphs('نص الخبر.'),
      sectionId: ids.banks,
    });
    await test.services.articles.transition(editor, created.id, 'publish', {});
    try {
      expect(test.app.midad.responses.cache.has('/sitemap.xml')).toBe(false);
      expect(locs((await get('/sitemaps/articles-3.xml')).body)).toHaveLength(2);
      expect((await get('/sitemaps/news.xml')).body).toContain('خبر عاجل عن المصارف');
      await test.services.articles.transition(editor, created.id, 'unpublish', {});
      expect((await get('/sitemaps/news.xml')).body).not.toContain('خبر عاجل عن المصارف');
      expect(locs((await get('/sitemaps/articles-3.xml')).body)).toHaveLength(1);
    } finally {
      await test.services.articles.delete(editor, created.id, null);
    }
  });
});
