/**
 * The job queue: work due at a time (publish this article at 14:30), claimed by one process
 * at a time and retried with backoff when it fails. Everything lives in the `job` table, so
 * it survives restarts and is shared by every instance.
 *
 * Claiming is the one dialect difference: PostgreSQL skips rows another instance has locked
 * (`FOR UPDATE SKIP LOCKED`); SQLite has one writer at a time, so the claim — a read and an
 * update — runs inside the unit of work's `BEGIN IMMEDIATE` transaction.
 */
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { Dialect } from '../db/database.js';
import { Repository } from '../db/repository.js';
import type { Database, JobRow } from '../db/schema.js';

export interface NewJob {
  kind: string;
  payload: unknown;
  runAt: string;
  /** One live job per key: enqueuing again moves the existing job instead of adding one. */
  dedupeKey: string | null;
  maxAttempts?: number;
}

export interface Job {
  id: number;
  kind: string;
  payload: unknown;
  runAt: string;
  attempts: number;
  maxAttempts: number;
  lockedBy: string | null;
}

function toJob(row: JobRow): Job {
  let payload: unknown = null;
  try {
    payload = JSON.parse(row.payload);
  } catch {
    // A payload that is not JSON reaches the handler as null, which rejects it.
  }
  return {
    id: row.id,
    kind: row.kind,
    payload,
    runAt: row.runAt,
    attempts: row.attempts,
    maxAttempts: row.maxAttempts,
    lockedBy: row.lockedBy,
  };
}

