/**
 * The search page as readers use it: Arabic found however it is spelled and marked as it was
 * written, English at /en/search, a box on every page, and no query a hostile or careless
 * visitor can type — ten thousand characters, stray quotes, engine operators, control
 * characters — answered with anything but a page. Its filters narrow by section (a parent
 * with its subsections), author and days in the site's time zone, stay in every link, and a
 * filter that cannot be read is answered 400 with the page saying which.
 */
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test-support/app.js';
import { metaContent } from '../test-support/html.js';
import { testDialects } from '../test-support/databases.js';
import { makeArticle, makePerson, makeSection, paragraphs } from '../test-support/factories.js';

const page = (body: string) => parseHTML(body).document;

/** GET, each request from an address of its own (10.`net`.x.y), clear of the rate limit. */
function fromNewAddresses(app: () => TestApp, net: number) {
  let requests = 0;
  return (url: string) => {
    requests += 1;
    return app().app.inject({
      method: 'GET',
      url,
      remoteAddress: `10.${net}.${requests >> 8}.${requests & 255}`,
    });
  };
}

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
  const get = fromNewAddresses(() => test, 0);

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
      // A blank query is the search page itself; anything else is a page of results.
      expect(response.headers['x-robots-tag']).toBe(q.trim() === '' ? undefined : 'noindex');
    }
    const onlyStopwords = page((await get(`/search?q=${encodeURIComponent('في من على')}`)).body);
    expect(onlyStopwords.querySelector('.search-message')?.textContent).toContain('لم نجد في');
    const phrase = page((await get(`/search?q=${encodeURIComponent('"الطاقة وزارة"')}`)).body);
    expect(phrase.querySelector('.search-message')?.textContent).toContain('لم نجد مقالات');
    expect((await get('/search?order=sideways')).statusCode).toBe(404);
  });

  it('lets search engines index the search page itself, never its results', async () => {
    const landing = await get('/search');
    expect(landing.headers['x-robots-tag']).toBeUndefined();
    expect(metaContent(landing.body, 'robots')).toBe('max-image-preview:large');
    expect(metaContent(landing.body, 'description')).toContain('ابحث في كل ما نشره');
    expect(landing.body).toMatch(/<link rel="canonical" href="[^"]*\/search"/);
    const results = await get(`/search?q=${encodeURIComponent('طاقة')}`);
    expect(results.headers['x-robots-tag']).toBe('noindex');
    expect(metaContent(results.body, 'robots')).toBe('noindex');
    expect(metaContent(results.body, 'description')).toContain('«طاقة»');
    const english = await get('/en/search?q=energy');
    expect(metaContent(english.body, 'description')).toContain('“energy”');
  });

  it('offers «هل تقصد …» with a link when a misspelled word finds nothing', async () => {
    const document = page((await get(`/search?q=${encodeURIComponent('الكهربا الشمسية')}`)).body);
    const suggestion = document.querySelector('.search-suggestion');
    expect(suggestion?.textContent).toMatch(/^هل تقصد .+؟$/);
    expect(suggestion?.querySelector('strong')?.textContent).toBe('الكهرباء');
    const href = suggestion?.querySelector('a')?.getAttribute('href') ?? '';
    expect(decodeURIComponent(href)).toBe('/search?q=الكهرباء الشمسية');
    const followed = page((await get(href)).body);
    expect(followed.querySelectorAll('.search-result')).toHaveLength(1);
    const correct = page((await get(`/search?q=${encodeURIComponent('المريخ')}`)).body);
    expect(correct.querySelector('.search-suggestion')).toBeNull();
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

describe.each(testDialects)("the search page's filters on %s", (dialect) => {
  let test: TestApp;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    test = await buildTestApp(dialect, { now: new Date('2026-12-02T12:00:00.000Z') });
    const { context } = test.services;
    const energy = await makeSection(context, { slug: 'energy', name: 'الطاقة' });
    const oil = await makeSection(context, {
      slug: 'oil-gas',
      name: 'النفط والغاز',
      parentId: energy.id,
    });
    const markets = await makeSection(context, { slug: 'markets', name: 'الأسواق' });
    await makeSection(context, { slug: 'en-energy', name: 'Energy', language: 'en' });
    const laila = await makePerson(context, { slug: 'ليلى-حداد', name: 'ليلى حداد' });
    const karim = await makePerson(context, { slug: 'كريم-السعدي', name: 'كريم السعدي' });
    const daniel = await makePerson(context, {
      slug: 'daniel-hart',
      name: 'Daniel Hart',
      language: 'en',
    });
    const draftsOnly = await makePerson(context, { slug: 'سامر', name: 'سامر العطار' });
    const prices = (key: string, fields: Parameters<typeof makeArticle>[1]) =>
      makeArticle(context, {
        title: `الأسعار: ${key}`,
        body: paragraphs('ارتفعت الأسعار هذا الشهر.'),
        ...fields,
      }).then((id) => (ids[key] = id));
    await prices('energy', {
      sectionId: energy.id,
      authorIds: [laila.id],
      publishedAt: '2026-11-10T09:00:00.000Z',
    });
    await prices('oil', {
      sectionId: oil.id,
      authorIds: [karim.id],
      publishedAt: '2026-11-12T09:00:00.000Z',
    });
    await prices('markets', {
      sectionId: markets.id,
      authorIds: [karim.id],
      publishedAt: '2026-11-15T09:00:00.000Z',
    });
    // Beirut is UTC+2 in November: its 1 November starts at 22:00 UTC on 31 October.
    await prices('first-of-november', { publishedAt: '2026-10-31T22:00:00.000Z' });
    await prices('last-of-october', { publishedAt: '2026-10-31T21:59:59.999Z' });
    await prices('last-of-november', { publishedAt: '2026-11-30T21:59:59.999Z' });
    await prices('first-of-december', { publishedAt: '2026-11-30T22:00:00.000Z' });
    for (let i = 0; i < 12; i++) {
      await makeArticle(context, {
        title: `تقرير الأسواق رقم ${i + 1}`,
        sectionId: markets.id,
        publishedAt: `2026-11-${String(i + 1).padStart(2, '0')}T08:00:00.000Z`,
      });
    }
    await makeArticle(context, {
      title: 'تقرير لم يُنشر',
      status: 'draft',
      authorIds: [draftsOnly.id],
    });
    await makeArticle(context, {
      language: 'en',
      title: 'Prices rise again',
      authorIds: [daniel.id],
    });
  });
  afterAll(() => test.close());

  const get = fromNewAddresses(() => test, 1);
  const q = `q=${encodeURIComponent('أسعار')}`;
  /** The results, by the key each article was made with. */
  const found = (document: Document) =>
    [...document.querySelectorAll('.search-result-title a')]
      .map((a) => {
        const href = a.getAttribute('href') ?? '';
        return Object.keys(ids).find((key) => href.startsWith(`/article/${ids[key]}/`)) ?? href;
      })
      .sort();
  const selected = (document: Document, name: string) =>
    document.querySelector(`.search-filters select[name="${name}"] option[selected]`);

  it('narrows to a section, a parent bringing its subsections, and says so', async () => {
    const oil = page((await get(`/search?${q}&section=oil-gas`)).body);
    expect(found(oil)).toEqual(['oil']);
    const energy = await get(`/search?${q}&section=energy`);
    expect(energy.statusCode).toBe(200);
    const document = page(energy.body);
    expect(found(document)).toEqual(['energy', 'oil']);
    expect(document.querySelector('.search-count')?.textContent).toBe('نتيجتان');
    const active = document.querySelector('.search-filters-active');
    expect(active?.textContent).toContain('في قسم الطاقة');
    expect(active?.querySelector('a')?.getAttribute('href')).toBe(`/search?${q}`);
  });

  it('narrows to an author, and to an author in a section', async () => {
    const karim = `author=${encodeURIComponent('كريم-السعدي')}`;
    expect(found(page((await get(`/search?${q}&${karim}`)).body))).toEqual(['markets', 'oil']);
    const both = page((await get(`/search?${q}&${karim}&section=energy`)).body);
    expect(found(both)).toEqual(['oil']);
    expect(both.querySelector('.search-filters-active span')?.textContent).toBe(
      'في قسم الطاقة · بقلم كريم السعدي',
    );
  });

  it("takes from and to as whole days in the site's time zone", async () => {
    const from = page((await get(`/search?${q}&from=2026-11-01&to=2026-11-01`)).body);
    expect(found(from)).toEqual(['first-of-november']);
    const november = page((await get(`/search?${q}&from=2026-11-01&to=2026-11-30`)).body);
    expect(found(november)).toEqual([
      'energy',
      'first-of-november',
      'last-of-november',
      'markets',
      'oil',
    ]);
    expect(november.querySelector('.search-count')?.textContent).toBe('٥ نتائج');
    expect(november.querySelector('.search-filters-active span')?.textContent).toBe(
      'من ١ تشرين الثاني/نوفمبر ٢٠٢٦ · إلى ٣٠ تشرين الثاني/نوفمبر ٢٠٢٦',
    );
    const untilOctober = page((await get(`/search?${q}&to=2026-10-31`)).body);
    expect(found(untilOctober)).toEqual(['last-of-october']);
    const fromDecember = page((await get(`/search?${q}&from=٢٠٢٦-١٢-٠١`)).body);
    expect(found(fromDecember)).toEqual(['first-of-december']);
  });

  it('keeps the filters in the pages and the order links, and the order in the filters', async () => {
    const reports = `q=${encodeURIComponent('تقرير')}`;
    const first = page((await get(`/search?${reports}&order=newest&section=markets`)).body);
    expect(first.querySelector('.search-count')?.textContent).toBe('١٢ نتيجة');
    const next = first.querySelector('a[rel="next"]')?.getAttribute('href');
    expect(next).toBe(`/search?${reports}&order=newest&section=markets&page=2`);
    expect(page((await get(next ?? '')).body).querySelectorAll('.search-result')).toHaveLength(2);
    const relevance = first.querySelector('.search-order a')?.getAttribute('href');
    expect(relevance).toBe(`/search?${reports}&section=markets`);
    const form = first.querySelector('form.search-filters');
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.querySelector('input[type="hidden"][name="order"]')?.getAttribute('value')).toBe(
      'newest',
    );
    expect(form?.querySelector('input[type="hidden"][name="q"]')?.getAttribute('value')).toBe(
      'تقرير',
    );
    const newest = page((await get(`/search?${reports}&section=markets`)).body)
      .querySelector('.search-order a')
      ?.getAttribute('href');
    expect(newest).toBe(`/search?${reports}&order=newest&section=markets`);
  });

  it('shows the form with what was chosen, and only what can be chosen', async () => {
    const chosen = `section=oil-gas&author=${encodeURIComponent('كريم-السعدي')}&from=2026-11-01&to=2026-11-30`;
    const document = page((await get(`/search?${q}&${chosen}`)).body);
    expect(document.querySelector('.search-filters legend')?.textContent).toBe('تصفية النتائج');
    expect(selected(document, 'section')?.getAttribute('value')).toBe('oil-gas');
    expect(selected(document, 'author')?.getAttribute('value')).toBe('كريم-السعدي');
    expect(document.querySelector('input[name="from"]')?.getAttribute('value')).toBe('2026-11-01');
    expect(document.querySelector('input[name="to"]')?.getAttribute('value')).toBe('2026-11-30');
    const options = (name: string) =>
      [...document.querySelectorAll(`select[name="${name}"] option`)].map((o) => o.textContent);
    expect(options('section')).toEqual([
      'كل الأقسام',
      'الطاقة',
      '\u00a0\u00a0\u00a0\u00a0النفط والغاز',
      'الأسواق',
    ]);
    // Those with a published Arabic article: not the English writer, not one with only a draft.
    expect(options('author')).toEqual(['كل الكتّاب', 'كريم السعدي', 'ليلى حداد']);
    for (const control of document.querySelectorAll(
      '.search-filters select, .search-filters input:not([type="hidden"])',
    )) {
      const label = document.querySelector(`label[for="${control.getAttribute('id')}"]`);
      expect(label?.textContent, control.getAttribute('name') ?? '').not.toBe('');
    }
    const english = page((await get('/en/search?q=prices')).body);
    expect(
      [...english.querySelectorAll('select[name="author"] option')].map((o) => o.textContent),
    ).toEqual(['All authors', 'Daniel Hart']);
    expect(english.querySelector('.search-filters legend')?.textContent).toBe('Filter results');
  });

  it('treats filters sent empty as no filters', async () => {
    const response = await get(`/search?${q}&section=&author=&from=&to=`);
    expect(response.statusCode).toBe(200);
    const document = page(response.body);
    expect(found(document)).toHaveLength(7);
    expect(document.querySelector('.search-filters-active')).toBeNull();
    expect(selected(document, 'section')).toBeNull();
  });

  it('answers a filter it cannot read with 400 and the page saying which, never a 500', async () => {
    const cases = [
      ['section=no-such-section', 'القسم «no-such-section» غير موجود'],
      ['section=en-energy', 'القسم «en-energy» غير موجود'],
      [`author=${encodeURIComponent('لا-أحد')}`, 'الكاتب «لا-أحد» غير موجود'],
      ['author=daniel-hart', 'الكاتب «daniel-hart» غير موجود'],
      ['from=2026-13-01', 'تاريخ «من» («2026-13-01») ليس يومًا صحيحًا'],
      ['from=yesterday', 'تاريخ «من» («yesterday») ليس يومًا صحيحًا'],
      ['to=2026-02-30', 'تاريخ «إلى» («2026-02-30») ليس يومًا صحيحًا'],
      ['to=2026-11-1', 'تاريخ «إلى» («2026-11-1») ليس يومًا صحيحًا'],
      [
        'from=2026-11-10&to=2026-11-01',
        'تاريخ «إلى» (١ تشرين الثاني/نوفمبر ٢٠٢٦) يسبق تاريخ «من» (١٠ تشرين الثاني/نوفمبر ٢٠٢٦)',
      ],
    ] as const;
    for (const [filter, message] of cases) {
      const response = await get(`/search?${q}&${filter}`);
      expect(response.statusCode, filter).toBe(400);
      expect(response.headers['x-robots-tag'], filter).toBe('noindex');
      const document = page(response.body);
      expect(document.querySelector('.search-filter-problems')?.textContent, filter).toContain(
        message,
      );
      expect(document.querySelectorAll('.search-result'), filter).toHaveLength(0);
      expect(document.querySelector('.search-count'), filter).toBeNull();
      expect(document.querySelector('[aria-invalid="true"]'), filter).not.toBeNull();
    }
    const sent = page((await get(`/search?${q}&section=nope&from=yesterday&to=2026-11-30`)).body);
    expect(selected(sent, 'section')?.getAttribute('value')).toBe('nope');
    expect(sent.querySelector('input[name="from"]')?.getAttribute('value')).toBe('yesterday');
    expect(sent.querySelector('input[name="to"]')?.getAttribute('value')).toBe('2026-11-30');
    expect(sent.querySelectorAll('.search-filter-problems li')).toHaveLength(2);

    const english = await get('/en/search?q=prices&from=2026-11-31');
    expect(english.statusCode).toBe(400);
    expect(page(english.body).documentElement.getAttribute('lang')).toBe('en');
    expect(page(english.body).querySelector('.search-filter-problems')?.textContent).toContain(
      'The “From” date (“2026-11-31”) is not a day written year-month-day.',
    );
  });
});
