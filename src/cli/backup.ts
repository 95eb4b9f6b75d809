/**
 * `midad backup` and `midad restore`: a consistent copy of a running site, and the site made
 * that copy again. A backup is a folder:
 *
 *   manifest.json     what it is: format, when, which database, which migrations, media
 *   database.sqlite   SQLite's online backup of the database (pages copied while it serves)
 *   database.pgdump   or pg_dump's custom format of the site's schema (one snapshot)
 *   media/            the uploaded originals, when they live in the data directory (the
 *                     sizes and crops are made again from them when first asked for)
 *
 * The database is copied first and the media after, so every image the copy names is in it
 * (an image deleted in between is the exception, and is listed). Images in an S3 bucket stay
 * there: the bucket has its own versioning and replication.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import type { Config } from '../config/config.js';
import { openDatabase, type Db } from '../db/database.js';
import { migrationStates } from '../db/migrate.js';

const run = promisify(execFile);

export const backupFormat = 1;

export interface BackupManifest {
  format: number;
  createdAt: string;
  dialect: 'sqlite' | 'postgres';
  /** PostgreSQL: the schema that was dumped (and is restored). */
  schema: string | null;
  migrations: string[];
  articles: number;
  media: { files: number; missing: string[] } | 'bucket';
}

export class BackupError extends Error {
  override name = 'BackupError';
}

const mediaDirOf = (config: Config) => path.join(config.dataDir, 'media');

async function currentSchema(db: Db): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(
    db.kysely,
  );
  const schema = rows[0]?.schema;
  if (!schema) throw new BackupError('the database has no current schema to back up');
  return schema;
}

async function facts(db: Db) {
  const migrations = (await migrationStates(db))
    .filter((state) => state.executedAt !== null)
    .map((state) => state.name);
  const articles = migrations.length === 0 ? 0 : await countArticles(db);
  const storageKeys =
    migrations.length === 0
      ? []
      : (await db.kysely.selectFrom('media').select('storageKey').execute()).map(
          (row) => row.storageKey,
        );
  return { migrations, articles, storageKeys };
}

async function countArticles(db: Db): Promise<number> {
  const row = await db.kysely
    .selectFrom('article')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function countFiles(dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).length;
}

/**
 * SQLite's online backup API. A write by the site between two steps of the copy makes it
 * start over, so after the first step it takes every page left in one, reading one snapshot
 * (the site's writes go on meanwhile: it runs in WAL mode).
 */
