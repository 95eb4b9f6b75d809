/**
 * Signing in: the first administrator's setup, e-mail and password, and the second factor.
 * Passwords are checked before any transaction (argon2 is slow on purpose, and nothing slow
 * belongs inside one); what the check decided is confirmed inside it. A failure is recorded
 * in a transaction of its own that commits, and only then is the error thrown.
 */
import { readRepositories } from '../core/repositories.js';
import { inTransaction, type UnitOfWork, type UnitOfWorkContext } from '../core/unit-of-work.js';
import { validator } from '../core/validation.js';
import type { UserAccountRow } from '../db/schema.js';
import { MidadError } from '../errors.js';
import { cleanName, normalizeEmail, siteLanguage } from './account-fields.js';
import { LoginSchema, SetupSchema, TotpConfirmSchema } from './account-input.js';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './passwords.js';
import { toUser, type SignIn } from './presenters.js';
import { useSecondFactor } from './second-factor.js';
import { isSecretOf, secretHash } from './secrets.js';
import { hasSessionEnded, openSession, type Client } from './sessions.js';
import {
  checkThrottle,
  clearAccountFailures,
  recordFailure,
  throttleKeys,
  type ThrottleKeys,
} from './throttle.js';

const checkSetup = validator(SetupSchema);
const checkLogin = validator(LoginSchema);
const checkCode = validator(TotpConfirmSchema);

export async function needsSetup(context: UnitOfWorkContext): Promise<boolean> {
  return (await readRepositories(context.db).users.count()) === 0;
}

/**
 * Creates the first administrator and signs them in. Once anyone has an account it is
 * refused; two setups at the same instant make one administrator, because the count is
 * taken under a lock, inside the transaction that inserts.
 */
export async function setup(
  context: UnitOfWorkContext,
  input: unknown,
  client: Client,
): Promise<SignIn> {
  const fields = checkSetup(input);
  if (!(await needsSetup(context))) throw new MidadError('setup_done');
  checkPasswordPolicy(fields.password, 'password');
  const passwordHash = await hashPassword(fields.password);
  return inTransaction(context, async (uow) => {
    await uow.lock('setup');
    if ((await uow.users.count()) > 0) throw new MidadError('setup_done');
    const user = await uow.users.insert({
      email: normalizeEmail(fields.email),
      name: cleanName(fields.name),
      role: 'administrator',
      language: fields.language ?? (await siteLanguage(uow)),
      passwordHash,
      personId: null,
      totpSecret: null,
      totpEnabledAt: null,
      disabledAt: null,
      lastLoginAt: uow.nowIso,
      createdAt: uow.nowIso,
      updatedAt: uow.nowIso,
    });
    uow.emit('user.changed', { userId: user.id, change: 'created' });
    const session = await openSession(uow, user, client, { isMfaPending: false });
    return { session, user: toUser(user), mfaPending: false };
  });
}

/**
 * Signs in with e-mail and password. A wrong e-mail and a wrong password are the same error,
 * in the same time; a disabled account says so only to someone who knows its password. With
 * TOTP on and no `code`, the session opened is pending: it waits for `completeMfa`.
 */
export async function login(
  context: UnitOfWorkContext,
  input: unknown,
  client: Client,
): Promise<SignIn> {
  const fields = checkLogin(input);
  const email = normalizeEmail(fields.email);
  const keys = throttleKeys(email, client.ip);
  await checkThrottle(context, keys);
  const found = await readRepositories(context.db).users.findByEmail(email);
  const isPasswordRight = await verifyPassword(found?.passwordHash ?? null, fields.password);
  if (!found || !isPasswordRight) {
    await recordFailure(context, keys);
    throw new MidadError('invalid_credentials');
  }
  const outcome = await inTransaction(context, async (uow) => {
    const user = await uow.users.findById(found.id);
    // Changed since the check (a new password, or deleted): the password checked is not its own.
    if (!user || user.passwordHash !== found.passwordHash) return 'invalid_credentials' as const;
    if (user.disabledAt !== null) throw new MidadError('account_disabled');
    return signIn(uow, user, keys, client, fields.code);
  });
  if (typeof outcome === 'string') {
    await recordFailure(context, keys);
    throw new MidadError(outcome);
  }
  return outcome;
}

/**
 * Gives the second factor for a pending session: a TOTP code or an unused recovery code.
 * The pending session is replaced by a new one, with a new token, so the token seen before
 * the second factor was given never grants anything.
 */
export async function completeMfa(
  context: UnitOfWorkContext,
  token: unknown,
  code: unknown,
): Promise<SignIn> {
  const given = checkCode({ code }).code;
  if (!isSecretOf('session', token)) throw new MidadError('unauthenticated');
  const id = secretHash(token);
  const read = readRepositories(context.db);
  const pending = await read.sessions.findWithUser(id);
  if (!pending || pending.isMfaPending !== 1 || hasSessionEnded(pending, context.clock())) {
    throw new MidadError('unauthenticated');
  }
  const owner = await read.users.findById(pending.userId);
  if (!owner) throw new MidadError('unauthenticated');
  const keys = throttleKeys(owner.email, pending.ip);
  await checkThrottle(context, keys);
  const client = { ip: pending.ip, userAgent: pending.userAgent };
  const outcome = await inTransaction(context, async (uow) => {
    const user = await uow.users.findById(pending.userId);
    if (!user) throw new MidadError('unauthenticated');
    if (user.disabledAt !== null) throw new MidadError('account_disabled');
    if (!(await useSecondFactor(uow, user, given))) return 'totp_invalid' as const;
    // Another request completed it first: this one must not open a second session.
    if (!(await uow.sessions.delete(id))) throw new MidadError('unauthenticated');
    return fullSignIn(uow, user, keys, client);
  });
  if (typeof outcome === 'string') {
    await recordFailure(context, keys);
    throw new MidadError(outcome);
  }
  return outcome;
}

async function signIn(
  uow: UnitOfWork,
  user: UserAccountRow,
  keys: ThrottleKeys,
  client: Client,
  code: string | undefined,
): Promise<SignIn | 'totp_invalid'> {
  if (user.totpEnabledAt === null || user.totpSecret === null) {
    return fullSignIn(uow, user, keys, client);
  }
  if (code === undefined) {
    // The account's failures stay: a right password must not reset the count of wrong codes.
    const session = await openSession(uow, user, client, { isMfaPending: true });
    return { session, user: toUser(user), mfaPending: true };
  }
  if (!(await useSecondFactor(uow, user, code))) return 'totp_invalid';
  return fullSignIn(uow, user, keys, client);
}

async function fullSignIn(
  uow: UnitOfWork,
  user: UserAccountRow,
  keys: ThrottleKeys,
  client: Client,
): Promise<SignIn> {
  await clearAccountFailures(uow, keys);
  const signedIn = (await uow.users.update(user.id, { lastLoginAt: uow.nowIso })) ?? user;
  const session = await openSession(uow, signedIn, client, { isMfaPending: false });
  return { session, user: toUser(signedIn), mfaPending: false };
}
