import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../test-support/databases.js';
import {
  client,
  makeUser,
  minute,
  openAccountTest,
  password,
  setUpAdministrator,
  type AccountTest,
} from './test-factories.js';

const step = 30 * 1000;

describe.each(testDialects)('two-factor sign-in on %s', (dialect) => {
  let t: AccountTest;
  let admin: Awaited<ReturnType<typeof setUpAdministrator>>;

  beforeAll(async () => {
    t = await openAccountTest(dialect);
    admin = await setUpAdministrator(t.accounts);
  });
  afterAll(() => t.close());

  /** What the person's authenticator app shows now (or `offset` ms from now). */
  const codeFor = (secret: string, offset = 0) =>
    TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: t.clock().getTime() + offset });

  async function withTotp() {
    const user = await makeUser(t.accounts, admin.actor, 'editor');
    const { secret, otpauthUri } = await t.accounts.startTotp(user.actor);
    const { recoveryCodes } = await t.accounts.confirmTotp(user.actor, { code: codeFor(secret) });
    t.clock.advance(step);
    return { user, secret, otpauthUri, recoveryCodes };
  }

  const login = (email: string, code?: string) =>
    t.accounts.login({ email, password, ...(code === undefined ? {} : { code }) }, client);

  it('turns on only once a code from the new secret is given back', async () => {
    const user = await makeUser(t.accounts, admin.actor, 'author');
    const { secret, otpauthUri } = await t.accounts.startTotp(user.actor);
    const uri = new URL(otpauthUri);
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('issuer')).toBe('مداد');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('algorithm')).toBe('SHA1');
    expect(uri.searchParams.get('digits')).toBe('6');
    expect(uri.searchParams.get('period')).toBe('30');
    expect(decodeURIComponent(uri.pathname)).toContain(user.email);
    // Started, not in force: signing in still needs only the password.
    expect((await login(user.email)).mfaPending).toBe(false);

    await expect(t.accounts.confirmTotp(user.actor, { code: '000000' })).rejects.toMatchObject({
      code: 'totp_invalid',
    });
    const { recoveryCodes } = await t.accounts.confirmTotp(user.actor, { code: codeFor(secret) });
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect((await t.accounts.me(user.actor)).isTotpEnabled).toBe(true);
    await expect(t.accounts.startTotp(user.actor)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('asks for the code after the password, and the pending session grants nothing else', async () => {
    const { user, secret } = await withTotp();
    const pending = await login(user.email);
    expect(pending.mfaPending).toBe(true);
    expect(Date.parse(pending.session.expiresAt) - t.clock().getTime()).toBe(10 * minute);
    expect(await t.accounts.authenticateSession(pending.session.token)).toMatchObject({
      session: { mfaPending: true },
    });

    await expect(t.accounts.completeMfa(pending.session.token, '123456')).rejects.toMatchObject({
      code: 'totp_invalid',
    });
    const signedIn = await t.accounts.completeMfa(pending.session.token, codeFor(secret));
    expect(signedIn.mfaPending).toBe(false);
    expect(signedIn.session.token).not.toBe(pending.session.token);
    expect(await t.accounts.authenticateSession(pending.session.token)).toBeNull();
    expect(await t.accounts.authenticateSession(signedIn.session.token)).toMatchObject({
      actor: { userId: user.id },
      session: { mfaPending: false },
    });
  });

  it('lets a pending session lapse after ten minutes', async () => {
    const { user, secret } = await withTotp();
    const pending = await login(user.email);
    t.clock.advance(10 * minute);
    await expect(
      t.accounts.completeMfa(pending.session.token, codeFor(secret)),
    ).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('signs in at once with the password and the code together', async () => {
    const { user, secret } = await withTotp();
    await expect(login(user.email, '999999')).rejects.toMatchObject({ code: 'totp_invalid' });
    const signIn = await login(user.email, codeFor(secret));
    expect(signIn.mfaPending).toBe(false);
  });

  it('accepts a phone one step off, not two, and a code only once', async () => {
    const { user, secret } = await withTotp();
    // Past the step the setup used, so no code below is refused for having been used.
    t.clock.advance(2 * step);
    await expect(login(user.email, codeFor(secret, -2 * step))).rejects.toMatchObject({
      code: 'totp_invalid',
    });
    await expect(login(user.email, codeFor(secret, -step))).resolves.toMatchObject({
      mfaPending: false,
    });
    // The code on the screen now was not used yet; once used, it is refused.
    const now = codeFor(secret);
    await expect(login(user.email, now)).resolves.toBeDefined();
    await expect(login(user.email, now)).rejects.toMatchObject({ code: 'totp_invalid' });
    t.clock.advance(step);
    await expect(login(user.email, codeFor(secret))).resolves.toBeDefined();
  });

  it('takes each recovery code once, however it is typed', async () => {
    const { user, recoveryCodes } = await withTotp();
    const [first = '', second = ''] = recoveryCodes;
    expect(first).toMatch(/^[0-9a-f]{5}-[0-9a-f]{5}$/);
    await expect(login(user.email, first)).resolves.toMatchObject({ mfaPending: false });
    await expect(login(user.email, first)).rejects.toMatchObject({ code: 'totp_invalid' });
    const pending = await login(user.email);
    const typed = ` ${second.toUpperCase().replace('-', ' ')} `;
    await expect(t.accounts.completeMfa(pending.session.token, typed)).resolves.toMatchObject({
      mfaPending: false,
    });
  });

  it('counts wrong codes as failed sign-ins', async () => {
    const { user } = await withTotp();
    for (let i = 0; i < 10; i++) {
      await expect(login(user.email, '000000')).rejects.toMatchObject({ code: 'totp_invalid' });
    }
    await expect(login(user.email)).rejects.toMatchObject({ code: 'too_many_login_attempts' });
    t.clock.advance(15 * minute);
  });

  it('turns off with the password, or by an administrator', async () => {
    const { user } = await withTotp();
    await expect(
      t.accounts.disableTotp(user.actor, { password: 'ليست هي أبدًا' }),
    ).rejects.toMatchObject({
      fields: [{ field: 'password', rule: 'wrong_password' }],
    });
    await t.accounts.disableTotp(user.actor, { password });
    expect((await login(user.email)).mfaPending).toBe(false);

    const other = await withTotp();
    await expect(t.accounts.resetTotp(user.actor, other.user.id)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await t.accounts.resetTotp(admin.actor, other.user.id);
    expect((await login(other.user.email)).mfaPending).toBe(false);
    // The old recovery codes went with it.
    const again = await t.accounts.startTotp(other.user.actor);
    await t.accounts.confirmTotp(other.user.actor, { code: codeFor(again.secret) });
    t.clock.advance(step);
    await expect(login(other.user.email, other.recoveryCodes[0])).rejects.toMatchObject({
      code: 'totp_invalid',
    });
  });
});
