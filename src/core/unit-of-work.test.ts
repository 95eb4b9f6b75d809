import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryOutsideTransactionError } from '../db/database.js';
import { WriteOutsideUnitOfWorkError } from '../db/repository.js';
import type { StoredEvent } from '../events/domain-events.js';
import { EventBus } from '../events/event-bus.js';
import {
  openTestDatabase,
  postgresUrl,
  testDialects,
  type TestDatabase,
} from '../test-support/databases.js';
import { readRepositories } from './repositories.js';
import { inTransaction, type UnitOfWorkContext } from './unit-of-work.js';

const run = promisify(execFile);
const clock = () => new Date('2026-12-02T09:00:00.000Z');
const quietLog = { error: () => undefined };
const change = (articleId: number) => ({
  articleId,
  language: 'ar' as const,
  status: 'published' as const,
  wasPublic: false,
  isPublic: true,
  sectionIds: [],
  tagIds: [],
  personIds: [],
  breaking: false,
});

function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const poll = () => {
      if (check()) return resolve();
      if (Date.now() - started > timeoutMs) return reject(new Error('timed out waiting'));
      setTimeout(poll, 20);
    };
    poll();
  });
}

describe.each(testDialects)('the unit of work on %s', (dialect) => {
  let test: TestDatabase;
  let context: UnitOfWorkContext;
  const heard: StoredEvent[] = [];

  beforeAll(async () => {
    test = await openTestDatabase(dialect);
    const bus = new EventBus(quietLog);
    bus.on('*', (event) => void heard.push(event));
    context = { db: test.db, bus, clock };
  });
  afterAll(() => test.close());

  it('refuses, instead of hanging or escaping, a query outside the transaction it runs in', async () => {
    const app = readRepositories(test.db);
    const attempt = inTransaction(context, async () => app.articles.count());
    await expect(attempt).rejects.toBeInstanceOf(QueryOutsideTransactionError);
    // The database is still usable afterwards, inside and outside transactions.
    await expect(app.articles.count()).resolves.toBe(0);
    await expect(inTransaction(context, (uow) => uow.articles.count())).resolves.toBe(0);
  });

  it('refuses a write from a repository built outside a unit of work', async () => {
    await expect(readRepositories(test.db).settings.set('x', 1)).rejects.toBeInstanceOf(
      WriteOutsideUnitOfWorkError,
    );
  });

  it('delivers events after the commit, and none for work that failed', async () => {
    heard.length = 0;
    let heardDuringWork = -1;
    await inTransaction(context, async (uow) => {
      await uow.settings.set('a', 1);
      uow.emit('article.published', change(1));
      uow.emit('settings.changed', { keys: ['a'] });
      heardDuringWork = heard.length;
    });
    expect(heardDuringWork).toBe(0);
    expect(heard.map((e) => e.type)).toEqual(['article.published', 'settings.changed']);
    expect(heard[0]).toMatchObject({ payload: change(1), createdAt: clock().toISOString() });

    heard.length = 0;
    const failing = inTransaction(context, async (uow) => {
      await uow.settings.set('b', 2);
      uow.emit('settings.changed', { keys: ['b'] });
      throw new Error('the rule said no');
    });
    await expect(failing).rejects.toThrow('the rule said no');
    expect(heard).toEqual([]);
    expect((await readRepositories(test.db).settings.getAll()).has('b')).toBe(false);
  });

  it('hears what another connection commits, once', async () => {
    const bus = new EventBus(quietLog);
    const elsewhere: StoredEvent<'article.updated'>[] = [];
    bus.on('article.updated', (event) => void elsewhere.push(event));
    const stop = await bus.watch(test.db);
    try {
      const other = test.openAnother({ pollIntervalMs: 50 });
      const otherContext = { db: other, bus: new EventBus(quietLog), clock };
      await inTransaction(otherContext, async (uow) => {
        uow.emit('article.updated', change(7));
        uow.emit('article.updated', change(8));
      });
      await until(() => elsewhere.length >= 2);
      await inTransaction(otherContext, async (uow) => uow.emit('article.updated', change(9)));
      await until(() => elsewhere.length >= 3);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(elsewhere.map((e) => e.payload.articleId)).toEqual([7, 8, 9]);
    } finally {
      await stop();
    }
  });
});

