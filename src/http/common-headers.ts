/** Headers every response carries, whichever way it is sent (Fastify, or the cache's fast path). */
export const commonHeaders: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
};
