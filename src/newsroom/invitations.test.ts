/**
 * Accepting an invitation in the newsroom: the page names the e-mail and the role, the new
 * account is signed in, and a link that was used, revoked or has run out says so (404).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userActor } from '../accounts/presenters.js';
import type { Actor } from '../core/actor.js';
import { systemActor } from '../core/actor.js';
import { buildTestApp, type TestApp } from '../test-support/app.js';
import { testDialects } from '../test-support/databases.js';
import { htmlAttributes, visibleText } from '../test-support/html.js';
import { csrfTokenOf, fieldErrorOf, password, TestBrowser } from './test-factories.js';

describe.each(testDialects)('newsroom invitations on %s', (dialect) => {
  let test: TestApp;
  let now = Date.parse('2026-10-14T09:00:00.000Z');
  let administrator: Actor;
  let n = 0;

  beforeAll(async () => {
    test = await buildTestApp(dialect, { now: () => new Date(now) });
    const admin = await test.services.accounts.createUserWithPassword({
      email: 'chief@news.example',
      name: 'رئيسة التحرير',
      role: 'administrator',
      password,
    });
    administrator = userActor(admin);
  });
  afterAll(() => test.close());

  /** An invitation's path on this site (the link is absolute, on the public address). */
  async function invite(role: 'editor' | 'author' = 'editor') {
    n += 1;
    const email = `invitee-${n}@news.example`;
    const sent = await test.services.accounts.invite(administrator, { email, role, name: 'سلمى' });
    return { email, path: new URL(sent.link).pathname };
  }

  it('shows whom it invites and as what, then creates the account and signs it in', async () => {
    const { email, path } = await invite('editor');
    const browser = new TestBrowser(test.app);
    const page = await browser.get(path);
    expect(page.status).toBe(200);
    expect(htmlAttributes(page.body)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(page.body).toContain(`<span dir="ltr">${email}</span>`);
    expect(page.body).toContain('<dd>محرر</dd>');
    expect(page.body).toContain('٢١ تشرين الأول/أكتوبر ٢٠٢٦');
    expect(page.body).toContain('value="سلمى"');
    expect(visibleText(page.body).replace(email, '')).not.toMatch(/[A-Za-z]/);

    const short = await browser.submit(path, path, {
      name: 'سلمى',
      password: 'قصيرة',
      language: 'en',
    });
    expect(short.status).toBe(400);
    expect(fieldErrorOf(short.body, 'invitation-password')).toContain('١٠ أحرف على الأقل');
    expect(short.body).toContain('<option value="en" selected>');

    const accepted = await browser.submit(path, path, {
      name: 'سلمى يوسف',
      password,
      language: 'en',
    });
    expect(accepted).toMatchObject({ status: 303, location: '/admin?notice=welcome' });
    const dashboard = await browser.get('/admin?notice=welcome');
    expect(htmlAttributes(dashboard.body)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(dashboard.body).toContain('Welcome to the newsroom.');
    const account = await browser.get('/admin/account');
    expect(account.body).toContain('<dd>Editor</dd>');
    expect(account.body).toContain('سلمى يوسف');

    const again = await new TestBrowser(test.app).get(path);
    expect(again.status).toBe(404);
    expect(again.body).toContain('رابط الدعوة غير صالح أو انتهت صلاحيته أو استُعمل من قبل.');
    expect(again.body).toContain('اطلب من مدير الموقع أن يرسل إليك دعوة جديدة.');
  });

  it('says a revoked, an expired or a made-up link does not work (404)', async () => {
    const revoked = await invite();
    const list = await test.services.accounts.listInvitations(systemActor('cli'));
    const id = list.find((i) => i.email === revoked.email)?.id ?? 0;
    await test.services.accounts.revokeInvitation(administrator, id);
    const browser = new TestBrowser(test.app);
    expect((await browser.get(revoked.path)).status).toBe(404);

    const expiring = await invite();
    now += 8 * 24 * 60 * 60 * 1000;
    const expired = await browser.get(expiring.path);
    expect(expired.status).toBe(404);
    expect(expired.body).toContain('رابط الدعوة لا يعمل');

    expect((await browser.get('/admin/invitations/mdi_made-up')).status).toBe(404);
    // A form shown before the link ran out, sent after.
    const _csrf = csrfTokenOf((await browser.get('/admin/login')).body);
    const posted = await browser.post(expiring.path, { _csrf, name: 'س', password });
    expect(posted.status).toBe(404);
  });
});
