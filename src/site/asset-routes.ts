/**
 * The stylesheet and fonts, from memory, under content-hashed names cached for a year;
 * the icons, at the fixed addresses browsers ask for, cached for a day.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export function assetRoutes(app: FastifyInstance): Promise<void> {
  const send = (cacheControl: string) => (request: FastifyRequest, reply: FastifyReply) => {
    const file = app.midad.assets.files.get(request.url.split('?')[0] ?? '');
    if (!file) return reply.callNotFound();
    return reply.header('cache-control', cacheControl).type(file.contentType).send(file.body);
  };
  app.get('/assets/*', send('public, max-age=31536000, immutable'));
  for (const path of ['/favicon.ico', '/favicon.svg', '/apple-touch-icon.png']) {
    app.get(path, send('public, max-age=86400'));
  }
  return Promise.resolve();
}
