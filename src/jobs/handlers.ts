/**
 * What each kind of job does. Every handler runs inside the unit of work that completes its
 * job, and is safe to run twice: it looks at the state first and does nothing when there is
 * nothing left to do.
 */
import { systemActor } from '../core/actor.js';
import type { UnitOfWork } from '../core/unit-of-work.js';
import { publishJobKind, publishScheduledArticle } from '../content/article-commands.js';
import type { JobHandler, JobOutcome } from './job-runner.js';
import type { Job } from './job-repository.js';

export const housekeepingJobKind = 'housekeeping';
const day = 24 * 60 * 60 * 1000;

/** Publishes a scheduled article when its time has come. */
async function publishArticle(job: Job, uow: UnitOfWork): Promise<JobOutcome> {
  const articleId = (job.payload as { articleId?: unknown } | null)?.articleId;
  if (typeof articleId !== 'number' || !Number.isSafeInteger(articleId)) {
    throw new Error(`job ${job.id} names no article`);
  }
  const result = await publishScheduledArticle(uow, systemActor('scheduler'), articleId);
  if (result === 'not_due') {
    // Rescheduled to a later time after this run was claimed: come back then.
    const row = await uow.articles.findById(articleId);
    if (row?.scheduledAt) return { runAgainAt: row.scheduledAt };
  }
  return 'done';
}

export interface HousekeepingTask {
  name: string;
  run(uow: UnitOfWork): Promise<number>;
}

/** Daily: forgets what is no longer needed (old events and finished jobs, expired sign-ins). */
export function housekeeping(tasks: readonly HousekeepingTask[]): JobHandler {
  return async (_job, uow) => {
    for (const task of tasks) await task.run(uow);
    return { runAgainAt: new Date(uow.now.getTime() + day).toISOString() };
  };
}

export const coreHousekeeping: HousekeepingTask[] = [
  {
    name: 'events older than 30 days',
    run: (uow) => uow.events.pruneBefore(new Date(uow.now.getTime() - 30 * day).toISOString()),
  },
  {
    name: 'finished jobs older than 14 days',
    run: (uow) =>
      uow.jobs.pruneFinishedBefore(new Date(uow.now.getTime() - 14 * day).toISOString()),
  },
];

export function jobHandlers(tasks: readonly HousekeepingTask[]): Record<string, JobHandler> {
  return {
    [publishJobKind]: publishArticle,
    [housekeepingJobKind]: housekeeping(tasks),
  };
}
