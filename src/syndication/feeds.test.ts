import { parseFeed } from '@rowanmanning/feed-parser';
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
import { xmlWellFormed } from '../test-support/xml.js';

const editor = systemActor('cli');
const rfc822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  language: string;
  items: {
    id: string;
    url: string;
    title: string;
    content_html?: string;
    content_text?: string;
    summary?: string;
    image?: string;
    date_published: string;
    date_modified: string;
    authors?: { name: string; url: string }[];
    tags?: string[];
  }[];
}

describe.each(testDialects)('feeds on %s', (dialect) => {
  let test: TestApp;
  const ids = { energy: 0, oilGas: 0, banks: 0, oil: 0, laila: 0, solar: 0, pipeline: 0, bank: 0 };
  let imageId = 0;

  beforeAll(async () => {
    test = await buildTestApp(dialect, { now: new Date('2026-06-02T12:00:00Z') });
    const { context, mediaStore } = test.services;
    ids.energy = (await makeSection(context, { slug: 'energy', name: 'طاقة' })).id;
    ids.oilGas = (
      await makeSection(context, { slug: 'oil-gas', name: 'نفط وغاز', parentId: ids.energy })
    ).id;
    ids.banks = (await makeSection(context, { slug: 'banks', name: 'مصارف' })).id;
    ids.oil = (await makeTag(context, { slug: 'النفط', name: 'النفط' })).id;
    ids.laila = (await makePerson(context, { slug: 'laila', name: 'ليلى حداد' })).id;
    const image = await makeImage(context, mediaStore, { alt: 'ألواح شمسية في الصحراء' });
    imageId = image.id;
    ids.solar = await makeArticle(context, {
      title: 'الطاقة الشمسية تتوسع في المنطقة',
      excerpt: 'مشروعات جديدة في ثلاث دول.',
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'تتوسع مشروعات الطاقة الشمسية.' }] },
          { type: 'figure', attrs: { mediaId: image.id } },
        ],
      },
      sectionId: ids.energy,
      tagIds: [ids.oil],
      authorIds: [ids.laila],
      featuredImageId: image.id,
      publishedAt: '2026-06-02T08:00:00.000Z',
    });
    ids.pipeline = await makeArticle(context, {
      title: 'خط أنابيب جديد للغاز & النفط <بين البلدين>',
      sectionId: ids.oilGas,
      publishedAt: '2026-06-02T07:00:00.000Z',
    });
    ids.bank = await makeArticle(context, {
      title: 'المصارف ترفع الفائدة',
      sectionId: ids.banks,
      publishedAt: '2026-06-01T07:00:00.000Z',
    });
    await makeArticle(context, {
      language: 'en',
      title: 'Markets close higher',
      publishedAt: '2026-06-02T09:00:00.000Z',
    });
  });
  afterAll(() => test.close());

  const get = (url: string) => test.app.inject({ method: 'GET', url });
  const titlesOf = async (url: string) => {
    const response = await get(url);
    expect(response.statusCode, url).toBe(200);
    return parseFeed(response.body).items.map((item) => item.title);
  };

  it('writes the site’s RSS 2.0 feed: newest first, Arabic intact, RFC 822 dates', async () => {
    const response = await get('/feed');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    await expect(xmlWellFormed(response.body)).resolves.toEqual([]);
    const feed = parseFeed(response.body);
    expect(feed.title).toBe('مداد');
    expect(feed.language).toBe('ar');
    expect(feed.url).toBe('https://news.example/');
    expect(feed.self).toBe('https://news.example/feed');
    expect(feed.items.map((item) => item.title)).toEqual([
      'الطاقة الشمسية تتوسع في المنطقة',
      'خط أنابيب جديد للغاز & النفط <بين البلدين>',
      'المصارف ترفع الفائدة',
    ]);
    const [solar] = feed.items;
    expect(solar?.id).toBe(`https://news.example/article/${ids.solar}`);
    expect(solar?.url).toBe(
      `https://news.example/article/${ids.solar}/${encodeURIComponent('الطاقة-الشمسية-تتوسع-في-المنطقة')}`,
    );
    expect(solar?.published?.toISOString()).toBe('2026-06-02T08:00:00.000Z');
    expect(solar?.description).toBe('مشروعات جديدة في ثلاث دول.');
    expect(solar?.authors.map((author) => author.name)).toEqual(['ليلى حداد']);
    expect(solar?.categories.map((category) => category.term)).toEqual(['طاقة', 'النفط']);
    // The whole text, with addresses a feed reader can follow from elsewhere.
    expect(solar?.content).toContain('تتوسع مشروعات الطاقة الشمسية.');
    expect(solar?.content).toContain(`src="https://news.example/media/${imageId}/v1/`);
    expect(solar?.content).not.toMatch(/(src|srcset)="\//);
    expect(solar?.mediaImages.map((media) => media.url)).toContain(
      `https://news.example/media/${imageId}/v1/1280.jpg`,
    );
    for (const date of response.body.matchAll(/<(pubDate|lastBuildDate)>([^<]*)</g)) {
      expect(date[2]).toMatch(rfc822);
    }
    expect(response.body).toContain(
      `<enclosure url="https://news.example/media/${imageId}/v1/1280.jpg" length="0" type="image/jpeg"/>`,
    );
  });

  it('writes the Atom feed with its required elements, the language and RFC 3339 dates', async () => {
    const response = await get('/feed/atom');
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    await expect(xmlWellFormed(response.body)).resolves.toEqual([]);
    const feed = parseFeed(response.body);
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('مداد');
    expect(feed.language).toBe('ar');
    expect(feed.self).toBe('https://news.example/feed/atom');
    expect(feed.items).toHaveLength(3);
    for (const item of feed.items) {
      expect(item.id).toMatch(/^https:\/\/news\.example\/article\/\d+$/);
      expect(item.title).toBeTruthy();
      expect(item.updated).toBeInstanceOf(Date);
    }
    expect(feed.items[0]?.content).toContain('تتوسع مشروعات الطاقة الشمسية.');
    expect(response.body).toMatch(/^<\?xml[^>]*>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
    expect(response.body).toContain('xml:lang="ar"');
    expect(response.body).toMatch(/<feed[^>]*>(?:(?!<entry>).)*<author><name>مداد<\/name>/s);
    for (const date of response.body.matchAll(/<(updated|published)>([^<]*)</g)) {
      expect(date[2]).toMatch(rfc3339);
    }
  });

  it('writes JSON Feed 1.1 with content for every item', async () => {
    const response = await get('/feed/json');
    expect(response.headers['content-type']).toBe('application/feed+json; charset=utf-8');
    const feed = response.json<JsonFeed>();
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed).toMatchObject({
      title: 'مداد',
      home_page_url: 'https://news.example/',
      feed_url: 'https://news.example/feed/json',
      language: 'ar',
    });
    expect(feed.items.map((item) => item.title)).toHaveLength(3);
    for (const item of feed.items) {
      expect(item.id).toMatch(/^https:\/\/news\.example\/article\/\d+$/);
      expect(item.content_html ?? item.content_text).toBeTruthy();
      expect(item.date_published).toMatch(rfc3339);
      expect(item.date_modified).toMatch(rfc3339);
    }
    expect(feed.items[0]).toMatchObject({
      image: `https://news.example/media/${imageId}/v1/1280.jpg`,
      authors: [{ name: 'ليلى حداد', url: 'https://news.example/author/laila' }],
      tags: ['طاقة', 'النفط'],
    });
  });

  it('follows each section (with its subsections), tag and author, and each language', async () => {
    expect(await titlesOf('/section/energy/feed')).toEqual([
      'الطاقة الشمسية تتوسع في المنطقة',
      'خط أنابيب جديد للغاز & النفط <بين البلدين>',
    ]);
    expect(await titlesOf('/section/oil-gas/feed/atom')).toEqual([
      'خط أنابيب جديد للغاز & النفط <بين البلدين>',
    ]);
    expect(await titlesOf(`/tag/${encodeURIComponent('النفط')}/feed`)).toEqual([
      'الطاقة الشمسية تتوسع في المنطقة',
    ]);
    expect(await titlesOf('/author/laila/feed/atom')).toEqual(['الطاقة الشمسية تتوسع في المنطقة']);
    const section = parseFeed((await get('/section/energy/feed')).body);
    expect(section.title).toBe('طاقة | مداد');
    expect(section.url).toBe('https://news.example/section/energy');

    const english = parseFeed((await get('/en/feed')).body);
    expect([english.title, english.language]).toEqual(['Midad', 'en']);
    expect(english.items.map((item) => item.title)).toEqual(['Markets close higher']);
    const json = (await get('/author/laila/feed/json')).json<JsonFeed>();
    expect(json.items.map((item) => item.title)).toEqual(['الطاقة الشمسية تتوسع في المنطقة']);
  });

  it('keeps one copy of a feed whatever query it is asked with', async () => {
    const plain = await get('/feed');
    for (const query of ['?page=abc', '?utm_source=app', '?page=2&x=1']) {
      const asked = await get(`/feed${query}`);
      expect(asked.body, query).toBe(plain.body);
      expect(test.app.midad.responses.cache.has(`/feed${query}`), query).toBe(false);
    }
    expect(test.app.midad.responses.cache.has('/feed')).toBe(true);
  });

  it('sends the addresses other platforms use to the site’s own, and unknown ones to 404', async () => {
    for (const [from, to] of [
      ['/rss.xml', '/feed'],
      ['/feed/rss2', '/feed'],
      ['/atom.xml', '/feed/atom'],
      ['/feed.json', '/feed/json'],
      ['/ar/feed', '/feed'],
    ]) {
      const response = await get(from ?? '');
      expect([response.statusCode, response.headers.location], from).toEqual([301, to]);
    }
    for (const missing of ['/section/nothing/feed', '/tag/nothing/feed/atom', '/xx/feed']) {
      const response = await get(missing);
      expect(response.statusCode, missing).toBe(404);
      expect(response.headers['content-type']).toContain('text/html');
    }
  });

  it('advertises its feeds on the pages they follow', async () => {
    const links = (body: string) =>
      [
        ...body.matchAll(/<link rel="alternate" type="([^"]+)" title="([^"]+)" href="([^"]+)"/g),
      ].map((match) => [match[1], match[2], match[3]]);
    expect(links((await get('/')).body)).toEqual([
      ['application/rss+xml', 'خلاصة مداد', 'https://news.example/feed'],
      ['application/atom+xml', 'خلاصة مداد (أتوم)', 'https://news.example/feed/atom'],
      ['application/feed+json', 'خلاصة مداد (جيسون)', 'https://news.example/feed/json'],
    ]);
    expect(links((await get('/section/energy')).body)[0]).toEqual([
      'application/rss+xml',
      'خلاصة طاقة | مداد',
      'https://news.example/section/energy/feed',
    ]);
    expect(links((await get('/author/laila')).body)[1]?.[2]).toBe(
      'https://news.example/author/laila/feed/atom',
    );
    expect(links((await get('/en')).body)[0]?.slice(1)).toEqual([
      'Midad (RSS)',
      'https://news.example/en/feed',
    ]);
  });

  it('a publish purges the feeds that list the story, and no other', async () => {
    const feeds = ['/feed', '/section/energy/feed', '/section/banks/feed', '/en/feed'];
    for (const path of feeds) await get(path);
    const cached = () => feeds.map((path) => test.app.midad.responses.cache.has(path));
    expect(cached()).toEqual([true, true, true, true]);
    const draft = await test.services.articles.create(editor, {
      language: 'ar',
      type: 'news',
      title: 'النفط يرتفع مع خفض الإنتاج',
      body: paragraphs('ارتفع النفط.'),
      sectionId: ids.oilGas,
    });
    await test.services.articles.transition(editor, draft.id, 'publish', {});
    expect(cached()).toEqual([false, false, true, true]);
    expect((await titlesOf('/section/energy/feed'))[0]).toBe('النفط يرتفع مع خفض الإنتاج');

    // Only its words change: the feeds that carry it follow.
    for (const path of feeds) await get(path);
    const { version } = await test.services.articles.get(editor, draft.id);
    await test.services.articles.update(editor, draft.id, {
      version,
      body: paragraphs('ارتفع النفط بعد قرار خفض الإنتاج.'),
    });
    expect(cached()).toEqual([false, false, true, true]);
    expect(parseFeed((await get('/feed')).body).items[0]?.content).toContain('بعد قرار خفض');
    await test.services.articles.delete(editor, draft.id, null);
  });

  it('carries the excerpt alone when the settings say so', async () => {
    await test.services.taxonomy.updateSettings(editor, { feedContent: 'excerpt' });
    try {
      const feed = parseFeed((await get('/feed')).body);
      expect(feed.items[0]?.description).toBe('مشروعات جديدة في ثلاث دول.');
      expect((await get('/feed')).body).not.toContain('content:encoded');
      const json = (await get('/feed/json')).json<JsonFeed>();
      expect(json.items[0]).toMatchObject({ content_text: 'مشروعات جديدة في ثلاث دول.' });
      expect(json.items[0]?.content_html).toBeUndefined();
    } finally {
      await test.services.taxonomy.updateSettings(editor, { feedContent: 'full' });
    }
  });

  it('keeps a feed readable whatever a stored text holds', async () => {
    const id = await makeArticle(test.services.context, {
      title: 'عنوان فيه محرف\u0001 تحكم \u001Fمن نسخ ولصق',
      excerpt: 'مقتطف ]]> فيه <b>وسم</b>',
      sectionId: ids.banks,
      publishedAt: '2026-06-02T10:00:00.000Z',
    });
    try {
      for (const path of ['/section/banks/feed', '/section/banks/feed/atom']) {
        const body = (await get(path)).body;
        await expect(xmlWellFormed(body), path).resolves.toEqual([]);
        const [item] = parseFeed(body).items;
        expect(item?.title, path).toBe('عنوان فيه محرف تحكم من نسخ ولصق');
        expect(item?.description, path).toBe('مقتطف ]]> فيه <b>وسم</b>');
      }
    } finally {
      await test.services.articles.delete(editor, id, null);
    }
  });
});