async function copySqlite(file: string, target: string) {
  const copyFile = path.join(target, 'database.sqlite');
  const source = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(copyFile, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  // One self-contained file: the copy leaves write-ahead logging (the site turns it back on
  // when it opens the restored database).
  const copied = new SqliteDatabase(copyFile);
  copied.pragma('journal_mode = DELETE');
  copied.close();
  const copy = openDatabase({ dialect: 'sqlite', file: copyFile }, { readonly: true });
  try {
    return await facts(copy);
  } finally {
    await copy.close();
  }
}

/** pg_dump of the site's own schema: one snapshot, however long the dump takes. */
async function dumpPostgres(url: string, target: string) {
  const db = openDatabase({ dialect: 'postgres', url });
  try {
    const schema = await currentSchema(db);
    await run('pg_dump', [
      `--dbname=${url}`,
      `--schema=${schema}`,
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      `--file=${path.join(target, 'database.pgdump')}`,
    ]);
    return { schema, known: await facts(db) };
  } finally {
    await db.close();
  }
}

/**
 * Writes a backup of the configured site into `target` (a folder that must not exist yet)
 * while the site keeps serving, and returns its manifest.
 */
export async function backup(config: Config, target: string, now: Date): Promise<BackupManifest> {
  if (existsSync(target)) throw new BackupError(`${target} already exists; name a new folder`);
  if (config.database.dialect === 'sqlite' && !existsSync(config.database.file)) {
    throw new BackupError(`there is no database at ${config.database.file} to back up`);
  }
  await mkdir(target, { recursive: true });
  try {
    const { schema, known } =
      config.database.dialect === 'sqlite'
        ? { schema: null, known: await copySqlite(config.database.file, target) }
        : await dumpPostgres(config.database.url, target);

    let media: BackupManifest['media'] = 'bucket';
    if (!config.mediaBucket) {
      const source = mediaDirOf(config);
      const copied = path.join(target, 'media');
      if (existsSync(source)) {
        // The originals only: the sizes and crops are made again from them on first request.
        // Files being written are named `*.tmp` until they are whole: those are left out too.
        const derived = path.join(source, 'derived');
        await cp(source, copied, {
          recursive: true,
          filter: (file) => file !== derived && !file.endsWith('.tmp'),
        });
      } else {
        await mkdir(copied);
      }
      const missing: string[] = [];
      for (const key of known.storageKeys) {
        if (!existsSync(path.join(copied, key))) missing.push(key);
      }
      media = { files: await countFiles(copied), missing };
    }
    const manifest: BackupManifest = {
      format: backupFormat,
      createdAt: now.toISOString(),
      dialect: config.database.dialect,
      schema,
      migrations: known.migrations,
      articles: known.articles,
      media,
    };
    await writeFile(path.join(target, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } catch (error) {
    await rm(target, { recursive: true, force: true });
    throw error;
  }
}

export async function readManifest(source: string): Promise<BackupManifest> {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(
      await readFile(path.join(source, 'manifest.json'), 'utf8'),
    ) as BackupManifest;
  } catch {
    throw new BackupError(`${source} is not a Midad backup (no readable manifest.json)`);
  }
  if (manifest.format !== backupFormat) {
    throw new BackupError(
      `${source} is a backup of format ${manifest.format}, not ${backupFormat}`,
    );
  }
  return manifest;
}

/**
 * Makes the configured site the backup in `source` again. A site that holds anything is
 * replaced only with `replace`; the site should be stopped meanwhile (it would go on serving
 * what it had in memory). On PostgreSQL the schema being replaced is kept aside until the
 * restore has committed, so a failed restore leaves the site as it was.
 */
export async function restore(
  config: Config,
  source: string,
  { replace }: { replace: boolean },
): Promise<BackupManifest> {
  const manifest = await readManifest(source);
  if (manifest.dialect !== config.database.dialect) {
    throw new BackupError(
      `this backup is of a ${manifest.dialect} database; the site is configured for ${config.database.dialect}`,
    );
  }
  if (config.database.dialect === 'sqlite') {
    await restoreSqlite(config.database.file, source, replace);
  } else {
    await restorePostgres(config, source, manifest, replace);
  }
  if (manifest.media !== 'bucket' && !config.mediaBucket) {
    // Copied beside the media folder whole, then put in its place.
    const target = mediaDirOf(config);
    const incoming = `${target}.restoring`;
    await rm(incoming, { recursive: true, force: true });
    await cp(path.join(source, 'media'), incoming, { recursive: true });
    if (replace || !existsSync(target)) {
      await rm(target, { recursive: true, force: true });
      await rename(incoming, target);
    } else {
      await cp(incoming, target, { recursive: true });
      await rm(incoming, { recursive: true, force: true });
    }
  }
  return manifest;
}

async function holdsContent(db: Db): Promise<boolean> {
  const applied = (await migrationStates(db)).some((state) => state.executedAt !== null);
  return applied && (await countArticles(db)) > 0;
}

async function restoreSqlite(file: string, source: string, replace: boolean): Promise<void> {
  if (existsSync(file) && !replace) {
    const db = openDatabase({ dialect: 'sqlite', file }, { readonly: true });
    try {
      if (await holdsContent(db)) {
        throw new BackupError(
          `${file} already holds a site; stop it and run again with --replace to overwrite it`,
        );
      }
    } finally {
      await db.close();
    }
  }
  await mkdir(path.dirname(file), { recursive: true });
  // Copied beside the database, then renamed over it: never a half-written database file.
  const incoming = `${file}.restoring`;
  await cp(path.join(source, 'database.sqlite'), incoming);
  for (const suffix of ['-wal', '-shm']) await rm(`${file}${suffix}`, { force: true });
  await rename(incoming, file);
}

async function restorePostgres(
  config: Config,
  source: string,
  manifest: BackupManifest,
  replace: boolean,
): Promise<void> {
  if (config.database.dialect !== 'postgres' || !manifest.schema) {
    throw new BackupError('this backup names no PostgreSQL schema');
  }
  const { url } = config.database;
  const schema = manifest.schema;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const quoted = client.escapeIdentifier(schema);
  const aside = `${schema}_before_restore`;
  try {
    const found = await client.query<{ tables: string }>(
      `select count(*) as tables from information_schema.tables where table_schema = $1`,
      [schema],
    );
    const exists = async (name: string) =>
      (
        await client.query(`select 1 from information_schema.schemata where schema_name = $1`, [
          name,
        ])
      ).rowCount !== 0;
    const schemaExists = await exists(schema);
    const hasTables = Number(found.rows[0]?.tables ?? 0) > 0;
    if (hasTables && !replace) {
      throw new BackupError(
        `the schema ${schema} already holds a site; stop it and run again with --replace to overwrite it`,
      );
    }
    if (await exists(aside)) {
      // Left by a restore that was interrupted: it may be the only copy of the site before.
      throw new BackupError(
        `the schema ${aside} is left from an interrupted restore; rename it back to ${schema} or drop it, then run again`,
      );
    }
    // The schema there (a fresh database's empty public one, or the site being replaced) is
    // kept aside under another name until the restore has committed.
    if (schemaExists) {
      await client.query(`alter schema ${quoted} rename to ${client.escapeIdentifier(aside)}`);
    }
    try {
      await run('pg_restore', [
        '--no-owner',
        '--no-privileges',
        '--exit-on-error',
        '--single-transaction',
        `--dbname=${url}`,
        path.join(source, 'database.pgdump'),
      ]);
    } catch (error) {
      if (schemaExists) {
        await client.query(`drop schema if exists ${quoted} cascade`);
        await client.query(`alter schema ${client.escapeIdentifier(aside)} rename to ${quoted}`);
      }
      const detail = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
      throw new BackupError(`pg_restore failed, and the site is as it was: ${detail}`);
    }
    if (schemaExists) await client.query(`drop schema ${client.escapeIdentifier(aside)} cascade`);
  } finally {
    await client.end();
  }
}