describe('SQLite write transactions', () => {
  it('take the write lock first, so two processes writing at once never fail with SQLITE_BUSY', async () => {
    const test = await openTestDatabase('sqlite');
    try {
      const file = test.config.dialect === 'sqlite' ? test.config.file : '';
      const startAt = Date.now() + 2500;
      const child = run(
        process.execPath,
        ['--import', 'tsx', 'src/test-support/sqlite-writer.ts', file, '40', String(startAt)],
        { cwd: process.cwd() },
      );
      const failures: unknown[] = [];
      await new Promise((resolve) => setTimeout(resolve, startAt - Date.now()));
      for (let i = 0; i < 40; i++) {
        await test.db
          .transaction(async (trx) => {
            const row = await trx
              .selectFrom('setting')
              .select('value')
              .where('key', '=', 'counter')
              .executeTakeFirst();
            await new Promise((resolve) => setTimeout(resolve, 5));
            const next = String(Number(row?.value ?? '0') + 1);
            await trx
              .insertInto('setting')
              .values({ key: 'counter', value: next })
              .onConflict((oc) => oc.column('key').doUpdateSet({ value: next }))
              .execute();
          })
          .catch((error: unknown) => failures.push(error));
      }
      const result = JSON.parse((await child).stdout) as { committed: number; failures: string[] };
      expect(failures).toEqual([]);
      expect(result).toEqual({ committed: 40, failures: [] });
      const counter = await test.db.kysely
        .selectFrom('setting')
        .select('value')
        .where('key', '=', 'counter')
        .executeTakeFirstOrThrow();
      // No lost update: every increment of both processes counted.
      expect(counter.value).toBe('80');
    } finally {
      await test.close();
    }
  }, 60_000);
});

describe.skipIf(!postgresUrl)('a PostgreSQL server that drops its connections', () => {
  it('costs the queries in flight, never the process, and events still arrive', async () => {
    const warnings: string[] = [];
    const test = await openTestDatabase('postgres');
    const schema = test.searchPath ?? '';
    const db = test.openAnother({
      log: { warn: (_details, message) => void warnings.push(message) },
      applicationName: `${schema}-dropped`,
    });
    const bus = new EventBus(quietLog);
    const heard: number[] = [];
    bus.on('article.deleted', (event) => void heard.push(event.payload.articleId));
    const stop = await bus.watch(db);
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    try {
      // Warm the pool so idle clients are there to be killed, and let LISTEN connect.
      await Promise.all([1, 2, 3].map(() => db.kysely.selectFrom('event').select('id').execute()));
      const writer = { db: test.db, bus: new EventBus(quietLog), clock };
      await inTransaction(writer, async (uow) => uow.emit('article.deleted', change(1)));
      await until(() => heard.length === 1);

      // What a restart does to every connection: the server ends them.
      const { rowCount } = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where application_name like $1',
        [`${schema}-dropped%`],
      );
      expect(rowCount).toBeGreaterThanOrEqual(2);
      // Every connection that died is reported (and replaced), none is an unhandled error.
      await until(() => warnings.length >= (rowCount ?? 0));

      // The pool replaces its connections, and LISTEN reconnects and catches up.
      await expect(db.kysely.selectFrom('event').select('id').execute()).resolves.toBeDefined();
      await inTransaction(writer, async (uow) => uow.emit('article.deleted', change(2)));
      await until(() => heard.includes(2), 15_000);
      expect(heard).toEqual([1, 2]);
    } finally {
      await admin.end();
      await stop();
      await test.close();
    }
  }, 60_000);
});
