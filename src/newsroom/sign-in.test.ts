/**
 * Signing in and out of the newsroom in a browser without JavaScript: the messages a person
 * sees when it fails (and the status a script sees), throttling, a disabled account, forged
 * forms, and the headers every newsroom page is sent with.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../accounts/presenters.js';
import { systemActor } from '../core/actor.js';
import { buildTestApp, type TestApp } from '../test-support/app.js';
import { testDialects } from '../test-support/databases.js';
import { visibleText } from '../test-support/html.js';
import { csrfTokenOf, password, TestBrowser } from './test-factories.js';

const cli = systemActor('cli');
let n = 0;

describe.each(testDialects)('newsroom sign-in on %s', (dialect) => {
  let test: TestApp;

  beforeAll(async () => {
    test = await buildTestApp(dialect, { now: new Date('2026-10-14T09:00:00.000Z') });
  });
  afterAll(() => test.close());

  async function member(role: User['role'] = 'editor', language: User['language'] = 'ar') {
    n += 1;
    return test.services.accounts.createUserWithPassword({
      email: `member-${n}@news.example`,
      name: `عضو ${n}`,
      role,
      language,
      password,
    });
  }

  /** A browser of its own address, so the per-address rate limit of one test spares the others. */
  const browser = (language = 'ar') =>
    new TestBrowser(test.app, language, `203.0.113.${++n % 250}`);

  it('signs in to the dashboard; the account page has the role in words and the sign-in time', async () => {
    const user = await member('editor');
    const b = browser();
    const signedIn = await b.submit('/admin/login', '/admin/login', {
      email: user.email,
      password,
    });
    expect(signedIn).toMatchObject({ status: 303, location: '/admin' });
    const account = await b.get('/admin/account');
    expect(account.status).toBe(200);
    expect(account.body).toContain(user.name);
    expect(account.body).toContain('<dd>محرر</dd>');
    // 09:00 UTC is noon in Beirut in October, written in the site's date style and digits.
    expect(account.body).toContain(
      '<time datetime="2026-10-14T09:00:00.000Z">١٤ تشرين الأول/أكتوبر ٢٠٢٦، ١٢:٠٠</time>',
    );
    expect(visibleText(account.body).replace(user.email, '')).not.toMatch(/[A-Za-z]/);
    expect((await b.get('/admin/login')).location).toBe('/admin');
  });

  it('says a wrong password clearly (401), keeps the e-mail and never echoes the password', async () => {
    const user = await member();
    const page = await browser().submit('/admin/login', '/admin/login', {
      email: user.email,
      password: 'كلمة خاطئة تمامًا',
    });
    expect(page.status).toBe(401);
    expect(page.body).toContain('البريد الإلكتروني أو كلمة المرور غير صحيحة.');
    expect(page.body).toContain(`value="${user.email}"`);
    expect(page.body).not.toContain('كلمة خاطئة تمامًا');
    // The message describes the fields, and the cursor goes back to the password.
    expect(page.body).toMatch(
      /<input id="login-password"[^>]*aria-describedby="login-problem"[^>]*autofocus/,
    );
  });

  it('in English for an English browser', async () => {
    const page = await browser('en').submit('/admin/login', '/admin/login', {
      email: 'nobody@news.example',
      password: 'whatever it is',
    });
    expect(page.status).toBe(401);
    expect(page.body).toContain('The e-mail address or the password is wrong.');
  });

  it('stops a guesser after ten failures, saying how many minutes to wait (429)', async () => {
    const user = await member();
    const b = browser();
    for (let i = 0; i < 10; i++) {
      const failed = await b.submit('/admin/login', '/admin/login', {
        email: user.email,
        password: `خطأ رقم ${i}`,
      });
      expect(failed.status).toBe(401);
    }
    const throttled = await b.submit('/admin/login', '/admin/login', {
      email: user.email,
      password,
    });
    expect(throttled.status).toBe(429);
    expect(throttled.body).toContain('انتظر ١٥ دقيقة ثم حاول مرة أخرى');
    expect(throttled.headers['retry-after']).toBe('900');
    expect(throttled.body).toContain(`value="${user.email}"`);
  });

  it('tells a disabled account so (403), and ends its open sessions', async () => {
    const user = await member();
    const b = browser();
    await b.submit('/admin/login', '/admin/login', { email: user.email, password });
    await test.services.accounts.updateUser(cli, user.id, { disabled: true });
    expect((await b.get('/admin')).location).toBe('/admin/login');
    const refused = await b.submit('/admin/login', '/admin/login', { email: user.email, password });
    expect(refused.status).toBe(403);
    expect(refused.body).toContain('هذا الحساب معطّل. تواصل مع مدير الموقع.');
  });

  it('refuses a form without its token, or from another site, with the form and a reload message (403)', async () => {
    const user = await member();
    const b = browser();
    await b.get('/admin/login');
    const forged = await b.post('/admin/login', { email: user.email, password });
    expect(forged.status).toBe(403);
    expect(forged.body).toContain('أعد تحميل الصفحة ثم حاول مرة أخرى');
    expect(forged.body).toContain('action="/admin/login"');
    expect(b.cookies.has('midad_session')).toBe(false);

    // The right token, but the browser says another site sent the form.
    const token = csrfTokenOf((await b.get('/admin/login')).body);
    const crossSite = await b.post(
      '/admin/login',
      { _csrf: token, email: user.email, password },
      { 'sec-fetch-site': 'cross-site' },
    );
    expect(crossSite.status).toBe(403);

    // A signed-in user's form must carry the session's token, not the sign-in form's.
    await b.submit('/admin/login', '/admin/login', { email: user.email, password });
    const renamed = await b.post('/admin/account/profile', { _csrf: token, name: 'اسم مزور' });
    expect(renamed.status).toBe(403);
    expect(renamed.body).toContain('أعد تحميل الصفحة');
    expect((await test.services.accounts.getUser(cli, user.id)).name).toBe(user.name);
  });

  it('signs out, and out of every device', async () => {
    const user = await member();
    const phone = browser();
    const laptop = browser();
    await phone.submit('/admin/login', '/admin/login', { email: user.email, password });
    await laptop.submit('/admin/login', '/admin/login', { email: user.email, password });

    const out = await phone.submit('/admin', '/admin/logout', {});
    expect(out).toMatchObject({ status: 303, location: '/admin/login?notice=signed-out' });
    expect((await phone.get('/admin/login?notice=signed-out')).body).toContain('سجّلت خروجك.');
    expect((await phone.get('/admin')).location).toBe('/admin/login');
    expect((await laptop.get('/admin')).status).toBe(200);

    await phone.submit('/admin/login', '/admin/login', { email: user.email, password });
    const everywhere = await phone.submit('/admin/account', '/admin/logout/everywhere', {});
    expect(everywhere.location).toBe('/admin/login?notice=signed-out-everywhere');
    expect((await laptop.get('/admin')).location).toBe('/admin/login');
    expect((await phone.get('/admin')).location).toBe('/admin/login');
  });

  it('sends every page with its security headers, never cached', async () => {
    const page = await browser().get('/admin/login');
    const csp = String(page.headers['content-security-policy']);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['set-cookie']).toMatch(
      /midad_form=[^;]+; Max-Age=7200; Path=\/admin; HttpOnly; Secure; SameSite=Strict/,
    );
    // The public site keeps its own headers.
    const home = await test.app.inject({ method: 'GET', url: '/' });
    expect(home.headers['content-security-policy']).not.toContain("frame-ancestors 'none'");
  });

  it('answers unknown newsroom pages with its own 404 page, in the visitor’s language', async () => {
    const missing = await browser('en').get('/admin/no-such-page');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('There is no page at this address in the newsroom.');
    expect(missing.body).toContain('href="/admin"');
    expect(missing.headers['cache-control']).toBe('no-store');
    const undecodable = await browser('en').get('/admin/%E0%A4%A');
    expect(undecodable.status).toBe(404);
    expect(undecodable.body).toContain('There is no page at this address in the newsroom.');
  });

  it('answers a post that is not a form with an error page, not a crash', async () => {
    const page = await test.app.inject({
      method: 'POST',
      url: '/admin/login',
      headers: { 'content-type': 'application/xml', 'accept-language': 'ar' },
      payload: '<email>x</email>',
    });
    expect(page.statusCode).toBe(415);
    expect(page.body).toContain('تعذّر إتمام الطلب');
    expect(visibleText(page.body)).not.toMatch(/[A-Za-z]/);
  });
});
