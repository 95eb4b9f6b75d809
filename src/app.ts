/**
 * Builds the Fastify application: shared services as decorations, then the route plugins
 * (site, media, assets, operations) and one error handler. `build()` does not listen, so
 * tests drive it through `inject`.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config/config.js';
import { ContentService } from './content/content-service.js';
import type { Db } from './db/database.js';
import { MediaStore } from './media/media-store.js';
import { mediaRoutes } from './media/routes.js';
import { loadSiteAssets, type SiteAssets } from './site/assets.js';
import { assetRoutes } from './site/asset-routes.js';
import { siteRoutes } from './site/routes.js';
import { operationsRoutes } from './operations/routes.js';
import path from 'node:path';

export interface Midad {
  config: Config;
  db: Db;
  content: ContentService;
  mediaStore: MediaStore;
  assets: SiteAssets;
}

declare module 'fastify' {
  interface FastifyInstance {
    midad: Midad;
  }
}

export interface BuildOptions {
  config: Config;
  db: Db;
  /** Tests pin the clock; the site otherwise uses the real time. */
  clock?: () => Date;
  logger?: boolean;
}

export async function buildApp({
  config,
  db,
  clock,
  logger = false,
}: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ? { level: config.logLevel } : false,
    // Malformed URLs (bad percent-encoding and the like) get the site's 404 page, not a bare 400.
    frameworkErrors: (_error, request, reply) => {
      void app.sendErrorPage(request, reply, 404);
    },
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
    trustProxy: true,
  });
  app.decorate('midad', {
    config,
    db,
    content: new ContentService(db.kysely, clock),
    mediaStore: new MediaStore(path.join(config.dataDir, 'media')),
    assets: await loadSiteAssets(),
  } satisfies Midad);

  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
  });

  await app.register(operationsRoutes);
  await app.register(assetRoutes);
  await app.register(mediaRoutes);
  await app.register(siteRoutes);
  return app;
}
