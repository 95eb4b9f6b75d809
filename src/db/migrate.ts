/**
 * Runs the frozen migrations (kept in `migrations/`, listed here in order) with Kysely's
 * Migrator, which records them in its own table and takes a lock so two processes
 * starting together migrate once.
 */
import { type Migration, type MigrationResultSet, Migrator, sql } from 'kysely';
import type { Db } from './database.js';
import * as initial from './migrations/2026-11-29T0600-initial.js';
import * as newsroom from './migrations/2026-12-02T0800-newsroom.js';
import * as mediaLibrary from './migrations/2026-12-02T1400-media-library.js';
import * as search from './migrations/2026-12-02T1600-search.js';
import * as searchTerms from './migrations/2026-12-02T1800-search-terms.js';
import * as webhooks from './migrations/2026-12-04T1900-webhooks.js';
import * as translations from './migrations/2026-12-04T2300-translations.js';

const migrations: Record<string, Migration> = {
  '2026-11-29T0600-initial': initial,
  '2026-12-02T0800-newsroom': newsroom,
  '2026-12-02T1400-media-library': mediaLibrary,
  '2026-12-02T1600-search': search,
  '2026-12-02T1800-search-terms': searchTerms,
  '2026-12-04T1900-webhooks': webhooks,
  '2026-12-04T2300-translations': translations,
};

/**
 * On PostgreSQL the migration tables live in the connection's current schema, named
 * explicitly: otherwise Kysely, which looks for them across every schema, would take another
 * schema's tables (another Midad in the same database) for this one's.
 */
async function migrator(db: Db): Promise<Migrator> {
  const schema =
    db.dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db.kysely))
          .rows[0]?.schema
      : undefined;
  return new Migrator({
    db: db.kysely,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

function check({ error, results }: MigrationResultSet): string[] {
  const failed = results?.find((r) => r.status === 'Error');
  if (error !== undefined || failed !== undefined) {
    const reason = error instanceof Error ? error.message : 'unknown error';
    throw new MigrationError(`migration ${failed?.migrationName ?? ''} failed: ${reason}`.trim());
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * On SQLite, migrations that rebuild a table need foreign keys off, and the pragma has no
 * effect inside a transaction: it is turned off on the connection before the migrator's
 * transaction begins, and on again after it ends. The migrations check every reference
 * themselves before they commit.
 */
async function withoutForeignKeys<T>(db: Db, run: () => Promise<T>): Promise<T> {
  if (db.dialect !== 'sqlite') return run();
  await sql`pragma foreign_keys = off`.execute(db.kysely);
  try {
    return await run();
  } finally {
    await sql`pragma foreign_keys = on`.execute(db.kysely);
  }
}

/**
 * Kysely's migrator looks for its tables across every schema of the database, reading each
 * table's columns. When another schema is dropped at that very moment (another site sharing
 * the database, a test suite ending), PostgreSQL answers for what vanished under the query:
 * "schema … does not exist" (3F000), "relation … does not exist" (42P01) or "column … of
 * relation … does not exist" (42703). Nothing of ours is wrong, and looking again succeeds;
 * a fault of our own would come back on every attempt and be reported.
 */
const vanishedObject = new Set(['3F000', '42P01', '42703']);

function isVanished(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && vanishedObject.has(code);
}

function isVanishedSchema(result: MigrationResultSet): boolean {
  return isVanished(result.error);
}

/**
 * Runs one migrator step, looking again while another schema vanished under it. Each
 * migration runs in its own transaction, so an attempt that failed left nothing behind.
 */
async function step(db: Db, run: (runner: Migrator) => Promise<MigrationResultSet>) {
  const runner = await migrator(db);
  let result = await withoutForeignKeys(db, () => run(runner));
  for (let attempt = 1; attempt < 5 && isVanishedSchema(result); attempt++) {
    result = await withoutForeignKeys(db, () => run(runner));
  }
  return check(result);
}

/** Brings the schema up to date; returns the names of the migrations it ran. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  return step(db, (runner) => runner.migrateToLatest());
}

/** Migrates up or down to the named migration (tests of a migration start from the one before). */
export async function migrateTo(db: Db, name: string): Promise<string[]> {
  return step(db, (runner) => runner.migrateTo(name));
}

/** Undoes the last migration (for development); returns its name. */
export async function migrateDown(db: Db): Promise<string[]> {
  return step(db, (runner) => runner.migrateDown());
}

export interface MigrationState {
  name: string;
  executedAt: Date | null;
}

/** What ran and what is pending; reading it looks again, like a step, while another schema vanishes. */
export async function migrationStates(db: Db): Promise<MigrationState[]> {
  const runner = await migrator(db);
  for (let attempt = 1; ; attempt++) {
    try {
      const all = await runner.getMigrations();
      return all.map((m) => ({ name: m.name, executedAt: m.executedAt ?? null }));
    } catch (error) {
      if (attempt >= 5 || !isVanished(error)) throw error;
    }
  }
}
