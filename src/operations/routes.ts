/** Health endpoints for load balancers and orchestrators, and the metrics for Prometheus. */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { isDatabaseReady } from '../core/health.js';

const Health = Type.Object({
  status: Type.Enum(['ok', 'unavailable']),
  database: Type.Optional(Type.String()),
  jobs: Type.Optional(Type.Enum(['running', 'stopped', 'off'])),
});

export async function operationsRoutes(app: FastifyInstance): Promise<void> {
  // Alive: the process answers.
  app.get('/healthz', { schema: { response: { 200: Health } } }, async () => ({ status: 'ok' }));

  // Ready: the database answers, and the job runner does its rounds (unless turned off).
  app.get(
    '/readyz',
    { schema: { response: { 200: Health, 503: Health } } },
    async (_request, reply) => {
      const { db, jobs, config } = app.midad;
      const jobsState = !config.runJobs ? 'off' : jobs.isAlive() ? 'running' : 'stopped';
      const databaseReady = await isDatabaseReady(db);
      if (databaseReady && jobsState !== 'stopped') {
        return { status: 'ok', database: db.dialect, jobs: jobsState };
      }
      app.log.error(
        databaseReady
          ? 'readiness check failed: the job runner has stopped doing its rounds'
          : 'readiness check failed: the database does not answer',
      );
      return reply.code(503).send({ status: 'unavailable', database: db.dialect, jobs: jobsState });
    },
  );

  // Prometheus's text format. With MIDAD_METRICS_TOKEN, only for that bearer token; without,
  // only for this machine (block /metrics at the proxy, which connects from here too).
  app.get('/metrics', async (request, reply) => {
    if (!mayReadMetrics(request, app.midad.config.metricsToken)) {
      return reply.code(403).type('text/plain; charset=utf-8').send('forbidden\n');
    }
    const { registry } = app.midad.metrics;
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}

function mayReadMetrics(request: FastifyRequest, token: string | null): boolean {
  if (token === null) return ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(request.ip);
  const given = Buffer.from(request.headers.authorization ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
