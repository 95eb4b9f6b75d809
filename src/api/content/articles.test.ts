import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../core/actor.js';
import { buildTestApp, type TestApp } from '../../test-support/app.js';
import { testDialects } from '../../test-support/databases.js';
import {
  makeArticle,
  makeImage,
  makePerson,
  makeSection,
  makeTag,
} from '../../test-support/factories.js';

const cli = systemActor('cli');

interface Listed {
  items: Record<string, unknown>[];
  total: number;
  page: number;
  perPage: number;
  totalPages: number;
}

describe.each(testDialects)('content API on %s', (dialect) => {
  let test: TestApp;
  const ids = { energy: 0, oilGas: 0, banks: 0, oil: 0, laila: 0, sam: 0 };
  const stories: Record<string, number> = {};
  let token = '';

  beforeAll(async () => {
    test = await buildTestApp(dialect, {
      config: { apiCors: ['https://app.example'] },
    });
    const { context, mediaStore } = test.services;
    ids.energy = (await makeSection(context, { slug: 'energy', name: 'طاقة', position: 1 })).id;
    ids.oilGas = (
      await makeSection(context, {
        slug: 'oil-gas',
        name: 'نفط وغاز',
        parentId: ids.energy,
        position: 2,
      })
    ).id;
    ids.banks = (await makeSection(context, { slug: 'banks', name: 'مصارف', position: 3 })).id;
    ids.oil = (await makeTag(context, { slug: 'النفط', name: 'النفط' })).id;
    ids.laila = (await makePerson(context, { slug: 'laila', name: 'ليلى حداد' })).id;
    ids.sam = (await makePerson(context, { slug: 'sam', name: 'Sam Carter', language: 'en' })).id;
    const image = await makeImage(context, mediaStore, { alt: 'ألواح شمسية' });
    stories.solar = await makeArticle(context, {
      title: 'الطاقة الشمسية تتوسع',
      slug: 'الطاقة-الشمسية-تتوسع',
      sectionId: ids.energy,
      tagIds: [ids.oil],
      authorIds: [ids.laila],
      featuredImageId: image.id,
      publishedAt: '2026-06-03T08:00:00.000Z',
    });
    stories.pipeline = await makeArticle(context, {
      title: 'خط أنابيب جديد',
      sectionId: ids.oilGas,
      publishedAt: '2026-06-02T08:00:00.000Z',
    });
    stories.bank = await makeArticle(context, {
      title: 'المصارف ترفع الفائدة',
      sectionId: ids.banks,
      publishedAt: '2026-06-01T08:00:00.000Z',
    });
    stories.english = await makeArticle(context, {
      language: 'en',
      title: 'Markets close higher',
      authorIds: [ids.sam],
      publishedAt: '2026-06-02T12:00:00.000Z',
    });
    stories.draft = await makeArticle(context, {
      title: 'مسودة لم تنشر بعد',
      slug: 'مسودة',
      status: 'draft',
      sectionId: ids.energy,
    });
    token = (await test.services.accounts.createToken(cli, { name: 'app', role: 'editor' })).token;
  });
  afterAll(() => test.close());

  const get = (url: string, headers: Record<string, string> = {}) =>
    test.app.inject({ method: 'GET', url, headers });
  const list = async (query: string) => {
    const response = await get(`/api/v1/articles${query}`);
    expect(response.statusCode, query).toBe(200);
    return response.json<Listed>();
  };
  const titles = async (query: string) => (await list(query)).items.map((item) => item.title);

  it('lists published articles newest first, with totals, pages and links', async () => {
    const first = await get('/api/v1/articles?per_page=2&language=ar');
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const page = first.json<Listed>();
    expect(page).toMatchObject({ total: 3, page: 1, perPage: 2, totalPages: 2 });
    expect(page.items.map((item) => item.title)).toEqual([
      'الطاقة الشمسية تتوسع',
      'خط أنابيب جديد',
    ]);
    expect(first.headers.link).toBe(
      '<https://news.example/api/v1/articles?per_page=2&language=ar&page=2>; rel="next"',
    );
    const second = await get('/api/v1/articles?per_page=2&language=ar&page=2');
    expect(second.json<Listed>().items.map((item) => item.title)).toEqual(['المصارف ترفع الفائدة']);
    expect(second.headers.link).toBe(
      '<https://news.example/api/v1/articles?per_page=2&language=ar>; rel="prev"',
    );
    expect((await list('?per_page=5000')).perPage).toBe(100);
    expect(await titles('')).not.toContain('مسودة لم تنشر بعد');
  });

  it('carries each article’s fields, or only those asked for', async () => {
    const [solar] = (await list('?per_page=1')).items;
    const { featuredImage, ...rest } = solar ?? {};
    expect(featuredImage).toMatchObject({ alt: 'ألواح شمسية', width: 1600, height: 900 });
    expect((featuredImage as { url: string }).url).toMatch(
      /^https:\/\/news\.example\/media\/\d+\/v1\/1280\.jpg$/,
    );
    expect(rest).toEqual({
      id: stories.solar,
      slug: 'الطاقة-الشمسية-تتوسع',
      url: `https://news.example/article/${stories.solar}/${encodeURIComponent('الطاقة-الشمسية-تتوسع')}`,
      language: 'ar',
      type: 'news',
      status: 'published',
      title: 'الطاقة الشمسية تتوسع',
      subtitle: 'عنوان فرعي',
      excerpt: 'مقتطف قصير من الخبر.',
      publishedAt: '2026-06-03T08:00:00.000Z',
      updatedAt: '2026-06-03T08:00:00.000Z',
      section: {
        id: ids.energy,
        slug: 'energy',
        name: 'طاقة',
        url: 'https://news.example/section/energy',
      },
      authors: [
        {
          id: ids.laila,
          slug: 'laila',
          name: 'ليلى حداد',
          url: 'https://news.example/author/laila',
        },
      ],
      tags: [
        {
          id: ids.oil,
          slug: 'النفط',
          name: 'النفط',
          url: `https://news.example/tag/${encodeURIComponent('النفط')}`,
        },
      ],
      isBreaking: false,
      isFeatured: false,
      translation: null,
    });
    const [picked] = (await list('?per_page=1&fields=id,title,html')).items;
    expect(Object.keys(picked ?? {})).toEqual(['id', 'title', 'html']);
    expect(picked?.html).toContain('<p dir="auto">الفقرة الأولى من الخبر.</p>');
  });

  it('filters by section (with its subsections), tag and author, by id or slug, and by time', async () => {
    expect(await titles('?section=energy')).toEqual(['الطاقة الشمسية تتوسع', 'خط أنابيب جديد']);
    expect(await titles(`?section=${ids.oilGas}`)).toEqual(['خط أنابيب جديد']);
    expect(await titles(`?tag=${encodeURIComponent('النفط')}`)).toEqual(['الطاقة الشمسية تتوسع']);
    expect(await titles(`?author=${ids.sam}`)).toEqual(['Markets close higher']);
    expect(await titles('?author=laila&section=banks')).toEqual([]);
    expect(await titles('?section=nothing-here')).toEqual([]);
    expect(await titles('?language=en')).toEqual(['Markets close higher']);
    expect(
      await titles(
        `?from=${encodeURIComponent('2026-06-02T00:00:00Z')}&to=${encodeURIComponent('2026-06-02T10:00:00Z')}`,
      ),
    ).toEqual(['خط أنابيب جديد']);
    expect(await titles(`?updated_since=${encodeURIComponent('2026-06-02T12:00:00Z')}`)).toEqual([
      'الطاقة الشمسية تتوسع',
      'Markets close higher',
    ]);
  });

  it('answers a bad query with a clear 400, never a 500', async () => {
    for (const query of [
      '?per_page=0',
      '?page=-1',
      '?page=abc',
      '?language=fr',
      '?from=yesterday',
      '?updated_since=2026-13-45T00:00:00Z',
      '?fields=title,password',
      '?fields=',
      '?order=random',
      '?section=',
    ]) {
      const response = await get(`/api/v1/articles${query}`, { 'accept-language': 'en' });
      expect(response.statusCode, query).toBe(400);
      const { error } = response.json<{ error: { code: string; message: string } }>();
      expect(error.code, query).toBe('invalid_input');
      expect(error.message, query).toContain('not valid');
    }
    for (const path of ['/api/v1/articles/99999', '/api/v1/articles/لا-يوجد', '/api/v1/nothing']) {
      expect((await get(path)).statusCode, path).toBe(404);
    }
  });

  it('gives one article by id or slug, with its text, and a 304 for a revisit', async () => {
    const byId = await get(`/api/v1/articles/${stories.solar}`);
    expect(byId.statusCode).toBe(200);
    const article = byId.json<Record<string, unknown>>();
    expect(article.body).toMatchObject({ type: 'doc' });
    expect(article.html).toContain('الفقرة الثانية من الخبر.');
    const bySlug = await get(`/api/v1/articles/${encodeURIComponent('الطاقة-الشمسية-تتوسع')}`);
    expect(bySlug.body).toBe(byId.body);
    const etag = String(byId.headers.etag);
    const revisit = await get(`/api/v1/articles/${stories.solar}`, { 'if-none-match': etag });
    expect([revisit.statusCode, revisit.body]).toEqual([304, '']);
  });

  it('shows an unpublished article to an API token only, never to be cached', async () => {
    expect((await get(`/api/v1/articles/${stories.draft}`)).statusCode).toBe(404);
    const bad = await get(`/api/v1/articles/${stories.draft}`, { authorization: 'Bearer nope' });
    expect(bad.statusCode).toBe(401);
    const preview = await get(`/api/v1/articles/${encodeURIComponent('مسودة')}`, {
      authorization: `Bearer ${token}`,
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ title: 'مسودة لم تنشر بعد', status: 'draft' });
    expect(preview.headers['cache-control']).toBe('private, no-store');
  });

  it('lists sections, tags and authors', async () => {
    const sections = (await get('/api/v1/sections?language=ar')).json<{
      items: Record<string, unknown>[];
    }>();
    expect(sections.items.map((section) => [section.slug, section.parentId])).toEqual([
      ['energy', null],
      ['oil-gas', ids.energy],
      ['banks', null],
    ]);
    const tags = (await get('/api/v1/tags')).json<Listed>();
    expect(tags.items.map((tag) => tag.name)).toEqual(['النفط']);
    expect(tags.total).toBe(1);
    const authors = (await get('/api/v1/authors?language=en')).json<{
      items: Record<string, unknown>[];
    }>();
    expect(authors.items).toEqual([
      expect.objectContaining({
        slug: 'sam',
        name: 'Sam Carter',
        url: 'https://news.example/author/sam',
      }),
    ]);
  });

  it('lets the configured origins read it from a browser, and no other', async () => {
    const allowed = await get('/api/v1/articles', { origin: 'https://app.example' });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://app.example');
    const other = await get('/api/v1/articles', { origin: 'https://evil.example' });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await test.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/articles',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-methods']).toBe('GET, HEAD');
  });

  it('describes itself in OpenAPI', async () => {
    const document = (await get('/api/v1/openapi.json')).json<{
      openapi: string;
      paths: Record<string, unknown>;
    }>();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/articles',
        '/api/v1/articles/{ref}',
        '/api/v1/sections',
        '/api/v1/tags',
        '/api/v1/authors',
        '/api/v1/search',
      ]),
    );
    expect(Object.keys(document.paths).some((path) => path.includes('/admin'))).toBe(false);
  });
});
