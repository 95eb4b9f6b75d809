/** /api/v1/admin/tokens: API tokens for scripts and integrations (administrators). */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { TokenCreateSchema } from '../../accounts/account-input.js';
import { actorOf } from './authentication.js';
import { errorResponses, IdParams, NoContent, TokenSchema } from './schemas.js';

const tags = ['tokens'];

export async function tokenRoutes(parent: FastifyInstance): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { accounts } = app.midad;

  app.get(
    '/tokens',
    {
      schema: {
        tags,
        summary: 'Every token (never the token itself: it was shown once, when made)',
        response: { 200: Type.Object({ items: Type.Array(TokenSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await accounts.listTokens(actorOf(request)) }),
  );

  app.post(
    '/tokens',
    {
      schema: {
        tags,
        summary: 'Create a token; `token` in the answer is the only time it is shown',
        body: TokenCreateSchema,
        response: {
          201: Type.Object({ token: Type.String(), record: TokenSchema }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await accounts.createToken(actorOf(request), request.body)),
  );

  app.delete(
    '/tokens/:id',
    {
      schema: {
        tags,
        summary: 'Revoke a token; it stops working at once',
        params: IdParams,
        response: { 204: NoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await accounts.revokeToken(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
