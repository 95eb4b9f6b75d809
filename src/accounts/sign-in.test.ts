import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../core/unit-of-work.js';
import { MidadError, presentError, ValidationError } from '../errors.js';
import { EventBus } from '../events/event-bus.js';
import { testDialects } from '../test-support/databases.js';
import { AccountService } from './account-service.js';
import {
  client,
  email,
  holdUserWrites,
  makeUser,
  minute,
  openAccountTest,
  password,
  setUpAdministrator,
  type AccountTest,
} from './test-factories.js';

async function failure(promise: Promise<unknown>): Promise<MidadError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof MidadError))
    throw new Error(`expected a MidadError, got ${String(error)}`);
  return error;
}

const inArabic = (error: MidadError) => presentError(error, 'ar', (d) => d.toISOString()).message;

describe.each(testDialects)('setting up and signing in on %s', (dialect) => {
  let t: AccountTest;
  let admin: Awaited<ReturnType<typeof setUpAdministrator>>;

  beforeAll(async () => {
    t = await openAccountTest(dialect);
  });
  afterAll(() => t.close());

  it('creates the first administrator once, signed in, and refuses a second setup', async () => {
    expect(await t.accounts.needsSetup()).toBe(true);
    admin = await setUpAdministrator(t.accounts);
    expect(admin.user).toMatchObject({ role: 'administrator', name: 'ليلى حداد', language: 'ar' });
    expect(admin.session.token).toMatch(/^mds_/);
    expect(admin.mfaPending).toBe(false);
    expect(await t.accounts.authenticateSession(admin.session.token)).toMatchObject({
      actor: { kind: 'user', userId: admin.user.id, role: 'administrator' },
    });
    expect(await t.accounts.needsSetup()).toBe(false);
    const again = t.accounts.setup({ email: email(), name: 'دخيل', password }, client);
    expect((await failure(again)).code).toBe('setup_done');
    expect(t.events.map((e) => e.type)).toContain('user.changed');
  });

  it('signs in with the right password, whatever the case of the e-mail', async () => {
    const signIn = await t.accounts.login(
      { email: admin.user.email.toUpperCase(), password },
      client,
    );
    expect(signIn.user.id).toBe(admin.user.id);
    expect(signIn.user.lastLoginAt).toBe(t.clock().toISOString());
    expect(signIn.session.csrfToken).not.toBe('');
    const found = await t.accounts.authenticateSession(signIn.session.token);
    expect(found?.session).toMatchObject({
      csrfToken: signIn.session.csrfToken,
      mfaPending: false,
    });
    // The token is stored only as its hash.
    const rows = await t.test.db.kysely.selectFrom('session').select('id').execute();
    expect(rows.map((r) => r.id)).not.toContain(signIn.session.token);
  });

  it('gives the same error for a wrong password and an unknown e-mail', async () => {
    const wrongPassword = await failure(
      t.accounts.login({ email: admin.user.email, password: 'ليست كلمة السر' }, client),
    );
    const unknown = await failure(
      t.accounts.login(
        { email: email('nobody'), password },
        { ip: '198.51.100.1', userAgent: null },
      ),
    );
    expect(wrongPassword.code).toBe('invalid_credentials');
    expect(unknown.code).toBe('invalid_credentials');
    expect(inArabic(wrongPassword)).toBe(inArabic(unknown));
  });

  it('tells a disabled account so only to someone who knows its password', async () => {
    const editor = await makeUser(t.accounts, admin.actor, 'editor');
    await t.accounts.updateUser(admin.actor, editor.id, { disabled: true });
    const right = await failure(t.accounts.login({ email: editor.email, password }, client));
    expect(right.code).toBe('account_disabled');
    const wrong = await failure(
      t.accounts.login({ email: editor.email, password: 'كلمة خاطئة تمامًا' }, client),
    );
    expect(wrong.code).toBe('invalid_credentials');
  });

  it('refuses input that is not a sign-in', async () => {
    const error = await failure(
      t.accounts.login({ email: 'not an address', password: '' }, client),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields.map((f) => [f.field, f.rule])).toEqual([
      ['email', 'invalid_email'],
      ['password', 'required'],
    ]);
  });

  it('slows down guessing one account: ten failures lock it for the rest of the window', async () => {
    const author = await makeUser(t.accounts, admin.actor, 'author');
    const wrong = { email: author.email, password: 'تخمين خاطئ رقم واحد' };
    for (let i = 0; i < 10; i++) {
      // Each guess from another address: the account's count is what stops them.
      const from = { ip: `192.0.2.${i + 1}`, userAgent: null };
      expect((await failure(t.accounts.login(wrong, from))).code).toBe('invalid_credentials');
      t.clock.advance(30 * 1000);
    }
    // Even the right password is refused now, with the minutes until the first failure ages out.
    const locked = await failure(t.accounts.login({ email: author.email, password }, client));
    expect(locked.code).toBe('too_many_login_attempts');
    expect(locked.params).toEqual({ minutes: 10 });
    expect(inArabic(locked)).toContain('انتظر ١٠ دقائق ثم');
    expect(presentError(locked, 'en', String).message).toContain('Wait 10 minutes');

    t.clock.advance(9 * minute + 1000);
    const soon = await failure(t.accounts.login({ email: author.email, password }, client));
    expect(soon.params).toEqual({ minutes: 1 });
    expect(inArabic(soon)).toContain('انتظر دقيقة ثم');

    // Once the first failure has left the window, the right password works and clears the count.
    t.clock.advance(minute);
    await t.accounts.login({ email: author.email, password }, client);
    for (let i = 0; i < 9; i++) await failure(t.accounts.login(wrong, client));
    await expect(
      t.accounts.login({ email: author.email, password }, client),
    ).resolves.toBeDefined();
  });

  it('slows down one address guessing many accounts: fifty failures', async () => {
    const guesser = { ip: '198.51.100.66', userAgent: 'curl/8' };
    for (let i = 0; i < 50; i++) {
      const attempt = t.accounts.login({ email: email(`guess${i}`), password }, guesser);
      expect((await failure(attempt)).code).toBe('invalid_credentials');
    }
    const locked = await failure(t.accounts.login({ email: admin.user.email, password }, guesser));
    expect(locked.code).toBe('too_many_login_attempts');
    expect(locked.params).toEqual({ minutes: 15 });
    expect(inArabic(locked)).toContain('انتظر ١٥ دقيقة ثم');
    // Another address is not held back.
    await expect(
      t.accounts.login({ email: admin.user.email, password }, client),
    ).resolves.toMatchObject({
      user: { id: admin.user.id },
    });
    t.clock.advance(15 * minute);
    await expect(
      t.accounts.login({ email: admin.user.email, password }, guesser),
    ).resolves.toBeDefined();
  }, 60_000);

  it('forgets old failed sign-ins and ended sessions when housekeeping runs', async () => {
    t.clock.advance(31 * 24 * 60 * minute);
    const pruned = await inTransaction(t.context, (uow) => t.accounts.pruneExpired(uow));
    expect(pruned.loginAttempts).toBeGreaterThan(50);
    expect(pruned.sessions).toBeGreaterThan(0);
    const left = await t.test.db.kysely.selectFrom('session').select('id').execute();
    expect(left).toEqual([]);
  });
});

