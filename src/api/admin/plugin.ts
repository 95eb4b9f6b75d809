/**
 * The admin API, /api/v1/admin: everything the newsroom does, as JSON, for the newsroom's
 * own pages (session cookie + CSRF token) and for scripts and integrations (bearer tokens).
 * Its OpenAPI 3.1 document, generated from the route schemas, is at /api/v1/admin/openapi.json.
 */
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { MidadError } from '../../errors.js';
import { articleRoutes } from './articles.js';
import { authentication } from './authentication.js';
import { accountRoutes } from './account.js';
import { mediaLibraryRoutes } from './media.js';
import { peopleRoutes } from './people.js';
import { sectionRoutes } from './sections.js';
import { settingsRoutes } from './settings.js';
import { tagRoutes } from './tags.js';
import { tokenRoutes } from './tokens.js';
import { userRoutes } from './users.js';
import { webhookRoutes } from './webhooks.js';

export async function adminApiRoutes(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Midad admin API',
        version: '1',
        description:
          'The newsroom’s API: articles and their workflow, revisions, sections, tags, people, ' +
          'the media library, settings, users, tokens and webhooks. See docs/admin-api.md for examples.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'midad token create' },
          session: { type: 'apiKey', in: 'cookie', name: 'midad_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
  });
  await app.register(rateLimit, {
    max: 600,
    timeWindow: '1 minute',
    errorResponseBuilder: (_request, context) =>
      new MidadError('rate_limited', { seconds: Math.max(1, Math.ceil(context.ttl / 1000)) }),
  });
  authentication(app);

  await app.register(accountRoutes);
  await app.register(articleRoutes);
  await app.register(sectionRoutes);
  await app.register(tagRoutes);
  await app.register(peopleRoutes);
  await app.register(mediaLibraryRoutes);
  await app.register(settingsRoutes);
  await app.register(userRoutes);
  await app.register(tokenRoutes);
  await app.register(webhookRoutes);

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
