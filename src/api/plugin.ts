/**
 * The JSON APIs under /api/v1: an encapsulated plugin whose errors and unknown routes are
 * answered as JSON (never the site's HTML pages), whose bodies are validated strictly and
 * whose query strings are coerced from text. The admin API lives under /api/v1/admin; the
 * public content API (articles, sections, tags, authors, search) beside it.
 */
import type { FastifyInstance } from 'fastify';
import { bodyAjv, queryAjv } from '../core/validation.js';
import { MidadError } from '../errors.js';
import { adminApiRoutes } from './admin/plugin.js';
import { contentApiRoutes } from './content/plugin.js';
import { sendJsonError } from './json-errors.js';

export async function apiRoutes(app: FastifyInstance): Promise<void> {
  // An empty JSON body is no body (`curl -X POST -H 'content-type: application/json' …`);
  // anything else goes through Fastify's parser, which refuses prototype poisoning.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  // The APIs speak JSON only: a text body is refused as such (415), not read as a string.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body.toString();
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    void parseJson(request, text, done);
  });
  app.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === 'body' ? bodyAjv : queryAjv).compile(schema),
  );
  app.midad.errorScopes.register('/api', sendJsonError);
  app.setErrorHandler(sendJsonError);
  app.setNotFoundHandler((request, reply) =>
    sendJsonError(new MidadError('route_not_found'), request, reply),
  );
  await app.register(contentApiRoutes);
  await app.register(adminApiRoutes, { prefix: '/admin' });
}
