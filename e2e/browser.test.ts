/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The site in a real browser (Debian's Chromium, driven by playwright-core): the demo
 * content served as a newcomer sees it, Arabic and English, phone and desktop. Screenshots
 * land in e2e/screenshots/ for a person to look at.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSite } from '../src/cli/serve.js';
import { chromiumPath } from '../src/test-support/global-setup.js';
import {
  axeViolations,
  browserTestTimeout,
  launchChromium,
  screenshots,
  startDemoSite,
} from './chromium.js';

describe.skipIf(!existsSync(chromiumPath))('the site in Chromium', () => {
  let site: RunningSite;
  let closeSite: () => Promise<void>;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    ({ site, close: closeSite } = await startDemoSite('e2e'));
    base = site.address;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await closeSite?.();
  });

  /** Opens a page, failing on any console error; returns what a reader would check first. */
  async function visit(url: string, name: string, viewport = { width: 1280, height: 900 }) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400 && response.request().resourceType() !== 'document') {
        errors.push(`${response.status()} ${response.url()}`);
      }
    });
    const response = await page.goto(new URL(url, base).href, { waitUntil: 'networkidle' });
    const facts = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      computedDirection: getComputedStyle(document.body).direction,
      title: document.title,
      h1: document.querySelector('h1')?.textContent?.trim() ?? '',
      overflowsSideways: document.documentElement.scrollWidth > window.innerWidth + 1,
      brokenImages: [...document.images]
        .filter((img) => img.complete && img.naturalWidth === 0 && img.loading !== 'lazy')
        .map((img) => img.currentSrc || img.src),
      articleLinks: [...document.querySelectorAll<HTMLAnchorElement>('a[href^="/article/"]')].map(
        (a) => a.getAttribute('href'),
      ),
    }));
    // A full-page screenshot shows images below the fold: load the lazy ones first.
    await page.evaluate(() => {
      for (const img of document.images) img.loading = 'eager';
    });
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
    await context.close();
    return { status: response?.status(), errors, ...facts };
  }

  it(
    'shows the Arabic home page right to left, and an Arabic article',
    async () => {
      const home = await visit('/', 'home-ar');
      expect(home.status).toBe(200);
      expect(home).toMatchObject({
        lang: 'ar',
        dir: 'rtl',
        computedDirection: 'rtl',
        errors: [],
        brokenImages: [],
      });
      expect(home.title).toContain('مداد');
      const articleUrl = home.articleLinks[0];
      expect(articleUrl).toBeTruthy();

      const article = await visit(articleUrl ?? '', 'article-ar');
      expect(article.status).toBe(200);
      expect(article).toMatchObject({
        lang: 'ar',
        dir: 'rtl',
        computedDirection: 'rtl',
        errors: [],
        brokenImages: [],
      });
      expect(article.title).toBe(`${article.h1} | مداد`);
    },
    browserTestTimeout,
  );

  it(
    'shows the English home page left to right, and an English article',
    async () => {
      const home = await visit('/en/', 'home-en');
      expect(home.status).toBe(200);
      expect(home).toMatchObject({
        lang: 'en',
        dir: 'ltr',
        computedDirection: 'ltr',
        errors: [],
        brokenImages: [],
      });
      const article = await visit(home.articleLinks[0] ?? '', 'article-en');
      expect(article.status).toBe(200);
      expect(article).toMatchObject({ lang: 'en', dir: 'ltr', errors: [], brokenImages: [] });
      expect(article.title).toBe(`${article.h1} | Midad`);
    },
    browserTestTimeout,
  );

  it(
    'reads on a phone without sideways scrolling',
    async () => {
      const phone = { width: 390, height: 844 };
      const home = await visit('/', 'home-ar-phone', phone);
      expect(home).toMatchObject({ overflowsSideways: false, errors: [] });
      const article = await visit(home.articleLinks[0] ?? '', 'article-ar-phone', phone);
      expect(article).toMatchObject({ overflowsSideways: false, errors: [] });
    },
    browserTestTimeout,
  );

  it(
    'has no accessibility faults (axe-core) on the main pages, in both languages',
    async () => {
      const firstArticle = async (home: string) =>
        /href="(\/article\/[^"]+)"/.exec(await (await fetch(new URL(home, base))).text())?.[1] ??
        '';
      const pages = [
        '/',
        await firstArticle('/'),
        '/section/energy',
        '/en/',
        await firstArticle('/en/'),
        '/article/999999/x',
        `/search?q=${encodeURIComponent('اسعار النفط')}`,
        '/search',
        '/en/search?q=oil',
        `/search?q=${encodeURIComponent('اسعار النفط')}&section=energy&from=2026-01-01`,
        '/en/search?q=oil&from=2026-13-01',
      ];
      for (const url of pages) {
        // The site forbids scripts (CSP); the audit script is let in for this check only.
        const context = await browser.newContext({ bypassCSP: true });
        const page = await context.newPage();
        await page.goto(new URL(url, base).href, { waitUntil: 'networkidle' });
        const violations = await axeViolations(page);
        await context.close();
        expect(violations, url).toEqual([]);
      }
    },
    browserTestTimeout,
  );

  it(
    'searches from the masthead box: Arabic typed loosely finds the story, marked as written',
    async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(new URL('/', base).href);
      await page.fill('#site-search', 'اسعار النفط');
      await page.press('#site-search', 'Enter');
      await page.waitForURL(/\/search\?q=/);
      expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
      expect(await page.locator('.search-results mark').first().textContent()).toMatch(
        /أسعار|النفط/,
      );
      const overflows = await page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      );
      expect(overflows).toBe(false);
      await page.screenshot({
        path: path.join(screenshots, 'search-ar-phone.png'),
        fullPage: true,
      });
      await context.close();
    },
    browserTestTimeout,
  );

  it(
    'narrows the results to a section with the filter form, which keeps the query',
    async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(new URL(`/search?q=${encodeURIComponent('اسعار النفط')}`, base).href);
      const everywhere = await page.locator('.search-result').count();
      await page.selectOption('#search-filter-section', 'energy');
      await page.click('.search-filters button[type="submit"]');
      await page.waitForURL(/section=energy/);
      const url = new URL(page.url());
      expect(url.searchParams.get('q')).toBe('اسعار النفط');
      const inEnergy = await page.locator('.search-result').count();
      expect(inEnergy).toBeGreaterThan(0);
      expect(inEnergy).toBeLessThanOrEqual(everywhere);
      expect(await page.locator('.search-filters-active').textContent()).toContain('في قسم طاقة');
      expect(await page.locator('#search-filter-section').inputValue()).toBe('energy');
      const overflows = await page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      );
      expect(overflows).toBe(false);
      await page.screenshot({
        path: path.join(screenshots, 'search-filters-ar-phone.png'),
        fullPage: true,
      });
      await context.close();
    },
    browserTestTimeout,
  );

  it(
    'shows the 404 page in Arabic for an unknown address',
    async () => {
      const missing = await visit('/article/999999/لا-يوجد', 'not-found-ar');
      expect(missing.status).toBe(404);
      expect(missing).toMatchObject({ lang: 'ar', dir: 'rtl' });
      // Chromium reports the page's own 404 status on the console; nothing else may appear.
      expect(missing.errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
    },
    browserTestTimeout,
  );
});
