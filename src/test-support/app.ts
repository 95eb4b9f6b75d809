/** `buildTestApp()`: the whole application on a fresh test database, closed after the suite. */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import type { Config } from '../config/config.js';
import type { DatabaseConfig } from '../config/config.js';
import { createLogger } from '../logging.js';
import { createServices, type Services } from '../services.js';
import { openTestDatabase, type TestDatabase } from './databases.js';

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  database: TestDatabase;
  close(): Promise<void>;
}

export function testConfig(
  database: Pick<TestDatabase, 'dataDir' | 'config'>,
  overrides: Partial<Config> = {},
): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: database.dataDir,
    database: database.config,
    publicUrl: 'https://news.example',
    loadDemo: false,
    logLevel: 'silent',
    logFormat: 'json',
    logRequests: false,
    trustProxy: false,
    smtp: null,
    runJobs: false,
    mediaBucket: null,
    pageCacheBytes: 16 * 1024 * 1024,
    edgeCaching: { maxAge: 60, staleWhileRevalidate: 30, tagHeaders: true },
    purge: null,
    metricsToken: null,
    sitemapUrlsPerFile: 50_000,
    apiCors: null,
    ...overrides,
  };
}

export async function buildTestApp(
  dialect: DatabaseConfig['dialect'],
  { now, config }: { now?: Date | (() => Date); config?: Partial<Config> } = {},
): Promise<TestApp> {
  const database = await openTestDatabase(dialect);
  const clock = now === undefined ? undefined : typeof now === 'function' ? now : () => now;
  const services = createServices(testConfig(database, config), database.db, {
    log: createLogger('silent'),
    ...(clock ? { clock } : {}),
  });
  const app = await buildApp(services);
  return {
    app,
    services,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
