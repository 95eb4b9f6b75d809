/** `midad serve`: migrate, load the demo content into an empty database, listen, and stop cleanly. */
import path from 'node:path';
import { buildApp } from '../app.js';
import type { Config } from '../config/config.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { loadDemo } from '../demo/load-demo.js';
import { MediaStore } from '../media/media-store.js';

export async function serve(config: Config): Promise<void> {
  const db = openDatabase(config.database);
  await migrateToLatest(db);
  if (config.loadDemo) await loadDemo(db, new MediaStore(path.join(config.dataDir, 'media')));
  const app = await buildApp({ config, db, logger: true });
  const stop = async (signal: string) => {
    app.log.info(`${signal}: closing`);
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void stop(signal));
  process.once('SIGTERM', (signal) => void stop(signal));
  await app.listen({ port: config.port, host: config.host });
  app.log.info(`Midad is serving ${config.publicUrl}`);
}
