/**
 * Who is calling the admin API: a bearer token (`Authorization: Bearer mdt_…`), or the
 * newsroom's session cookie — which, for any request that changes something, must come with
 * the session's CSRF token in `X-CSRF-Token`, from this site. A bad token is a 401 at once;
 * no credentials at all leave `request.actor` null, and routes that need one say 401.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../core/actor.js';
import { MidadError } from '../../errors.js';
import { isCrossSite, isSameToken, sessionToken } from '../../http/session-cookie.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Routes that sign people in (setup, sign-in, accepting an invitation) take no CSRF
     * token: a stale or foreign session cookie is then ignored instead of refused.
     */
    isSignIn?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** The cookie session the request came with, if any. */
    session: { id: string; csrfToken: string; expiresAt: string } | null;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function authentication(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    const { accounts } = request.server.midad;
    const header = request.headers.authorization;
    if (header !== undefined) {
      const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
      const actor = token ? await accounts.authenticateToken(token) : null;
      if (!actor) throw new MidadError('unauthenticated');
      request.actor = actor;
      return;
    }
    const token = sessionToken(request);
    if (token === null) return;
    const found = await accounts.authenticateSession(token);
    if (!found || found.session.mfaPending) return;
    const isForged =
      !safeMethods.has(request.method) &&
      (isCrossSite(request) ||
        !isSameToken(request.headers['x-csrf-token'], found.session.csrfToken));
    if (isForged) {
      if (request.routeOptions.config.isSignIn) return;
      throw new MidadError('csrf_failed');
    }
    request.actor = found.actor;
    request.session = found.session;
  });
}

/** The caller, or a 401. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new MidadError('unauthenticated');
  return request.actor;
}
