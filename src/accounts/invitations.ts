/**
 * Invitations: an administrator names an e-mail and a role; the invitee opens the link,
 * chooses a name and a password, and is signed in. A link works once, for seven days, and a
 * new invitation to the same address replaces the one still waiting. The mail is sent after
 * the transaction (no network inside one); when it cannot be, the link is still returned to
 * copy.
 */
import type { Actor } from '../core/actor.js';
import { authorize } from '../core/permissions.js';
import { readRepositories } from '../core/repositories.js';
import { inTransaction, type UnitOfWorkContext } from '../core/unit-of-work.js';
import { validator } from '../core/validation.js';
import { settingsFrom } from '../content/settings.js';
import type { Language, Role, Timestamp } from '../db/schema.js';
import { MidadError } from '../errors.js';
import {
  checkEmailFree,
  checkRoleGrantable,
  cleanName,
  emailSafe,
  normalizeEmail,
  siteLanguage,
} from './account-fields.js';
import { InvitationAcceptSchema, InvitationCreateSchema } from './account-input.js';
import type { Mailer } from './mailer.js';
import { checkPasswordPolicy, hashPassword } from './passwords.js';
import { toInvitation, toUser, type Invitation, type SignIn } from './presenters.js';
import { isSecretOf, newSecret, secretHash } from './secrets.js';
import { openSession, type Client } from './sessions.js';

const checkCreate = validator(InvitationCreateSchema);
const checkAccept = validator(InvitationAcceptSchema);

export const invitationPolicy = {
  validForDays: 7,
  /** Expired invitations are kept this long, for the list to show, then forgotten. */
  keptExpiredDays: 30,
} as const;

const day = 24 * 60 * 60 * 1000;

export interface InvitationOptions {
  publicUrl: string;
  mailer: Mailer | null;
  log?: { warn(details: object, message: string): void } | undefined;
}

export interface SentInvitation {
  invitation: Invitation;
  /** The link to accept it with; it holds the secret, shown only now. */
  link: string;
  /** Whether it was e-mailed; when not, the link is for the administrator to pass on. */
  isMailed: boolean;
}

export function invitationLink(publicUrl: string, token: string): string {
  return `${publicUrl}/admin/invitations/${token}`;
}

export async function invite(
  context: UnitOfWorkContext,
  options: InvitationOptions,
  actor: Actor,
  input: unknown,
): Promise<SentInvitation> {
  authorize(actor, 'users.manage');
  const fields = checkCreate(input);
  checkRoleGrantable(actor, fields.role);
  const email = normalizeEmail(fields.email);
  const token = newSecret('invitation');
  const { invitation, mail } = await inTransaction(context, async (uow) => {
    await checkEmailFree(uow, email);
    await uow.invitations.revokePendingFor(email, uow.nowIso);
    const row = await uow.invitations.insert({
      email,
      name: fields.name === undefined ? null : cleanName(fields.name),
      role: fields.role,
      tokenHash: secretHash(token),
      invitedByUserId: actor.userId,
      createdAt: uow.nowIso,
      expiresAt: new Date(uow.now.getTime() + invitationPolicy.validForDays * day).toISOString(),
      acceptedAt: null,
      revokedAt: null,
    });
    // The invitee has no language yet: the mail speaks the inviter's.
    const settings = settingsFrom(await uow.settings.getAll());
    const inviter = actor.userId === null ? null : await uow.users.findById(actor.userId);
    const language: Language = inviter?.language ?? settings.locale;
    const siteName = settings.siteName[language];
    const mail = { language, siteName, inviterName: inviter?.name ?? siteName };
    return { invitation: toInvitation(row, uow.now), mail };
  });
  const link = invitationLink(options.publicUrl, token);
  const isMailed = await mailInvitation(options, {
    ...mail,
    to: email,
    link,
    role: invitation.role,
    validForDays: invitationPolicy.validForDays,
  });
  return { invitation, link, isMailed };
}

async function mailInvitation(
  options: InvitationOptions,
  mail: Parameters<Mailer['sendInvitation']>[0],
): Promise<boolean> {
  if (!options.mailer) return false;
  try {
    await options.mailer.sendInvitation(mail);
    return true;
  } catch (error) {
    options.log?.warn({ err: error }, 'the invitation could not be e-mailed');
    return false;
  }
}

export async function listInvitations(
  context: UnitOfWorkContext,
  actor: Actor,
): Promise<Invitation[]> {
  authorize(actor, 'users.manage');
  const now = context.clock();
  return (await readRepositories(context.db).invitations.list()).map((row) =>
    toInvitation(row, now),
  );
}

export async function revokeInvitation(
  context: UnitOfWorkContext,
  actor: Actor,
  id: number,
): Promise<Invitation> {
  authorize(actor, 'users.manage');
  return inTransaction(context, async (uow) => {
    if (!(await uow.invitations.findById(id))) throw new MidadError('not_found');
    await uow.invitations.revoke(id, uow.nowIso);
    const row = await uow.invitations.findById(id);
    if (!row) throw new MidadError('not_found');
    return toInvitation(row, uow.now);
  });
}

/** What the acceptance page shows about a link that still works; null for any other. */
export async function invitationByToken(
  context: UnitOfWorkContext,
  token: unknown,
): Promise<{ email: string; role: Role; name: string | null; expiresAt: Timestamp } | null> {
  if (!isSecretOf('invitation', token)) return null;
  const row = await readRepositories(context.db).invitations.findUsableByHash(
    secretHash(token),
    context.clock().toISOString(),
  );
  return row && { email: row.email, role: row.role, name: row.name, expiresAt: row.expiresAt };
}

/** Creates the invitee's account with the invited role, spends the link, and signs them in. */
export async function acceptInvitation(
  context: UnitOfWorkContext,
  input: unknown,
  client: Client,
): Promise<SignIn> {
  const fields = checkAccept(input);
  // A dead link is told before a password is hashed for nothing.
  if (!(await invitationByToken(context, fields.token))) throw new MidadError('invitation_invalid');
  checkPasswordPolicy(fields.password, 'password');
  const passwordHash = await hashPassword(fields.password);
  return inTransaction(context, async (uow) => {
    const invitation = await uow.invitations.findUsableByHash(secretHash(fields.token), uow.nowIso);
    // Spent first: of two acceptances at the same instant, the second finds it used.
    if (!invitation || !(await uow.invitations.accept(invitation.id, uow.nowIso))) {
      throw new MidadError('invitation_invalid');
    }
    await checkEmailFree(uow, invitation.email);
    const language = fields.language ?? (await siteLanguage(uow));
    const user = await emailSafe(invitation.email, () =>
      uow.users.insert({
        email: invitation.email,
        name: cleanName(fields.name),
        role: invitation.role,
        language,
        passwordHash,
        personId: null,
        totpSecret: null,
        totpEnabledAt: null,
        disabledAt: null,
        lastLoginAt: uow.nowIso,
        createdAt: uow.nowIso,
        updatedAt: uow.nowIso,
      }),
    );
    uow.emit('user.changed', { userId: user.id, change: 'created' });
    const session = await openSession(uow, user, client, { isMfaPending: false });
    return { session, user: toUser(user), mfaPending: false };
  });
}
