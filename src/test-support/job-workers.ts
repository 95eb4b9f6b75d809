/**
 * Other instances for tests of the job queue: `count` processes (`job-worker.ts`) on the test
 * database that each run the queue once at `startAt` (epoch ms, so that all claim at the same
 * moment as the test's own runner), with the clock at `now`.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { TestDatabase } from './databases.js';

const run = promisify(execFile);

/** Starts them; resolves to how many jobs each ran. */
export function otherInstances(
  count: number,
  database: Pick<TestDatabase, 'config' | 'searchPath'>,
  startAt: number,
  now: number,
): Promise<number[]> {
  const { config } = database;
  const target = config.dialect === 'sqlite' ? config.file : config.url;
  return Promise.all(
    Array.from({ length: count }, async () => {
      const { stdout } = await run(
        process.execPath,
        [
          '--import',
          'tsx',
          'src/test-support/job-worker.ts',
          target,
          database.searchPath ?? '-',
          String(startAt),
          String(now),
        ],
        { cwd: process.cwd() },
      );
      return (JSON.parse(stdout) as { ran: number }).ran;
    }),
  );
}

/** Waits until `startAt` (epoch ms). */
export function until(startAt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
}