export class JobRepository extends Repository {
  constructor(
    db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {
    super(db);
  }

  async enqueue(job: NewJob, now: string): Promise<void> {
    const values = {
      kind: job.kind,
      payload: JSON.stringify(job.payload),
      runAt: job.runAt,
      dedupeKey: job.dedupeKey,
      status: 'pending' as const,
      attempts: 0,
      maxAttempts: job.maxAttempts ?? 8,
      lockedBy: null,
      lockedUntil: null,
      lastError: null,
      createdAt: now,
      updatedAt: now,
      finishedAt: null,
    };
    if (job.dedupeKey === null) {
      await this.writer.insertInto('job').values(values).execute();
      return;
    }
    const { createdAt: _createdAt, ...again } = values;
    await this.writer
      .insertInto('job')
      .values(values)
      .onConflict((oc) => oc.column('dedupeKey').doUpdateSet(again))
      .execute();
  }

  /** Adds the job unless a live one with its key exists (a recurring job, at start). */
  async ensure(job: NewJob & { dedupeKey: string }, now: string): Promise<void> {
    await this.writer
      .insertInto('job')
      .values({
        kind: job.kind,
        payload: JSON.stringify(job.payload),
        runAt: job.runAt,
        dedupeKey: job.dedupeKey,
        status: 'pending',
        attempts: 0,
        maxAttempts: job.maxAttempts ?? 8,
        createdAt: now,
        updatedAt: now,
      })
      .onConflict((oc) =>
        oc
          .column('dedupeKey')
          .doUpdateSet({ status: 'pending', attempts: 0, runAt: job.runAt, updatedAt: now })
          .where('job.status', 'in', ['done', 'failed', 'cancelled']),
      )
      .execute();
  }

  /**
   * Cancels the pending job with this key, if any. A job already running is left to finish:
   * its handler looks at the state again, inside its own transaction, and does nothing when
   * there is nothing left to do (and it may be the very job asking).
   */
  async cancel(dedupeKey: string, now: string): Promise<void> {
    await this.writer
      .updateTable('job')
      .set({ status: 'cancelled', updatedAt: now, finishedAt: now })
      .where('dedupeKey', '=', dedupeKey)
      .where('status', '=', 'pending')
      .execute();
  }

  /**
   * Claims up to `limit` jobs that are due — or were claimed by a process whose claim ran out
   * (it crashed) — for `worker`, until `lockedUntil`.
   */
  async claimDue(worker: string, now: string, lockedUntil: string, limit: number): Promise<Job[]> {
    const claim = { status: 'running' as const, lockedBy: worker, lockedUntil, updatedAt: now };
    if (this.dialect === 'postgres') {
      const rows = await this.writer
        .updateTable('job')
        .set((eb) => ({ ...claim, attempts: eb('attempts', '+', 1) }))
        .where('id', 'in', (eb) =>
          eb
            .selectFrom('job')
            .select('id')
            .where((w) => due(w, now))
            .orderBy('runAt')
            .limit(limit)
            .forUpdate()
            .skipLocked(),
        )
        .returningAll()
        .execute();
      return rows.map(toJob);
    }
    const ids = await this.writer
      .selectFrom('job')
      .select('id')
      .where((w) => due(w, now))
      .orderBy('runAt')
      .limit(limit)
      .execute();
    if (ids.length === 0) return [];
    const rows = await this.writer
      .updateTable('job')
      .set((eb) => ({ ...claim, attempts: eb('attempts', '+', 1) }))
      .where(
        'id',
        'in',
        ids.map((r) => r.id),
      )
      .returningAll()
      .execute();
    return rows.map(toJob);
  }

  /** Marks a claimed job done; false when `worker`'s claim was lost (another took it over). */
  async complete(id: number, worker: string, now: string): Promise<boolean> {
    const result = await this.writer
      .updateTable('job')
      .set({ status: 'done', finishedAt: now, updatedAt: now, lockedBy: null, lockedUntil: null })
      .where('id', '=', id)
      .where('lockedBy', '=', worker)
      .where('status', '=', 'running')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Puts a claimed job back, to run at `runAt`, without counting the attempt. */
  async release(id: number, worker: string, runAt: string, now: string): Promise<boolean> {
    const result = await this.writer
      .updateTable('job')
      .set((eb) => ({
        status: 'pending' as const,
        runAt,
        attempts: eb('attempts', '-', 1),
        lockedBy: null,
        lockedUntil: null,
        updatedAt: now,
      }))
      .where('id', '=', id)
      .where('lockedBy', '=', worker)
      .where('status', '=', 'running')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Records a failure: the job runs again at `retryAt`, or has failed for good when null. */
  async fail(
    id: number,
    worker: string,
    error: string,
    retryAt: string | null,
    now: string,
  ): Promise<void> {
    await this.writer
      .updateTable('job')
      .set({
        status: retryAt === null ? 'failed' : 'pending',
        runAt: retryAt ?? sql<string>`run_at`,
        lastError: error.slice(0, 2000),
        lockedBy: null,
        lockedUntil: null,
        updatedAt: now,
        finishedAt: retryAt === null ? now : null,
      })
      .where('id', '=', id)
      .where('lockedBy', '=', worker)
      .execute();
  }

  /** How many jobs are due now, due later, running and failed for good: the metrics. */
  async countByState(
    now: string,
  ): Promise<Record<'due' | 'scheduled' | 'running' | 'failed', number>> {
    const rows = await this.db
      .selectFrom('job')
      .select((eb) => [
        eb
          .case()
          .when('status', '=', 'pending')
          .then(eb.case().when('runAt', '<=', now).then('due').else('scheduled').end())
          .else(eb.ref('status'))
          .end()
          .as('state'),
        eb.fn.countAll<number | string>().as('count'),
      ])
      .where('status', 'in', ['pending', 'running', 'failed'])
      .groupBy('state')
      .execute();
    const counts = { due: 0, scheduled: 0, running: 0, failed: 0 };
    for (const row of rows) {
      if (row.state in counts) counts[row.state as keyof typeof counts] = Number(row.count);
    }
    return counts;
  }

  /** When the next pending job is due, to sleep until then. */
  async nextRunAt(): Promise<string | null> {
    const row = await this.db
      .selectFrom('job')
      .select((eb) => eb.fn.min('runAt').as('runAt'))
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return (row?.runAt as string | null | undefined) ?? null;
  }

  async findByKey(dedupeKey: string): Promise<(Job & { status: JobRow['status'] }) | null> {
    const row = await this.db
      .selectFrom('job')
      .selectAll()
      .where('dedupeKey', '=', dedupeKey)
      .executeTakeFirst();
    return row ? { ...toJob(row), status: row.status } : null;
  }

  /** Removes finished jobs older than `before`; returns how many. */
  async pruneFinishedBefore(before: string): Promise<number> {
    const result = await this.writer
      .deleteFrom('job')
      .where('status', 'in', ['done', 'cancelled'])
      .where('finishedAt', '<', before)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

/** Pending and due, or claimed by a process whose claim has run out. */
function due(eb: ExpressionBuilder<Database, 'job'>, now: string) {
  return eb.or([
    eb.and([eb('status', '=', 'pending'), eb('runAt', '<=', now)]),
    eb.and([eb('status', '=', 'running'), eb('lockedUntil', '<', now)]),
  ]);
}
