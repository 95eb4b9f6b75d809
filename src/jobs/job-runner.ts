/**
 * Runs the job queue in every `midad serve` process: claims due jobs (one process gets each),
 * runs each handler inside the unit of work that marks the job done — so a job's effect and
 * its completion commit together, or not at all — and retries failures with backoff. A
 * process that dies mid-job loses its claim when the lease runs out, and another process
 * takes the job over; the handlers are written so that running twice changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { readRepositories } from '../core/repositories.js';
import { inTransaction, type UnitOfWork, type UnitOfWorkContext } from '../core/unit-of-work.js';
import type { Job } from './job-repository.js';

/** A handler's answer: done, or not yet (run again then, without counting a failure). */
export type JobOutcome = 'done' | { runAgainAt: string };

export type JobHandler = (job: Job, uow: UnitOfWork) => Promise<JobOutcome>;

/**
 * A job whose work is outside the database (a request to another service): it runs before
 * the unit of work that completes it, not inside, so no transaction — and on SQLite no write
 * lock — waits on the network. It must be safe to repeat: a process that dies between the
 * work and the completion leaves the job to be run again when its lease runs out.
 */
export interface OutsideJobHandler {
  outside: (job: Job) => Promise<JobOutcome>;
}

export interface JobLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface JobRunnerOptions {
  /** The longest wait between two looks at the queue. */
  pollMs?: number;
  /** How long a claim holds before another process may take the job over. */
  leaseMs?: number;
  batchSize?: number;
  workerId?: string;
  log: JobLog;
}

class ClaimLostError extends Error {
  override name = 'ClaimLostError';
}

/** 10 s, 20 s, 40 s … up to an hour, with jitter so retries from many jobs spread out. */
export function backoffMs(attempt: number): number {
  const base = Math.min(10_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);
  return base + Math.floor(Math.random() * base * 0.2);
}

export class JobRunner {
  readonly workerId: string;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly batchSize: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private isStopped = true;

  constructor(
    private readonly context: UnitOfWorkContext,
    private readonly handlers: Readonly<Record<string, JobHandler | OutsideJobHandler>>,
    private readonly options: JobRunnerOptions,
  ) {
    this.workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.pollMs = options.pollMs ?? 5_000;
    this.leaseMs = options.leaseMs ?? 120_000;
    this.batchSize = options.batchSize ?? 10;
  }

  start(): void {
    if (!this.isStopped) return;
    this.isStopped = false;
    this.lastRoundAt = this.context.clock().getTime();
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.isStopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Looks at the queue again at `at` (a job was just scheduled for then), or now. */
  wake(at: Date = this.context.clock()): void {
    if (this.isStopped) return;
    this.schedule(Math.max(0, at.getTime() - this.context.clock().getTime()));
  }

  /** Runs every job that is due now, once; returns how many ran. For cron and tests. */
  async runDue(): Promise<number> {
    let ran = 0;
    for (;;) {
      const jobs = await this.claim();
      if (jobs.length === 0) return ran;
      for (const job of jobs) await this.runOne(job);
      ran += jobs.length;
    }
  }

  private schedule(delayMs: number): void {
    if (this.isStopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), Math.min(delayMs, this.pollMs));
    this.timer.unref();
  }

  /** Jobs by state, for the metrics. */
  queueCounts() {
    return readRepositories(this.context.db).jobs.countByState(this.context.clock().toISOString());
  }

  /**
   * Whether the runner is doing its rounds: started, and it last looked at the queue within
   * three of its longest waits plus one job's lease (a round runs jobs at most that long).
   */
  isAlive(): boolean {
    if (this.isStopped) return false;
    return this.context.clock().getTime() - this.lastRoundAt <= 3 * this.pollMs + this.leaseMs;
  }

  private lastRoundAt = 0;

  private async tick(): Promise<void> {
    this.lastRoundAt = this.context.clock().getTime();
    this.timer = null;
    if (this.running) return;
    this.running = (async () => {
      try {
        await this.runDue();
      } catch (error) {
        this.options.log.error({ err: error }, 'the job queue could not be read');
      }
    })();
    await this.running;
    this.running = null;
    if (this.isStopped) return;
    const next = await readRepositories(this.context.db)
      .jobs.nextRunAt()
      .catch(() => null);
    const runAt = next === null ? Infinity : new Date(next).getTime();
    this.schedule(Math.max(0, runAt - this.context.clock().getTime()));
  }

  private claim(): Promise<Job[]> {
    return inTransaction(this.context, (uow) =>
      uow.jobs.claimDue(
        this.workerId,
        uow.nowIso,
        new Date(uow.now.getTime() + this.leaseMs).toISOString(),
        this.batchSize,
      ),
    );
  }

  private async runOne(job: Job): Promise<void> {
    const handler = this.handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for jobs of kind "${job.kind}"`);
      const done = typeof handler === 'function' ? null : await handler.outside(job);
      const outcome = await inTransaction(this.context, async (uow) => {
        const result = done ?? (await (handler as JobHandler)(job, uow));
        const isOurs =
          result === 'done'
            ? await uow.jobs.complete(job.id, this.workerId, uow.nowIso)
            : await uow.jobs.release(job.id, this.workerId, result.runAgainAt, uow.nowIso);
        // Another process took the job over (our lease ran out): its run counts, not ours.
        if (!isOurs) throw new ClaimLostError();
        return result;
      });
      if (outcome !== 'done') this.wake(new Date(outcome.runAgainAt));
    } catch (error) {
      if (error instanceof ClaimLostError) return;
      const retryAt =
        job.attempts < job.maxAttempts
          ? new Date(this.context.clock().getTime() + backoffMs(job.attempts)).toISOString()
          : null;
      this.options.log.error(
        { err: error, job: job.id, kind: job.kind, attempt: job.attempts, retryAt },
        retryAt ? 'a job failed; it will be retried' : 'a job failed for the last time',
      );
      await inTransaction(this.context, (uow) =>
        uow.jobs.fail(job.id, this.workerId, String(error), retryAt, uow.nowIso),
      ).catch((failure: unknown) => {
        this.options.log.error(
          { err: failure, job: job.id },
          'a job failure could not be recorded',
        );
      });
    }
  }
}
