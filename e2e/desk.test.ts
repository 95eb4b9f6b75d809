/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The desk in a real browser (Debian's Chromium, driven by playwright-core), on the demo
 * content: the dashboard, the article list with its filters and its confirmation page, in
 * Arabic right to left and English left to right, on a desktop and at phone width — where the
 * menu folds into one button that a keyboard opens — each page audited by axe-core. Screenshots
 * land in e2e/screenshots/ for a person to look at.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userActor } from '../src/accounts/presenters.js';
import { startSite, type RunningSite } from '../src/cli/serve.js';
import { loadConfig } from '../src/config/config.js';
import { chromiumPath } from '../src/test-support/global-setup.js';
import { axeViolations, browserTestTimeout, launchChromium, screenshots } from './chromium.js';

const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };
const password = 'حبر على ورق أبيض';
const editors = {
  ar: { name: 'سلمى يوسف', email: 'salma@news.example', language: 'ar' },
  en: { name: 'Sami Haddad', email: 'sami@news.example', language: 'en' },
} as const;

describe.skipIf(!existsSync(chromiumPath))('the desk in Chromium', () => {
  let dataDir: string;
  let site: RunningSite;
  let browser: Browser;
  let base: string;
  /** Each editor's signed-in browser state, to open any page as them. */
  const signedIn = {} as Record<
    keyof typeof editors,
    Awaited<ReturnType<BrowserContext['storageState']>>
  >;
  const errors: string[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'midad-e2e-desk-'));
    const config = loadConfig({
      MIDAD_DATA_DIR: dataDir,
      MIDAD_HOST: '127.0.0.1',
      MIDAD_PUBLIC_URL: 'http://127.0.0.1',
      MIDAD_LOG_LEVEL: 'silent',
    });
    site = await startSite({ ...config, port: 0 });
    base = site.address;
    browser = await launchChromium();
    const { accounts, articles } = site.services;
    for (const [key, editor] of Object.entries(editors) as [
      keyof typeof editors,
      (typeof editors)['ar'],
    ][]) {
      const user = await accounts.createUserWithPassword({ ...editor, role: 'editor', password });
      const draft = await articles.create(userActor(user), { title: `مسودة ${editor.name}` });
      await articles.transition(userActor(user), draft.id, 'submit', {});
      await articles.create(userActor(user), { title: `مسودة ثانية من ${editor.name}` });
      signedIn[key] = await signIn(editor.email);
    }
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function signIn(email: string) {
    const context = await browser.newContext({ viewport: desktop, locale: 'ar' });
    const page = await context.newPage();
    await page.goto(new URL('/admin/login', base).href);
    await page.getByLabel('البريد الإلكتروني').fill(email);
    await page.getByLabel('كلمة المرور').fill(password);
    await page.getByRole('button', { name: 'دخول' }).click();
    await page.waitForURL(/\/admin$/);
    const state = await context.storageState();
    await context.close();
    return state;
  }

  /** A page of `who`, recording console errors and failed subresources in `errors`. */
  async function open(who: keyof typeof editors, url: string, viewport = desktop) {
    const context = await browser.newContext({
      viewport,
      locale: 'ar',
      bypassCSP: true,
      storageState: signedIn[who],
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400 && response.request().resourceType() !== 'document') {
        errors.push(`${response.status()} ${response.url()}`);
      }
    });
    await page.goto(new URL(url, base).href, { waitUntil: 'networkidle' });
    return { page, close: () => context.close() };
  }

  async function facts(page: Page) {
    await page.evaluate(() => document.fonts.ready);
    return page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      computedDirection: getComputedStyle(document.body).direction,
      h1: document.querySelector('h1')?.textContent?.trim() ?? '',
      overflowsSideways: document.documentElement.scrollWidth > window.innerWidth + 1,
      // What a finger or a pointer can reach: shown controls, a checkbox by its label.
      smallestTarget: Math.min(
        ...[...document.querySelectorAll('a, button, summary, select, input, label')]
          .filter((el) => el.checkVisibility() && !el.classList.contains('skip-link'))
          .filter((el) =>
            el instanceof HTMLLabelElement
              ? el.control instanceof HTMLInputElement && el.control.type === 'checkbox'
              : !(el instanceof HTMLInputElement && ['hidden', 'checkbox'].includes(el.type)),
          )
          .map((el) => el.getBoundingClientRect().height),
      ),
    }));
  }

  async function screenshot(page: Page, name: string) {
    await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
  }

  it(
    'shows the dashboard and the article list on a desktop, with the whole menu in view',
    async () => {
      const { page, close } = await open('ar', '/admin');
      expect(await facts(page)).toMatchObject({
        lang: 'ar',
        dir: 'rtl',
        computedDirection: 'rtl',
        h1: 'لوحة التحرير',
        overflowsSideways: false,
      });
      expect((await facts(page)).smallestTarget).toBeGreaterThanOrEqual(44);
      const menu = page.getByRole('navigation', { name: 'قائمة غرفة الأخبار' });
      await expect.poll(() => menu.getByRole('link', { name: 'المقالات' }).isVisible()).toBe(true);
      expect(await page.locator('summary').isVisible()).toBe(false);
      expect(
        await menu.getByRole('link', { name: 'لوحة التحرير' }).getAttribute('aria-current'),
      ).toBe('page');
      await screenshot(page, 'desk-dashboard-ar');

      await menu.getByRole('link', { name: 'المقالات' }).click();
      await page.waitForURL(/\/admin\/articles$/);
      await page.getByLabel('ابحث في العناوين').fill('مسوده سلمي');
      await page.getByLabel('الحالة').selectOption('in_review');
      await page.getByRole('button', { name: 'اعرض' }).click();
      await page.waitForURL(/\/admin\/articles\?q=.+&status=in_review/);
      const rows = page.locator('tbody tr');
      expect(await rows.count()).toBe(1);
      expect(await rows.first().textContent()).toContain('مسودة سلمى يوسف');
      expect(await facts(page)).toMatchObject({ h1: 'المقالات', overflowsSideways: false });
      await screenshot(page, 'desk-articles-ar');
      await close();
      expect(errors).toEqual([]);
    },
    browserTestTimeout,
  );

  it(
    'fits a phone: one menu button a keyboard opens, the list as cards, no sideways scrolling',
    async () => {
      const { page, close } = await open('ar', '/admin', phone);
      const dashboard = await facts(page);
      expect(dashboard).toMatchObject({ h1: 'لوحة التحرير', overflowsSideways: false });
      expect(dashboard.smallestTarget).toBeGreaterThanOrEqual(44);
      const articlesLink = page.getByRole('link', { name: 'المقالات', exact: true });
      expect(await articlesLink.isVisible()).toBe(false);
      await screenshot(page, 'desk-dashboard-ar-phone');

      // The skip link, then the menu button: Enter opens it, Tab walks into it.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('القائمة');
      await page.keyboard.press('Enter');
      await expect.poll(() => articlesLink.isVisible()).toBe(true);
      expect((await facts(page)).overflowsSideways).toBe(false);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
        '/admin/articles',
      );
      await screenshot(page, 'desk-menu-ar-phone');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/admin\/articles$/);

      const list = await facts(page);
      expect(list).toMatchObject({ h1: 'المقالات', overflowsSideways: false });
      expect(list.smallestTarget).toBeGreaterThanOrEqual(44);
      // Each row is a card as wide as the page, its cells stacked.
      const card = await page.locator('tbody tr').first().boundingBox();
      expect(card?.width).toBeGreaterThan(phone.width * 0.8);
      await screenshot(page, 'desk-articles-ar-phone');
      await close();
      expect(errors).toEqual([]);
    },
    browserTestTimeout,
  );

  it(
    'speaks English left to right to an editor who chose it',
    async () => {
      const { page, close } = await open('en', '/admin/articles');
      expect(await facts(page)).toMatchObject({
        lang: 'en',
        dir: 'ltr',
        computedDirection: 'ltr',
        h1: 'Articles',
        overflowsSideways: false,
      });
      const arabicTitle = page.locator('tbody th a[lang="ar"]').first();
      expect(await arabicTitle.evaluate((a) => getComputedStyle(a).direction)).toBe('rtl');
      await screenshot(page, 'desk-articles-en');
      await close();
    },
    browserTestTimeout,
  );

  it(
    'has no accessibility fault on any desk page, in either language or at phone width',
    async () => {
      const askToDelete = async (page: Page) => {
        await page.getByRole('button', { name: /^احذف/ }).first().click();
        await page.waitForLoadState('networkidle');
      };
      const openMenu = async (page: Page) => {
        await page.locator('summary').click();
      };
      const pages: [
        keyof typeof editors,
        string,
        typeof desktop,
        ((page: Page) => Promise<void>)?,
      ][] = [
        ['ar', '/admin', desktop],
        ['ar', '/admin?notice=welcome', phone, openMenu],
        ['ar', '/admin/articles', desktop],
        ['ar', '/admin/articles', phone],
        ['ar', '/admin/articles?status=draft&notice=article-published', desktop],
        ['ar', '/admin/articles?q=%D8%B2%D9%84%D8%B2%D8%A7%D9%84', desktop],
        ['ar', '/admin/articles?status=lost', desktop],
        ['ar', '/admin/articles?status=draft', desktop, askToDelete],
        ['ar', '/admin/account', phone],
        ['en', '/admin', desktop],
        ['en', '/admin/articles?page=2', phone],
      ];
      for (const [who, url, viewport, act] of pages) {
        const { page, close } = await open(who, url, viewport);
        await act?.(page);
        if (act === askToDelete) await screenshot(page, 'desk-confirm-delete-ar');
        expect(await axeViolations(page), `${who} ${url} ${viewport.width}`).toEqual([]);
        await close();
      }
    },
    browserTestTimeout,
  );
});
