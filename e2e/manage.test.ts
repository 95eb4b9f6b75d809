/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The management screens in a real browser (Debian's Chromium, driven by playwright-core), on
 * the demo site with an administrator signed in: every screen in Arabic, at desktop width and
 * at a phone's 390 px — right to left, no sideways scrolling, targets a thumb can hit, no
 * axe-core violation — plus the pages a form leads to (a refused form, a secret shown once),
 * and a section moved with the keyboard alone. Screenshots go to e2e/screenshots/.
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
const administrator = {
  name: 'سلمى عيسى',
  email: 'salma@news.example',
  password: 'حبر على ورق أبيض',
};

describe.skipIf(!existsSync(chromiumPath))('the management screens in Chromium', () => {
  let dataDir: string;
  let site: RunningSite;
  let browser: Browser;
  let base: string;
  /** The administrator's signed-in state, shared by every context. */
  let signedIn: Awaited<ReturnType<BrowserContext['storageState']>>;
  /** Addresses of one item of each kind, from the demo content. */
  const items = { section: 0, tag: 0, person: 0 };

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'midad-e2e-manage-'));
    const config = loadConfig({
      MIDAD_DATA_DIR: dataDir,
      MIDAD_HOST: '127.0.0.1',
      MIDAD_PUBLIC_URL: 'http://127.0.0.1',
      MIDAD_LOG_LEVEL: 'silent',
      MIDAD_DEMO: '1',
    });
    site = await startSite({ ...config, port: 0 });
    base = site.address;
    const admin = await site.services.accounts.createUserWithPassword({
      ...administrator,
      role: 'administrator',
    });
    const actor = userActor(admin);
    const { taxonomy } = site.services;
    items.section = (await taxonomy.sections(actor, 'ar'))[0]?.id ?? 0;
    items.tag = (await taxonomy.tags(actor, { page: 1, perPage: 1 })).items[0]?.id ?? 0;
    items.person = (await taxonomy.people(actor, 'ar'))[0]?.id ?? 0;
    await site.services.accounts.createUserWithPassword({
      name: 'مازن الحلبي',
      email: 'mazen@news.example',
      password: administrator.password,
      role: 'editor',
    });
    const away = await site.services.accounts.createUser(actor, {
      name: 'جود نصر',
      email: 'jood@news.example',
      role: 'author',
    });
    await site.services.accounts.updateUser(actor, away.id, { disabled: true });
    await site.services.accounts.invite(actor, { email: 'waiting@news.example', role: 'author' });
    await site.services.accounts.createToken(actor, { name: 'استيراد الوكالة', role: 'editor' });

    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'ar' });
    const page = await context.newPage();
    await page.goto(new URL('/admin/login', base).href);
    await page.getByLabel('البريد الإلكتروني').fill(administrator.email);
    await page.getByLabel('كلمة المرور').fill(administrator.password);
    await page.getByRole('button', { name: 'دخول' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'));
    signedIn = await context.storageState();
    await context.close();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A signed-in page at `viewport`, recording console errors and failed subresources. */
  async function open(viewport: typeof desktop, errors: string[]): Promise<Page> {
    const context = await browser.newContext({
      viewport,
      locale: 'ar',
      bypassCSP: true,
      storageState: signedIn,
    });
    const page = await context.newPage();
    page.on('console', (message) => {
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
      smallestTarget: Math.min(
        ...[...document.querySelectorAll('main a, main button, main input, main select')]
          .filter((el) => (el as HTMLInputElement).type !== 'hidden')
          .map((el) => el.getBoundingClientRect().height),
      ),
    }));
  }

  /** Checks the page open at `viewport`, saves its screenshot, and returns axe's violations. */
  async function check(page: Page, name: string, h1: string) {
    expect(await facts(page), name).toMatchObject({
      lang: 'ar',
      dir: 'rtl',
      computedDirection: 'rtl',
      h1,
      overflowsSideways: false,
    });
    expect((await facts(page)).smallestTarget, name).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
    return axeViolations(page);
  }

  const screens = (): [string, string, string][] => [
    ['manage-sections', '/admin/sections', 'الأقسام'],
    ['manage-section-new', '/admin/sections/new', 'قسم جديد'],
    ['manage-section-edit', `/admin/sections/${items.section}`, ''],
    ['manage-section-delete', `/admin/sections/${items.section}/delete`, ''],
    ['manage-tags', '/admin/tags', 'الوسوم'],
    ['manage-tag-edit', `/admin/tags/${items.tag}`, ''],
    ['manage-people', '/admin/people', 'الكتّاب'],
    ['manage-person-edit', `/admin/people/${items.person}`, ''],
    ['manage-users', '/admin/users', 'المستخدمون والدعوات'],
    ['manage-tokens', '/admin/tokens', 'رموز واجهة البرمجة'],
    ['manage-token-new', '/admin/tokens/new', 'رمز جديد'],
    ['manage-settings', '/admin/settings', 'إعدادات الموقع'],
  ];

  for (const [width, viewport] of [
    ['desktop', desktop],
    ['phone', phone],
  ] as const) {
    it(
      `shows every screen in Arabic at ${width} width, with no accessibility fault`,
      async () => {
        const errors: string[] = [];
        const page = await open(viewport, errors);
        for (const [name, url, h1] of screens()) {
          await page.goto(new URL(url, base).href, { waitUntil: 'networkidle' });
          const heading = h1 || ((await page.locator('h1').textContent()) ?? '').trim();
          expect(heading, url).not.toBe('');
          expect(await check(page, `${name}-ar-${width}`, heading), url).toEqual([]);
        }
        expect(errors).toEqual([]);
        await page.context().close();
      },
      browserTestTimeout,
    );
  }

  it(
    'shows a refused form with its messages, and the pages that show a secret once',
    async () => {
      const errors: string[] = [];
      const page = await open(phone, errors);
      await page.goto(new URL('/admin/sections/new', base).href, { waitUntil: 'networkidle' });
      await page.getByLabel('الوصف').fill('قسم بلا اسم');
      await page.getByRole('button', { name: 'إنشاء', exact: true }).click();
      await page.waitForLoadState('networkidle');
      expect(await page.locator('#section-name-error').textContent()).toContain('مطلوب');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('section-name');
      expect(await check(page, 'manage-section-refused-ar-phone', 'قسم جديد')).toEqual([]);

      await page.goto(new URL('/admin/tokens/new', base).href, { waitUntil: 'networkidle' });
      await page.getByLabel('الاسم').fill('نشرة الصباح');
      await page.getByRole('button', { name: 'إنشاء الرمز' }).click();
      await page.waitForLoadState('networkidle');
      expect(await page.getByLabel('الرمز').inputValue()).toMatch(/^mdt_/);
      expect(await check(page, 'manage-token-created-ar-phone', 'الرمز الجديد')).toEqual([]);

      await page.goto(new URL('/admin/users', base).href, { waitUntil: 'networkidle' });
      await page.getByLabel('البريد الإلكتروني').fill('new.colleague@news.example');
      await page.getByRole('button', { name: 'إرسال الدعوة' }).click();
      await page.waitForLoadState('networkidle');
      expect(await page.getByLabel('رابط الدعوة').inputValue()).toContain('/admin/invitations/');
      expect(await check(page, 'manage-invited-ar-phone', 'الدعوة جاهزة')).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    browserTestTimeout,
  );

  it(
    'moves a section with the keyboard alone',
    async () => {
      const errors: string[] = [];
      const page = await open(desktop, errors);
      await page.goto(new URL('/admin/sections', base).href, { waitUntil: 'networkidle' });
      const titles = () => page.locator('#sections-ar ~ .items > .item > .item-row .item-title');
      const before = await titles().allTextContents();
      const [first, second] = before;
      if (!first || !second) throw new Error('the demo has fewer than two Arabic sections');
      await page.getByRole('button', { name: `نقل «${first}» إلى الأسفل` }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/notice=section-moved$/);
      expect(await page.getByRole('status').textContent()).toContain('نُقل القسم.');
      expect((await titles().allTextContents()).slice(0, 2)).toEqual([second, first]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    browserTestTimeout,
  );
});
