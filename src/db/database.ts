/**
 * The Kysely instance, on SQLite (better-sqlite3, WAL) or PostgreSQL (pg). This is the one
 * place that knows which dialect is in use; queries are written once for both.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config/config.js';
import type { Database } from './schema.js';

export type Dialect = DatabaseConfig['dialect'];

export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  close(): Promise<void>;
}

// timestamptz and timestamp come back as the same ISO strings SQLite stores.
const TIMESTAMPTZ_OID = 1184;
const TIMESTAMP_OID = 1114;
const INT8_OID = 20;
pg.types.setTypeParser(TIMESTAMPTZ_OID, (value) => new Date(value).toISOString());
pg.types.setTypeParser(TIMESTAMP_OID, (value) => new Date(`${value}Z`).toISOString());
// count(*) is bigint in PostgreSQL; Midad's counts fit in a double.
pg.types.setTypeParser(INT8_OID, (value) => Number(value));

export interface OpenOptions {
  /** PostgreSQL only: the schema to use (tests give each suite its own). */
  searchPath?: string;
  /** SQLite only: open an existing file read-only (for `midad doctor`). */
  readonly?: boolean;
}

export function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): Db {
  const plugins = [new CamelCasePlugin()];
  if (config.dialect === 'sqlite') {
    if (!options.readonly) mkdirSync(path.dirname(config.file), { recursive: true });
    const database = new SqliteDatabase(config.file, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
    });
    if (!options.readonly) database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    const kysely = new Kysely<Database>({
      dialect: new SqliteDialect({ database: withStatementCache(database) }),
      plugins,
    });
    return { kysely, dialect: 'sqlite', close: () => kysely.destroy() };
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: 10,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins });
  return { kysely, dialect: 'postgres', close: () => kysely.destroy() };
}

/**
 * better-sqlite3 compiles a statement on every `prepare`; Kysely prepares each query it runs.
 * Pages run the same few dozen queries over and over, so keep their compiled statements.
 * Reuse is safe: better-sqlite3 runs one statement at a time, synchronously.
 */
function withStatementCache(database: SqliteDatabase.Database, size = 500) {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string): SqliteDatabase.Statement {
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

/** The database server's name and version, e.g. "SQLite 3.51.2" or "PostgreSQL 15.19". */
export async function serverVersion(db: Db): Promise<string> {
  if (db.dialect === 'sqlite') {
    const { rows } = await sql<{ version: string }>`select sqlite_version() as version`.execute(
      db.kysely,
    );
    return `SQLite ${rows[0]?.version ?? '?'}`;
  }
  const { rows } = await sql<{
    version: string;
  }>`select current_setting('server_version') as version`.execute(db.kysely);
  return `PostgreSQL ${rows[0]?.version ?? '?'}`;
}
