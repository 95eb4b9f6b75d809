/**
 * Browser sessions: how long they last, how they open, and how a request's token becomes an
 * actor. The token is returned once (for the cookie) and stored only as its SHA-256.
 */
import type { Actor } from '../core/actor.js';
import { readRepositories } from '../core/repositories.js';
import { inTransaction, type UnitOfWork, type UnitOfWorkContext } from '../core/unit-of-work.js';
import type { UserAccountRow } from '../db/schema.js';
import { ownUserId } from './account-fields.js';
import { userActor, type AuthenticatedSession, type SessionTicket } from './presenters.js';
import { isSecretOf, newSecret, randomToken, secretHash } from './secrets.js';

const minute = 60 * 1000;
const day = 24 * 60 * minute;

/**
 * How long sessions live, in one place. A session ends when it has not been used for
 * `idleMs` or when `absoluteMs` have passed since it opened, whichever comes first; a
 * session waiting for the second factor lasts `mfaPendingMs`. Activity is written at most
 * once per `touchEveryMs`, so browsing does not turn every page view into a write.
 */
export const sessionPolicy = {
  idleMs: 3 * day,
  absoluteMs: 30 * day,
  mfaPendingMs: 10 * minute,
  touchEveryMs: minute,
} as const;

export interface Client {
  ip: string | null;
  userAgent: string | null;
}

/** Opens a session for `user`; a pending one waits for the second factor and grants nothing else. */
export async function openSession(
  uow: UnitOfWork,
  user: UserAccountRow,
  client: Client,
  { isMfaPending }: { isMfaPending: boolean },
): Promise<SessionTicket> {
  const token = newSecret('session');
  const lifetime = isMfaPending ? sessionPolicy.mfaPendingMs : sessionPolicy.absoluteMs;
  const expiresAt = new Date(uow.now.getTime() + lifetime).toISOString();
  const csrfToken = randomToken();
  await uow.sessions.insert({
    id: secretHash(token),
    userId: user.id,
    csrfToken,
    isMfaPending: isMfaPending ? 1 : 0,
    ip: client.ip,
    userAgent: client.userAgent?.slice(0, 500) ?? null,
    createdAt: uow.nowIso,
    lastSeenAt: uow.nowIso,
    expiresAt,
  });
  return { token, csrfToken, expiresAt };
}

/** Whether a session has ended at `now`: past its absolute end, or idle too long. */
export function hasSessionEnded(
  session: { expiresAt: string; lastSeenAt: string },
  now: Date,
): boolean {
  const at = now.getTime();
  return (
    Date.parse(session.expiresAt) <= at ||
    Date.parse(session.lastSeenAt) + sessionPolicy.idleMs <= at
  );
}

/**
 * The session a request's token opens, or null: unknown, ended, or its user disabled. A
 * pending session comes back with `mfaPending`; its actor must not be let do anything.
 */
export async function authenticateSession(
  context: UnitOfWorkContext,
  token: unknown,
): Promise<AuthenticatedSession | null> {
  if (!isSecretOf('session', token)) return null;
  const now = context.clock();
  const session = await readRepositories(context.db).sessions.findWithUser(secretHash(token));
  if (!session || hasSessionEnded(session, now) || session.userDisabledAt !== null) return null;
  if (Date.parse(session.lastSeenAt) + sessionPolicy.touchEveryMs <= now.getTime()) {
    await inTransaction(context, (uow) =>
      uow.sessions.touch(
        session.id,
        uow.nowIso,
        new Date(uow.now.getTime() - sessionPolicy.touchEveryMs).toISOString(),
      ),
    );
  }
  return {
    actor: userActor({
      id: session.userId,
      role: session.userRole,
      name: session.userName,
      personId: session.userPersonId,
    }),
    session: {
      id: session.id,
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
      mfaPending: session.isMfaPending === 1,
    },
  };
}

/** Ends the session of this token, if there is one. */
export async function logout(context: UnitOfWorkContext, token: unknown): Promise<void> {
  if (!isSecretOf('session', token)) return;
  await inTransaction(context, (uow) => uow.sessions.delete(secretHash(token)));
}

/** Ends every session of the actor's user, on every device. */
export async function logoutEverywhere(context: UnitOfWorkContext, actor: Actor): Promise<void> {
  const userId = ownUserId(actor);
  await inTransaction(context, async (uow) => {
    await uow.sessions.deleteForUser(userId);
    uow.emit('user.changed', { userId, change: 'signed_out' });
  });
}
