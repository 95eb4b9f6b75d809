/**
 * Another `midad serve` for job tests: a separate process that runs the job queue once at
 * a given moment, on the database given, and prints how many jobs it ran. It has the
 * instances' handlers that need no configuration: scheduled publishing and webhook deliveries.
 * `tsx src/test-support/job-worker.ts <sqlite-file | postgres-url> <schema or -> <start ms>`
 * (tests start them with `otherInstances` in `job-workers.ts`)
 */
import { EventBus } from '../events/event-bus.js';
import { openDatabase } from '../db/database.js';
import { jobHandlers } from '../jobs/handlers.js';
import { JobRunner } from '../jobs/job-runner.js';
import { webhookDelivery, webhookJobKind } from '../webhooks/webhooks.js';

const [target = '', schema = '-', startText = '0', nowText] = process.argv.slice(2);
const db = target.startsWith('postgres')
  ? openDatabase({ dialect: 'postgres', url: target }, { searchPath: schema })
  : openDatabase({ dialect: 'sqlite', file: target });
const clock = () => (nowText ? new Date(Number(nowText)) : new Date());
const context = { db, bus: new EventBus({ error: () => undefined }), clock };
const runner = new JobRunner(
  context,
  { ...jobHandlers([]), [webhookJobKind]: webhookDelivery(context) },
  { log: { info: () => undefined, error: (details) => console.error(details) }, batchSize: 2 },
);
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startText) - Date.now())));
const ran = await runner.runDue();
await db.close();
console.log(JSON.stringify({ ran }));
