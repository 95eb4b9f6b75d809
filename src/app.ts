/**
 * Builds the Fastify application from the services: shared infrastructure at the root, then
 * one encapsulated plugin per surface — the JSON API under /api/v1, the public site for
 * everything else — each with its own error and not-found handlers. `buildApp()` does not listen, so tests drive it through `inject`.
 */
import http from 'node:http';
import { constants as zlib } from 'node:zlib';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import etag from '@fastify/etag';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyServerOptions,
} from 'fastify';
import { wordpressRoutes } from './wordpress/routes.js';
import { apiRoutes } from './api/plugin.js';
import { PageCache } from './cache/page-cache.js';
import { tagsToPurge } from './cache/tags.js';
import { CachedResponses } from './http/cached-responses.js';
import { commonHeaders } from './http/common-headers.js';
import { ErrorScopes } from './http/error-scopes.js';
import { mediaRoutes } from './media/routes.js';
import { newsroomRoutes } from './newsroom/plugin.js';
import { Metrics } from './operations/metrics.js';
import { operationsRoutes } from './operations/routes.js';
import type { Services } from './services.js';
import { loadSiteAssets, type SiteAssets } from './site/assets.js';
import { assetRoutes } from './site/asset-routes.js';
import { siteRoutes } from './site/routes.js';

export interface Midad extends Services {
  assets: SiteAssets;
  /** Which surface answers an error no route saw, by path prefix. */
  errorScopes: ErrorScopes;
  /** Rendered pages, answered from memory until what they show changes. */
  responses: CachedResponses;
  metrics: Metrics;
}

declare module 'fastify' {
  interface FastifyInstance {
    midad: Midad;
  }
}

export async function buildApp(services: Services): Promise<FastifyInstance> {
  const errorScopes = new ErrorScopes();
  const responses = new CachedResponses(
    new PageCache(services.clock, services.config.pageCacheBytes),
    services.config.edgeCaching,
    services.clock,
    services.db.dialect === 'sqlite' ? 2 : 16,
  );
  // Typed as Fastify's own logger interface, so the instance keeps Fastify's default types.
  const loggerInstance: FastifyBaseLogger = services.log;
  const app = Fastify({
    loggerInstance,
    // Malformed URLs (bad percent-encoding and the like) never reach a route: the surface the
    // path belongs to answers them in its own shape.
    frameworkErrors: (error, request, reply) => {
      void errorScopes.responderFor(request.url)?.(error, request, reply);
    },
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
    // Only the proxies the configuration names may set the client's address and scheme.
    trustProxy: services.config.trustProxy,
    // Fastify's two lines a request (received, answered) become one, and only when asked.
    logController: new LogController({ disableRequestLogging: true }),
    // A page in the cache is sent before Fastify sees the request; the rest goes on to it.
    serverFactory: (handler, options: FastifyServerOptions) => {
      const server = http.createServer((request, response) => {
        if (!responses.answer(request, response)) handler(request, response);
      });
      // What Fastify sets on a server it makes itself.
      server.keepAliveTimeout = options.keepAliveTimeout ?? 72_000;
      server.requestTimeout = options.requestTimeout ?? 0;
      server.setTimeout(options.connectionTimeout ?? 0);
      return server;
    },
  });
  const metrics = new Metrics({
    cache: responses.cache,
    pool: () => services.db.poolStats(),
    jobs: () => services.jobs.queueCounts(),
  });
  const { logRequests } = services.config;
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.observe(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    if (!logRequests) return;
    request.log.info(
      `${request.method} ${request.url} ${reply.statusCode} ${reply.elapsedTime.toFixed(1)} ms`,
    );
  });
  responses.onAnswered = (request, response, route, seconds) => {
    metrics.observe(request.method ?? 'GET', route, response.statusCode, seconds);
    if (!logRequests) return;
    const ms = (seconds * 1000).toFixed(1);
    services.log.info(`${request.method} ${request.url} ${response.statusCode} ${ms} ms (cache)`);
  };
  app.decorate('midad', {
    ...services,
    assets: await loadSiteAssets(),
    errorScopes,
    responses,
    metrics,
  } satisfies Midad);
  // Each committed change, here or on another instance, purges what it made stale.
  const stopPurging = services.bus.on('*', (event) => {
    const tags = tagsToPurge(event);
    if (tags.length > 0) responses.cache.purge(tags);
  });
  app.addHook('onClose', async () => stopPurging());

  app.addHook('onSend', async (_request, reply) => {
    reply.headers(commonHeaders);
  });
  // Errors in root hooks, before any surface's handler applies.
  app.setErrorHandler(async (error, request, reply) => {
    const respond = errorScopes.responderFor(request.url);
    if (respond) return respond(error, request, reply);
    request.log.error(error, 'unhandled error');
    return reply.code(500).send();
  });

  // Every text response is compressed for a client that accepts it (brotli, else gzip),
  // whether or not a proxy is in front; brotli at a quality fit for bodies made per request.
  // The ETag is the uncompressed body's, so it is weak: one entity, several encodings.
  await app.register(etag, { weak: true });
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } },
  });
  await app.register(cookie);
  await app.register(responses.plugin);
  await app.register(operationsRoutes);
  await app.register(assetRoutes);
  await app.register(mediaRoutes);
  await app.register(apiRoutes, { prefix: '/api/v1' });
  await app.register(wordpressRoutes, { prefix: '/wp-json' });
  await app.register(newsroomRoutes, { prefix: '/admin' });
  await app.register(siteRoutes);
  return app;
}
