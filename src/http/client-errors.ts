/**
 * Fastify's own errors (a body too large, an unsupported content type, JSON that does not
 * parse, input that breaks a route's schema, too many requests) as Midad errors, so every
 * scope answers them in its own shape and the user's language — and never as a 500. A
 * database that cannot be reached is `unavailable` (503, come back in a few seconds).
 */
import type { FastifyError } from 'fastify';
import { fieldErrors } from '../core/validation.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import { MidadError, ValidationError } from '../errors.js';

/** How long a client is asked to wait when the database is down: a restart's time. */
export const retryAfterSeconds = 30;

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && 'code' in error;
}

/** The Midad error a request failure stands for; null when it is a fault of ours (a 500). */
export function asMidadError(error: unknown): MidadError | null {
  if (error instanceof MidadError) return error;
  if (isDatabaseUnavailable(error)) return new MidadError('unavailable');
  if (!isFastifyError(error)) return null;
  if (error.validation) {
    // Query and path parameters are named as they are; a whole part at fault by the part.
    const part = error.validationContext ?? 'request';
    const fields = fieldErrors(error.validation as Parameters<typeof fieldErrors>[0]).map((f) =>
      f.field === '' ? { ...f, field: part } : f,
    );
    return new ValidationError(
      fields.length > 0 ? fields : [{ field: 'request', rule: 'invalid_format' }],
    );
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new MidadError('payload_too_large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return new MidadError('unsupported_media_type');
    case 'FST_ERR_NOT_FOUND':
      return new MidadError('not_found');
    default:
      break;
  }
  const status = error.statusCode ?? 500;
  if (status === 429) {
    const seconds = Math.max(1, Math.ceil(Number((error as { ttl?: number }).ttl ?? 1000) / 1000));
    return new MidadError('rate_limited', { seconds });
  }
  if (status === 413) return new MidadError('payload_too_large');
  if (status === 415) return new MidadError('unsupported_media_type');
  if (status === 404) return new MidadError('not_found');
  if (status === 405) return new MidadError('method_not_allowed');
  if (status >= 400 && status < 500) {
    // Bad JSON, a bad header, a URL that does not decode: the client's request, not our fault.
    return new MidadError('malformed_request', { reason: error.message.slice(0, 200) });
  }
  return null;
}
