/**
 * The composition root: every service Midad runs, built once from the configuration, the
 * database, the clock and the logger. The server, the CLI, the tests and the benchmarks all
 * build their services here, so they run the same code with the same wiring.
 */
import { WebhookService } from './webhooks/webhook-service.js';
import {
  announced,
  webhookDelivery,
  webhookJobKind,
  webhookProjection,
} from './webhooks/webhooks.js';
import { SearchService } from './search/search-service.js';
import { searchProjection } from './search/search-projection.js';
import { edgePurge, edgePurgeJobKind, edgePurgeProjection } from './cache/edge-purge.js';
import { tagsToPurge } from './cache/tags.js';
import path from 'node:path';
import type { Logger } from 'pino';
import { AccountService } from './accounts/account-service.js';
import { createMailer } from './accounts/mailer.js';
import type { Config } from './config/config.js';
import { ArticleService } from './content/article-service.js';
import { ReaderService } from './content/reader-service.js';
import { TaxonomyService } from './content/taxonomy-service.js';
import { systemClock, type Clock } from './core/clock.js';
import { inTransaction, type UnitOfWorkContext } from './core/unit-of-work.js';
import type { Db } from './db/database.js';
import { EventBus } from './events/event-bus.js';
import { coreHousekeeping, housekeepingJobKind, jobHandlers } from './jobs/handlers.js';
import { JobRunner } from './jobs/job-runner.js';
import { DirectoryBlobStore, type BlobStore } from './media/blob-store.js';
import { MediaService } from './media/media-service.js';
import { MediaStore } from './media/media-store.js';
import { S3BlobStore } from './media/s3-blob-store.js';

export interface Services {
  config: Config;
  db: Db;
  clock: Clock;
  log: Logger;
  bus: EventBus;
  /** What a unit of work needs: for commands run outside the services (imports, the demo). */
  context: UnitOfWorkContext;
  reader: ReaderService;
  search: SearchService;
  articles: ArticleService;
  taxonomy: TaxonomyService;
  accounts: AccountService;
  mediaStore: MediaStore;
  media: MediaService;
  jobs: JobRunner;
  webhooks: WebhookService;
}

export interface ServiceOptions {
  clock?: Clock;
  log: Logger;
  /** How often the job runner looks at the queue at the latest (tests shorten it). */
  jobPollMs?: number;
}

export function createServices(config: Config, db: Db, options: ServiceOptions): Services {
  const clock = options.clock ?? systemClock;
  const log = options.log;
  const bus = new EventBus(log);
  // With a CDN to purge, each change also queues the purge of what it made stale.
  const projections = [
    searchProjection,
    webhookProjection(config.publicUrl),
    ...(config.purge ? [edgePurgeProjection] : []),
  ];
  const context: UnitOfWorkContext = { db, bus, clock, projections };
  const accounts = new AccountService(context, {
    publicUrl: config.publicUrl,
    mailer: createMailer(config.smtp),
    log,
  });
  const mediaStore = new MediaStore(mediaBlobStore(config));
  const jobs = new JobRunner(
    context,
    {
      ...jobHandlers([
        ...coreHousekeeping,
        { name: 'expired sign-ins', run: async (uow) => sum(await accounts.pruneExpired(uow)) },
        {
          name: 'webhook deliveries older than 30 days',
          run: (uow) =>
            uow.webhooks.pruneDeliveriesBefore(
              new Date(uow.now.getTime() - 30 * 24 * 60 * 60 * 1000).toISOString(),
            ),
        },
      ]),
      [edgePurgeJobKind]: edgePurge(config.purge),
      [webhookJobKind]: webhookDelivery(context),
    },
    { log, ...(options.jobPollMs ? { pollMs: options.jobPollMs } : {}) },
  );
  const reader = new ReaderService(db);
  return {
    config,
    db,
    clock,
    log,
    bus,
    context,
    reader,
    search: new SearchService(db, reader, clock),
    articles: new ArticleService(context),
    taxonomy: new TaxonomyService(context),
    accounts,
    mediaStore,
    media: new MediaService(context, mediaStore),
    webhooks: new WebhookService(context),
    jobs,
  };
}

/** Images in the configured bucket, or under `<data dir>/media`. */
function mediaBlobStore(config: Config): BlobStore {
  return config.mediaBucket
    ? new S3BlobStore(config.mediaBucket)
    : new DirectoryBlobStore(path.join(config.dataDir, 'media'));
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

/**
 * Starts what runs in the background of `midad serve`: hearing other processes' commits,
 * and (unless MIDAD_JOBS=0) the job runner, woken early when an article is scheduled.
 * Returns the function that stops both.
 */
export async function startBackgroundWork(services: Services): Promise<() => Promise<void>> {
  const stopWatching = await services.bus.watch(services.db);
  const stops: (() => Promise<void> | void)[] = [stopWatching];
  if (services.config.runJobs) {
    await inTransaction(services.context, (uow) =>
      uow.jobs.ensure(
        {
          kind: housekeepingJobKind,
          payload: {},
          runAt: uow.nowIso,
          dedupeKey: housekeepingJobKind,
        },
        uow.nowIso,
      ),
    );
    const unsubscribe = services.bus.on('*', (event) => {
      if (event.type === 'article.scheduled') {
        services.jobs.wake(new Date(event.payload.scheduledAt));
      } else if (
        (services.config.purge && tagsToPurge(event).length > 0) ||
        announced(event) !== null
      ) {
        // A purge for the CDN or a webhook delivery was queued with the change: send it now,
        // not at the next poll.
        services.jobs.wake();
      }
    });
    services.jobs.start();
    stops.push(unsubscribe, () => services.jobs.stop());
  }
  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}
