/**
 * The search page as readers use it: Arabic found however it is spelled and marked as it was
 * written, English at /en/search, a box on every page, and no query a hostile or careless
 * visitor can type — ten thousand characters, stray quotes, engine operators, control
 * characters — answered with anything but a page.
 */
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test-support/app.js';
import { testDialects } from '../test-support/databases.js';
import { makeArticle, makeSection, paragraphs } from '../test-support/factories.js';

describe.each(testDialects)('the search page on %s', (dialect) => {
  let test: TestApp;
  let energyId: number;

  beforeAll(async () => {
    test = await buildTestApp(dialect);
    const { context } = test.services;
    const energy = await makeSection(context, { slug: 'energy', name: 'طاقة' });
    energyId = await makeArticle(context, {
      title: 'وزارة الطاقة تعلن خطة لخفض أسعار الكهرباء',
      sectionId: energy.id,
      body: paragraphs('قالت الوزارة إن الخطة تشمل محطات شمسية جديدة في المدن الساحلية.'),
    });
    for (let i = 0; i < 12; i++) {
      await makeArticle(context, {
        title: `تقرير السوق رقم ${i + 1}`,
        body: paragraphs('تحركت الأسهم في السوق المالية.'),
      });
    }
    await makeArticle(context, {
      language: 'en',
      title: 'Solar power plants open on the coast',
      body: paragraphs('The ministry said the plants would lower prices.'),
    });
  });
  afterAll(() => test.close());

  // Each request from an address of its own: the rate limit is tried on its own below.
  let requests = 0;
  const get = (url: string) => {
    requests += 1;
    return test.app.inject({
      method: 'GET',
      url,
      remoteAddress: `10.0.${requests >> 8}.${requests & 255}`,
    });
  };
  const page = (body: string) => parseHTML(body).document;

  it('finds an Arabic article however the reader spells it, and marks the words as written', async () => {
    for (const q of ['طاقه', 'الطَّاقة', 'وزاره الطاقة', 'محطة شمسية']) {
      const response = await get(`/search?q=${encodeURIComponent(q)}`);
      expect(response.statusCode, q).toBe(200);
      const document = page(response.body);
      const links = [...document.querySelectorAll('.search-result-title a')].map((a) =>
        a.getAttribute('href'),
      );
      expect(links, q).toEqual([expect.stringMatching(new RegExp(`^/article/${energyId}/`))]);
    }
    const document = page((await get(`/search?q=${encodeURIComponent('طاقه')}`)).body);
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toContain('الطاقة');
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(document.querySelector('.search-count')?.textContent).toBe('نتيجة واحدة');
  });

  it('pages ten results at a time and says how many there are', async () => {
    const first = page((await get(`/search?q=${encodeURIComponent('السوق')}`)).body);
    expect(first.querySelector('.search-count')?.textContent).toBe('١٢ نتيجة');
    expect(first.querySelectorAll('.search-result')).toHaveLength(10);
    const next = first.querySelector('a[rel="next"]')?.getAttribute('href');
    expect(next).toBe(`/search?q=${encodeURIComponent('السوق')}&page=2`);
    const second = page((await get(next ?? '')).body);
    expect(second.querySelectorAll('.search-result')).toHaveLength(2);
    expect((await get(`/search?q=${encodeURIComponent('السوق')}&page=9`)).statusCode).toBe(404);
  });

  it('searches the English edition at /en/search, and sends /ar/search to /search', async () => {
    const response = await get('/en/search?q=plant');
    const document = page(response.body);
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(document.querySelectorAll('.search-result')).toHaveLength(1);
    const redirect = await get('/ar/search?q=x');
    expect(redirect.statusCode).toBe(301);
    expect(redirect.headers.location).toBe('/search?q=x');
  });

  it('answers every query with a page, never an error', async () => {
    for (const q of [
      'ا'.repeat(10_000),
      '"وزارة الطاقة',
      'NEAR(طاقة كهرباء) OR * ^ : ()',
      'طاقة\u0000\u0007\u001b[31m',
      '',
      '   ',
      '""',
      '-طاقة',
      'في من على',
    ]) {
      const response = await get(`/search?q=${encodeURIComponent(q)}`);
      expect(response.statusCode, JSON.stringify(q.slice(0, 40))).toBe(200);
      expect(response.headers['x-robots-tag']).toBe('noindex');
    }
    const onlyStopwords = page((await get(`/search?q=${encodeURIComponent('في من على')}`)).body);
    expect(onlyStopwords.querySelector('.search-message')?.textContent).toContain('لم نجد في');
    const phrase = page((await get(`/search?q=${encodeURIComponent('"الطاقة وزارة"')}`)).body);
    expect(phrase.querySelector('.search-message')?.textContent).toContain('لم نجد مقالات');
    expect((await get('/search?order=sideways')).statusCode).toBe(404);
  });

  it('puts a search box on every page, the 404 page too', async () => {
    for (const url of ['/', '/section/energy', '/no-such-page']) {
      const document = page((await get(url)).body);
      const form = document.querySelector('form[role="search"]');
      expect(form?.getAttribute('action'), url).toBe('/search');
      expect(form?.querySelector('input[name="q"]')?.getAttribute('id')).toBe('site-search');
    }
    const notFound = page((await get('/no-such-page')).body);
    expect(notFound.querySelector('.error-page form input[name="q"]')).not.toBeNull();
  });

  it('lets one client search thirty times a minute, then asks it to wait', async () => {
    const from = { method: 'GET' as const, remoteAddress: '192.0.2.7' };
    for (let i = 0; i < 30; i++) {
      const ok = await test.app.inject({ ...from, url: `/search?q=${i}` });
      expect(ok.statusCode).toBe(200);
    }
    const refused = await test.app.inject({ ...from, url: '/search?q=31' });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(page(refused.body).querySelector('h1')?.textContent).toBe('طلبات كثيرة');
  });
});
