/** /api/v1/admin/people: the people articles are bylined to (authors, columnists). */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { LanguageSchema } from '../../content/article-input.js';
import { PersonCreateSchema, PersonUpdateSchema } from '../../content/taxonomy-input.js';
import { actorOf } from './authentication.js';
import { presentPerson } from './presenters.js';
import { errorResponses, IdParams, NoContent, PersonSchema } from './schemas.js';

const tags = ['people'];

export async function peopleRoutes(parent: FastifyInstance): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { taxonomy } = app.midad;

  app.get(
    '/people',
    {
      schema: {
        tags,
        summary: 'Everyone who can be in a byline, by name',
        querystring: Type.Object(
          { language: Type.Optional(LanguageSchema) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(PersonSchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: (await taxonomy.people(actorOf(request), request.query.language)).map(presentPerson),
    }),
  );

  app.post(
    '/people',
    {
      schema: {
        tags,
        summary: 'Add a person (editors and administrators)',
        body: PersonCreateSchema,
        response: { 201: PersonSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(presentPerson(await taxonomy.createPerson(actorOf(request), request.body))),
  );

  app.get(
    '/people/:id',
    { schema: { tags, params: IdParams, response: { 200: PersonSchema, ...errorResponses } } },
    async (request) => presentPerson(await taxonomy.person(actorOf(request), request.params.id)),
  );

  app.patch(
    '/people/:id',
    {
      schema: {
        tags,
        summary: 'Change a person; a new slug leaves a redirect from the old address',
        params: IdParams,
        body: PersonUpdateSchema,
        response: { 200: PersonSchema, ...errorResponses },
      },
    },
    async (request) =>
      presentPerson(await taxonomy.updatePerson(actorOf(request), request.params.id, request.body)),
  );

  app.delete(
    '/people/:id',
    {
      schema: {
        tags,
        summary: 'Remove a person with no bylines (409 while articles carry their name)',
        params: IdParams,
        response: { 204: NoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await taxonomy.deletePerson(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
