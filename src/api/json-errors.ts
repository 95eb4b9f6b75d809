/**
 * Errors as the JSON APIs answer them: `{"error": {"code", "message", "fields"?, …}}` with the
 * catalogue's status, the message in the caller's language (Accept-Language, then their own
 * interface language, then the site's), moments in the site's time zone and style. Unknown
 * errors are logged and become a generic 500 that tells nothing about the inside.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MidadError, presentError } from '../errors.js';
import { asMidadError, retryAfterSeconds } from '../http/client-errors.js';
import { negotiateLanguage, type Locale } from '../i18n/index.js';
import { formatDateTime, type Language } from '../text/index.js';
import type { Actor } from '../core/actor.js';

export async function sendJsonError(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  let known = asMidadError(error);
  if (known?.code === 'unavailable') {
    request.log.warn({ err: error }, 'the database is unavailable');
  } else if (!known || known.status >= 500) {
    request.log.error(error, 'unhandled error');
    known ??= new MidadError('internal');
  }
  const settings = await request.server.midad.reader.getSettings().catch(() => null);
  const fallback = (await userLanguage(request)) ?? settings?.locale ?? 'ar';
  const language = negotiateLanguage(request.headers['accept-language'], fallback);
  const locale: Locale = { language, digits: settings?.digits ?? 'arabic-indic' };
  const formatMoment = (moment: Date) =>
    settings
      ? formatDateTime(moment, {
          language,
          monthStyle: settings.monthStyle,
          digits: settings.digits,
          timeZone: settings.timeZone,
        })
      : moment.toISOString();
  if (known.status === 401) reply.header('www-authenticate', 'Bearer realm="midad"');
  if (known.code === 'unavailable') reply.header('retry-after', String(retryAfterSeconds));
  if (known.code === 'rate_limited' || known.code === 'too_many_login_attempts') {
    const seconds = Number(known.params.seconds ?? Number(known.params.minutes ?? 1) * 60);
    reply.header('retry-after', String(Math.max(1, Math.ceil(seconds))));
  }
  return reply
    .code(known.status)
    .header('content-language', language)
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send({ error: presentError(known, locale, formatMoment) });
}

/** The signed-in user's interface language; looked up only when an error is to be told. */
async function userLanguage(request: FastifyRequest): Promise<Language | null> {
  // Decorated in the admin API's scope only: elsewhere there is no actor at all.
  const actor: Actor | null | undefined = request.actor;
  if (!actor?.userId) return null;
  const user = await request.server.midad.accounts.me(actor).catch(() => null);
  return user?.language ?? null;
}
