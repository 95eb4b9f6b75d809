/**
 * /api/v1/admin/webhooks (administrators): the addresses that hear of published, changed,
 * withdrawn and deleted articles and of changed sections and tags; and how each delivery went.
 * See docs/webhooks.md for the deliveries' shape and how to check their signature.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type, type TSchema } from 'typebox';
import { WebhookCreateSchema, WebhookUpdateSchema } from '../../webhooks/webhook-service.js';
import { webhookEvents } from '../../webhooks/webhooks.js';
import { actorOf } from './authentication.js';
import { errorResponses, IdParams, NoContent } from './schemas.js';

const tags = ['webhooks'];
const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

const WebhookSchema = Type.Object({
  id: Type.Integer(),
  url: Type.String(),
  description: nullable(Type.String()),
  events: Type.Array(Type.Enum([...webhookEvents])),
  allowPrivate: Type.Boolean(),
  isActive: Type.Boolean(),
  secretHint: Type.String({ description: 'the secret’s first characters' }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

const DeliverySchema = Type.Object({
  id: Type.Integer(),
  event: Type.String(),
  status: Type.Enum(['pending', 'delivered', 'failed']),
  attempts: Type.Integer(),
  lastStatus: nullable(Type.Integer()),
  lastResponse: nullable(Type.String()),
  lastError: nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  deliveredAt: nullable(Type.String()),
});

export async function webhookRoutes(parent: FastifyInstance): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { webhooks } = app.midad;

  app.get(
    '/webhooks',
    {
      schema: {
        tags,
        summary: 'Every webhook',
        response: { 200: Type.Object({ items: Type.Array(WebhookSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await webhooks.list(actorOf(request)) }),
  );

  app.post(
    '/webhooks',
    {
      schema: {
        tags,
        summary: 'Register a webhook; `secret` in the answer is the only time it is shown',
        body: WebhookCreateSchema,
        response: {
          201: Type.Object({ webhook: WebhookSchema, secret: Type.String() }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await webhooks.create(actorOf(request), request.body)),
  );

  app.get(
    '/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'One webhook',
        params: IdParams,
        response: { 200: WebhookSchema, ...errorResponses },
      },
    },
    async (request) => webhooks.get(actorOf(request), request.params.id),
  );

  app.patch(
    '/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'Change a webhook, switch it off or on, or renew its secret',
        params: IdParams,
        body: WebhookUpdateSchema,
        response: {
          200: Type.Object({ webhook: WebhookSchema, secret: nullable(Type.String()) }),
          ...errorResponses,
        },
      },
    },
    async (request) => webhooks.update(actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'Remove a webhook and its deliveries',
        params: IdParams,
        response: { 204: NoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await webhooks.delete(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/webhooks/:id/deliveries',
    {
      schema: {
        tags,
        summary: 'The webhook’s latest 50 deliveries, newest first, with how each went',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(DeliverySchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await webhooks.deliveries(actorOf(request), request.params.id) }),
  );
}
