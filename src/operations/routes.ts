/** Health endpoints for load balancers and orchestrators. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { isDatabaseReady } from '../core/health.js';

const Health = Type.Object({
  status: Type.Enum(['ok', 'unavailable']),
  database: Type.Optional(Type.String()),
});

export async function operationsRoutes(app: FastifyInstance): Promise<void> {
  // Alive: the process answers.
  app.get('/healthz', { schema: { response: { 200: Health } } }, async () => ({ status: 'ok' }));

  // Ready: the database answers too.
  app.get(
    '/readyz',
    { schema: { response: { 200: Health, 503: Health } } },
    async (_request, reply) => {
      const { db } = app.midad;
      if (await isDatabaseReady(db)) return { status: 'ok', database: db.dialect };
      app.log.error('readiness check failed: the database does not answer');
      return reply.code(503).send({ status: 'unavailable', database: db.dialect });
    },
  );
}
