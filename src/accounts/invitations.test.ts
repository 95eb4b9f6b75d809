import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MidadError } from '../errors.js';
import { testDialects } from '../test-support/databases.js';
import {
  client,
  day,
  email,
  makeUser,
  openAccountTest,
  password,
  setUpAdministrator,
  type AccountTest,
} from './test-factories.js';

describe.each(testDialects)('invitations on %s', (dialect) => {
  let t: AccountTest;
  let admin: Awaited<ReturnType<typeof setUpAdministrator>>;

  beforeAll(async () => {
    t = await openAccountTest(dialect);
    admin = await setUpAdministrator(t.accounts);
  });
  afterAll(() => t.close());

  const tokenOf = (link: string) => link.slice(link.lastIndexOf('/') + 1);
  const accept = (token: string, name = 'نور') =>
    t.accounts.acceptInvitation({ token, name, password }, client);

  it('mails a link, in the inviter’s language, that makes an account with the role and signs in', async () => {
    const address = email('nour');
    const sent = await t.accounts.invite(admin.actor, { email: address, role: 'author' });
    expect(sent.link).toMatch(/^https:\/\/news\.example\/admin\/invitations\/mdi_[\w-]{43}$/);
    expect(sent.isMailed).toBe(true);
    expect(sent.invitation).toMatchObject({ email: address, role: 'author', status: 'pending' });
    expect(Date.parse(sent.invitation.expiresAt) - t.clock().getTime()).toBe(7 * day);
    expect(t.mails.at(-1)).toMatchObject({
      to: address,
      link: sent.link,
      language: 'ar',
      siteName: 'مداد',
      inviterName: 'ليلى حداد',
      role: 'author',
    });

    const token = tokenOf(sent.link);
    expect(await t.accounts.invitationByToken(token)).toEqual({
      email: address,
      role: 'author',
      name: null,
      expiresAt: sent.invitation.expiresAt,
    });
    t.events.length = 0;
    const signIn = await accept(token);
    expect(signIn.user).toMatchObject({ email: address, role: 'author', name: 'نور' });
    expect(await t.accounts.authenticateSession(signIn.session.token)).toMatchObject({
      actor: { userId: signIn.user.id, role: 'author' },
    });
    expect(t.events.map((e) => e.payload)).toEqual([{ userId: signIn.user.id, change: 'created' }]);

    // Once only.
    expect(await t.accounts.invitationByToken(token)).toBeNull();
    await expect(accept(token, 'غيره')).rejects.toMatchObject({ code: 'invitation_invalid' });
    const listed = await t.accounts.listInvitations(admin.actor);
    expect(listed.find((i) => i.id === sent.invitation.id)?.status).toBe('accepted');
  });

  it('works for seven days', async () => {
    const sent = await t.accounts.invite(admin.actor, { email: email(), role: 'editor' });
    t.clock.advance(7 * day);
    expect(await t.accounts.invitationByToken(tokenOf(sent.link))).toBeNull();
    await expect(accept(tokenOf(sent.link))).rejects.toMatchObject({ code: 'invitation_invalid' });
    const listed = await t.accounts.listInvitations(admin.actor);
    expect(listed.find((i) => i.id === sent.invitation.id)?.status).toBe('expired');
  });

  it('stops working when revoked, or replaced by a newer invitation to the same address', async () => {
    const address = email();
    const first = await t.accounts.invite(admin.actor, { email: address, role: 'editor' });
    const revoked = await t.accounts.revokeInvitation(admin.actor, first.invitation.id);
    expect(revoked.status).toBe('revoked');
    await expect(accept(tokenOf(first.link))).rejects.toMatchObject({
      code: 'invitation_invalid',
    });

    const older = await t.accounts.invite(admin.actor, { email: address, role: 'editor' });
    const newer = await t.accounts.invite(admin.actor, { email: address, role: 'contributor' });
    expect(await t.accounts.invitationByToken(tokenOf(older.link))).toBeNull();
    expect(await t.accounts.invitationByToken(tokenOf(newer.link))).toMatchObject({
      role: 'contributor',
    });
  });

  it('refuses a bad link, an address with an account, and non-administrators', async () => {
    for (const token of ['mdi_nothing', 'garbage', admin.session.token]) {
      await expect(accept(token)).rejects.toMatchObject({ code: 'invitation_invalid' });
    }
    await expect(
      t.accounts.invite(admin.actor, { email: admin.user.email, role: 'editor' }),
    ).rejects.toMatchObject({ fields: [{ field: 'email', rule: 'taken' }] });
    const editor = await makeUser(t.accounts, admin.actor, 'editor');
    await expect(
      t.accounts.invite(editor.actor, { email: email(), role: 'contributor' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('refuses an invitation whose address took an account meanwhile', async () => {
    const address = email();
    const sent = await t.accounts.invite(admin.actor, { email: address, role: 'author' });
    await t.accounts.createUser(admin.actor, { email: address, name: 'سبقه', role: 'author' });
    await expect(accept(tokenOf(sent.link))).rejects.toMatchObject({
      fields: [{ field: 'email', rule: 'taken' }],
    });
  });

  it('accepts a link once when two people use it at the same instant', async () => {
    const sent = await t.accounts.invite(admin.actor, { email: email(), role: 'author' });
    const token = tokenOf(sent.link);
    const results = await Promise.allSettled([accept(token, 'أ'), accept(token, 'ب')]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.flatMap((r) =>
      r.status === 'rejected' && r.reason instanceof MidadError ? [r.reason.code] : [],
    );
    expect(refused).toEqual(['invitation_invalid']);
  });
});

describe.each(testDialects)('invitations without a mail server on %s', (dialect) => {
  it('return the link to pass on', async () => {
    const t = await openAccountTest(dialect, { withMailer: false });
    try {
      const admin = await setUpAdministrator(t.accounts);
      const sent = await t.accounts.invite(admin.actor, { email: email(), role: 'editor' });
      expect(sent.isMailed).toBe(false);
      expect(sent.link).toContain('/admin/invitations/mdi_');
    } finally {
      await t.close();
    }
  });
});
