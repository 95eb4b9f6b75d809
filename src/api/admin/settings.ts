/** /api/v1/admin/settings: the site's names, language, dates, digits and time zone. */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { SettingsUpdateSchema } from '../../content/taxonomy-input.js';
import { actorOf } from './authentication.js';
import { errorResponses, SettingsSchema } from './schemas.js';

const tags = ['settings'];

export async function settingsRoutes(parent: FastifyInstance): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { taxonomy } = app.midad;

  app.get(
    '/settings',
    {
      schema: {
        tags,
        summary: 'The site settings',
        response: { 200: SettingsSchema, ...errorResponses },
      },
    },
    async (request) => taxonomy.settings(actorOf(request)),
  );

  app.patch(
    '/settings',
    {
      schema: {
        tags,
        summary: 'Change some settings (administrators); the others keep their values',
        body: SettingsUpdateSchema,
        response: { 200: SettingsSchema, ...errorResponses },
      },
    },
    async (request) => taxonomy.updateSettings(actorOf(request), request.body),
  );
}
