/**
 * The databases every database test runs on: SQLite always, PostgreSQL when
 * MIDAD_TEST_DATABASE_URL names a server. Each opened database is fresh and migrated:
 * a temporary SQLite file, or a schema of its own on PostgreSQL, dropped on close.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseConfig } from '../config/config.js';
import { type Db, type OpenOptions, openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';

export const postgresUrl = process.env.MIDAD_TEST_DATABASE_URL?.trim() || undefined;

export interface TestDatabase {
  db: Db;
  /** A configuration pointing at the same database, for code that opens its own. */
  config: DatabaseConfig;
  searchPath?: string;
  dataDir: string;
  /**
   * The database as MIDAD_DATABASE_URL would name it, for code that opens its own (the real
   * server, the CLI): on PostgreSQL the suite's schema rides in the URL's options.
   */
  url?: string;
  /** Another connection to the same database (and schema), as a second process would have. */
  openAnother(options?: OpenOptions): Db;
  close(): Promise<void>;
}

export const testDialects: DatabaseConfig['dialect'][] = postgresUrl
  ? ['sqlite', 'postgres']
  : ['sqlite'];

export async function openTestDatabase(
  dialect: DatabaseConfig['dialect'],
  { migrate = true } = {},
): Promise<TestDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'midad-test-'));
  const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (dialect === 'sqlite') {
    const config: DatabaseConfig = { dialect: 'sqlite', file: path.join(dataDir, 'midad.db') };
    const db = openDatabase(config);
    if (migrate) await migrateToLatest(db);
    const others: Db[] = [];
    return {
      db,
      config,
      dataDir,
      openAnother: (options) => {
        const other = openDatabase(config, options);
        others.push(other);
        return other;
      },
      close: async () => {
        await Promise.all(others.map((other) => other.close()));
        await db.close();
        removeDataDir();
      },
    };
  }
  if (!postgresUrl) throw new Error('MIDAD_TEST_DATABASE_URL is not set');
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const config: DatabaseConfig = { dialect: 'postgres', url: postgresUrl };
  const db = openDatabase(config, { searchPath: schema, applicationName: schema });
  if (migrate) await migrateToLatest(db);
  const others: Db[] = [];
  return {
    db,
    config,
    searchPath: schema,
    url: `${postgresUrl}${postgresUrl.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    dataDir,
    openAnother: (options) => {
      const other = openDatabase(config, {
        searchPath: schema,
        applicationName: `${schema}-other`,
        ...options,
      });
      others.push(other);
      return other;
    },
    close: async () => {
      await Promise.all(others.map((other) => other.close()));
      await db.close();
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
      removeDataDir();
    },
  };
}
