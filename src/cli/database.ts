/** Opening the database for a command: migrated, with the services, closed afterwards. */
import type { Config } from '../config/config.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { createLogger } from '../logging.js';
import { createServices, type Services } from '../services.js';

export async function withServices<T>(
  config: Config,
  work: (services: Services) => Promise<T>,
): Promise<T> {
  // Commands print what they did; the log would only repeat it (warnings still show).
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, config.logFormat);
  const db = openDatabase(config.database, { log });
  try {
    await migrateToLatest(db);
    return await work(createServices(config, db, { log }));
  } finally {
    await db.close();
  }
}
