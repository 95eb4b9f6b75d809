/**
 * /api/v1/admin/tags: search tags as you type, find-or-create by name, rename, merge one into
 * another, delete.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { LanguageSchema } from '../../content/article-input.js';
import { TagCreateSchema, TagMergeSchema, TagUpdateSchema } from '../../content/taxonomy-input.js';
import { actorOf } from './authentication.js';
import { presentTag } from './presenters.js';
import { errorResponses, IdParams, NoContent, page, TagSchema } from './schemas.js';

const tags = ['tags'];

export async function tagRoutes(parent: FastifyInstance): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { taxonomy } = app.midad;

  app.get(
    '/tags',
    {
      schema: {
        tags,
        summary: 'Tags by name; `q` finds those whose name or slug contains it',
        querystring: Type.Object(
          {
            q: Type.Optional(Type.String({ maxLength: 100 })),
            language: Type.Optional(LanguageSchema),
            page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
            perPage: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: page(TagSchema), ...errorResponses },
      },
    },
    async (request) => {
      const result = await taxonomy.tags(actorOf(request), {
        ...(request.query.q ? { q: request.query.q } : {}),
        ...(request.query.language ? { language: request.query.language } : {}),
        page: request.query.page ?? 1,
        perPage: request.query.perPage ?? 20,
      });
      return { ...result, items: result.items.map(presentTag) };
    },
  );

  app.post(
    '/tags',
    {
      schema: {
        tags,
        summary: 'Find or create a tag by name: 200 with the existing one, 201 with a new one',
        body: TagCreateSchema,
        response: { 200: TagSchema, 201: TagSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { tag, isNew } = await taxonomy.findOrCreateTag(actorOf(request), request.body);
      return reply.code(isNew ? 201 : 200).send(presentTag(tag));
    },
  );

  app.get(
    '/tags/:id',
    { schema: { tags, params: IdParams, response: { 200: TagSchema, ...errorResponses } } },
    async (request) => presentTag(await taxonomy.tag(actorOf(request), request.params.id)),
  );

  app.patch(
    '/tags/:id',
    {
      schema: {
        tags,
        summary: 'Rename a tag (editors); a new slug leaves a redirect from the old address',
        params: IdParams,
        body: TagUpdateSchema,
        response: { 200: TagSchema, ...errorResponses },
      },
    },
    async (request) =>
      presentTag(await taxonomy.updateTag(actorOf(request), request.params.id, request.body)),
  );

  app.post(
    '/tags/:id/merge',
    {
      schema: {
        tags,
        summary:
          'Merge a tag into another of its language (editors): its articles carry `into` ' +
          'instead, it is deleted, and its address redirects to the surviving tag’s',
        params: IdParams,
        body: TagMergeSchema,
        response: { 200: TagSchema, ...errorResponses },
      },
    },
    async (request) => {
      const merge = await taxonomy.mergeTag(actorOf(request), request.params.id, request.body.into);
      return presentTag(merge.into);
    },
  );

  app.delete(
    '/tags/:id',
    {
      schema: {
        tags,
        summary: 'Delete a tag; the articles keep their other tags',
        params: IdParams,
        response: { 204: NoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await taxonomy.deleteTag(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
