/**
 * /api/v1/admin/sections: the site's sections and subsections, in menu order, and moving one
 * a place up or down among its siblings.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { LanguageSchema } from '../../content/article-input.js';
import {
  SectionCreateSchema,
  SectionMoveSchema,
  SectionUpdateSchema,
} from '../../content/taxonomy-input.js';
import { actorOf } from './authentication.js';
import { presentSection } from './presenters.js';
import { errorResponses, IdParams, NoContent, SectionSchema } from './schemas.js';

const tags = ['sections'];

export async function sectionRoutes(parent: FastifyInstance): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { taxonomy } = app.midad;

  app.get(
    '/sections',
    {
      schema: {
        tags,
        summary: 'Every section, in menu order (subsections after their parent’s position)',
        querystring: Type.Object(
          { language: Type.Optional(LanguageSchema) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(SectionSchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: (await taxonomy.sections(actorOf(request), request.query.language)).map(
        presentSection,
      ),
    }),
  );

  app.post(
    '/sections',
    {
      schema: {
        tags,
        summary: 'Create a section (editors and administrators)',
        body: SectionCreateSchema,
        response: { 201: SectionSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(presentSection(await taxonomy.createSection(actorOf(request), request.body))),
  );

  app.get(
    '/sections/:id',
    { schema: { tags, params: IdParams, response: { 200: SectionSchema, ...errorResponses } } },
    async (request) => presentSection(await taxonomy.section(actorOf(request), request.params.id)),
  );

  app.patch(
    '/sections/:id',
    {
      schema: {
        tags,
        summary: 'Change a section; a new slug leaves a redirect from the old address',
        params: IdParams,
        body: SectionUpdateSchema,
        response: { 200: SectionSchema, ...errorResponses },
      },
    },
    async (request) =>
      presentSection(
        await taxonomy.updateSection(actorOf(request), request.params.id, request.body),
      ),
  );

  app.post(
    '/sections/:id/move',
    {
      schema: {
        tags,
        summary:
          'Move a section a place up or down among its siblings, renumbering them 0, 1, 2 …; ' +
          'the first cannot move up nor the last down (400)',
        params: IdParams,
        body: SectionMoveSchema,
        response: { 200: SectionSchema, ...errorResponses },
      },
    },
    async (request) =>
      presentSection(
        await taxonomy.moveSection(actorOf(request), request.params.id, request.body.direction),
      ),
  );

  app.delete(
    '/sections/:id',
    {
      schema: {
        tags,
        summary: 'Delete an empty section (409 while articles or subsections are in it)',
        params: IdParams,
        response: { 204: NoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await taxonomy.deleteSection(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
