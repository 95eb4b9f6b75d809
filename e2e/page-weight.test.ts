/// <reference lib="dom" />
/**
 * What a first view costs a reader on a phone, measured in Chromium on the demo site: the
 * page itself (HTML, CSS and JS as they travel, compressed) and the font files, and that
 * the fallback fonts take the web fonts' room while those load, so nothing moves.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSite } from '../src/cli/serve.js';
import { chromiumPath } from '../src/test-support/global-setup.js';
import { browserTestTimeout, launchChromium, startDemoSite } from './chromium.js';

const phone = { width: 390, height: 844 };

describe.skipIf(!existsSync(chromiumPath))('a first view in Chromium', () => {
  let site: RunningSite;
  let closeSite: () => Promise<void>;
  let browser: Browser;
  let articlePath: string;

  beforeAll(async () => {
    ({ site, close: closeSite } = await startDemoSite('weight'));
    browser = await launchChromium();
    const home = await (await fetch(site.address)).text();
    articlePath = /href="(\/article\/[^"]+)"/.exec(home)?.[1] ?? '';
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await closeSite?.();
  });

  /** Bytes a fresh browser fetches for a page, by kind, as they came over the wire. */
  async function firstView(url: string) {
    const context = await browser.newContext({ viewport: phone });
    const page = await context.newPage();
    const pending: Promise<void>[] = [];
    const bytes = { page: 0, fonts: 0, fontFiles: [] as string[] };
    page.on('requestfinished', (request) => {
      pending.push(
        request.sizes().then((sizes) => {
          const kind = request.resourceType();
          if (kind === 'font') {
            bytes.fonts += sizes.responseBodySize;
            bytes.fontFiles.push(new URL(request.url()).pathname);
          } else if (kind === 'document' || kind === 'stylesheet' || kind === 'script') {
            bytes.page += sizes.responseBodySize;
          }
        }),
      );
    });
    await page.goto(new URL(url, site.address).href, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    await Promise.all(pending);
    await context.close();
    return bytes;
  }

  it(
    'sends the home page, an article and search in at most 30 KB, with at most 150 KB of fonts',
    async () => {
      for (const url of ['/', articlePath, '/search?q=%D8%B7%D8%A7%D9%82%D8%A9']) {
        const bytes = await firstView(url);
        expect(bytes.page, `${url}: HTML, CSS and JS`).toBeGreaterThan(1_000);
        expect(bytes.page, `${url}: HTML, CSS and JS`).toBeLessThanOrEqual(30 * 1024);
        // Arabic text in both families, so some fonts come: only the small core files.
        expect(bytes.fontFiles.length, url).toBeGreaterThan(0);
        expect(
          bytes.fontFiles.every((file) => file.includes('-core-')),
          url,
        ).toBe(true);
        expect(bytes.fonts, `${url}: fonts`).toBeLessThanOrEqual(150 * 1024);
      }
    },
    browserTestTimeout,
  );

  it(
    'lays an article out in the same room before its fonts arrive as after',
    async () => {
      /** Heights of the article's blocks, with the web fonts or only their fallbacks. */
      async function blockHeights(withWebFonts: boolean) {
        const context = await browser.newContext({ viewport: phone });
        const page = await context.newPage();
        if (!withWebFonts) await page.route(/\.woff2$/, (route) => route.abort());
        await page.goto(new URL(articlePath, site.address).href, { waitUntil: 'networkidle' });
        await page.evaluate(() => document.fonts.ready);
        const heights = await page.evaluate(() =>
          [...document.querySelectorAll('main h1, main p')].map(
            (element) => element.getBoundingClientRect().height,
          ),
        );
        await context.close();
        return heights;
      }
      const loaded = await blockHeights(true);
      const fallback = await blockHeights(false);
      expect(loaded.length).toBeGreaterThan(5);
      expect(fallback).toHaveLength(loaded.length);
      const total = (heights: number[]) => heights.reduce((sum, height) => sum + height, 0);
      // A line more or less in a long article at most, not the third more it would be.
      expect(Math.abs(total(fallback) - total(loaded)) / total(loaded)).toBeLessThan(0.03);
    },
    browserTestTimeout,
  );
});
