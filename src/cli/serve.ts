/** `midad serve`: migrate, load the demo content into an empty database, listen, and stop cleanly. */
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import type { Config } from '../config/config.js';
import { type Db, openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { loadDemo } from '../demo/load-demo.js';
import { MediaStore } from '../media/media-store.js';

export interface RunningSite {
  app: FastifyInstance;
  db: Db;
  /** The address it listens on, e.g. http://127.0.0.1:3000. */
  address: string;
  close(): Promise<void>;
}

/** Everything `serve` does but waiting for a signal: tests start the real thing with it. */
export async function startSite(config: Config, { logger = true } = {}): Promise<RunningSite> {
  const db = openDatabase(config.database);
  try {
    await migrateToLatest(db);
    if (config.loadDemo) await loadDemo(db, new MediaStore(path.join(config.dataDir, 'media')));
    const app = await buildApp({ config, db, logger });
    const address = await app.listen({ port: config.port, host: config.host });
    return {
      app,
      db,
      address,
      close: async () => {
        await app.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

export async function serve(config: Config): Promise<void> {
  const site = await startSite(config);
  const stop = async (signal: string) => {
    site.app.log.info(`${signal}: closing`);
    await site.close();
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void stop(signal));
  process.once('SIGTERM', (signal) => void stop(signal));
  site.app.log.info(`Midad is serving ${config.publicUrl}`);
}
