/**
 * The database, on SQLite (better-sqlite3, WAL) or PostgreSQL (pg). This folder is the one
 * place that knows which dialect is in use; queries are written once for both, and what
 * differs — how a write transaction begins, how other processes learn of a commit, how a
 * critical section is locked — is decided here, once per concern.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DatabaseConfig } from '../config/config.js';
import type { Database } from './schema.js';
import { openPostgres } from './postgres.js';
import { openSqlite } from './sqlite.js';

export type Dialect = DatabaseConfig['dialect'];
export type Trx = Transaction<Database>;

/**
 * Called when a transaction committed by another connection or process may have written
 * events: with their ids when the dialect tells them (PostgreSQL's NOTIFY payload), or
 * `null` when it only knows that something changed (SQLite's data_version, a reconnect).
 */
export type CommitListener = (eventIds: number[] | null) => void;

export interface Db {
  readonly kysely: Kysely<Database>;
  readonly dialect: Dialect;
  /**
   * Runs `work` in one write transaction (on SQLite `BEGIN IMMEDIATE`), committed when it
   * resolves and rolled back when it throws. Inside it, any query sent through `kysely`
   * instead of the transaction throws `QueryOutsideTransactionError` instead of hanging
   * (SQLite) or escaping the transaction (PostgreSQL). Use the unit of work, not this.
   */
  transaction<T>(work: (trx: Trx) => Promise<T>): Promise<T>;
  /** Tells other processes, on commit, that this transaction wrote these events. */
  announceCommit(trx: Trx, eventIds: readonly number[]): Promise<void>;
  /** Starts watching for other connections' commits; returns the function that stops it. */
  watchCommits(listener: CommitListener): () => Promise<void>;
  /** The connection pool's state, for the metrics; null on SQLite (one connection). */
  poolStats(): { total: number; idle: number; waiting: number; max: number } | null;
  /** Holds a named lock until the transaction ends, across processes. */
  lockForTransaction(trx: Trx, name: string): Promise<void>;
  close(): Promise<void>;
}

/** Where the database layer reports trouble it survives (a lost PostgreSQL connection). */
export interface DbLog {
  warn(details: object, message: string): void;
}

export interface OpenOptions {
  /** PostgreSQL only: the schema to use (tests give each suite its own). */
  searchPath?: string;
  /** SQLite only: open an existing file read-only (for `midad doctor`). */
  readonly?: boolean;
  log?: DbLog;
  /** SQLite only: how often to look for other processes' commits. */
  pollIntervalMs?: number;
  /** PostgreSQL only: how the connections name themselves in pg_stat_activity. */
  applicationName?: string;
}

const stderrLog: DbLog = {
  warn: (details, message) => {
    const error = (details as { err?: unknown }).err;
    console.error(`midad: ${message}${error instanceof Error ? `: ${error.message}` : ''}`);
  },
};

export function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): Db {
  const log = options.log ?? stderrLog;
  return config.dialect === 'sqlite'
    ? openSqlite(config.file, { ...options, log })
    : openPostgres(config.url, { ...options, log });
}

export { QueryOutsideTransactionError } from './guarded-dialect.js';
export { serverVersion } from './server-version.js';
