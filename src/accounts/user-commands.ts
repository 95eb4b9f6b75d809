/**
 * Managing accounts: administrators create, change and disable them; everyone changes their
 * own name, language and password. The site always keeps one administrator who can sign in.
 */
import { systemActor, type Actor } from '../core/actor.js';
import { authorize } from '../core/permissions.js';
import { readRepositories } from '../core/repositories.js';
import { inTransaction, type UnitOfWork, type UnitOfWorkContext } from '../core/unit-of-work.js';
import { validator } from '../core/validation.js';
import type { UserAccountRow } from '../db/schema.js';
import { MidadError, ValidationError } from '../errors.js';
import {
  checkEmailFree,
  checkPersonExists,
  checkRoleGrantable,
  cleanName,
  emailSafe,
  normalizeEmail,
  ownUserId,
  signedInUserId,
  siteLanguage,
} from './account-fields.js';
import {
  MeUpdateSchema,
  PasswordChangeSchema,
  UserCreateSchema,
  UserUpdateSchema,
} from './account-input.js';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './passwords.js';
import { toUser, type User } from './presenters.js';
import type { UserRowUpdate } from './user-repository.js';

const checkCreate = validator(UserCreateSchema);
const checkUpdate = validator(UserUpdateSchema);
const checkMeUpdate = validator(MeUpdateSchema);
const checkPasswordChange = validator(PasswordChangeSchema);

export async function listUsers(context: UnitOfWorkContext, actor: Actor): Promise<User[]> {
  authorize(actor, 'users.manage');
  return (await readRepositories(context.db).users.list()).map(toUser);
}

export async function getUser(context: UnitOfWorkContext, actor: Actor, id: number): Promise<User> {
  authorize(actor, 'users.manage');
  const row = await readRepositories(context.db).users.findById(id);
  if (!row) throw new MidadError('not_found');
  return toUser(row);
}

/** Creates an account; without a password it cannot sign in until one is set for it. */
export async function createUser(
  context: UnitOfWorkContext,
  actor: Actor,
  input: unknown,
): Promise<User> {
  authorize(actor, 'users.manage');
  const fields = checkCreate(input);
  checkRoleGrantable(actor, fields.role);
  if (fields.password !== undefined) checkPasswordPolicy(fields.password, 'password');
  const passwordHash = fields.password === undefined ? null : await hashPassword(fields.password);
  const email = normalizeEmail(fields.email);
  return inTransaction(context, async (uow) => {
    await checkEmailFree(uow, email);
    await checkPersonExists(uow, fields.personId ?? null);
    const language = fields.language ?? (await siteLanguage(uow));
    const row = await emailSafe(email, () =>
      uow.users.insert({
        email,
        name: cleanName(fields.name),
        role: fields.role,
        language,
        passwordHash,
        personId: fields.personId ?? null,
        totpSecret: null,
        totpEnabledAt: null,
        disabledAt: null,
        lastLoginAt: null,
        createdAt: uow.nowIso,
        updatedAt: uow.nowIso,
      }),
    );
    uow.emit('user.changed', { userId: row.id, change: 'created' });
    return toUser(row);
  });
}

/** `createUser` for the command line, as the system; a password is required there. */
export async function createUserWithPassword(
  context: UnitOfWorkContext,
  input: unknown,
): Promise<User> {
  const fields = checkCreate(input);
  if (fields.password === undefined) throw ValidationError.of('password', 'required');
  return createUser(context, systemActor('cli'), fields);
}

/**
 * Changes an account. Disabling it ends its sessions everywhere. The last administrator who
 * can sign in can be neither demoted nor disabled; the count is taken under a lock, so two
 * administrators demoting each other at the same instant leave one.
 */
