/** /api/v1/admin/users and /invitations: accounts and roles (administrators). */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  InvitationCreateSchema,
  UserCreateSchema,
  UserUpdateSchema,
} from '../../accounts/account-input.js';
import { actorOf } from './authentication.js';
import { errorResponses, IdParams, InvitationSchema, NoContent, UserSchema } from './schemas.js';

const tags = ['users'];

export async function userRoutes(parent: FastifyInstance): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { accounts } = app.midad;

  app.get(
    '/users',
    {
      schema: {
        tags,
        summary: 'Every account',
        response: { 200: Type.Object({ items: Type.Array(UserSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await accounts.listUsers(actorOf(request)) }),
  );

  app.post(
    '/users',
    {
      schema: {
        tags,
        summary: 'Create an account (without a password, its owner sets one through an invitation)',
        body: UserCreateSchema,
        response: { 201: UserSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await accounts.createUser(actorOf(request), request.body)),
  );

  app.get(
    '/users/:id',
    { schema: { tags, params: IdParams, response: { 200: UserSchema, ...errorResponses } } },
    async (request) => accounts.getUser(actorOf(request), request.params.id),
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags,
        summary:
          'Change an account’s name, role, language or byline; `disabled: true` signs it out',
        params: IdParams,
        body: UserUpdateSchema,
        response: { 200: UserSchema, ...errorResponses },
      },
    },
    async (request) => accounts.updateUser(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/users/:id/reset-totp',
    {
      schema: {
        tags,
        summary: 'Turn off a user’s two-factor authentication (they lost their phone)',
        params: IdParams,
        response: { 204: NoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await accounts.resetTotp(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/invitations',
    {
      schema: {
        tags,
        summary: 'Invitations sent, with their state',
        response: { 200: Type.Object({ items: Type.Array(InvitationSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await accounts.listInvitations(actorOf(request)) }),
  );

  app.post(
    '/invitations',
    {
      schema: {
        tags,
        summary: 'Invite someone: a link to copy (e-mailed too when SMTP is configured)',
        body: InvitationCreateSchema,
        response: {
          201: Type.Object({
            invitation: InvitationSchema,
            link: Type.String(),
            isMailed: Type.Boolean(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await accounts.invite(actorOf(request), request.body)),
  );

  app.delete(
    '/invitations/:id',
    {
      schema: {
        tags,
        summary: 'Withdraw an invitation; its link stops working',
        params: IdParams,
        response: { 204: NoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await accounts.revokeInvitation(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
