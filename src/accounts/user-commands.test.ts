import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../core/actor.js';
import { MidadError } from '../errors.js';
import { testDialects } from '../test-support/databases.js';
import { userActor } from './presenters.js';
import {
  client,
  email,
  holdUserWrites,
  makeUser,
  openAccountTest,
  password,
  setUpAdministrator,
  type AccountTest,
} from './test-factories.js';

describe.each(testDialects)('managing accounts on %s', (dialect) => {
  let t: AccountTest;
  let admin: Awaited<ReturnType<typeof setUpAdministrator>>;

  beforeAll(async () => {
    t = await openAccountTest(dialect);
    admin = await setUpAdministrator(t.accounts);
  });
  afterAll(() => t.close());

  it('creates accounts with a unique, lower-cased e-mail', async () => {
    t.events.length = 0;
    const address = email('Samir').toUpperCase();
    const user = await t.accounts.createUser(admin.actor, {
      email: address,
      name: '  سمير   خوري ',
      role: 'author',
    });
    expect(user).toMatchObject({
      email: address.toLowerCase(),
      name: 'سمير خوري',
      role: 'author',
      language: 'ar',
      hasPassword: false,
      isDisabled: false,
    });
    expect(t.events.map((e) => e.payload)).toEqual([{ userId: user.id, change: 'created' }]);
    await expect(
      t.accounts.createUser(admin.actor, { email: address, name: 'آخر', role: 'editor' }),
    ).rejects.toMatchObject({
      fields: [{ field: 'email', rule: 'taken', params: { value: address.toLowerCase() } }],
    });
    // Without a password, nobody can sign in as them.
    await expect(
      t.accounts.login({ email: address, password: '' + password }, client),
    ).rejects.toMatchObject({ code: 'invalid_credentials' });
  });

  it('checks passwords and bylines when creating', async () => {
    await expect(
      t.accounts.createUser(admin.actor, {
        email: email(),
        name: 'قصير',
        role: 'editor',
        password: 'ق١٢٣',
      }),
    ).rejects.toMatchObject({ fields: [{ field: 'password', rule: 'weak_password' }] });
    await expect(
      t.accounts.createUser(admin.actor, {
        email: email(),
        name: 'بلا كاتب',
        role: 'editor',
        personId: 4242,
      }),
    ).rejects.toMatchObject({
      fields: [{ field: 'personId', rule: 'not_found', params: { id: 4242 } }],
    });
  });

  it('creates accounts from the command line, with a password', async () => {
    const user = await t.accounts.createUserWithPassword({
      email: email('cli'),
      name: 'Night Desk',
      role: 'editor',
      password,
      language: 'en',
    });
    expect(user).toMatchObject({ role: 'editor', language: 'en', hasPassword: true });
    await expect(t.accounts.login({ email: user.email, password }, client)).resolves.toBeDefined();
    await expect(
      t.accounts.createUserWithPassword({ email: email(), name: 'x', role: 'editor' }),
    ).rejects.toMatchObject({ fields: [{ field: 'password', rule: 'required' }] });
  });

  it('lets administrators only manage accounts', async () => {
    const editor = await makeUser(t.accounts, admin.actor, 'editor');
    await expect(t.accounts.listUsers(editor.actor)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      t.accounts.updateUser(editor.actor, editor.id, { role: 'administrator' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const listed = await t.accounts.listUsers(admin.actor);
    expect(listed.map((u) => u.id)).toContain(editor.id);
    expect(JSON.stringify(listed)).not.toContain('argon2');
    expect(await t.accounts.getUser(admin.actor, editor.id)).toMatchObject({ id: editor.id });
    await expect(t.accounts.getUser(admin.actor, 99_999)).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('changes roles, and disabling signs the person out everywhere', async () => {
    const author = await makeUser(t.accounts, admin.actor, 'author');
    const { session } = await t.accounts.login({ email: author.email, password }, client);
    t.events.length = 0;
    const promoted = await t.accounts.updateUser(admin.actor, author.id, {
      role: 'editor',
      name: 'رنا',
    });
    expect(promoted).toMatchObject({ role: 'editor', name: 'رنا' });
    expect((await t.accounts.authenticateSession(session.token))?.actor.role).toBe('editor');

    const disabled = await t.accounts.updateUser(admin.actor, author.id, { disabled: true });
    expect(disabled.isDisabled).toBe(true);
    expect(await t.accounts.authenticateSession(session.token)).toBeNull();
    const sessions = await t.test.db.kysely
      .selectFrom('session')
      .select('id')
      .where('userId', '=', author.id)
      .execute();
    expect(sessions).toEqual([]);
    expect(t.events.map((e) => e.payload)).toEqual([
      { userId: author.id, change: 'updated' },
      { userId: author.id, change: 'disabled' },
    ]);
  });

  it('keeps one administrator who can sign in', async () => {
    await expect(
      t.accounts.updateUser(admin.actor, admin.user.id, { role: 'editor' }),
    ).rejects.toMatchObject({ fields: [{ field: 'role', rule: 'last_administrator' }] });
    await expect(
      t.accounts.updateUser(admin.actor, admin.user.id, { disabled: true }),
    ).rejects.toMatchObject({ fields: [{ field: 'disabled', rule: 'last_administrator' }] });

    const second = await makeUser(t.accounts, admin.actor, 'administrator');
    await t.accounts.updateUser(admin.actor, second.id, { disabled: true });
    // A disabled administrator does not count.
    await expect(
      t.accounts.updateUser(admin.actor, admin.user.id, { role: 'editor' }),
    ).rejects.toMatchObject({ fields: [{ field: 'role', rule: 'last_administrator' }] });
    await t.accounts.updateUser(admin.actor, second.id, { disabled: false });
    await t.accounts.updateUser(second.actor, second.id, { role: 'editor' });
    expect((await t.accounts.getUser(admin.actor, second.id)).role).toBe('editor');
  });

  it('lets everyone see and change their own name and language', async () => {
    const contributor = await makeUser(t.accounts, admin.actor, 'contributor');
    expect(await t.accounts.me(contributor.actor)).toMatchObject({ id: contributor.id });
    const changed = await t.accounts.updateMe(contributor.actor, { name: 'هدى', language: 'en' });
    expect(changed).toMatchObject({ name: 'هدى', language: 'en', role: 'contributor' });
    await expect(
      t.accounts.updateMe(contributor.actor, { role: 'administrator' }),
    ).rejects.toMatchObject({ fields: [{ field: 'role', rule: 'unknown_field' }] });
    await expect(t.accounts.me(systemActor('cli'))).rejects.toBeInstanceOf(MidadError);
  });
});

describe.each(testDialects)('two administrators demoting each other at once on %s', (dialect) => {
  it('leave one administrator', async () => {
    const t = await openAccountTest(dialect);
    try {
      const first = await setUpAdministrator(t.accounts);
      const second = await makeUser(t.accounts, first.actor, 'administrator');
      const blocker = dialect === 'postgres' ? await holdUserWrites(t.test.searchPath ?? '') : null;
      const attempts = Promise.allSettled([
        t.accounts.updateUser(first.actor, second.id, { role: 'editor' }),
        t.accounts.updateUser(userActor(second), first.user.id, { role: 'editor' }),
      ]);
      await new Promise((resolve) => setTimeout(resolve, blocker ? 500 : 0));
      await blocker?.release();
      const results = await attempts;
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const administrators = await t.test.db.kysely
        .selectFrom('userAccount')
        .select('id')
        .where('role', '=', 'administrator')
        .execute();
      expect(administrators).toHaveLength(1);
    } finally {
      await t.close();
    }
  });
});
