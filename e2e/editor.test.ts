/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The article editor in a real browser (Debian's Chromium): an author writes an Arabic story
 * with a paragraph pasted from a word processor, a library image and a table, and submits it;
 * an editor reads the revision diff and schedules it; it appears on the public site at its
 * time. A contributor never sees the publish action and a forged one is refused; two tabs
 * editing one article end with the conflict dialog and nothing lost. Every state is checked
 * by axe-core, and the screenshots land in e2e/screenshots/.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/core/actor.js';
import { systemActor } from '../src/core/actor.js';
import { loadConfig } from '../src/config/config.js';
import { startSite, type RunningSite } from '../src/cli/serve.js';
import type { DeskArticle } from '../src/content/article-service.js';
import { chromiumPath } from '../src/test-support/global-setup.js';
import { axeViolations, browserTestTimeout, launchChromium, screenshots } from './chromium.js';

const desktop = { width: 1366, height: 900 };
const phone = { width: 390, height: 844 };
const password = 'حبر على ورق أبيض';
const day = 24 * 60 * 60 * 1000;

/** What a word processor puts on the clipboard around one paragraph. */
const wordPaste = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head>
<body><!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]-->
<p class="MsoNormal" style="mso-margin-top-alt:auto"><span style="font-family:Arial;mso-bidi-language:AR-SA">وقالت الوزارة إن <b>الخطة</b> تبدأ مطلع العام المقبل<o:p></o:p></span></p>
<script>alert(1)</script></body></html>`;

describe.skipIf(!existsSync(chromiumPath))('the article editor in Chromium', () => {
  let dataDir: string;
  let site: RunningSite;
  let browser: Browser;
  let base: string;
  /** Time the site sees: moved forward to let a scheduled article come due. */
  let offsetMs = 0;
  const errors: string[] = [];
  let articleId = 0;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'midad-e2e-editor-'));
    const config = loadConfig({
      MIDAD_DATA_DIR: dataDir,
      MIDAD_HOST: '127.0.0.1',
      MIDAD_PUBLIC_URL: 'http://127.0.0.1',
      MIDAD_LOG_LEVEL: 'silent',
      MIDAD_DEMO: '0',
    });
    site = await startSite(
      { ...config, port: 0 },
      { clock: () => new Date(Date.now() + offsetMs), jobPollMs: 200 },
    );
    base = site.address;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function member(role: Role, name: string) {
    const person = await site.services.taxonomy.createPerson(systemActor('cli'), { name });
    return site.services.accounts.createUserWithPassword({
      email: `${role}@news.example`,
      name,
      role,
      password,
      personId: person.id,
    });
  }

  async function signedIn(role: Role, viewport = desktop): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport, locale: 'ar', bypassCSP: true });
    const page = await watched(context);
    await page.goto(`${base}/admin/login`);
    await page.fill('input[name=email]', `${role}@news.example`);
    await page.fill('input[name=password]', password);
    await Promise.all([
      page.waitForURL((url) => !url.pathname.endsWith('/login')),
      page.click('button[type=submit]'),
    ]);
    await page.close();
    return context;
  }

  /** A page whose script errors, refused requests and failed subresources go to `errors`. */
  async function watched(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      const isStatus = /the server responded with a status of/.test(message.text());
      if (message.type() === 'error' && !isStatus) errors.push(message.text());
    });
    return page;
  }

  async function openEditor(context: BrowserContext, id?: number): Promise<Page> {
    const page = await watched(context);
    await page.goto(`${base}/admin/articles/${id ?? 'new'}`);
    await page.waitForSelector('.editor-body');
    return page;
  }

  async function saved(page: Page): Promise<void> {
    await page.waitForFunction(() =>
      document.querySelector('.save-state')?.textContent?.startsWith('محفوظ'),
    );
  }

  async function paste(page: Page, html: string): Promise<void> {
    await page.evaluate((content) => {
      const data = new DataTransfer();
      data.setData('text/html', content);
      data.setData('text/plain', content.replace(/<[^>]+>/g, ''));
      document
        .querySelector('.editor-body')
        ?.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
    }, html);
  }

  async function shot(page: Page, name: string): Promise<void> {
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
  }

  function article(id: number): Promise<DeskArticle> {
    return site.services.articles.get(systemActor('cli'), id);
  }

  /** The administrator sets the site up and invites an author; the author's browser, signed in. */
  async function invitedAuthor(): Promise<BrowserContext> {
    const administrator = await browser.newContext({ viewport: desktop, locale: 'ar' });
    const setup = await watched(administrator);
    await setup.goto(`${base}/admin`);
    await setup.getByLabel('الاسم').fill('رانيا حداد');
    await setup.getByLabel('البريد الإلكتروني').fill('administrator@news.example');
    await setup.getByLabel('كلمة المرور').fill(password);
    await setup.getByRole('button', { name: 'إنشاء الحساب والدخول' }).click();
    await setup.waitForURL(/\/admin\?notice=welcome$/);
    // The desk's other members, made as `midad user create` would.
    for (const [role, name] of [
      ['editor', 'كريم نصّار'],
      ['contributor', 'هادي عيسى'],
    ] as const) {
      await member(role, name);
    }
    await setup.goto(`${base}/admin/users`);
    await setup.getByLabel('البريد الإلكتروني').fill('author@news.example');
    await setup.getByRole('button', { name: 'إرسال الدعوة' }).click();
    const link = new URL(await setup.getByLabel('رابط الدعوة').inputValue(), base);
    await administrator.close();

    const author = await browser.newContext({ viewport: desktop, locale: 'ar', bypassCSP: true });
    const welcome = await watched(author);
    await welcome.goto(`${base}${link.pathname}`);
    await welcome.getByLabel('الاسم').fill('سلمى خوري');
    await welcome.locator('input[name=password]').fill(password);
    await welcome.getByRole('button', { name: 'إنشاء حسابي' }).click();
    await welcome.waitForURL(/\/admin\?notice=welcome$/);
    await welcome.close();
    return author;
  }

  it(
    'lets an invited author write an Arabic story with a pasted paragraph, an image and a table, and submit it',
    async () => {
      const context = await invitedAuthor();
      const page = await openEditor(context);
      await page.fill('#editor-title', 'الحكومة تقرّ خطة لخفض أسعار الكهرباء');
      await page.fill('#editor-subtitle', 'الخطة تشمل دعم الأسر ذات الدخل المحدود');
      await page.click('.editor-body');
      await page.keyboard.type(
        'أعلنت وزارة الطاقة اليوم خطة جديدة، وقال Ahmed Saleh إن 40% من الأسر ستستفيد.',
      );
      // Saved once here, so the revisions show what came after.
      await saved(page);
      await page.keyboard.press('Enter');
      await paste(page, wordPaste);
      await page.keyboard.press('Enter');

      // An image from the computer, described, then placed in the story.
      const picture = await sharp({
        create: { width: 1200, height: 800, channels: 3, background: { r: 30, g: 90, b: 140 } },
      })
        .jpeg()
        .toBuffer();
      await page.click('button:has-text("صورة")');
      await page.waitForSelector('dialog[open] .uploader');
      expect(await axeViolations(page)).toEqual([]);
      await page.setInputFiles('.uploader input[type=file]', {
        name: 'محطة-كهرباء.jpg',
        mimeType: 'image/jpeg',
        buffer: picture,
      });
      await page.fill('.upload input[id$=-alt]', 'محطة لتوليد الكهرباء عند الغروب');
      await page.fill('.upload input[id$=-credit]', 'وكالة الأنباء');
      await page.click('.upload-send');
      await page.waitForSelector('.upload .notice-ok');
      await page.click('.media-choice');
      await page.waitForSelector('.editor-figure img');

      await page.click('button[title="جدول"]');
      await page.keyboard.type('المنطقة');
      await page.keyboard.press('Tab');
      await page.keyboard.type('الخفض');
      await page.keyboard.press('Tab');
      await page.keyboard.type('الموعد');
      await page.keyboard.press('Tab');
      await page.keyboard.type('بيروت');
      await page.keyboard.press('Tab');
      await page.keyboard.type('15%');
      await saved(page);
      expect(page.url()).toMatch(/\/admin\/articles\/\d+$/);
      articleId = Number(page.url().split('/').pop());
      await shot(page, 'editor-ar');
      expect(await axeViolations(page)).toEqual([]);

      await page.click('button[data-action="submit"]');
      await page.waitForSelector('.article-status:has-text("قيد المراجعة")');

      const stored = await article(articleId);
      const body = JSON.stringify(stored.body);
      expect(stored.status).toBe('in_review');
      expect(body).toContain('وقالت الوزارة إن');
      expect(body).toContain('"type":"strong"');
      expect(body).not.toMatch(/mso|o:p|alert|script/i);
      expect(body).toContain('"type":"table"');
      expect(body).toContain('"type":"figure"');
      expect(body).toContain('Ahmed Saleh');
      // Each paragraph takes its own direction, whatever it starts with.
      expect(await page.locator('.editor-body p[dir="auto"]').count()).toBeGreaterThan(1);
      await context.close();
    },
    browserTestTimeout,
  );

  it(
    'lets an editor read the revision diff and schedule it; it goes live at its time',
    async () => {
      expect(articleId).toBeGreaterThan(0);
      const context = await signedIn('editor');
      const page = await openEditor(context, articleId);
      await page.click('button:has-text("المراجعات")');
      await page.waitForSelector('.revision-list tbody tr');
      await page.locator('input[name="revision-from"]').last().check();
      await page.waitForSelector('.diff-view ins');
      // What was written after the story was first saved is new: the pasted paragraph, the table.
      const inserted = (await page.locator('.diff-view ins').allTextContents()).join(' ');
      expect(inserted).toContain('وقالت الوزارة');
      expect(inserted).toContain('بيروت');
      await shot(page, 'editor-revisions-ar');
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');

      // Tomorrow at eight, in the site's time zone.
      const tomorrow = new Date(Date.now() + day).toLocaleDateString('en-CA', {
        timeZone: 'Asia/Beirut',
      });
      await page.click('button[data-action="schedule"]');
      await page.waitForSelector('dialog[open] #schedule-at');
      expect(await axeViolations(page)).toEqual([]);
      await page.fill('#schedule-at', `${tomorrow}T08:00`);
      await page.click('.dialog button[type=submit]');
      await page.waitForSelector('.article-status:has-text("مجدول")');
      expect((await article(articleId)).status).toBe('scheduled');
      const before = await fetch(`${base}/article/${articleId}`);
      expect(before.status).toBe(404);

      offsetMs = 2 * day;
      await expect
        .poll(
          async () => (await fetch(`${base}/article/${articleId}`, { redirect: 'manual' })).status,
          {
            timeout: 15_000,
          },
        )
        .not.toBe(404);
      const reader = await watched(context);
      await reader.goto(`${base}/article/${articleId}`);
      expect(await reader.textContent('h1')).toBe('الحكومة تقرّ خطة لخفض أسعار الكهرباء');
      expect(await reader.locator('table').count()).toBe(1);
      expect(
        await reader.locator('picture img[alt="محطة لتوليد الكهرباء عند الغروب"]').count(),
      ).toBe(1);
      offsetMs = 0;
      await context.close();
    },
    browserTestTimeout,
  );

  it(
    'never shows a contributor the publish action, and refuses a forged one',
    async () => {
      const context = await signedIn('contributor');
      const page = await openEditor(context);
      await page.fill('#editor-title', 'مسودة مساهم عن أسواق الذهب');
      await saved(page);
      const buttons = await page
        .locator('.editor-bar button[data-action]')
        .evaluateAll((all) => all.map((button) => button.getAttribute('data-action')));
      expect(buttons).toContain('submit');
      expect(buttons).not.toContain('publish');
      expect(buttons).not.toContain('schedule');
      const id = Number(page.url().split('/').pop());
      const forged = await page.evaluate(async (articleId) => {
        const config = JSON.parse(
          document.querySelector('#editor')?.getAttribute('data-editor') ?? '{}',
        ) as { csrfToken: string };
        const response = await fetch(`/api/v1/admin/articles/${articleId}/publish`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': config.csrfToken },
          body: '{}',
        });
        return response.status;
      }, id);
      expect(forged).toBe(403);
      expect((await article(id)).status).toBe('draft');
      await context.close();
    },
    browserTestTimeout,
  );

  it(
    'ends two tabs editing one article with the conflict dialog, and loses neither',
    async () => {
      const context = await signedIn('editor');
      const first = await openEditor(context);
      await first.fill('#editor-title', 'تقرير عن أسعار القمح');
      await first.click('.editor-body');
      await first.keyboard.type('النسخة الأولى من التقرير.');
      await saved(first);
      const id = Number(first.url().split('/').pop());
      const second = await openEditor(context, id);

      await first.click('.editor-body');
      await first.keyboard.press('End');
      await first.keyboard.type(' إضافة من التبويب الأول.');
      await saved(first);

      await second.click('.editor-body');
      await second.keyboard.press('End');
      await second.keyboard.type(' إضافة من التبويب الثاني.');
      await second.waitForSelector('dialog[open] h2:has-text("عدّل شخص آخر هذا المقال")');
      await shot(second, 'editor-conflict-ar');
      expect(await axeViolations(second)).toEqual([]);
      await second.click('dialog[open] button:has-text("أبقِ نسختي")');
      await saved(second);

      const current = JSON.stringify((await article(id)).body);
      expect(current).toContain('إضافة من التبويب الثاني');
      // The first tab's words are kept in the revisions.
      const revisions = await site.services.articles.revisions(systemActor('cli'), id);
      const kept = await Promise.all(
        revisions.map((r) => site.services.articles.revision(systemActor('cli'), id, r.id)),
      );
      expect(
        kept.some((r) => JSON.stringify(r.article.body).includes('إضافة من التبويب الأول')),
      ).toBe(true);
      await context.close();
    },
    browserTestTimeout,
  );

  it(
    'takes several images at once in the media library, refuses an SVG, and keeps an image in use',
    async () => {
      const context = await signedIn('editor');
      const page = await watched(context);
      await page.goto(`${base}/admin/media`);
      await page.waitForSelector('.uploader');
      const jpeg = (r: number) =>
        sharp({
          create: { width: 900, height: 600, channels: 3, background: { r, g: 120, b: 60 } },
        })
          .jpeg()
          .toBuffer();
      await page.setInputFiles('.uploader input[type=file]', [
        { name: 'سوق.jpg', mimeType: 'image/jpeg', buffer: await jpeg(200) },
        { name: 'ميناء.jpg', mimeType: 'image/jpeg', buffer: await jpeg(40) },
        {
          name: 'شعار.svg',
          mimeType: 'image/svg+xml',
          buffer: Buffer.from(
            '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
          ),
        },
      ]);
      // A fourth, dropped on the zone rather than chosen.
      const png = (
        await sharp({ create: { width: 400, height: 300, channels: 3, background: '#345' } })
          .png()
          .toBuffer()
      ).toString('base64');
      await page.evaluate((base64) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const data = new DataTransfer();
        data.items.add(new File([bytes], 'رسم.png', { type: 'image/png' }));
        document
          .querySelector('.drop-zone')
          ?.dispatchEvent(
            new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
          );
      }, png);
      const alts = page.locator('.upload input[id$=-alt]');
      await expect.poll(() => alts.count()).toBe(4);
      await alts.nth(0).fill('سوق الخضار في الصباح');
      await alts.nth(1).fill('سفن في ميناء بيروت');
      await alts.nth(2).fill('شعار الموقع');
      await alts.nth(3).fill('رسم بياني للأسعار');
      await page.click('.upload-send');
      await expect.poll(() => page.locator('.upload .notice-ok').count()).toBe(3);
      expect(await page.locator('.upload [role=alert]').textContent()).toContain('JPEG');
      // The refused file is taken off the list; nothing is left to send.
      await page.click('.upload button:has-text("أزل هذا الملف")');
      expect(await page.locator('.upload-name:has-text("شعار.svg")').count()).toBe(0);
      expect(await page.locator('.upload-send').count()).toBe(0);
      await shot(page, 'media-library-ar');
      expect(await axeViolations(page)).toEqual([]);

      // Found with the hamza written differently, described again, and saved.
      await page.getByLabel('ابحث في المكتبة').fill('ميناء بيروت');
      await expect
        .poll(() => page.locator('.library-item input[id$=-alt]').inputValue())
        .toBe('سفن في ميناء بيروت');
      await page.locator('.library-item input[id$=-caption]').fill('ميناء بيروت صباح الاثنين');
      await page.click('.library-item button[type=submit]');
      await page.waitForSelector('.library-item .notice-ok');
      const { items } = await site.services.media.library(systemActor('cli'), {
        q: 'ميناء',
        page: 1,
        perPage: 10,
      });
      expect(items[0]?.caption).toBe('ميناء بيروت صباح الاثنين');

      // The story's image is still shown by an article: deleting it is refused.
      await page.getByLabel('ابحث في المكتبة').fill('محطة لتوليد الكهرباء');
      await expect
        .poll(() => page.locator('.library-item input[id$=-alt]').inputValue())
        .toBe('محطة لتوليد الكهرباء عند الغروب');
      await page.click('.library-item button:has-text("احذف")');
      await page.click('dialog[open] button:has-text("احذف")');
      await page.waitForSelector('dialog[open] [role=alert]');
      expect(await page.locator('.library-item').count()).toBe(1);
      await page.keyboard.press('Escape');
      await page.setViewportSize(phone);
      await shot(page, 'media-library-ar-phone');
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
    browserTestTimeout,
  );

  it(
    'lets an editor mark an English story as the translation of an Arabic one, and readers go from each to the other',
    async () => {
      const cli = systemActor('cli');
      const original = await site.services.articles.create(cli, {
        title: 'المصارف تختبر مساعدين رقميين يتحدثون العربية',
        body: {
          type: 'doc',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'بدأت المصارف تجربة جديدة.' }] },
          ],
        },
        status: 'published',
      });
      const context = await signedIn('editor');
      const page = await openEditor(context);
      await page.click('summary:has-text("خيارات أخرى")');
      await page.getByLabel('اللغة', { exact: true }).selectOption('en');
      await page.fill('#editor-title', 'Banks trial digital assistants that speak Arabic');
      await page.click('.editor-body');
      await page.keyboard.type('Banks have started a new trial.');
      await page.getByLabel('ابحث عن المقال الأصلي بعنوانه').fill('المصارف تختبر');
      await page.locator('.translation-results button').first().click();
      await page.waitForSelector('.chosen-translation');
      await saved(page);
      const id = Number(page.url().split('/').pop());
      expect((await article(id)).translationOfId).toBe(original.id);
      await shot(page, 'editor-translation');
      expect(await axeViolations(page)).toEqual([]);

      await page.click('button[data-action="publish"]');
      await page.waitForSelector('.article-status:has-text("منشور")');
      const translationUrl = (await article(id)).url ?? '';

      // The Arabic original's editor names its translation, which it cannot choose itself.
      const originalEditor = await openEditor(context, original.id);
      await originalEditor.click('summary:has-text("خيارات أخرى")');
      await expect
        .poll(() => originalEditor.locator(`a[href="/admin/articles/${id}"]`).textContent())
        .toBe('Banks trial digital assistants that speak Arabic');

      const reader = await watched(context);
      await reader.goto(`${base}${original.url ?? ''}`);
      expect(await reader.locator('link[rel=alternate][hreflang=en]').getAttribute('href')).toBe(
        `http://127.0.0.1${translationUrl}`,
      );
      await reader.click('.translation-link a');
      await reader.waitForURL((url) => url.pathname === new URL(translationUrl, base).pathname);
      expect(await reader.locator('html').getAttribute('lang')).toBe('en');
      expect(await reader.locator('.translation-link a').getAttribute('href')).toBe(original.url);
      await context.close();
      expect(errors).toEqual([]);
    },
    browserTestTimeout,
  );

  it(
    'works at phone width with no accessibility violations',
    async () => {
      const context = await signedIn('author', phone);
      const page = await openEditor(context, articleId);
      await shot(page, 'editor-ar-phone');
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
      expect(errors).toEqual([]);
    },
    browserTestTimeout,
  );
});
