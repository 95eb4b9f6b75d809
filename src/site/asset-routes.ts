/**
 * The stylesheet and fonts, from memory, under content-hashed names cached for a year;
 * the icons, at the fixed addresses browsers ask for, cached for a day.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';

export function assetRoutes(app: FastifyInstance): Promise<void> {
  const send = (cacheControl: string) => (request: FastifyRequest, reply: FastifyReply) => {
    const file = app.midad.assets.files.get(request.url.split('?')[0] ?? '');
    if (!file) return reply.callNotFound();
    return reply.header('cache-control', cacheControl).type(file.contentType).send(file.body);
  };
  const schema = { params: Type.Object({ '*': Type.String({ maxLength: 300 }) }) };
  app.get('/assets/*', { schema }, send('public, max-age=31536000, immutable'));
  for (const path of ['/favicon.ico', '/favicon.svg', '/apple-touch-icon.png']) {
    app.get(path, { schema: {} }, send('public, max-age=86400'));
  }
  return Promise.resolve();
}
