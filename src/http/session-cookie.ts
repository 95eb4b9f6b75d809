/**
 * The newsroom's session cookie: HttpOnly (scripts never see it), SameSite=Lax (other sites'
 * forms do not carry it), Secure whenever the site is served over https, and no longer-lived
 * than the session itself. The token in it is random; the database keeps only its hash.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const sessionCookieName = 'midad_session';

function isSecure(request: FastifyRequest): boolean {
  return request.protocol === 'https' || request.server.midad.config.publicUrl.startsWith('https:');
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: string,
): void {
  reply.setCookie(sessionCookieName, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure(request),
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure(request),
  });
}

export function sessionToken(request: FastifyRequest): string | null {
  const value = request.cookies[sessionCookieName];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Compares a submitted CSRF token with the session's without leaking where they differ. */
export function isSameToken(submitted: unknown, expected: string): boolean {
  if (typeof submitted !== 'string') return false;
  const a = Buffer.from(submitted);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * A state-changing request a browser made for another site (Fetch Metadata): refused
 * whatever token it carries. Old browsers send no header, and the token check stands alone.
 */
export function isCrossSite(request: FastifyRequest): boolean {
  return request.headers['sec-fetch-site'] === 'cross-site';
}