export async function updateUser(
  context: UnitOfWorkContext,
  actor: Actor,
  id: number,
  input: unknown,
): Promise<User> {
  authorize(actor, 'users.manage');
  const fields = checkUpdate(input);
  if (fields.role !== undefined) checkRoleGrantable(actor, fields.role);
  return inTransaction(context, async (uow) => {
    await uow.lock('administrators');
    const current = await uow.users.findById(id);
    if (!current) throw new MidadError('not_found');
    const changes: UserRowUpdate = { updatedAt: uow.nowIso };
    if (fields.name !== undefined) changes.name = cleanName(fields.name);
    if (fields.language !== undefined) changes.language = fields.language;
    if (fields.role !== undefined) changes.role = fields.role;
    if (fields.personId !== undefined) {
      await checkPersonExists(uow, fields.personId);
      changes.personId = fields.personId;
    }
    const isDisabling = fields.disabled === true && current.disabledAt === null;
    if (isDisabling) changes.disabledAt = uow.nowIso;
    if (fields.disabled === false) changes.disabledAt = null;
    await keepAnAdministrator(uow, current, {
      isDemoted: fields.role !== undefined && fields.role !== 'administrator',
      isDisabled: isDisabling,
    });
    const row = await uow.users.update(id, changes);
    if (!row) throw new MidadError('not_found');
    if (isDisabling) await uow.sessions.deleteForUser(id);
    uow.emit('user.changed', { userId: id, change: isDisabling ? 'disabled' : 'updated' });
    return toUser(row);
  });
}

async function keepAnAdministrator(
  uow: UnitOfWork,
  user: UserAccountRow,
  { isDemoted, isDisabled }: { isDemoted: boolean; isDisabled: boolean },
): Promise<void> {
  const isActiveAdministrator = user.role === 'administrator' && user.disabledAt === null;
  if (!isActiveAdministrator || (!isDemoted && !isDisabled)) return;
  if ((await uow.users.countActiveAdministrators()) <= 1) {
    throw ValidationError.of(isDemoted ? 'role' : 'disabled', 'last_administrator');
  }
}

/** The account of whoever asks. */
export async function me(context: UnitOfWorkContext, actor: Actor): Promise<User> {
  const row = await readRepositories(context.db).users.findById(ownUserId(actor));
  if (!row) throw new MidadError('not_found');
  return toUser(row);
}

export async function updateMe(
  context: UnitOfWorkContext,
  actor: Actor,
  input: unknown,
): Promise<User> {
  const userId = ownUserId(actor);
  const fields = checkMeUpdate(input);
  return inTransaction(context, async (uow) => {
    const changes: UserRowUpdate = { updatedAt: uow.nowIso };
    if (fields.name !== undefined) changes.name = cleanName(fields.name);
    if (fields.language !== undefined) changes.language = fields.language;
    const row = await uow.users.update(userId, changes);
    if (!row) throw new MidadError('not_found');
    uow.emit('user.changed', { userId, change: 'updated' });
    return toUser(row);
  });
}

/**
 * Changes the actor's own password, given the current one, and signs out every other
 * session: whoever knew the old password is out. `keepSessionId` is the session asking.
 */
export async function changePassword(
  context: UnitOfWorkContext,
  actor: Actor,
  input: unknown,
  keepSessionId: string | null,
): Promise<void> {
  const userId = signedInUserId(actor);
  const fields = checkPasswordChange(input);
  const current = await readRepositories(context.db).users.findById(userId);
  if (!current) throw new MidadError('not_found');
  if (!(await verifyPassword(current.passwordHash, fields.currentPassword))) {
    throw ValidationError.of('currentPassword', 'wrong_password');
  }
  checkPasswordPolicy(fields.newPassword, 'newPassword');
  const passwordHash = await hashPassword(fields.newPassword);
  await inTransaction(context, async (uow) => {
    const row = await uow.users.findById(userId);
    // Changed by another request since it was checked: the current password given is not.
    if (!row || row.passwordHash !== current.passwordHash) {
      throw ValidationError.of('currentPassword', 'wrong_password');
    }
    await uow.users.update(userId, { passwordHash, updatedAt: uow.nowIso });
    await uow.sessions.deleteForUser(userId, keepSessionId);
    uow.emit('user.changed', { userId, change: 'signed_out' });
  });
}
