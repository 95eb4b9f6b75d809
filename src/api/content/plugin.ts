/**
 * The public content API at /api/v1: articles, sections, tags, authors and search, read-only,
 * with its own OpenAPI 3.1 document at /api/v1/openapi.json (generated from the route
 * schemas) and, when `MIDAD_API_CORS` names them, readable from other sites' pages.
 */
import cors from '@fastify/cors';
import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { contentRoutes } from './articles.js';
import { searchApiRoutes } from './search.js';

export async function contentApiRoutes(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Midad content API',
        version: '1',
        description:
          'What the site publishes, as JSON: articles (filtered, paginated, with the fields ' +
          'asked for), sections, tags, authors and search. See docs/api.md for examples.',
      },
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description: 'midad token create: reads articles not yet published',
          },
        },
      },
      security: [{}, { bearer: [] }],
    },
  });
  const origins = app.midad.config.apiCors;
  if (origins !== null) {
    await app.register(cors, {
      origin: origins === '*' ? '*' : origins,
      methods: ['GET', 'HEAD'],
      allowedHeaders: ['Authorization', 'If-None-Match'],
      exposedHeaders: ['ETag', 'Link'],
      maxAge: 86_400,
    });
  }
  await app.register(searchApiRoutes);
  await app.register(contentRoutes);
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
