/** `buildTestApp()`: the whole application on a fresh test database, closed after the suite. */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import type { Config } from '../config/config.js';
import type { DatabaseConfig } from '../config/config.js';
import { openTestDatabase, type TestDatabase } from './databases.js';

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  close(): Promise<void>;
}

export async function buildTestApp(
  dialect: DatabaseConfig['dialect'],
  { now }: { now?: Date } = {},
): Promise<TestApp> {
  const database = await openTestDatabase(dialect);
  const config: Config = {
    port: 0,
    host: '127.0.0.1',
    dataDir: database.dataDir,
    database: database.config,
    publicUrl: 'https://news.example',
    loadDemo: false,
    logLevel: 'silent',
  };
  const app = await buildApp({ config, db: database.db, ...(now ? { clock: () => now } : {}) });
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
