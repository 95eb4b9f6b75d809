import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../test-support/databases.js';
import { sessionPolicy } from './sessions.js';
import {
  client,
  day,
  makeUser,
  minute,
  openAccountTest,
  password,
  setUpAdministrator,
  type AccountTest,
} from './test-factories.js';

describe.each(testDialects)('sessions on %s', (dialect) => {
  let t: AccountTest;
  let admin: Awaited<ReturnType<typeof setUpAdministrator>>;

  beforeAll(async () => {
    t = await openAccountTest(dialect);
    admin = await setUpAdministrator(t.accounts);
  });
  afterAll(() => t.close());

  async function signIn(who: { email: string }) {
    return t.accounts.login({ email: who.email, password }, client);
  }

  const lastSeen = async (token: string) => {
    const found = await t.accounts.authenticateSession(token);
    const row = await t.test.db.kysely
      .selectFrom('session')
      .select('lastSeenAt')
      .where('id', '=', found?.session.id ?? '')
      .executeTakeFirst();
    return row?.lastSeenAt;
  };

  it('last 30 days at most and 3 days idle, as one policy says', () => {
    expect(sessionPolicy.absoluteMs).toBe(30 * day);
    expect(sessionPolicy.idleMs).toBe(3 * day);
  });

  it('ends a session left idle for three days', async () => {
    const editor = await makeUser(t.accounts, admin.actor, 'editor');
    const { session } = await signIn(editor);
    t.clock.advance(3 * day - minute);
    expect(await t.accounts.authenticateSession(session.token)).not.toBeNull();
    // Used just now: another three days from here.
    t.clock.advance(3 * day - minute);
    expect(await t.accounts.authenticateSession(session.token)).not.toBeNull();
    t.clock.advance(3 * day);
    expect(await t.accounts.authenticateSession(session.token)).toBeNull();
  });

  it('ends a session 30 days after it opened, however busy', async () => {
    const author = await makeUser(t.accounts, admin.actor, 'author');
    const { session } = await signIn(author);
    expect(Date.parse(session.expiresAt) - t.clock().getTime()).toBe(30 * day);
    for (let days = 0; days < 29; days++) {
      t.clock.advance(day);
      expect(await t.accounts.authenticateSession(session.token)).not.toBeNull();
    }
    t.clock.advance(day);
    expect(await t.accounts.authenticateSession(session.token)).toBeNull();
  });

  it('records activity at most once a minute', async () => {
    const { session } = await signIn(admin.user);
    const opened = t.clock().toISOString();
    t.clock.advance(30 * 1000);
    expect(await lastSeen(session.token)).toBe(opened);
    t.clock.advance(30 * 1000);
    expect(await lastSeen(session.token)).toBe(t.clock().toISOString());
  });

  it('knows no token it did not hand out', async () => {
    for (const token of ['', 'mds_nothing', 'mdt_x', null, 42]) {
      expect(await t.accounts.authenticateSession(token)).toBeNull();
    }
  });

  it('signs out one session, and every session of a user everywhere', async () => {
    const editor = await makeUser(t.accounts, admin.actor, 'editor');
    const laptop = await signIn(editor);
    const phone = await signIn(editor);
    const tablet = await signIn(editor);
    await t.accounts.logout(laptop.session.token);
    expect(await t.accounts.authenticateSession(laptop.session.token)).toBeNull();
    expect(await t.accounts.authenticateSession(phone.session.token)).not.toBeNull();

    t.events.length = 0;
    await t.accounts.logoutEverywhere(editor.actor);
    expect(await t.accounts.authenticateSession(phone.session.token)).toBeNull();
    expect(await t.accounts.authenticateSession(tablet.session.token)).toBeNull();
    expect(t.events.map((e) => e.payload)).toEqual([{ userId: editor.id, change: 'signed_out' }]);
  });

  it('changes a password given the current one, and keeps only the session that asked', async () => {
    const editor = await makeUser(t.accounts, admin.actor, 'editor');
    const here = await signIn(editor);
    const there = await signIn(editor);
    const found = await t.accounts.authenticateSession(here.session.token);
    if (!found) throw new Error('signed in');

    const wrong = t.accounts.changePassword(
      found.actor,
      { currentPassword: 'ليست هي', newPassword: 'كلمة سر جديدة وطويلة' },
      found.session.id,
    );
    await expect(wrong).rejects.toMatchObject({
      fields: [{ field: 'currentPassword', rule: 'wrong_password' }],
    });
    const short = t.accounts.changePassword(
      found.actor,
      { currentPassword: password, newPassword: 'قصيرة' },
      found.session.id,
    );
    await expect(short).rejects.toMatchObject({
      fields: [{ field: 'newPassword', rule: 'weak_password', params: { limit: 10 } }],
    });

    const newPassword = 'كلمة سر جديدة وطويلة';
    await t.accounts.changePassword(
      found.actor,
      { currentPassword: password, newPassword },
      found.session.id,
    );
    expect(await t.accounts.authenticateSession(here.session.token)).not.toBeNull();
    expect(await t.accounts.authenticateSession(there.session.token)).toBeNull();
    await expect(signIn(editor)).rejects.toMatchObject({ code: 'invalid_credentials' });
    await expect(
      t.accounts.login({ email: editor.email, password: newPassword }, client),
    ).resolves.toMatchObject({ user: { id: editor.id } });
  });

  it('lets no API token change a password', async () => {
    const { token } = await t.accounts.createToken(admin.actor, {
      name: 'سكربت',
      role: 'editor',
      userId: admin.user.id,
    });
    const actor = await t.accounts.authenticateToken(token);
    if (!actor) throw new Error('a token');
    const attempt = t.accounts.changePassword(
      actor,
      { currentPassword: password, newPassword: 'كلمة سر جديدة وطويلة' },
      null,
    );
    await expect(attempt).rejects.toMatchObject({ code: 'forbidden' });
  });
});
