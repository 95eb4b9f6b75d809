/**
 * The account page: a new name and interface language (the page follows it), a new password
 * (other sessions end, this one stays), and each form marked on its own when it comes back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test-support/app.js';
import { testDialects } from '../test-support/databases.js';
import { htmlAttributes } from '../test-support/html.js';
import { fieldErrorOf, password, TestBrowser } from './test-factories.js';

describe.each(testDialects)('newsroom account page on %s', (dialect) => {
  let test: TestApp;
  let n = 0;

  beforeAll(async () => {
    test = await buildTestApp(dialect);
  });
  afterAll(() => test.close());

  async function signedIn() {
    n += 1;
    const user = await test.services.accounts.createUserWithPassword({
      email: `writer-${n}@news.example`,
      name: 'كاتبة',
      role: 'contributor',
      password,
    });
    const browser = new TestBrowser(test.app);
    await browser.submit('/admin/login', '/admin/login', { email: user.email, password });
    return { user, browser };
  }

  it('links to the admin API’s description and to the public site', async () => {
    const { browser } = await signedIn();
    const page = await browser.get('/admin/account');
    expect(page.body).toContain('href="/api/v1/admin/openapi.json"');
    expect(page.body).toContain('href="/"');
    expect(page.body).toContain('<dd>مساهم</dd>');
  });

  it('changes the name and the interface language; the page then speaks it', async () => {
    const { browser } = await signedIn();
    const empty = await browser.submit('/admin/account', '/admin/account/profile', {
      name: '   ',
      language: 'ar',
    });
    expect(empty.status).toBe(400);
    expect(fieldErrorOf(empty.body, 'profile-name')).toContain('هذا الحقل مطلوب');
    expect(empty.body).toMatch(/<input id="profile-name"[^>]*autofocus/);
    // The other forms are not marked.
    expect(empty.body).not.toContain('id="password-problem"');

    const saved = await browser.submit('/admin/account', '/admin/account/profile', {
      name: 'كاتبة الاقتصاد',
      language: 'en',
    });
    expect(saved.location).toBe('/admin/account?notice=profile-saved');
    const page = await browser.get('/admin/account?notice=profile-saved');
    expect(htmlAttributes(page.body)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(page.body).toContain('Your name and interface language were saved.');
    expect(page.body).toContain('Signed in as كاتبة الاقتصاد');
  });

  it('changes the password: the current one is checked, other sessions end, this one stays', async () => {
    const { user, browser } = await signedIn();
    const other = new TestBrowser(test.app);
    await other.submit('/admin/login', '/admin/login', { email: user.email, password });

    const wrong = await browser.submit('/admin/account', '/admin/account/password', {
      currentPassword: 'ليست هي',
      newPassword: 'كلمة مرور جديدة وطويلة',
    });
    expect(wrong.status).toBe(400);
    expect(fieldErrorOf(wrong.body, 'password-currentPassword')).toContain(
      'كلمة المرور الحالية غير صحيحة',
    );
    expect(wrong.body).not.toContain('كلمة مرور جديدة وطويلة');

    const changed = await browser.submit('/admin/account', '/admin/account/password', {
      currentPassword: password,
      newPassword: 'كلمة مرور جديدة وطويلة',
    });
    expect(changed.location).toBe('/admin/account?notice=password-changed');
    expect((await browser.get('/admin/account')).status).toBe(200);
    expect((await other.get('/admin/account')).location).toBe('/admin/login');
  });

  it('sends a signed-out visitor of any account form to sign in', async () => {
    const page = await new TestBrowser(test.app).post('/admin/account/profile', { name: 'س' });
    expect(page).toMatchObject({ status: 303, location: '/admin/login' });
  });
});
