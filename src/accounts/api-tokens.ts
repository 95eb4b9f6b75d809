/**
 * API tokens: for integrations (a wire importer, a script) and for people's tools. A token
 * acts with its own role, never above its user's: author and contributor tokens write as a
 * user (their articles are that user's), so they must name one. The plaintext is shown once.
 */
import { roleAtLeast, type Actor } from '../core/actor.js';
import { authorize } from '../core/permissions.js';
import { readRepositories } from '../core/repositories.js';
import { inTransaction, type UnitOfWorkContext } from '../core/unit-of-work.js';
import { validator } from '../core/validation.js';
import { MidadError, ValidationError } from '../errors.js';
import { cleanName } from './account-fields.js';
import { TokenCreateSchema } from './account-input.js';
import { toApiToken, type ApiToken } from './presenters.js';
import { isSecretOf, newSecret, secretHash } from './secrets.js';
import { sessionPolicy } from './sessions.js';

const checkCreate = validator(TokenCreateSchema);
/** How much of a token a list shows: the prefix and six characters of the secret. */
const shownLength = 10;

export async function createToken(
  context: UnitOfWorkContext,
  actor: Actor,
  input: unknown,
): Promise<{ token: string; record: ApiToken }> {
  authorize(actor, 'tokens.manage');
  const fields = checkCreate(input);
  const userId = fields.userId ?? null;
  if (!roleAtLeast(actor.role, fields.role)) throw ValidationError.of('role', 'role_too_high');
  if (userId === null && !roleAtLeast(fields.role, 'editor')) {
    throw ValidationError.of('userId', 'needs_user');
  }
  const expiresAt = fields.expiresAt ? new Date(fields.expiresAt).toISOString() : null;
  return inTransaction(context, async (uow) => {
    if (expiresAt !== null && Date.parse(expiresAt) <= uow.now.getTime()) {
      throw ValidationError.of('expiresAt', 'in_past');
    }
    if (userId !== null) {
      const user = await uow.users.findById(userId);
      if (!user) throw ValidationError.of('userId', 'not_found', { id: userId });
      if (!roleAtLeast(user.role, fields.role)) throw ValidationError.of('role', 'role_too_high');
    }
    const token = newSecret('apiToken');
    const row = await uow.apiTokens.insert({
      name: cleanName(fields.name),
      role: fields.role,
      userId,
      tokenHash: secretHash(token),
      tokenPrefix: token.slice(0, shownLength),
      createdByUserId: actor.userId,
      createdAt: uow.nowIso,
      lastUsedAt: null,
      expiresAt,
      revokedAt: null,
    });
    return { token, record: toApiToken(row) };
  });
}

export async function listTokens(context: UnitOfWorkContext, actor: Actor): Promise<ApiToken[]> {
  authorize(actor, 'tokens.manage');
  return (await readRepositories(context.db).apiTokens.list()).map(toApiToken);
}

export async function revokeToken(
  context: UnitOfWorkContext,
  actor: Actor,
  id: number,
): Promise<ApiToken> {
  authorize(actor, 'tokens.manage');
  return inTransaction(context, async (uow) => {
    if (!(await uow.apiTokens.findById(id))) throw new MidadError('not_found');
    await uow.apiTokens.revoke(id, uow.nowIso);
    const row = await uow.apiTokens.findById(id);
    if (!row) throw new MidadError('not_found');
    return toApiToken(row);
  });
}

/**
 * The actor a request's token acts as, or null: unknown, revoked, expired, or its user
 * disabled. A user demoted since the token was made takes the token down with them.
 */
export async function authenticateToken(
  context: UnitOfWorkContext,
  token: unknown,
): Promise<Actor | null> {
  if (!isSecretOf('apiToken', token)) return null;
  const now = context.clock();
  const row = await readRepositories(context.db).apiTokens.findByHashWithUser(secretHash(token));
  if (!row || row.revokedAt !== null) return null;
  if (row.expiresAt !== null && Date.parse(row.expiresAt) <= now.getTime()) return null;
  if (row.userId !== null && (row.userRole === null || row.userDisabledAt !== null)) return null;
  const touchEvery = sessionPolicy.touchEveryMs;
  if (row.lastUsedAt === null || Date.parse(row.lastUsedAt) + touchEvery <= now.getTime()) {
    await inTransaction(context, (uow) =>
      uow.apiTokens.touch(
        row.id,
        uow.nowIso,
        new Date(uow.now.getTime() - touchEvery).toISOString(),
      ),
    );
  }
  const role =
    row.userRole !== null && !roleAtLeast(row.userRole, row.role) ? row.userRole : row.role;
  return {
    kind: 'token',
    userId: row.userId,
    tokenId: row.id,
    role,
    // A token acting for a user writes the history in that user's name.
    name: row.userName ?? row.name,
    personId: row.userPersonId,
  };
}
