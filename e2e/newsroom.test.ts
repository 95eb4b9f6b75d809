/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The newsroom in a real browser (Debian's Chromium, driven by playwright-core), as a
 * newcomer meets it on an empty site: the first-run form in Arabic, the account page, signing
 * out and back in; every newsroom page checked by axe-core; phone and desktop screenshots in
 * e2e/screenshots/ for a person to look at.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userActor } from '../src/accounts/presenters.js';
import { startSite, type RunningSite } from '../src/cli/serve.js';
import { systemActor } from '../src/core/actor.js';
import { loadConfig } from '../src/config/config.js';
import { chromiumPath } from '../src/test-support/global-setup.js';
import { axeViolations, browserTestTimeout, launchChromium, screenshots } from './chromium.js';

const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };
const administrator = {
  name: 'ليلى حداد',
  email: 'layla@news.example',
  password: 'حبر على ورق أبيض',
};

describe.skipIf(!existsSync(chromiumPath))('the newsroom in Chromium', () => {
  let dataDir: string;
  let site: RunningSite;
  let browser: Browser;
  let base: string;
  /** The newcomer's browser, kept signed in from one test to the next. */
  let newcomer: BrowserContext;
  const errors: string[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'midad-e2e-newsroom-'));
    const config = loadConfig({
      MIDAD_DATA_DIR: dataDir,
      MIDAD_HOST: '127.0.0.1',
      MIDAD_PUBLIC_URL: 'http://127.0.0.1',
      MIDAD_LOG_LEVEL: 'silent',
      MIDAD_DEMO: '0',
    });
    site = await startSite({ ...config, port: 0 });
    base = site.address;
    browser = await launchChromium();
    newcomer = await browser.newContext({ viewport: desktop, locale: 'ar' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A page that records console errors, CSP refusals and failed subresources in `errors`. */
  async function watched(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    page.on('console', (message) => {
      // Chromium reports a page's own error status (a refused sign-in is a 401) on the console;
      // a subresource that failed is caught below.
      const isPageStatus = /the server responded with a status of/.test(message.text());
      if (message.type() === 'error' && !isPageStatus) errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400 && response.request().resourceType() !== 'document') {
        errors.push(`${response.status()} ${response.url()}`);
      }
    });
    return page;
  }

  async function facts(page: Page) {
    await page.evaluate(() => document.fonts.ready);
    return page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      computedDirection: getComputedStyle(document.body).direction,
      h1: document.querySelector('h1')?.textContent?.trim() ?? '',
      overflowsSideways: document.documentElement.scrollWidth > window.innerWidth + 1,
      hasArabicFont: document.fonts.check('16px "IBM Plex Sans Arabic"', 'حساب'),
      smallestTarget: Math.min(
        ...[...document.querySelectorAll('a, button, input:not([type=hidden]), select')]
          .filter((el) => !el.classList.contains('skip-link'))
          .map((el) => el.getBoundingClientRect().height),
      ),
    }));
  }

  async function screenshot(page: Page, name: string) {
    await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
  }

  /** axe-core's violations on `url` (the pages forbid scripts: the audit is let in for this). */
  async function audit(
    url: string,
    options: { signedIn?: boolean; act?: (page: Page) => Promise<void> } = {},
  ) {
    const context = await browser.newContext({
      bypassCSP: true,
      locale: 'ar',
      ...(options.signedIn ? { storageState: await newcomer.storageState() } : {}),
    });
    const page = await context.newPage();
    await page.goto(new URL(url, base).href, { waitUntil: 'networkidle' });
    await options.act?.(page);
    const violations = await axeViolations(page);
    await context.close();
    return violations;
  }

  it(
    'has no accessibility fault on the first-run form',
    async () => {
      expect(await audit('/admin')).toEqual([]);
    },
    browserTestTimeout,
  );

  it(
    'lets a newcomer create the administrator in Arabic, sign out and sign back in',
    async () => {
      const page = await watched(newcomer);
      await page.goto(new URL('/admin', base).href, { waitUntil: 'networkidle' });
      expect(await facts(page)).toMatchObject({
        lang: 'ar',
        dir: 'rtl',
        computedDirection: 'rtl',
        h1: 'إنشاء حساب المدير',
        hasArabicFont: true,
        overflowsSideways: false,
      });
      expect((await facts(page)).smallestTarget).toBeGreaterThanOrEqual(44);
      await screenshot(page, 'newsroom-setup-ar');
      await page.getByLabel('الاسم').fill(administrator.name);
      await page.getByLabel('البريد الإلكتروني').fill(administrator.email);
      await page.getByLabel('كلمة المرور').fill(administrator.password);
      await page.getByRole('button', { name: 'إنشاء الحساب والدخول' }).click();
      await page.waitForURL(/\/admin\?notice=welcome$/);
      expect((await facts(page)).h1).toBe('لوحة التحرير');
      await expect.poll(() => page.getByRole('status').textContent()).toContain('أهلًا بك');
      await page.goto(new URL('/admin/account', base).href, { waitUntil: 'networkidle' });
      const account = await facts(page);
      expect(account).toMatchObject({ h1: 'حسابي', dir: 'rtl', overflowsSideways: false });
      expect(account.smallestTarget).toBeGreaterThanOrEqual(44);
      await screenshot(page, 'newsroom-account-ar');

      await page.getByRole('button', { name: 'تسجيل الخروج', exact: true }).click();
      await page.waitForURL(/\/admin\/login\?notice=signed-out$/);
      expect((await facts(page)).h1).toBe('تسجيل الدخول');
      await page.getByLabel('البريد الإلكتروني').fill(administrator.email);
      await page.getByLabel('كلمة المرور').fill('كلمة خاطئة');
      await page.getByRole('button', { name: 'دخول' }).click();
      await page.waitForLoadState('networkidle');
      expect(await page.getByRole('alert').textContent()).toContain('غير صحيحة');
      // The cursor is back in the password field, the e-mail still there.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('login-password');
      expect(await page.getByLabel('البريد الإلكتروني').inputValue()).toBe(administrator.email);
      await screenshot(page, 'newsroom-login-error-ar');
      await page.getByLabel('كلمة المرور').fill(administrator.password);
      await page.getByRole('button', { name: 'دخول' }).click();
      await page.waitForURL(/\/admin$/);
      expect((await facts(page)).h1).toBe('لوحة التحرير');
      expect(errors).toEqual([]);
      await page.close();
    },
    browserTestTimeout,
  );

  it(
    'fits a phone, with no sideways scrolling',
    async () => {
      const context = await browser.newContext({
        viewport: phone,
        locale: 'ar',
        storageState: await newcomer.storageState(),
      });
      const page = await watched(context);
      await page.goto(new URL('/admin/account', base).href, { waitUntil: 'networkidle' });
      expect(await facts(page)).toMatchObject({ h1: 'حسابي', overflowsSideways: false });
      await screenshot(page, 'newsroom-account-ar-phone');
      await page.getByRole('button', { name: 'تفعيل التحقق بخطوتين' }).click();
      await page.waitForLoadState('networkidle');
      const twoFactor = await facts(page);
      expect(twoFactor).toMatchObject({ overflowsSideways: false });
      expect(twoFactor.smallestTarget).toBeGreaterThanOrEqual(44);
      await screenshot(page, 'newsroom-two-factor-ar-phone');

      const visitor = await browser.newContext({ viewport: phone, locale: 'ar' });
      const login = await watched(visitor);
      await login.goto(new URL('/admin/login', base).href, { waitUntil: 'networkidle' });
      expect(await facts(login)).toMatchObject({ overflowsSideways: false, hasArabicFont: true });
      await screenshot(login, 'newsroom-login-ar-phone');
      await visitor.close();
      await context.close();
      expect(errors).toEqual([]);
    },
    browserTestTimeout,
  );

  it(
    'has no accessibility fault on any other newsroom page, in both languages',
    async () => {
      const admin = (await site.services.accounts.listUsers(systemActor('cli')))[0];
      if (!admin) throw new Error('the administrator was not created');
      const { link } = await site.services.accounts.invite(userActor(admin), {
        email: 'sami@news.example',
        role: 'author',
      });
      const wrongPassword = async (page: Page) => {
        await page.getByLabel(/البريد الإلكتروني|E-mail/).fill(administrator.email);
        await page.getByLabel(/كلمة المرور|Password/).fill('كلمة خاطئة');
        await page.getByRole('button', { name: /دخول|Sign in/ }).click();
        await page.waitForLoadState('networkidle');
      };
      const pages: [string, Parameters<typeof audit>[1]][] = [
        ['/admin/login', {}],
        ['/admin/login', { act: wrongPassword }],
        ['/admin/login?lang=en', { act: wrongPassword }],
        [new URL(link).pathname, {}],
        ['/admin/invitations/mdi_used-or-made-up', {}],
        ['/admin/no-such-page', {}],
        ['/admin/account', { signedIn: true }],
        [
          '/admin/account',
          {
            signedIn: true,
            act: async (page) => {
              await page.getByRole('button', { name: 'تفعيل التحقق بخطوتين' }).click();
              await page.waitForLoadState('networkidle');
            },
          },
        ],
      ];
      for (const [url, options] of pages) {
        expect(await audit(url, options), url).toEqual([]);
      }
    },
    browserTestTimeout,
  );
});
