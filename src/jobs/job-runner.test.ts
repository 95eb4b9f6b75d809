/**
 * The job queue as several `midad serve` processes share it: each due job runs once, a
 * failing job is retried later and then given up, a process that died loses its claim.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../core/actor.js';
import { inTransaction, type UnitOfWorkContext } from '../core/unit-of-work.js';
import { EventBus } from '../events/event-bus.js';
import { openTestDatabase, testDialects, type TestDatabase } from '../test-support/databases.js';
import { makeArticle } from '../test-support/factories.js';
import { otherInstances, until } from '../test-support/job-workers.js';
import { transitionArticle } from '../content/article-commands.js';
import { jobHandlers } from './handlers.js';
import { JobRunner, type JobHandler } from './job-runner.js';

const quiet = { info: () => undefined, error: () => undefined };

describe.each(testDialects)('the job runner on %s', (dialect) => {
  let test: TestDatabase;
  let now = Date.parse('2026-12-02T08:00:00.000Z');
  const clock = () => new Date(now);
  const contextOf = (db: TestDatabase['db']): UnitOfWorkContext => ({
    db,
    bus: new EventBus({ error: () => undefined }),
    clock,
  });
  let context: UnitOfWorkContext;

  beforeAll(async () => {
    test = await openTestDatabase(dialect);
    context = contextOf(test.db);
  });
  afterAll(() => test.close());

  const scheduleArticles = async (count: number, at: string) => {
    const ids: number[] = [];
    for (let i = 0; i < count; i++) {
      const id = await makeArticle(context, { status: 'draft' });
      await inTransaction(context, (uow) =>
        transitionArticle(uow, systemActor('system'), id, 'schedule', { scheduledAt: at }),
      );
      ids.push(id);
    }
    return ids;
  };

  it('publishes each due article once, however many processes run the queue', async () => {
    const ids = await scheduleArticles(12, '2026-12-02T08:05:00Z');
    now = Date.parse('2026-12-02T08:06:00Z');
    // Three processes claiming at the same moment: this one and two others.
    const startAt = Date.now() + 2500;
    const others = otherInstances(2, test, startAt, now);
    await until(startAt);
    const here = new JobRunner(context, jobHandlers([]), { log: quiet, batchSize: 2 });
    const ranHere = await here.runDue();
    const ranElsewhere = await others;
    expect(ranHere + ranElsewhere.reduce((a, b) => a + b, 0)).toBe(12);
    const articles = await test.db.kysely
      .selectFrom('article')
      .select(['id', 'status'])
      .where('id', 'in', ids)
      .execute();
    expect(articles.every((a) => a.status === 'published')).toBe(true);
    const publications = await test.db.kysely
      .selectFrom('articleRevision')
      .select('articleId')
      .where('articleId', 'in', ids)
      .where('actorName', '=', '@scheduler')
      .execute();
    expect(publications.map((p) => p.articleId).sort((a, b) => a - b)).toEqual(
      [...ids].sort((a, b) => a - b),
    );
    const events = await test.db.kysely
      .selectFrom('event')
      .select('payload')
      .where('type', '=', 'article.published')
      .execute();
    const published = events.map((e) => (JSON.parse(e.payload) as { articleId: number }).articleId);
    for (const id of ids) expect(published.filter((p) => p === id)).toHaveLength(1);
  });

  it('does nothing for an article unscheduled before its time', async () => {
    const [id] = await scheduleArticles(1, '2026-12-02T09:00:00Z');
    await inTransaction(context, (uow) =>
      transitionArticle(uow, systemActor('system'), id ?? 0, 'draft', {}),
    );
    now = Date.parse('2026-12-02T09:01:00Z');
    expect(await new JobRunner(context, jobHandlers([]), { log: quiet }).runDue()).toBe(0);
    const row = await test.db.kysely
      .selectFrom('article')
      .select('status')
      .where('id', '=', id ?? 0)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('draft');
  });

  it('retries a failing job with growing waits, then gives up and says why', async () => {
    let calls = 0;
    const failing: JobHandler = async () => {
      calls++;
      throw new Error('the wire service is down');
    };
    const errors: string[] = [];
    const runner = new JobRunner(
      context,
      { flaky: failing },
      {
        log: { info: () => undefined, error: (_d, message) => void errors.push(message) },
      },
    );
    await inTransaction(context, (uow) =>
      uow.jobs.enqueue(
        { kind: 'flaky', payload: {}, runAt: uow.nowIso, dedupeKey: 'flaky', maxAttempts: 3 },
        uow.nowIso,
      ),
    );
    const waits: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(await runner.runDue()).toBe(1);
      const job = await test.db.kysely
        .selectFrom('job')
        .selectAll()
        .where('dedupeKey', '=', 'flaky')
        .executeTakeFirstOrThrow();
      expect(job.lastError).toContain('the wire service is down');
      if (job.status === 'failed') break;
      expect(job.status).toBe('pending');
      waits.push(Date.parse(job.runAt) - now);
      // Not due again until its wait is over.
      expect(await runner.runDue()).toBe(0);
      now = Date.parse(job.runAt) + 1;
    }
    expect(calls).toBe(3);
    expect(waits).toHaveLength(2);
    expect(waits[1] ?? 0).toBeGreaterThan(waits[0] ?? 0);
    expect(errors.at(-1)).toBe('a job failed for the last time');
  });

  it('takes over the job of a process whose claim ran out', async () => {
    const [id] = await scheduleArticles(1, '2026-12-02T10:00:00Z');
    now = Date.parse('2026-12-02T10:00:30Z');
    // A process claims the job, then dies before finishing it.
    const claimed = await inTransaction(context, (uow) =>
      uow.jobs.claimDue('dead', uow.nowIso, new Date(now + 60_000).toISOString(), 10),
    );
    expect(claimed).toHaveLength(1);
    const survivor = new JobRunner(context, jobHandlers([]), { log: quiet, workerId: 'alive' });
    expect(await survivor.runDue()).toBe(0);
    now += 61_000;
    expect(await survivor.runDue()).toBe(1);
    const row = await test.db.kysely
      .selectFrom('article')
      .select('status')
      .where('id', '=', id ?? 0)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('published');
    // The dead process, back, cannot complete what is no longer its job.
    const job = claimed[0];
    const lateComplete = await inTransaction(context, (uow) =>
      uow.jobs.complete(job?.id ?? 0, 'dead', uow.nowIso),
    );
    expect(lateComplete).toBe(false);
  });
});
