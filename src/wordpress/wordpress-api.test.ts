import WPAPI from 'wpapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test-support/app.js';
import { testDialects } from '../test-support/databases.js';
import { freePort } from '../test-support/sites.js';
import {
  makeArticle,
  makeImage,
  makePerson,
  makeSection,
  makeTag,
} from '../test-support/factories.js';

interface Post {
  id: number;
  date: string;
  date_gmt: string;
  modified_gmt: string;
  slug: string;
  status: string;
  type: string;
  link: string;
  title: { rendered: string };
  content: { rendered: string; protected: boolean };
  excerpt: { rendered: string };
  author: number;
  featured_media: number;
  categories: number[];
  tags: number[];
  _embedded?: Record<string, unknown[]>;
}
type Paged<T> = T[] & { _paging?: { total: number; totalPages: number } };
/** The filters wpapi's post requests have, which its type definitions leave out. */
type PostRequest = WPAPI.WPRequest & {
  categories(ids: number[]): WPAPI.WPRequest;
  tags(ids: number[]): WPAPI.WPRequest;
  author(id: number): WPAPI.WPRequest;
  after(date: string): WPAPI.WPRequest;
  before(date: string): WPAPI.WPRequest;
};

describe.each(testDialects)('WordPress-compatible API on %s', (dialect) => {
  let test: TestApp;
  let wp: WPAPI;
  let base = '';
  const ids = { energy: 0, oilGas: 0, banks: 0, oil: 0, gold: 0, laila: 0, omar: 0, image: 0 };
  const posts = { solar: 0, pipeline: 0, bank: 0 };

  beforeAll(async () => {
    // Listening where its own links point, so a client can follow them (discovery).
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    test = await buildTestApp(dialect, { config: { publicUrl: base } });
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
    ids.gold = (await makeTag(context, { slug: 'الذهب', name: 'الذهب' })).id;
    ids.laila = (await makePerson(context, { slug: 'laila', name: 'ليلى حداد' })).id;
    ids.omar = (await makePerson(context, { slug: 'omar', name: 'عمر الخطيب' })).id;
    ids.image = (await makeImage(context, mediaStore, { alt: 'ناقلة نفط' })).id;
    posts.solar = await makeArticle(context, {
      title: 'الطاقة الشمسية تتوسع & تنمو',
      slug: 'الطاقة-الشمسية',
      sectionId: ids.energy,
      tagIds: [ids.oil],
      authorIds: [ids.laila],
      featuredImageId: ids.image,
      publishedAt: '2026-06-03T08:00:00.000Z',
    });
    posts.pipeline = await makeArticle(context, {
      title: 'خط أنابيب جديد للغاز',
      sectionId: ids.oilGas,
      tagIds: [ids.oil, ids.gold],
      authorIds: [ids.omar],
      publishedAt: '2026-06-02T08:00:00.000Z',
    });
    posts.bank = await makeArticle(context, {
      title: 'المصارف ترفع أسعار الفائدة',
      sectionId: ids.banks,
      tagIds: [ids.gold],
      authorIds: [ids.omar],
      publishedAt: '2026-06-01T08:00:00.000Z',
    });
    await makeArticle(context, { title: 'مسودة', status: 'draft', sectionId: ids.banks });
    await test.app.listen({ port, host: '127.0.0.1' });
    wp = new WPAPI({ endpoint: `${base}/wp-json` });
  });
  afterAll(() => test.close());

  const get = (url: string) => test.app.inject({ method: 'GET', url });

  it('lists posts through the wpapi client, newest first, with its paging', async () => {
    const page = (await wp.posts().perPage(2).get()) as Paged<Post>;
    expect(page.map((post) => post.id)).toEqual([posts.solar, posts.pipeline]);
    expect(page._paging).toMatchObject({ total: 3, totalPages: 2 });
    const next = (await wp.posts().perPage(2).page(2).get()) as Post[];
    expect(next.map((post) => post.id)).toEqual([posts.bank]);
  });

  it('gives each post WordPress’s fields and shapes', async () => {
    const post = (await wp.posts().id(posts.solar).get()) as Post;
    expect(post).toMatchObject({
      id: posts.solar,
      // Beirut is three hours ahead of UTC in June.
      date: '2026-06-03T11:00:00',
      date_gmt: '2026-06-03T08:00:00',
      modified_gmt: '2026-06-03T08:00:00',
      slug: 'الطاقة-الشمسية',
      status: 'publish',
      type: 'post',
      link: `${base}/article/${posts.solar}/${encodeURIComponent('الطاقة-الشمسية')}`,
      title: { rendered: 'الطاقة الشمسية تتوسع &#038; تنمو' },
      excerpt: { rendered: '<p>مقتطف قصير من الخبر.</p>\n' },
      author: ids.laila,
      featured_media: ids.image,
      categories: [ids.energy],
      tags: [ids.oil],
    });
    expect(post.content.rendered).toContain('<p dir="auto">الفقرة الأولى من الخبر.</p>');
  });

  it('filters posts as WordPress does', async () => {
    const idsOf = async (request: WPAPI.WPRequest) =>
      ((await request.get()) as Post[]).map((post) => post.id);
    const posted = () => wp.posts() as PostRequest;
    expect(await idsOf(posted().categories([ids.banks]))).toEqual([posts.bank]);
    expect(await idsOf(posted().tags([ids.gold]))).toEqual([posts.pipeline, posts.bank]);
    expect(await idsOf(posted().author(ids.omar))).toEqual([posts.pipeline, posts.bank]);
    expect(await idsOf(wp.posts().slug('الطاقة-الشمسية'))).toEqual([posts.solar]);
    expect(await idsOf(posted().after('2026-06-01T12:00:00Z'))).toEqual([
      posts.solar,
      posts.pipeline,
    ]);
    expect(await idsOf(posted().before('2026-06-02T12:00:00Z'))).toEqual([
      posts.pipeline,
      posts.bank,
    ]);
    expect(await idsOf(wp.posts().include([posts.bank, posts.solar]))).toEqual([
      posts.solar,
      posts.bank,
    ]);
    expect(await idsOf(wp.posts().exclude([posts.solar]))).toEqual([posts.pipeline, posts.bank]);
    expect(await idsOf(wp.posts().order('asc').orderby('date'))).toEqual([
      posts.bank,
      posts.pipeline,
      posts.solar,
    ]);
    expect(await idsOf(wp.posts().search('الطاقه الشمسيه'))).toEqual([posts.solar]);
  });

  it('embeds the author, featured image and terms with _embed', async () => {
    const [post] = (await wp.posts().include([posts.solar]).embed().get()) as Post[];
    const embedded = post?._embedded ?? {};
    expect(embedded.author).toEqual([
      expect.objectContaining({ id: ids.laila, name: 'ليلى حداد', slug: 'laila' }),
    ]);
    expect(embedded['wp:featuredmedia']).toEqual([
      expect.objectContaining({ id: ids.image, alt_text: 'ناقلة نفط', media_type: 'image' }),
    ]);
    expect(
      (embedded['wp:term'] as { name: string }[][]).map((terms) => terms.map((t) => t.name)),
    ).toEqual([['طاقة'], ['النفط']]);
    // An embedded term says who it is, as WordPress's embed context does: no count.
    expect(Object.keys((embedded['wp:term'] as object[][])[0]?.[0] ?? {}).sort()).toEqual(
      ['_links', 'id', 'link', 'name', 'slug', 'taxonomy'].sort(),
    );
  });

  it('lists categories, tags, users and media with their counts and fields', async () => {
    const categories = (await wp.categories().get()) as {
      id: number;
      name: string;
      count: number;
      parent: number;
      taxonomy: string;
    }[];
    expect(categories.map((c) => [c.name, c.count, c.parent, c.taxonomy])).toEqual([
      ['طاقة', 1, 0, 'category'],
      ['مصارف', 1, 0, 'category'],
      ['نفط وغاز', 1, ids.energy, 'category'],
    ]);
    const tag = (await wp.tags().id(ids.gold).get()) as { name: string; count: number };
    expect([tag.name, tag.count]).toEqual(['الذهب', 2]);
    const users = (await wp.users().get()) as Record<string, unknown>[];
    expect(users.map((u) => u.name)).toEqual(['عمر الخطيب', 'ليلى حداد']);
    for (const user of users) {
      expect(Object.keys(user).sort()).toEqual(
        [
          '_links',
          'avatar_urls',
          'description',
          'id',
          'link',
          'meta',
          'name',
          'slug',
          'url',
        ].sort(),
      );
    }
    const media = (await wp.media().id(ids.image).get()) as {
      source_url: string;
      alt_text: string;
      media_details: { width: number; height: number; sizes: Record<string, unknown> };
    };
    expect(media.source_url).toBe(`${base}/media/${ids.image}/v1/1280.jpg`);
    expect(media.media_details).toMatchObject({ width: 1280, height: 720 });
    expect(Object.keys(media.media_details.sizes)).toEqual([
      'thumbnail',
      'medium',
      'large',
      'full',
    ]);
    expect((await wp.pages().get()) as unknown[]).toEqual([]);
  });

  it('sends WordPress’s headers, and its discovery document', async () => {
    const response = await get('/wp-json/wp/v2/posts?per_page=1&page=2');
    expect(response.headers['x-wp-total']).toBe('3');
    expect(response.headers['x-wp-totalpages']).toBe('3');
    expect(response.headers.link).toBe(
      `<${base}/wp-json/wp/v2/posts?per_page=1>; rel="prev", <${base}/wp-json/wp/v2/posts?per_page=1&page=3>; rel="next"`,
    );
    const index = (await get('/wp-json')).json<{ namespaces: string[]; routes: object }>();
    expect(index.namespaces).toEqual(['wp/v2']);
    expect(Object.keys(index.routes)).toContain('/wp/v2/posts/(?P<id>[\\d]+)');
    const home = await get('/');
    expect(String(home.headers.link)).toContain(`<${base}/wp-json/>; rel="https://api.w.org/"`);
    const discovered = await WPAPI.discover(base);
    const found = (await discovered.posts().perPage(1).get()) as Post[];
    expect(found.map((post) => post.id)).toEqual([posts.solar]);
  });

  it('answers bad input as WordPress does, never with a 500', async () => {
    const capped = await get('/wp-json/wp/v2/posts?per_page=500');
    expect(capped.statusCode).toBe(200);
    expect(capped.headers['x-wp-totalpages']).toBe('1');
    for (const query of [
      'per_page=0',
      'page=abc',
      'categories=energy',
      'after=yesterday',
      'before=2026-02-30T00:00:00',
      'order=sideways',
      'orderby=random',
      'unknown=1',
    ]) {
      const response = await get(`/wp-json/wp/v2/posts?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json<{ code: string }>().code, query).toBe('rest_invalid_param');
    }
    expect((await get('/wp-json/wp/v2/posts?page=9')).json<{ code: string }>().code).toBe(
      'rest_post_invalid_page_number',
    );
    for (const [path, code] of [
      ['/wp-json/wp/v2/posts/99999', 'rest_post_invalid_id'],
      ['/wp-json/wp/v2/posts/abc', 'rest_post_invalid_id'],
      ['/wp-json/wp/v2/categories/99999', 'rest_term_invalid'],
      ['/wp-json/wp/v2/users/99999', 'rest_user_invalid_id'],
      ['/wp-json/wp/v2/comments', 'rest_no_route'],
    ] as const) {
      const response = await get(path);
      expect(response.statusCode, path).toBe(404);
      expect(response.json<{ code: string }>().code, path).toBe(code);
    }
    const write = await test.app.inject({
      method: 'POST',
      url: '/wp-json/wp/v2/posts',
      payload: { title: 'x' },
    });
    expect(write.statusCode).toBe(401);
    // The draft is no one's to read.
    const all = (await get('/wp-json/wp/v2/posts')).json<Post[]>();
    expect(all.map((post) => post.title.rendered)).not.toContain('مسودة');
  });

  it('tells what was wrong in the site’s language, or the one the caller asks for', async () => {
    const wrong = '/wp-json/wp/v2/posts?per_page=0&unknown=1';
    const arabic = await get(wrong);
    expect(arabic.headers['content-language']).toBe('ar');
    expect(arabic.json()).toEqual({
      code: 'rest_invalid_param',
      message: 'معاملات غير صالحة: unknown, per_page',
      data: {
        status: 400,
        params: {
          unknown: 'unknown ليس من معاملات هذا المسار.',
          per_page: 'per_page ليس عددًا صحيحًا لا يقل عن ١.',
        },
      },
    });
    const english = await test.app.inject({
      method: 'GET',
      url: wrong,
      headers: { 'accept-language': 'en-GB,en;q=0.8' },
    });
    expect(english.headers['content-language']).toBe('en');
    expect(english.json<{ data: { params: Record<string, string> } }>().data.params).toEqual({
      unknown: 'unknown is not a parameter of this route.',
      per_page: 'per_page is not a whole number of at least 1.',
    });
    const missing = await get('/wp-json/wp/v2/posts/99999');
    expect(missing.json<{ message: string }>().message).toBe('رقم المقال غير صالح.');
  });
});
