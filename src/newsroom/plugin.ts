/**
 * The newsroom at /admin: server-rendered pages that work without JavaScript, in the user's
 * language (Arabic right to left, English left to right). An encapsulated plugin with its
 * own form parser, security headers, rate limit on sign-in forms, and error and not-found
 * pages; nothing of it leaks into the public site or the APIs.
 */
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { MidadError } from '../errors.js';
import { accountRoutes } from './account-routes.js';
import { clientBundle } from './client-bundle.js';
import { deskRoutes } from './desk-routes.js';
import { editorRoutes } from './editor-routes.js';
import { mediaLibraryRoutes } from './media-library-routes.js';
import { invitationRoutes } from './invitation-routes.js';
import { manageRoutes } from './manage/plugin.js';
import { Pages } from './pages.js';
import { newsroomPrefix } from './paths.js';
import { setupRoutes } from './setup-routes.js';
import { signInRoutes } from './sign-in-routes.js';
import { buildStylesheet } from './stylesheet.js';
import { rememberLanguageChoice } from './visit.js';

/** A form as it arrives: text fields (a repeated field as a short list), none too long. */
const FormBodySchema = Type.Object(
  {},
  {
    additionalProperties: Type.Union([
      Type.String({ maxLength: 10_000 }),
      Type.Array(Type.String({ maxLength: 10_000 }), { maxItems: 10 }),
    ]),
    maxProperties: 30,
  },
);

/** No inline script or style anywhere: the pages need neither. */
const contentSecurityPolicy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // blob: for the previews of images chosen for upload, before they leave the computer.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

export async function newsroomRoutes(app: FastifyInstance): Promise<void> {
  const stylesheet = buildStylesheet(app.midad.assets);
  const pages = new Pages(stylesheet.href);

  await app.register(formbody);
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy },
    frameguard: { action: 'deny' },
    // HSTS is the whole site's decision (and its proxy's), not one surface's.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new MidadError('rate_limited', { seconds: Math.max(1, Math.ceil(context.ttl / 1000)) }),
  });

  // Every form route declares its body's shape: named text fields (the account service checks
  // what they hold, so a broken rule comes back as the form with its messages, not a 400 page).
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (methods.includes('POST') && route.schema?.body === undefined) {
      route.schema = { ...route.schema, body: FormBodySchema };
    }
  });
  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'GET') rememberLanguageChoice(request, reply);
  });
  app.addHook('onSend', async (_request, reply) => {
    // Pages show a person's account and carry tokens: no cache keeps them. The root sets a
    // laxer referrer policy for the public site; an invitation's address holds its secret.
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    reply.header('referrer-policy', 'no-referrer');
  });

  app.midad.errorScopes.register(newsroomPrefix, (error, request, reply) =>
    pages.error(error, request, reply),
  );
  app.setErrorHandler((error, request, reply) => pages.error(error, request, reply));
  app.setNotFoundHandler((request, reply) =>
    pages.error(new MidadError('not_found'), request, reply),
  );

  const stylesheetName = stylesheet.href.slice(`${newsroomPrefix}/assets/`.length);
  app.get<{ Params: { file: string } }>(
    '/assets/:file',
    { schema: { params: Type.Object({ file: Type.String({ maxLength: 100 }) }) } },
    async (request, reply) => {
      if (request.params.file !== stylesheetName) return reply.callNotFound();
      return reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .type('text/css; charset=utf-8')
        .send(stylesheet.body);
    },
  );

  app.get<{ Params: { file: string } }>(
    '/assets/client/:file',
    { schema: { params: Type.Object({ file: Type.String({ maxLength: 100 }) }) } },
    async (request, reply) => {
      const file = (await clientBundle()).files.get(request.params.file);
      if (!file) return reply.callNotFound();
      return reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .type(file.contentType)
        .send(file.body);
    },
  );

  await app.register(setupRoutes, { pages });
  await app.register(signInRoutes, { pages });
  await app.register(invitationRoutes, { pages });
  await app.register(accountRoutes, { pages });
  await app.register(deskRoutes, { pages });
  await app.register(editorRoutes, { pages });
  await app.register(mediaLibraryRoutes, { pages });
  await app.register(manageRoutes, { pages });
}
