import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test-support/app.js';
import { testDialects } from '../test-support/databases.js';
import {
  makeArticle,
  makeImage,
  makePerson,
  makeSection,
  makeTag,
  midad,
} from '../test-support/factories.js';
import { listingPageSize } from '../content/reader-service.js';
import { inTransaction } from '../core/unit-of-work.js';
import { htmlAttributes, pageTitleText, visibleText } from '../test-support/html.js';

describe.each(testDialects)('reader site on %s', (dialect) => {
  let test: TestApp;
  let articleId: number;
  let englishId: number;
  let imageId: number;

  beforeAll(async () => {
    test = await buildTestApp(dialect);
    const { context: content, mediaStore } = test.services;
    const energy = await makeSection(content, { slug: 'energy', name: 'طاقة' });
    const oilGas = await makeSection(content, {
      slug: 'oil-gas',
      name: 'نفط وغاز',
      parentId: energy.id,
    });
    const english = await makeSection(content, {
      slug: 'en-energy',
      name: 'Energy',
      language: 'en',
    });
    const author = await makePerson(content, {
      slug: 'ليلى-حداد',
      name: 'ليلى حداد',
      jobTitle: 'محررة الطاقة',
    });
    const writer = await makePerson(content, {
      slug: 'sam-carter',
      name: 'Sam Carter',
      language: 'en',
    });
    const tag = await makeTag(content, { slug: 'النفط', name: 'النفط' });
    const image = await makeImage(content, mediaStore, { alt: 'ناقلة نفط في ميناء عند الفجر' });
    imageId = image.id;
    articleId = await makeArticle(content, {
      title: 'أسعار النفط تقفز بعد قرار خفض الإنتاج',
      subtitle: 'الخام يرتفع إلى أعلى مستوى منذ أشهر',
      sectionId: oilGas.id,
      authorIds: [author.id],
      tagIds: [tag.id],
      featuredImageId: image.id,
      isFeatured: true,
    });
    for (let i = 0; i < listingPageSize + 1; i++) {
      await makeArticle(content, {
        sectionId: energy.id,
        tagIds: [tag.id],
        authorIds: [author.id],
      });
    }
    englishId = await makeArticle(content, {
      language: 'en',
      title: 'Oil prices jump after output cut',
      sectionId: english.id,
      authorIds: [writer.id],
    });
  });
  afterAll(() => test.close());

  const get = (url: string) => test.app.inject({ method: 'GET', url });

  it('serves the Arabic home page right to left, with no English word on it', async () => {
    const response = await get('/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(htmlAttributes(response.body)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(response.body).toContain('أسعار النفط تقفز بعد قرار خفض الإنتاج');
    expect(visibleText(response.body)).not.toMatch(/[A-Za-z]{2,}/);
  });

  it('serves the English home page left to right', async () => {
    const response = await get('/en/');
    expect(response.statusCode).toBe(200);
    expect(htmlAttributes(response.body)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(response.body).toContain('Oil prices jump after output cut');
    expect(response.body).not.toContain('أسعار النفط تقفز');
  });

  it('serves an article with its title, byline, breadcrumb and image', async () => {
    const response = await get(
      `/article/${articleId}/${encodeURIComponent('أسعار-النفط-تقفز-بعد-قرار-خفض-الإنتاج')}`,
    );
    expect(response.statusCode).toBe(200);
    expect(htmlAttributes(response.body)).toEqual({ lang: 'ar', dir: 'rtl' });
    const title = pageTitleText(response.body);
    expect(title).toBe('أسعار النفط تقفز بعد قرار خفض الإنتاج | مداد');
    expect(response.body).toContain('ليلى حداد');
    expect(response.body).toContain(`href="/author/${encodeURIComponent('ليلى-حداد')}"`);
    expect(response.body).toContain('href="/section/oil-gas"');
    expect(response.body).toContain('href="/section/energy"');
    expect(response.body).toContain('alt="ناقلة نفط في ميناء عند الفجر"');
    expect(response.body).toMatch(
      /<img[^>]+width="1600"[^>]+height="900"|<img[^>]+height="900"[^>]+width="1600"/,
    );
    expect(visibleText(response.body)).not.toMatch(/[A-Za-z]{2,}/);
  });

  it('sends an old or missing slug to the current address with a 301', async () => {
    for (const url of [`/article/${articleId}`, `/article/${articleId}/old-slug`]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(301);
      expect(response.headers.location).toBe(
        `/article/${articleId}/${encodeURIComponent('أسعار-النفط-تقفز-بعد-قرار-خفض-الإنتاج')}`,
      );
    }
  });

  it('serves English articles in English', async () => {
    const response = await get(`/article/${englishId}/oil-prices-jump-after-output-cut`);
    expect(response.statusCode).toBe(200);
    expect(htmlAttributes(response.body)).toEqual({ lang: 'en', dir: 'ltr' });
  });

  it('paginates section, tag and author pages with rel next/prev', async () => {
    for (const base of [
      '/section/energy',
      `/tag/${encodeURIComponent('النفط')}`,
      `/author/${encodeURIComponent('ليلى-حداد')}`,
    ]) {
      const first = await get(base);
      expect(first.statusCode, base).toBe(200);
      expect(first.body, base).toContain(`rel="next" href="${base}?page=2"`);
      expect(first.body, base).not.toContain('rel="prev"');
      const second = await get(`${base}?page=2`);
      expect(second.statusCode, base).toBe(200);
      expect(second.body, base).toContain(`rel="prev" href="${base}"`);
      expect((await get(`${base}?page=3`)).statusCode, base).toBe(404);
      const tracked = await get(`${base}?page=2&utm_source=%22%3E%3Cscript%3E`);
      expect(tracked.body, base).toContain(
        `<link rel="canonical" href="https://news.example${base}?page=2"/>`,
      );
      expect(tracked.body, base).not.toContain('<script>');
    }
  });

  it('answers unknown, malformed and hostile URLs with the Arabic 404 page', async () => {
    const urls = [
      '/no-such-page',
      '/article/999999/x',
      '/article/abc/x',
      '/article/0/x',
      '/article/99999999999999999999/x',
      '/section/nope',
      '/section/energy?page=0',
      '/section/energy?page=abc',
      '/section/energy?page=1e3',
      '/section/energy?page=-1',
      '/tag/%E0%A4%A',
      '/author/%FF',
      '/%00',
      '/..%2f..%2fetc%2fpasswd',
      '/section/energy?page=1&page=2',
      `/tag/${'ا'.repeat(2000)}`,
      '/media/1/99999.jpg',
      '/media/1/640.gif',
      '/media/x/640.jpg',
      '/media/1/v0/640.jpg',
      '/media/1/1/640.jpg',
      '/media/1/v1/..%2f640.jpg',
      '/assets/../package.json',
      "/article/1'%20or%201=1--/x",
    ];
    for (const url of urls) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(htmlAttributes(response.body), url).toEqual({ lang: 'ar', dir: 'rtl' });
      expect(response.body, url).toContain('الصفحة غير موجودة');
    }
  });

  it('answers unknown English URLs with the English 404 page', async () => {
    const response = await get('/en/no-such-page');
    expect(response.statusCode).toBe(404);
    expect(htmlAttributes(response.body)).toEqual({ lang: 'en', dir: 'ltr' });
  });

  it('follows stored redirects', async () => {
    await inTransaction(test.services.context, (uow) =>
      uow.redirects.upsert('/2024/05/old-post', `/article/${articleId}`, 301, uow.nowIso),
    );
    const response = await get('/2024/05/old-post');
    expect(response.statusCode).toBe(301);
    expect(response.headers.location).toBe(`/article/${articleId}`);
    // One segment, where the language route could claim it; a bad id, where a schema would.
    await inTransaction(test.services.context, (uow) =>
      uow.redirects.upsert('/old-post', `/article/${articleId}`, 301, uow.nowIso),
    );
    await inTransaction(test.services.context, (uow) =>
      uow.redirects.upsert('/article/old', `/article/${articleId}`, 301, uow.nowIso),
    );
    for (const old of ['/old-post', '/article/old']) {
      expect((await get(old)).headers.location, old).toBe(`/article/${articleId}`);
    }
  });

  it('serves images as AVIF, WebP and JPEG at the layout widths only', async () => {
    for (const [file, type] of [
      ['640.avif', 'image/avif'],
      ['640.webp', 'image/webp'],
      ['320.jpg', 'image/jpeg'],
      ['1280.jpg', 'image/jpeg'],
    ] as const) {
      const response = await get(`/media/${imageId}/v1/${file}`);
      expect(response.statusCode, file).toBe(200);
      expect(response.headers['content-type'], file).toBe(type);
      expect(response.headers['cache-control'], file).toContain('immutable');
    }
    for (const file of ['641.jpg', '640.gif']) {
      expect((await get(`/media/${imageId}/v1/${file}`)).statusCode, file).toBe(404);
    }
    // A version the image never had is no address at all.
    expect((await get(`/media/${imageId}/v2/640.jpg`)).statusCode).toBe(404);
  });

  it('cuts the 16:9, 4:3 and 1:1 crops structured data names, at most 1 200 wide', async () => {
    const { default: sharp } = await import('sharp');
    // The image is 1600 × 900.
    for (const [file, width, height] of [
      ['16x9.jpg', 1200, 675],
      ['4x3.jpg', 1200, 900],
      ['1x1.jpg', 900, 900],
    ] as const) {
      const response = await get(`/media/${imageId}/v1/${file}`);
      expect(response.statusCode, file).toBe(200);
      expect(response.headers['content-type'], file).toBe('image/jpeg');
      expect(response.headers['cache-control'], file).toContain('immutable');
      const size = await sharp(response.rawPayload).metadata();
      expect([size.width, size.height], file).toEqual([width, height]);
    }
    for (const file of ['3x2.jpg', '16x9.webp', '16x9.png']) {
      expect((await get(`/media/${imageId}/v1/${file}`)).statusCode, file).toBe(404);
    }
    expect((await get(`/media/${imageId}/v2/16x9.jpg`)).statusCode).toBe(404);
  });

  it('redirects the unversioned image addresses pages used before to the current ones', async () => {
    const response = await get(`/media/${imageId}/640.webp`);
    expect(response.statusCode).toBe(301);
    expect(response.headers.location).toBe(`/media/${imageId}/v1/640.webp`);
    expect((await get(`/media/${imageId}/641.webp`)).statusCode).toBe(404);
  });

  it('serves the stylesheet and fonts it names, cached immutably', async () => {
    const home = await get('/');
    const href = /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/.exec(home.body)?.[1] ?? '';
    const css = await get(href);
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toContain('text/css');
    expect(css.headers['cache-control']).toContain('immutable');
    const font = /url\(([^)]+\.woff2)\)/.exec(css.body)?.[1]?.replace(/["']/g, '') ?? '';
    const fontResponse = await get(font);
    expect(fontResponse.statusCode).toBe(200);
    expect(fontResponse.headers['content-type']).toBe('font/woff2');
  });

  it('reports health and readiness', async () => {
    expect((await get('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await get('/readyz')).json()).toEqual({ status: 'ok', jobs: 'off', database: dialect });
  });
});

describe.each(testDialects)('reader site settings and failures on %s', (dialect) => {
  let test: TestApp;
  let articleId: number;

  beforeAll(async () => {
    test = await buildTestApp(dialect);
  });
  afterAll(() => test.close());

  const get = (url: string) => test.app.inject({ method: 'GET', url });

  it('serves an empty site (MIDAD_DEMO=0) without errors', async () => {
    for (const url of ['/', '/en/']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(visibleText(response.body), url).toContain(url === '/' ? 'مداد' : 'Midad');
    }
  });

  it('writes dates with the month names, digits and time zone the settings ask for', async () => {
    const { context, taxonomy } = test.services;
    articleId = await makeArticle(context, {
      title: 'خبر بتاريخ محدد',
      publishedAt: '2026-10-14T22:30:00.000Z',
    });
    const url = `/article/${articleId}/${encodeURIComponent('خبر-بتاريخ-محدد')}`;

    const both = visibleText((await get(url)).body);
    // 22:30 UTC is already the 15th in Beirut (UTC+3).
    expect(both).toContain('١٥ تشرين الأول/أكتوبر ٢٠٢٦');

    await taxonomy.updateSettings(midad, { monthStyle: 'levantine', digits: 'western' });
    const levantine = visibleText((await get(url)).body);
    expect(levantine).toContain('15 تشرين الأول 2026');
    expect(levantine).not.toContain('أكتوبر');

    await taxonomy.updateSettings(midad, { monthStyle: 'egyptian', timeZone: 'UTC' });
    const egyptian = visibleText((await get(url)).body);
    expect(egyptian).toContain('14 أكتوبر 2026');
    expect(egyptian).not.toContain('تشرين');

    await taxonomy.updateSettings(midad, {
      siteName: { ar: 'الاقتصادي', en: 'The Economist Daily' },
    });
    const title = pageTitleText((await get(url)).body);
    expect(title).toBe('خبر بتاريخ محدد | الاقتصادي');
  });

  it('answers with the 500 page, in Arabic, when the database fails', async () => {
    await test.database.db.close();
    const response = await get('/');
    expect(response.statusCode).toBe(500);
    expect(htmlAttributes(response.body)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(response.body).toContain('حدث خطأ غير متوقع');
    const english = await get('/en/');
    expect(english.statusCode).toBe(500);
    expect(htmlAttributes(english.body)).toEqual({ lang: 'en', dir: 'ltr' });
  });
});
