/** Health endpoints for load balancers and orchestrators. */
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';

export async function operationsRoutes(app: FastifyInstance): Promise<void> {
  // Alive: the process answers.
  app.get('/healthz', async () => ({ status: 'ok' }));

  // Ready: the database answers too.
  app.get('/readyz', async (_request, reply) => {
    try {
      await sql`select 1`.execute(app.midad.db.kysely);
      return { status: 'ok', database: app.midad.db.dialect };
    } catch (error) {
      app.log.error(error, 'readiness check failed');
      return reply.code(503).send({ status: 'unavailable', database: app.midad.db.dialect });
    }
  });
}