describe.each(testDialects)('setups at the same instant on %s', (dialect) => {
  it('make exactly one administrator', async () => {
    const t = await openAccountTest(dialect);
    const other = t.test.openAnother();
    const elsewhere = new AccountService(
      { db: other, bus: new EventBus({ error: () => undefined }), clock: t.clock },
      { publicUrl: 'https://news.example', mailer: null },
    );
    // On PostgreSQL, inserts wait behind this lock while counting goes on, so every setup
    // has counted before any inserts: only the setup lock keeps them all from succeeding.
    const blocker = dialect === 'postgres' ? await holdUserWrites(t.test.searchPath ?? '') : null;
    try {
      const attempts = Promise.allSettled(
        [t.accounts, elsewhere, t.accounts, elsewhere].map((service, i) =>
          service.setup({ email: email(`first${i}`), name: `مدير ${i}`, password }, client),
        ),
      );
      await new Promise((resolve) => setTimeout(resolve, blocker ? 1000 : 0));
      await blocker?.release();
      const results = await attempts;
      const succeeded = results.filter((r) => r.status === 'fulfilled');
      const refused = results.flatMap((r) =>
        r.status === 'rejected' && r.reason instanceof MidadError ? [r.reason.code] : [],
      );
      expect(succeeded).toHaveLength(1);
      expect(refused).toEqual(['setup_done', 'setup_done', 'setup_done']);
      const users = await t.test.db.kysely.selectFrom('userAccount').select('role').execute();
      expect(users).toEqual([{ role: 'administrator' }]);
    } finally {
      await blocker?.release();
      await t.close();
    }
  });
});
