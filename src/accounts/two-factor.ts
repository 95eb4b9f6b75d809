/**
 * Turning the second factor on and off. It is on only once a code from the new secret has
 * been given back (`confirmTotp`), so a half-finished setup never locks anyone out; turning
 * it on hands out the recovery codes, once. Turning it off takes the password; an
 * administrator can reset it for someone who lost their phone and their codes.
 */
import type { Actor } from '../core/actor.js';
import { authorize } from '../core/permissions.js';
import { readRepositories } from '../core/repositories.js';
import { inTransaction, type UnitOfWork, type UnitOfWorkContext } from '../core/unit-of-work.js';
import { validator } from '../core/validation.js';
import { settingsFrom } from '../content/settings.js';
import { MidadError, ValidationError } from '../errors.js';
import { signedInUserId } from './account-fields.js';
import { TotpConfirmSchema, TotpDisableSchema } from './account-input.js';
import { verifyPassword } from './passwords.js';
import { newRecoveryCodes, newTotpSecret, otpauthUri, useTotpCode } from './second-factor.js';

const checkConfirm = validator(TotpConfirmSchema);
const checkDisable = validator(TotpDisableSchema);

/** Makes a new secret for the actor, not yet in force, to show as a QR code. */
export async function startTotp(
  context: UnitOfWorkContext,
  actor: Actor,
): Promise<{ secret: string; otpauthUri: string }> {
  const userId = signedInUserId(actor);
  return inTransaction(context, async (uow) => {
    const user = await uow.users.findById(userId);
    if (!user) throw new MidadError('not_found');
    // A new secret would stop the phone already in use: turn it off first.
    if (user.totpEnabledAt !== null) throw new MidadError('forbidden');
    const secret = newTotpSecret();
    await uow.users.update(userId, { totpSecret: secret, updatedAt: uow.nowIso });
    const siteName = settingsFrom(await uow.settings.getAll()).siteName[user.language];
    return { secret, otpauthUri: otpauthUri(secret, siteName, user.email) };
  });
}

/** Puts the started secret in force, given a code from it; returns the recovery codes. */
export async function confirmTotp(
  context: UnitOfWorkContext,
  actor: Actor,
  input: unknown,
): Promise<{ recoveryCodes: string[] }> {
  const userId = signedInUserId(actor);
  const { code } = checkConfirm(input);
  const outcome = await inTransaction(context, async (uow) => {
    const user = await uow.users.findById(userId);
    if (!user) throw new MidadError('not_found');
    if (user.totpEnabledAt !== null || !(await useTotpCode(uow, user, code))) return null;
    const { codes, hashes } = newRecoveryCodes();
    await uow.recoveryCodes.replace(userId, hashes, uow.nowIso);
    await uow.users.update(userId, { totpEnabledAt: uow.nowIso, updatedAt: uow.nowIso });
    uow.emit('user.changed', { userId, change: 'updated' });
    return codes;
  });
  if (outcome === null) throw new MidadError('totp_invalid');
  return { recoveryCodes: outcome };
}

/** Turns the actor's second factor off, given their password. */
export async function disableTotp(
  context: UnitOfWorkContext,
  actor: Actor,
  input: unknown,
): Promise<void> {
  const userId = signedInUserId(actor);
  const { password } = checkDisable(input);
  const user = await readRepositories(context.db).users.findById(userId);
  if (!user) throw new MidadError('not_found');
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw ValidationError.of('password', 'wrong_password');
  }
  await inTransaction(context, (uow) => clearTotp(uow, userId));
}

/** An administrator turns someone's second factor off, for a lost phone. */
export async function resetTotp(
  context: UnitOfWorkContext,
  actor: Actor,
  userId: number,
): Promise<void> {
  authorize(actor, 'users.manage');
  await inTransaction(context, async (uow) => {
    if (!(await uow.users.findById(userId))) throw new MidadError('not_found');
    await clearTotp(uow, userId);
  });
}

async function clearTotp(uow: UnitOfWork, userId: number): Promise<void> {
  await uow.users.update(userId, { totpSecret: null, totpEnabledAt: null, updatedAt: uow.nowIso });
  await uow.recoveryCodes.deleteForUser(userId);
  uow.emit('user.changed', { userId, change: 'updated' });
}
