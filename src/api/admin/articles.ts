/**
 * /api/v1/admin/articles: the desk's list, one article, create / update / delete, the
 * workflow actions, and revisions with diffs and restore. Each handler is one service call;
 * the services authorise, validate and write.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  ArticleCreateSchema,
  ArticleTransitionSchema,
  ArticleUpdateSchema,
  articleActions,
  RestoreRevisionSchema,
  type ArticleAction,
} from '../../content/article-input.js';
import { DeskQuerySchema } from '../../content/article-service.js';
import { actorOf } from './authentication.js';
import {
  ArticleSchema,
  errorResponses,
  IdParams,
  NoContent,
  page,
  RevisionDiffSchema,
  RevisionSchema,
} from './schemas.js';

const tags = ['articles'];
const RevisionParams = Type.Object({
  id: IdParams.properties.id,
  revisionId: IdParams.properties.id,
});
const actionSummaries: Record<ArticleAction, string> = {
  submit: 'Submit for review (draft → in_review)',
  publish: 'Publish now',
  schedule: 'Schedule for publication at `scheduledAt`',
  unpublish: 'Take a published article down (→ unpublished)',
  archive: 'Archive',
  draft: 'Return to drafts (from in_review, scheduled, unpublished or archived)',
};

export async function articleRoutes(parent: FastifyInstance): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { articles } = app.midad;

  app.get(
    '/articles',
    {
      schema: {
        tags,
        summary: 'List articles (every status), filtered, sorted and paginated',
        querystring: DeskQuerySchema,
        response: { 200: page(ArticleSchema), ...errorResponses },
      },
      // `status=draft,in_review` is read like `status=draft&status=in_review`.
      preValidation: async (request) => {
        const query = request.query as Record<string, unknown>;
        if (typeof query.status === 'string') query.status = query.status.split(',');
      },
    },
    async (request) => articles.list(actorOf(request), request.query),
  );

  app.post(
    '/articles',
    {
      schema: {
        tags,
        summary: 'Create an article (a draft, unless `status` says otherwise)',
        body: ArticleCreateSchema,
        response: { 201: ArticleSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await articles.create(actorOf(request), request.body)),
  );

  app.get(
    '/articles/slug-check',
    {
      schema: {
        tags,
        summary: 'The slug as it would be stored, and whether another article has it',
        querystring: Type.Object(
          {
            slug: Type.String({ maxLength: 400 }),
            exceptId: Type.Optional(IdParams.properties.id),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ slug: Type.String(), available: Type.Boolean() }),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      articles.checkSlug(actorOf(request), request.query.slug, request.query.exceptId ?? null),
  );

  app.get(
    '/articles/:id',
    {
      schema: {
        tags,
        summary: 'One article, with its body',
        params: IdParams,
        response: { 200: ArticleSchema, ...errorResponses },
      },
    },
    async (request) => articles.get(actorOf(request), request.params.id),
  );

  app.patch(
    '/articles/:id',
    {
      schema: {
        tags,
        summary: 'Change an article; `version` must be the version the edit started from',
        params: IdParams,
        body: ArticleUpdateSchema,
        response: { 200: ArticleSchema, ...errorResponses },
      },
    },
    async (request) => articles.update(actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/articles/:id',
    {
      schema: {
        tags,
        summary: 'Delete an article (with `?version=` to refuse if it changed)',
        params: IdParams,
        querystring: Type.Object(
          { version: Type.Optional(IdParams.properties.id) },
          { additionalProperties: false },
        ),
        response: { 204: NoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await articles.delete(actorOf(request), request.params.id, request.query.version ?? null);
      return reply.code(204).send(null);
    },
  );

  for (const action of articleActions) {
    app.post(
      `/articles/:id/${action}`,
      {
        schema: {
          tags,
          summary: actionSummaries[action],
          params: IdParams,
          body: ArticleTransitionSchema,
          response: { 200: ArticleSchema, ...errorResponses },
        },
        // `curl -X POST …/publish` with no body at all is a plain "publish it".
        preValidation: async (request) => {
          request.body ??= {};
        },
      },
      async (request) =>
        articles.transition(actorOf(request), request.params.id, action, request.body),
    );
  }

  app.get(
    '/articles/:id/revisions',
    {
      schema: {
        tags,
        summary: 'The revision history, newest first',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(RevisionSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await articles.revisions(actorOf(request), request.params.id) }),
  );

  app.get(
    '/articles/:id/revisions/:revisionId',
    {
      schema: {
        tags,
        summary: 'One revision: who, when, and the article as it was',
        params: RevisionParams,
        response: {
          200: Type.Object({
            ...RevisionSchema.properties,
            article: Type.Object({}, { additionalProperties: true }),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      articles.revision(actorOf(request), request.params.id, request.params.revisionId),
  );

  app.get(
    '/articles/:id/revisions/:revisionId/diff',
    {
      schema: {
        tags,
        summary: 'A word-level diff from this revision to another (`?to=`, default: the latest)',
        params: RevisionParams,
        querystring: Type.Object(
          { to: Type.Optional(IdParams.properties.id) },
          { additionalProperties: false },
        ),
        response: { 200: RevisionDiffSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const to = request.query.to ?? (await articles.revisions(actor, request.params.id))[0]?.id;
      return articles.diff(actor, request.params.id, request.params.revisionId, to ?? 0);
    },
  );

  app.post(
    '/articles/:id/revisions/:revisionId/restore',
    {
      schema: {
        tags,
        summary: 'Make a revision’s content current again (a new revision)',
        params: RevisionParams,
        body: RestoreRevisionSchema,
        response: { 200: ArticleSchema, ...errorResponses },
      },
    },
    async (request) =>
      articles.restore(
        actorOf(request),
        request.params.id,
        request.params.revisionId,
        request.body,
      ),
  );
}
