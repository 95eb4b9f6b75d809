/**
 * SQLite through better-sqlite3: one connection, WAL, foreign keys on, write transactions
 * that take the write lock at `BEGIN IMMEDIATE`, and other processes' commits noticed by
 * polling `PRAGMA data_version` (one cheap call that changes only when another connection
 * committed).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteAdapter, SqliteDialect } from 'kysely';
import type { CommitListener, Db, DbLog, OpenOptions } from './database.js';
import { guardedDialect, transactionMarker } from './guarded-dialect.js';
import { once } from './once.js';
import type { Database } from './schema.js';

/**
 * SQLite runs DDL inside transactions; Kysely's adapter says it does not, which would run
 * migrations statement by statement, half-applied after a crash and unlocked against a
 * second process. Saying so makes the migrator wrap them in one `BEGIN IMMEDIATE`.
 */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

export function openSqlite(file: string, options: OpenOptions & { log: DbLog }): Db {
  const readonly = options.readonly ?? false;
  if (!readonly) mkdirSync(path.dirname(file), { recursive: true });
  const database = new SqliteDatabase(file, { readonly, fileMustExist: readonly });
  if (!readonly) database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');

  const marker = transactionMarker();
  const kysely = new Kysely<Database>({
    dialect: guardedDialect(new SqliteDialect({ database: withStatementCache(database) }), {
      marker,
      begin: 'begin immediate',
      adapter: new TransactionalSqliteAdapter(),
      queue: true,
    }),
    plugins: [new CamelCasePlugin()],
  });
  const watchers = new Set<() => Promise<void>>();

  return {
    kysely,
    dialect: 'sqlite',
    poolStats: () => null,
    transaction: (work) => kysely.transaction().execute((trx) => marker.run(() => work(trx))),
    // Other processes see the commit through data_version; there is nothing to send.
    announceCommit: async () => undefined,
    watchCommits(listener) {
      const stop = pollDataVersion(database, listener, options.pollIntervalMs ?? 500);
      watchers.add(stop);
      return async () => {
        watchers.delete(stop);
        await stop();
      };
    },
    // BEGIN IMMEDIATE already holds the database's one write lock.
    lockForTransaction: async () => undefined,
    close: once(async () => {
      await Promise.all([...watchers].map((stop) => stop()));
      await kysely.destroy();
    }),
  };
}

function pollDataVersion(
  database: SqliteDatabase.Database,
  listener: CommitListener,
  intervalMs: number,
): () => Promise<void> {
  const read = () => Number(database.pragma('data_version', { simple: true }));
  let seen = read();
  const timer = setInterval(() => {
    if (!database.open) return;
    const current = read();
    if (current !== seen) {
      seen = current;
      listener(null);
    }
  }, intervalMs);
  timer.unref();
  return async () => clearInterval(timer);
}

/**
 * better-sqlite3 compiles a statement on every `prepare`; Kysely prepares each query it runs.
 * Pages run the same few dozen queries over and over, so keep their compiled statements
 * (the oldest is dropped when the cache is full; queries with generated `in (…)` lists
 * vary, and would otherwise grow it without bound).
 * Reuse is safe: better-sqlite3 runs one statement at a time, synchronously. Pragmas are
 * never kept: some act when they are compiled, so a reused one would silently do nothing.
 */
function withStatementCache(database: SqliteDatabase.Database, size = 500) {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string): SqliteDatabase.Statement {
      if (/^\s*pragma\b/i.test(sql)) return database.prepare(sql);
      let statement = statements.get(sql);
      if (!statement) {
        statement = database.prepare(sql);
        if (statements.size >= size) statements.delete(statements.keys().next().value ?? '');
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}
