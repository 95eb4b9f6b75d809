import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../test-support/databases.js';
import {
  day,
  makeUser,
  minute,
  openAccountTest,
  setUpAdministrator,
  type AccountTest,
} from './test-factories.js';

describe.each(testDialects)('API tokens on %s', (dialect) => {
  let t: AccountTest;
  let admin: Awaited<ReturnType<typeof setUpAdministrator>>;

  beforeAll(async () => {
    t = await openAccountTest(dialect);
    admin = await setUpAdministrator(t.accounts);
  });
  afterAll(() => t.close());

  it('acts as an integration with its own name, shown once and stored as a hash', async () => {
    const { token, record } = await t.accounts.createToken(admin.actor, {
      name: 'استيراد الوكالة',
      role: 'editor',
    });
    expect(token).toMatch(/^mdt_[A-Za-z0-9_-]{43}$/);
    expect(record).toMatchObject({ name: 'استيراد الوكالة', role: 'editor', userId: null });
    expect(token.startsWith(record.prefix)).toBe(true);
    expect(await t.accounts.authenticateToken(token)).toEqual({
      kind: 'token',
      userId: null,
      tokenId: record.id,
      role: 'editor',
      name: 'استيراد الوكالة',
      personId: null,
    });
    const listed = await t.accounts.listTokens(admin.actor);
    expect(listed.find((l) => l.id === record.id)).toEqual({
      ...record,
      lastUsedAt: t.clock().toISOString(),
    });
    expect(JSON.stringify(listed)).not.toContain(token.slice(10));
  });

  it('makes author and contributor tokens act for a user, never above that user', async () => {
    const author = await makeUser(t.accounts, admin.actor, 'author');
    await expect(
      t.accounts.createToken(admin.actor, { name: 'بلا مستخدم', role: 'author' }),
    ).rejects.toMatchObject({ fields: [{ field: 'userId', rule: 'needs_user' }] });
    await expect(
      t.accounts.createToken(admin.actor, { name: 'أعلى', role: 'editor', userId: author.id }),
    ).rejects.toMatchObject({ fields: [{ field: 'role', rule: 'role_too_high' }] });
    await expect(
      t.accounts.createToken(admin.actor, { name: 'لا أحد', role: 'author', userId: 99_999 }),
    ).rejects.toMatchObject({ fields: [{ field: 'userId', rule: 'not_found' }] });

    const { token, record } = await t.accounts.createToken(admin.actor, {
      name: 'محرر النصوص',
      role: 'contributor',
      userId: author.id,
    });
    expect(await t.accounts.authenticateToken(token)).toMatchObject({
      kind: 'token',
      userId: author.id,
      tokenId: record.id,
      role: 'contributor',
      // The history names the user the token writes for.
      name: author.name,
    });
  });

  it('is made by administrators only', async () => {
    const editor = await makeUser(t.accounts, admin.actor, 'editor');
    await expect(
      t.accounts.createToken(editor.actor, { name: 'x', role: 'editor' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(t.accounts.listTokens(editor.actor)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('stops working when revoked, when it expires, or when its user is disabled', async () => {
    const revoked = await t.accounts.createToken(admin.actor, { name: 'قديم', role: 'editor' });
    const revokedRecord = await t.accounts.revokeToken(admin.actor, revoked.record.id);
    expect(revokedRecord.revokedAt).toBe(t.clock().toISOString());
    expect(await t.accounts.authenticateToken(revoked.token)).toBeNull();
    await expect(t.accounts.revokeToken(admin.actor, 99_999)).rejects.toMatchObject({
      code: 'not_found',
    });

    const expiring = await t.accounts.createToken(admin.actor, {
      name: 'مؤقت',
      role: 'editor',
      expiresAt: new Date(t.clock().getTime() + day).toISOString(),
    });
    expect(await t.accounts.authenticateToken(expiring.token)).not.toBeNull();
    t.clock.advance(day);
    expect(await t.accounts.authenticateToken(expiring.token)).toBeNull();
    await expect(
      t.accounts.createToken(admin.actor, {
        name: 'فات',
        role: 'editor',
        expiresAt: new Date(t.clock().getTime() - minute).toISOString(),
      }),
    ).rejects.toMatchObject({ fields: [{ field: 'expiresAt', rule: 'in_past' }] });

    const author = await makeUser(t.accounts, admin.actor, 'author');
    const own = await t.accounts.createToken(admin.actor, {
      name: 'أداة',
      role: 'author',
      userId: author.id,
    });
    await t.accounts.updateUser(admin.actor, author.id, { disabled: true });
    expect(await t.accounts.authenticateToken(own.token)).toBeNull();
    await t.accounts.updateUser(admin.actor, author.id, { disabled: false });
    expect(await t.accounts.authenticateToken(own.token)).not.toBeNull();
  });

  it('acts no higher than its user once the user is demoted', async () => {
    const editor = await makeUser(t.accounts, admin.actor, 'editor');
    const { token } = await t.accounts.createToken(admin.actor, {
      name: 'مكتب',
      role: 'editor',
      userId: editor.id,
    });
    await t.accounts.updateUser(admin.actor, editor.id, { role: 'contributor' });
    expect(await t.accounts.authenticateToken(token)).toMatchObject({ role: 'contributor' });
  });

  it('records its use at most once a minute', async () => {
    const { token, record } = await t.accounts.createToken(admin.actor, {
      name: 'عدّاد',
      role: 'editor',
    });
    const lastUsed = async () =>
      (await t.accounts.listTokens(admin.actor)).find((l) => l.id === record.id)?.lastUsedAt;
    await t.accounts.authenticateToken(token);
    const first = t.clock().toISOString();
    t.clock.advance(59 * 1000);
    await t.accounts.authenticateToken(token);
    expect(await lastUsed()).toBe(first);
    t.clock.advance(1000);
    await t.accounts.authenticateToken(token);
    expect(await lastUsed()).toBe(t.clock().toISOString());
  });
});
