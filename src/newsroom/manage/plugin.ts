/**
 * The newsroom's management screens, each open to the roles that may use it: sections and
 * people (editors and administrators), tags (everyone; editors change them), users and
 * invitations, API tokens, webhooks and the site settings (administrators).
 */
import type { FastifyInstance } from 'fastify';
import type { Pages } from '../pages.js';
import { peopleRoutes } from './people-routes.js';
import { sectionRoutes } from './sections-routes.js';
import { settingsRoutes } from './settings-routes.js';
import { tagRoutes } from './tags-routes.js';
import { tokenRoutes } from './tokens-routes.js';
import { userRoutes } from './users-routes.js';
import { webhookRoutes } from './webhooks-routes.js';

export async function manageRoutes(app: FastifyInstance, options: { pages: Pages }): Promise<void> {
  await app.register(sectionRoutes, options);
  await app.register(tagRoutes, options);
  await app.register(peopleRoutes, options);
  await app.register(userRoutes, options);
  await app.register(tokenRoutes, options);
  await app.register(webhookRoutes, options);
  await app.register(settingsRoutes, options);
}
