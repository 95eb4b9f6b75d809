/**
 * Forged forms, refused. A signed-in user's forms carry their session's CSRF token; the forms
 * before sign-in (setup, sign-in, the code, an invitation) have no session to tie a token to,
 * so they use a double submit: a random value in a short-lived HttpOnly, SameSite=Strict
 * cookie, echoed in a hidden field and compared in constant time. A request a browser says
 * came from another site (`Sec-Fetch-Site: cross-site`) is refused whatever it carries. See
 * the OWASP CSRF Prevention Cheat Sheet: "Double Submit Cookie" and "Fetch Metadata headers".
 */
import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MidadError } from '../errors.js';
import { isCrossSite, isSameToken } from '../http/session-cookie.js';
import { newsroomPrefix } from './paths.js';
import { isSecureRequest, type Member } from './visit.js';

/** The hidden field every newsroom form carries its token in. */
export const csrfField = '_csrf';

const formCookieName = 'midad_form';
/** Long enough to fill in a form at leisure; a page left open longer asks for a reload. */
const formTokenSeconds = 2 * 60 * 60;
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/**
 * The token for a form shown before sign-in: the browser's current one, or a new one. The
 * cookie is set again either way, so a token in use lasts as long as a freshly shown form's.
 */
export function formToken(request: FastifyRequest, reply: FastifyReply): string {
  const current = request.cookies[formCookieName];
  const token =
    typeof current === 'string' && tokenPattern.test(current)
      ? current
      : randomBytes(32).toString('base64url');
  reply.setCookie(formCookieName, token, {
    path: newsroomPrefix,
    httpOnly: true,
    sameSite: 'strict',
    secure: isSecureRequest(request),
    maxAge: formTokenSeconds,
  });
  return token;
}

function submittedToken(request: FastifyRequest): unknown {
  const body = request.body as Record<string, unknown> | null | undefined;
  return body?.[csrfField];
}

/** Throws `csrf_failed` unless a form shown before sign-in came back with its cookie's token. */
export function checkFormToken(request: FastifyRequest): void {
  const cookie = request.cookies[formCookieName];
  const isForged =
    isCrossSite(request) ||
    typeof cookie !== 'string' ||
    !tokenPattern.test(cookie) ||
    !isSameToken(submittedToken(request), cookie);
  if (isForged) throw new MidadError('csrf_failed');
}

/** Throws `csrf_failed` unless a signed-in user's form carries their session's token. */
export function checkSessionToken(request: FastifyRequest, member: Member): void {
  if (isCrossSite(request) || !isSameToken(submittedToken(request), member.session.csrfToken)) {
    throw new MidadError('csrf_failed');
  }
}
