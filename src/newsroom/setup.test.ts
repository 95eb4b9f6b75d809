/**
 * The first run at /admin: the setup form exists only while the site has no account, makes
 * the administrator and signs them in; pages speak Arabic right to left with no Latin word
 * but the necessary, or English when the browser or the language link asks for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test-support/app.js';
import { testDialects } from '../test-support/databases.js';
import { htmlAttributes, visibleText } from '../test-support/html.js';
import { t } from '../i18n/index.js';
import * as newsroomMessages from '../i18n/messages/newsroom.js';
import { systemActor } from '../core/actor.js';
import { fieldErrorOf, password, TestBrowser } from './test-factories.js';

const latinLetter = /[A-Za-z]/;

describe('the newsroom’s Arabic messages', () => {
  it('have no Latin letter', () => {
    const params = { site: 'مداد', page: 'حسابي', name: 'ليلى', min: 10 };
    for (const key of Object.keys(newsroomMessages.ar) as (keyof typeof newsroomMessages.ar)[]) {
      expect(t('ar', key, params), key).not.toMatch(latinLetter);
    }
  });
});

describe.each(testDialects)('newsroom setup on %s', (dialect) => {
  let test: TestApp;

  beforeAll(async () => {
    test = await buildTestApp(dialect);
  });
  afterAll(() => test.close());

  it('shows the setup form in Arabic, right to left, with the password rule and no Latin word', async () => {
    const page = await new TestBrowser(test.app).get('/admin');
    expect(page.status).toBe(200);
    expect(htmlAttributes(page.body)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(page.body).toContain('إنشاء حساب المدير');
    expect(page.body).toContain('١٠ أحرف على الأقل');
    expect(page.body).toMatch(
      /<label for="setup-email">[^<]+<\/label><input id="setup-email" name="email" type="email"[^>]* autocomplete="email"/,
    );
    expect(page.body).toContain('autocomplete="new-password"');
    expect(visibleText(page.body)).not.toMatch(latinLetter);
  });

  it('speaks English left to right to a browser that asks for it, and remembers the language link', async () => {
    const english = await new TestBrowser(test.app, 'en-GB,en;q=0.9').get('/admin');
    expect(htmlAttributes(english.body)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(english.body).toContain('Create the administrator account');

    const browser = new TestBrowser(test.app, 'ar');
    const switched = await browser.get('/admin?lang=en');
    expect(htmlAttributes(switched.body).lang).toBe('en');
    expect(browser.cookies.get('midad_newsroom_language')).toBe('en');
    expect(htmlAttributes((await browser.get('/admin')).body).lang).toBe('en');
  });

  it('shows the form again with the field at fault, its message tied to it, the password not echoed', async () => {
    const browser = new TestBrowser(test.app);
    const page = await browser.submit('/admin', '/admin', {
      name: 'مديرة الموقع',
      email: 'admin@news.example',
      password: 'قصيرة',
    });
    expect(page.status).toBe(400);
    expect(fieldErrorOf(page.body, 'setup-password')).toContain('١٠ أحرف على الأقل');
    expect(page.body).toMatch(
      /<input id="setup-password"[^>]*aria-invalid="true"[^>]*aria-describedby="setup-password-error setup-password-hint"[^>]*autofocus/,
    );
    expect(page.body).toContain('value="مديرة الموقع"');
    expect(page.body).toContain('value="admin@news.example"');
    expect(page.body).not.toContain('قصيرة"');
    expect(await test.services.accounts.needsSetup()).toBe(true);
  });

  it('creates the administrator, signs them in, and never shows the form again', async () => {
    const browser = new TestBrowser(test.app);
    const created = await browser.submit('/admin', '/admin', {
      name: 'مديرة الموقع',
      email: 'Admin@News.example',
      password,
      language: 'ar',
    });
    expect(created.status).toBe(303);
    expect(created.location).toBe('/admin?notice=welcome');
    expect(browser.cookies.get('midad_session')).toMatch(/^mds_/);

    const dashboard = await browser.get('/admin?notice=welcome');
    expect(dashboard.status).toBe(200);
    expect(dashboard.body).toContain('أهلًا بك في غرفة الأخبار.');
    const account = await browser.get('/admin/account');
    expect(account.body).toContain('admin@news.example');
    expect(account.body).toContain('مدير');

    const stranger = new TestBrowser(test.app);
    const again = await stranger.get('/admin');
    expect(again).toMatchObject({ status: 303, location: '/admin/login' });

    // A second setup, even with a form fetched before the first one finished, is refused.
    const refused = await stranger.post('/admin', {
      _csrf: 'x'.repeat(43),
      name: 'دخيل',
      email: 'intruder@news.example',
      password,
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toContain('أُنشئ حساب المدير من قبل');
    expect(refused.body).toContain('href="/admin/login"');
    expect((await test.services.accounts.listUsers(systemActor('cli'))).length).toBe(1);
  });
});
