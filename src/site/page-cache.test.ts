import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { systemActor } from '../core/actor.js';
import { buildTestApp, type TestApp } from '../test-support/app.js';
import { testDialects } from '../test-support/databases.js';
import {
  makeArticle,
  makePerson,
  makeSection,
  makeTag,
  paragraphs,
} from '../test-support/factories.js';
import { visibleText } from '../test-support/html.js';

const editor = systemActor('cli');

describe.each(testDialects)('page cache on %s', (dialect) => {
  let test: TestApp;
  // 23:30 in Beirut (UTC+3 in June): the masthead's date changes half an hour later.
  let clock = new Date('2026-06-01T20:30:00Z');
  const ids = { energy: 0, banks: 0, oil: 0, other: 0, laila: 0, omar: 0 };
  let energyStory = 0;
  let bankStory = 0;

  beforeAll(async () => {
    test = await buildTestApp(dialect, { now: () => clock });
    const { context } = test.services;
    ids.energy = (await makeSection(context, { slug: 'energy', name: 'طاقة' })).id;
    ids.banks = (await makeSection(context, { slug: 'banks', name: 'مصارف' })).id;
    ids.oil = (await makeTag(context, { slug: 'النفط', name: 'النفط' })).id;
    ids.other = (await makeTag(context, { slug: 'الذهب', name: 'الذهب' })).id;
    ids.laila = (await makePerson(context, { slug: 'laila', name: 'ليلى حداد' })).id;
    ids.omar = (await makePerson(context, { slug: 'omar', name: 'عمر الخطيب' })).id;
    energyStory = await makeArticle(context, {
      title: 'الطاقة الشمسية تتوسع في المنطقة',
      sectionId: ids.energy,
      tagIds: [ids.oil],
      authorIds: [ids.laila],
    });
    bankStory = await makeArticle(context, {
      title: 'المصارف ترفع الفائدة',
      sectionId: ids.banks,
      tagIds: [ids.other],
      authorIds: [ids.omar],
    });
    await makeArticle(context, { language: 'en', title: 'Markets close higher' });
  });
  afterAll(() => test.close());

  const get = (url: string, headers: Record<string, string> = {}) =>
    test.app.inject({ method: 'GET', url, headers });
  const cached = (path: string) => test.app.midad.responses.cache.has(path);
  const pages = () => ({
    home: '/',
    english: '/en',
    energy: '/section/energy',
    banks: '/section/banks',
    oilTag: `/tag/${encodeURIComponent('النفط')}`,
    otherTag: `/tag/${encodeURIComponent('الذهب')}`,
    laila: '/author/laila',
    omar: '/author/omar',
    energyStory: `/article/${energyStory}/${encodeURIComponent('الطاقة-الشمسية-تتوسع-في-المنطقة')}`,
    bankStory: `/article/${bankStory}/${encodeURIComponent('المصارف-ترفع-الفائدة')}`,
  });
  /** Visits every page once, so each is in the cache. */
  async function warm(): Promise<void> {
    for (const path of Object.values(pages())) {
      const response = await get(path);
      expect(response.statusCode, path).toBe(200);
      expect(cached(path), path).toBe(true);
    }
  }
  const stillCached = () =>
    Object.fromEntries(Object.entries(pages()).map(([name, path]) => [name, cached(path)]));

  it('answers the second visit from memory, the same bytes, with a strong ETag', async () => {
    const path = pages().energyStory;
    const first = await get(path);
    expect(first.headers['x-cache']).toBe('MISS');
    const second = await get(path);
    expect(second.headers['x-cache']).toBe('HIT');
    expect(second.body).toBe(first.body);
    expect(second.headers.etag).toMatch(/^"[\w-]{27}"$/);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['cache-control']).toBe(
      'public, max-age=0, s-maxage=60, stale-while-revalidate=30',
    );
    expect(second.headers['content-security-policy']).toContain("script-src 'none'");
    expect(String(second.headers['surrogate-key']).split(' ')).toEqual(
      expect.arrayContaining([
        `article:${energyStory}`,
        `section:${ids.energy}`,
        `tag:${ids.oil}`,
        `person:${ids.laila}`,
        'layout:ar',
      ]),
    );
    expect(second.headers['cache-tag']).toBe(
      String(second.headers['surrogate-key']).replaceAll(' ', ','),
    );
  });

  it('lists no tags unless a CDN purges by them', async () => {
    const plain = await buildTestApp(dialect, {
      config: { edgeCaching: { maxAge: 60, staleWhileRevalidate: 30, tagHeaders: false } },
    });
    try {
      const response = await plain.app.inject({ method: 'GET', url: '/' });
      expect(response.headers['cache-control']).toContain('s-maxage=60');
      expect(response.headers['surrogate-key']).toBeUndefined();
      expect(response.headers['cache-tag']).toBeUndefined();
    } finally {
      await plain.close();
    }
  });

  it('answers a revisit with 304 and no body, in any encoding it was sent in', async () => {
    const path = pages().energyStory;
    const plain = await get(path);
    const br = await get(path, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    expect(br.headers.etag).not.toBe(plain.headers.etag);
    for (const etag of [plain.headers.etag, br.headers.etag, `W/${String(br.headers.etag)}`]) {
      const revisit = await get(path, {
        'if-none-match': String(etag),
        'accept-encoding': 'br',
      });
      expect(revisit.statusCode).toBe(304);
      expect(revisit.body).toBe('');
      expect(revisit.headers.etag).toBe(br.headers.etag);
    }
    const changed = await get(path, { 'if-none-match': '"something-else"' });
    expect(changed.statusCode).toBe(200);
  });

  it('answers a cached page over the network before Fastify, with the same headers', async () => {
    const address = await test.app.listen({ port: 0, host: '127.0.0.1' });
    const url = `${address}${pages().energyStory}`;
    const first = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    const firstBody = await first.text();
    const fast = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    expect(fast.headers.get('x-cache')).toBe('HIT');
    expect(await fast.text()).toBe(firstBody);
    for (const name of ['etag', 'cache-control', 'content-security-policy', 'surrogate-key']) {
      expect(fast.headers.get(name), name).toBe(first.headers.get(name));
    }
    expect(fast.headers.get('x-content-type-options')).toBe('nosniff');
    expect(fast.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const head = await fetch(url, { method: 'HEAD' });
    expect([head.status, await head.text()]).toEqual([200, '']);
    const revisit = await fetch(url, {
      headers: { 'if-none-match': String(fast.headers.get('etag')), 'accept-encoding': 'identity' },
    });
    expect([revisit.status, await revisit.text()]).toEqual([304, '']);
    // fetch asks for gzip (and br, on newer Node versions) and decodes what it gets.
    const compressed = await fetch(url);
    expect(['br', 'gzip']).toContain(compressed.headers.get('content-encoding'));
    expect(await compressed.text()).toBe(firstBody);
  });

  it('serves one page for an address with campaign parameters, with a clean canonical', async () => {
    await get('/');
    const tracked = await get('/?utm_source=newsletter&utm_medium=email');
    expect(tracked.headers['x-cache']).toBe('HIT');
    expect(tracked.body).toContain('<link rel="canonical" href="https://news.example/"');
    expect(tracked.body).not.toContain('utm_source');
  });

  it('renders a cold page once for many readers arriving together', async () => {
    const path = pages().bankStory;
    test.app.midad.responses.cache.purge([`article:${bankStory}`]);
    const reads = vi.spyOn(test.services.reader, 'publishedArticle');
    const responses = await Promise.all(Array.from({ length: 8 }, () => get(path)));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(8).fill(200));
    expect(new Set(responses.map((r) => r.body)).size).toBe(1);
    expect(reads).toHaveBeenCalledTimes(1);
    reads.mockRestore();
  });

  it('publishing purges the story’s section, tag, author and home page, and nothing else', async () => {
    await warm();
    const draft = await test.services.articles.create(editor, {
      language: 'ar',
      type: 'news',
      title: 'النفط يرتفع مع خفض الإنتاج',
      body: paragraphs('ارتفع النفط.'),
      sectionId: ids.energy,
      tagIds: [ids.oil],
      authorIds: [ids.laila],
    });
    // A draft is no reader's business: saving it purges nothing.
    expect(Object.values(stillCached()).every(Boolean)).toBe(true);

    await test.services.articles.transition(editor, draft.id, 'publish', {});
    expect(stillCached()).toEqual({
      home: false,
      english: true,
      energy: false,
      banks: true,
      oilTag: false,
      otherTag: true,
      laila: false,
      omar: true,
      // Its related stories may now include the new one.
      energyStory: false,
      bankStory: true,
    });
    for (const path of [pages().home, pages().energy, pages().oilTag, pages().laila]) {
      expect(visibleText((await get(path)).body), path).toContain('النفط يرتفع مع خفض الإنتاج');
    }
    await test.services.articles.delete(editor, draft.id, null);
  });

  it('an edit shows at once wherever the story is listed; unpublishing removes it', async () => {
    await warm();
    const { version } = await test.services.articles.get(editor, bankStory);
    await test.services.articles.update(editor, bankStory, {
      version,
      title: 'المصارف المركزية ترفع الفائدة',
    });
    expect(stillCached()).toMatchObject({ bankStory: false, banks: false, home: false });
    expect(stillCached()).toMatchObject({ energyStory: true, energy: true, laila: true });
    for (const path of ['/', '/section/banks', '/author/omar']) {
      expect(visibleText((await get(path)).body), path).toContain('المصارف المركزية ترفع الفائدة');
    }

    await test.services.articles.transition(editor, bankStory, 'unpublish', {});
    expect((await get(pages().bankStory)).statusCode).toBe(404);
    expect(visibleText((await get('/')).body)).not.toContain('المصارف المركزية');
    await test.services.articles.transition(editor, bankStory, 'publish', {});
  });

  it('a renamed section changes the navigation of every page in its language only', async () => {
    await warm();
    await test.services.taxonomy.updateSection(editor, ids.banks, {
      name: 'المصارف والتمويل',
    });
    expect(stillCached()).toMatchObject({ home: false, energyStory: false, english: true });
    expect(visibleText((await get(pages().energyStory)).body)).toContain('المصارف والتمويل');
  });

  it('expires every page when the masthead’s date changes at midnight in the site’s zone', async () => {
    await get('/');
    const before = await get('/');
    expect(before.headers['x-cache']).toBe('HIT');
    expect(before.headers['cache-control']).toContain('s-maxage=60');
    clock = new Date('2026-06-01T20:59:30Z');
    expect((await get('/')).headers['cache-control']).toContain('s-maxage=30');
    clock = new Date('2026-06-01T21:00:01Z');
    const after = await get('/');
    expect(after.headers['x-cache']).toBe('MISS');
    expect(after.body).toContain('datetime="2026-06-02"');
    expect(before.body).toContain('datetime="2026-06-01"');
  });
});
