/**
 * `midad serve`: migrate, load the demo content into an empty database, listen, run the
 * background work (other processes' commits, scheduled publishing), and stop cleanly.
 */
import { isIndexIncomplete, rebuildSearchIndex, recordIndexVersion } from '../search/rebuild.js';
import type { Clock } from '../core/clock.js';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { buildApp } from '../app.js';
import { describeDatabase, type Config } from '../config/config.js';
import { type Db, openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { createLogger } from '../logging.js';
import { createServices, startBackgroundWork, type Services } from '../services.js';

export interface RunningSite {
  app: FastifyInstance;
  db: Db;
  services: Services;
  /** The address it listens on, e.g. http://127.0.0.1:3000. */
  address: string;
  close(): Promise<void>;
}

export interface StartOptions {
  log?: Logger;
  /** How often the job runner looks at the queue at the latest (tests shorten it). */
  jobPollMs?: number;
  /** The moment it is, for tests that let time pass (scheduled publishing). */
  clock?: Clock;
  /** PostgreSQL: how the site's connections name themselves (tests tell sites apart by it). */
  applicationName?: string;
}

/** Everything `serve` does but waiting for a signal: tests start the real thing with it. */
export async function startSite(config: Config, options: StartOptions = {}): Promise<RunningSite> {
  const log = options.log ?? createLogger(config.logLevel, config.logFormat);
  const db = openDatabase(config.database, {
    log,
    ...(options.applicationName ? { applicationName: options.applicationName } : {}),
  });
  try {
    log.info(`database: ${describeDatabase(config.database)}`);
    const migrated = await migrateToLatest(db);
    if (migrated.length > 0)
      log.info(`database: ${migrated.length} migrations run (${migrated.join(', ')})`);
    const services = createServices(config, db, {
      log,
      ...(options.jobPollMs ? { jobPollMs: options.jobPollMs } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
    });
    if (config.loadDemo) await loadDemoTelling(services, log);
    const app = await buildApp(services);
    const address = await app.listen({ port: config.port, host: config.host });
    const stopBackground = await startBackgroundWork(services);
    const indexing = new AbortController();
    const catchingUp = catchUpSearchIndex(services, indexing.signal);
    return {
      app,
      db,
      services,
      address,
      close: async () => {
        indexing.abort();
        await catchingUp;
        await stopBackground();
        // Fastify closes the connections idle when closing begins; one whose response is
        // still being sent (compressed, say) turns idle after that and would hold the close
        // for the keep-alive timeout (72 s). Each is closed as it turns idle.
        const closingIdle = setInterval(() => app.server.closeIdleConnections(), 50);
        try {
          await app.close();
        } finally {
          clearInterval(closingIdle);
        }
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** The demo content, on a first start: drawing its images and writing it takes a while. */
async function loadDemoTelling(services: Services, log: Logger): Promise<void> {
  const pending = setTimeout(() => log.info('demo: drawing images and writing articles'), 500);
  try {
    // The demo's articles and image drawings are read only on the start that loads them.
    const { loadDemo } = await import('../demo/load-demo.js');
    const result = await loadDemo(services.context, services.mediaStore);
    if (result.loaded) {
      log.info(`demo: ${result.articles} articles and ${result.images} images loaded`);
      // The search projection indexed each article as it was written.
      await recordIndexVersion(services.context);
    }
  } finally {
    clearTimeout(pending);
  }
}

/**
 * A database with published articles the search index lacks (one from before the index, or
 * restored from a backup), or whose index another version of the analyzer wrote, is indexed
 * in the background while the site serves.
 */
async function catchUpSearchIndex(services: Services, signal: AbortSignal): Promise<void> {
  try {
    if (!(await isIndexIncomplete(services.context))) return;
    services.log.info(
      'search index: rebuilding (published articles missing, or indexed by another analyzer version)',
    );
    const { done, total } = await rebuildSearchIndex(services.context, undefined, signal);
    services.log.info(`search index: ${done} of ${total} published articles indexed`);
  } catch (error) {
    services.log.error(error, 'search index: catching up failed; run midad search reindex');
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
  site.app.log.info(
    site.address === config.publicUrl
      ? `Midad is listening on ${site.address}`
      : `Midad is listening on ${site.address} (readers reach it at ${config.publicUrl})`,
  );
}
