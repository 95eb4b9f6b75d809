/**
 * The newsroom's side of a session: who the client is, the cookie a sign-in sets, and the
 * gate of the pages that need a signed-in user.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Client } from '../accounts/account-service.js';
import type { SignIn } from '../accounts/presenters.js';
import { sessionToken, setSessionCookie } from '../http/session-cookie.js';
import { adminPaths } from './paths.js';
import type { Member, Visit } from './visit.js';

/** Sign-in forms, per address and minute, before the account service counts wrong passwords. */
export const signInRateLimit = { rateLimit: { max: 20, timeWindow: '1 minute' } };

export function clientOf(request: FastifyRequest): Client {
  return { ip: request.ip, userAgent: request.headers['user-agent']?.slice(0, 300) ?? null };
}

/**
 * Puts a new session in the cookie. The browser's previous session (a pending one, or another
 * account's) ends, so no forgotten session stays open behind the new one.
 */
export async function startSession(
  request: FastifyRequest,
  reply: FastifyReply,
  result: SignIn,
): Promise<void> {
  const previous = sessionToken(request);
  if (previous !== null && previous !== result.session.token) {
    await request.server.midad.accounts.logout(previous);
  }
  setSessionCookie(request, reply, result.session.token, result.session.expiresAt);
}

export type MemberVisit = Visit & { member: Member };

/** Whether the visitor is signed in with every factor. */
export function isMember(visit: Visit): visit is MemberVisit {
  return visit.member !== null;
}

/** Where a page that needs a signed-in user sends anyone else: to sign in, or to the code. */
export function signInPath(visit: Visit): string {
  return visit.isMfaPending ? adminPaths.loginCode : adminPaths.login;
}
