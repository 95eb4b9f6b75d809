/**
 * Two-step verification in the newsroom: turning it on with a first code from an
 * authenticator app (codes made here with the `otpauth` package, on the app's clock), the
 * recovery codes shown once, signing in with a code or a recovery code, turning it off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test-support/app.js';
import { testDialects } from '../test-support/databases.js';
import { visibleText } from '../test-support/html.js';
import { toArabicIndicDigits } from '../text/digits.js';
import { systemActor } from '../core/actor.js';
import { fieldErrorOf, password, secretOf, TestBrowser, totpCode } from './test-factories.js';

describe.each(testDialects)('newsroom two-step verification on %s', (dialect) => {
  let test: TestApp;
  let now = Date.parse('2026-10-14T09:00:00.000Z');
  const clock = () => new Date(now);
  /** Moves past the 30-second step just used: a code is accepted once. */
  const nextStep = () => void (now += 30_000);

  beforeAll(async () => {
    test = await buildTestApp(dialect, { now: clock });
  });
  afterAll(() => test.close());

  it('turns on with a first code, shows the recovery codes once, then asks for a code at sign-in', async () => {
    const user = await test.services.accounts.createUserWithPassword({
      email: 'reporter@news.example',
      name: 'مراسلة',
      role: 'author',
      password,
    });
    const browser = new TestBrowser(test.app);
    await browser.submit('/admin/login', '/admin/login', { email: user.email, password });

    const setup = await browser.submit('/admin/account', '/admin/account/two-factor', {});
    expect(setup.status).toBe(200);
    const secret = secretOf(setup.body);
    expect(setup.body).toMatch(/<code class="secret"[^>]*>(\w{4} )+\w{1,4}<\/code>/);
    expect(setup.body).toContain('href="otpauth://totp/');
    expect(setup.body).toContain('autocomplete="one-time-code"');
    // On the Arabic page, only the key itself is Latin.
    expect(visibleText(setup.body).replace(/[A-Z2-7]{4}/g, '')).not.toMatch(/[A-Za-z]/);

    const wrong = await browser.submit('/admin/account', '/admin/account/two-factor', {});
    const secretNow = secretOf(wrong.body);
    const typo = await browser.post('/admin/account/two-factor/confirm', {
      ...hiddenFields(wrong.body),
      code: '000000',
    });
    expect(typo.status).toBe(401);
    expect(typo.body).toContain('رمز التحقق غير صحيح أو انتهت صلاحيته.');
    // The same key is shown again, to try once more without starting over.
    expect(secretOf(typo.body)).toBe(secretNow);
    expect(secret).not.toBe(secretNow);

    // Typed on an Arabic keyboard: Arabic-Indic digits.
    const confirmed = await browser.post('/admin/account/two-factor/confirm', {
      ...hiddenFields(typo.body),
      code: toArabicIndicDigits(totpCode(secretNow, clock())),
    });
    expect(confirmed.status).toBe(200);
    const codes = [
      ...confirmed.body.matchAll(/<li><code>([0-9a-f]{5}-[0-9a-f]{5})<\/code><\/li>/g),
    ].map((m) => m[1] ?? '');
    expect(codes).toHaveLength(10);
    expect(confirmed.body).toContain('لن تُعرض مرة أخرى');
    const account = await browser.get('/admin/account?notice=totp-on');
    expect(account.body).toContain('التحقق بخطوتين مفعّل الآن.');
    expect(account.body).not.toContain(codes[0]);

    // Signing in now takes a second step.
    await browser.submit('/admin', '/admin/logout', {});
    const first = await browser.submit('/admin/login', '/admin/login', {
      email: user.email,
      password,
    });
    expect(first).toMatchObject({ status: 303, location: '/admin/login/code' });
    // A pending session opens nothing else.
    expect((await browser.get('/admin')).location).toBe('/admin/login/code');
    const badCode = await browser.submit('/admin/login/code', '/admin/login/code', {
      code: '123456',
    });
    expect(badCode.status).toBe(401);
    expect(fieldErrorOf(badCode.body, 'code-code')).toBeNull();
    expect(badCode.body).toContain('رمز التحقق غير صحيح');
    nextStep();
    const signedIn = await browser.submit('/admin/login/code', '/admin/login/code', {
      code: totpCode(secretNow, clock()),
    });
    expect(signedIn).toMatchObject({ status: 303, location: '/admin' });
    expect((await browser.get('/admin')).status).toBe(200);

    // A recovery code stands in for a lost phone, once.
    await browser.submit('/admin', '/admin/logout', {});
    await browser.submit('/admin/login', '/admin/login', { email: user.email, password });
    const recovered = await browser.submit('/admin/login/code', '/admin/login/code', {
      code: codes[0] ?? '',
    });
    expect(recovered.location).toBe('/admin');
    await browser.submit('/admin', '/admin/logout', {});
    await browser.submit('/admin/login', '/admin/login', { email: user.email, password });
    const reused = await browser.submit('/admin/login/code', '/admin/login/code', {
      code: codes[0] ?? '',
    });
    expect(reused.status).toBe(401);

    // Cancelling the second step signs the pending session out.
    const cancelled = await browser.submit('/admin/login/code', '/admin/logout', {});
    expect(cancelled.location).toBe('/admin/login?notice=signed-out');
    expect((await browser.get('/admin/login/code')).location).toBe('/admin/login');
  });

  it('turns off with the password, and not without it', async () => {
    const user = await test.services.accounts.createUserWithPassword({
      email: 'editor@news.example',
      name: 'محرر',
      role: 'editor',
      password,
    });
    const browser = new TestBrowser(test.app);
    await browser.submit('/admin/login', '/admin/login', { email: user.email, password });
    const setup = await browser.submit('/admin/account', '/admin/account/two-factor', {});
    nextStep();
    await browser.post('/admin/account/two-factor/confirm', {
      ...hiddenFields(setup.body),
      code: totpCode(secretOf(setup.body), clock()),
    });

    const refused = await browser.submit('/admin/account', '/admin/account/two-factor/disable', {
      password: 'ليست كلمة المرور',
    });
    expect(refused.status).toBe(400);
    expect(fieldErrorOf(refused.body, 'totp-password')).toContain('كلمة المرور الحالية غير صحيحة');
    const off = await browser.submit('/admin/account', '/admin/account/two-factor/disable', {
      password,
    });
    expect(off.location).toBe('/admin/account?notice=totp-off');
    expect((await test.services.accounts.getUser(systemActor('cli'), user.id)).isTotpEnabled).toBe(
      false,
    );
  });
});

/** The confirmation form's hidden fields: its token and the key shown. */
function hiddenFields(html: string): Record<string, string> {
  const form =
    html.split('<form').find((f) => f.includes('action="/admin/account/two-factor/confirm"')) ?? '';
  return Object.fromEntries(
    [...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [
      m[1] ?? '',
      (m[2] ?? '').replace(/&amp;/g, '&'),
    ]),
  );
}
