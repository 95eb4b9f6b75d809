/** Health endpoints for load balancers and orchestrators. */
import type { FastifyInstance } from 'fastify';
import { isDatabaseReady } from '../core/health.js';

export async function operationsRoutes(app: FastifyInstance): Promise<void> {
  // Alive: the process answers.
  app.get('/healthz', async () => ({ status: 'ok' }));

  // Ready: the database answers too.
  app.get('/readyz', async (_request, reply) => {
    const { db } = app.midad;
    if (await isDatabaseReady(db)) return { status: 'ok', database: db.dialect };
    app.log.error('readiness check failed: the database does not answer');
    return reply.code(503).send({ status: 'unavailable', database: db.dialect });
  });
}
