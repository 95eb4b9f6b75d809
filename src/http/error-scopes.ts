/**
 * Which part of the site answers an error it did not route itself. Each surface (the public
 * site, `/api`, `/admin`) sets its own error and not-found handlers in its encapsulated
 * plugin; what no route ever saw — a URL that does not even decode, a failure in a root hook —
 * is handed to the surface whose prefix the path starts with, by this registry. Surfaces
 * register at build time; the lookup happens per request, so registration order is free.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

export type ErrorResponder = (
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
) => Promise<FastifyReply> | FastifyReply;

export class ErrorScopes {
  private readonly scopes: { prefix: string; respond: ErrorResponder }[] = [];

  /** `prefix` '' is the fallback (the public site). */
  register(prefix: string, respond: ErrorResponder): void {
    this.scopes.push({ prefix, respond });
    this.scopes.sort((a, b) => b.prefix.length - a.prefix.length);
  }

  responderFor(url: string): ErrorResponder | null {
    const path = url.split('?')[0] ?? '/';
    return (
      this.scopes.find(
        (s) => s.prefix === '' || path === s.prefix || path.startsWith(`${s.prefix}/`),
      )?.respond ?? null
    );
  }
}
