/**
 * `midad backup` while the site writes, and `midad restore` of it: the copy is whole and
 * consistent, a restore brings back exactly what the copy held (images included), a site
 * with content is replaced only when asked, and a failed or refused restore leaves it as it
 * was.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../config/config.js';
import { openDatabase, type Db } from '../db/database.js';
import { buildTestApp, testConfig, type TestApp } from '../test-support/app.js';
import { testDialects } from '../test-support/databases.js';
import { makeArticle, makeImage } from '../test-support/factories.js';
import { backup, BackupError, restore } from './backup.js';

describe.each(testDialects)('backup and restore on %s', (dialect) => {
  let test: TestApp;
  let config: Config;
  let folder: string;

  beforeAll(async () => {
    test = await buildTestApp(dialect);
    const { database } = test;
    // The site as `midad` would be configured for it: on PostgreSQL, its own schema.
    config = testConfig(database, {
      database:
        database.config.dialect === 'postgres'
          ? { dialect: 'postgres', url: database.url ?? '' }
          : database.config,
    });
    folder = mkdtempSync(path.join(tmpdir(), 'midad-backups-'));
  });
  afterAll(async () => {
    await test.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const titles = async (db: Db) =>
    (await db.kysely.selectFrom('article').select('title').orderBy('id').execute()).map(
      (row) => row.title,
    );
  /** The site's database as a process started now would open it. */
  const fresh = () => openDatabase(config.database);

  it('copies the database and the originals while the site keeps writing', async () => {
    const { context, mediaStore } = test.services;
    const image = await makeImage(context, mediaStore, { alt: 'ميناء عند الفجر' });
    await makeArticle(context, { title: 'قبل النسخة', featuredImageId: image.id });
    // Stories written all through the backup: the copy holds a moment, whole.
    let writing = true;
    const writer = (async () => {
      let n = 0;
      while (writing) {
        await makeArticle(context, { title: `خلال النسخة ${++n}` });
        // One story per turn of the event loop, as requests come to a server.
        await new Promise((resolve) => setImmediate(resolve));
      }
      return n;
    })();
    const manifest = await backup(config, path.join(folder, 'first'), new Date());
    writing = false;
    expect(await writer).toBeGreaterThan(0);

    expect(manifest).toMatchObject({ format: 1, dialect });
    expect(manifest.migrations).toContain('2026-12-04T2300-translations');
    expect(manifest.media).toEqual({ files: 1, missing: [] });
    expect(existsSync(path.join(folder, 'first', 'media', image.storageKey))).toBe(true);
    if (dialect === 'sqlite') {
      const copy = openDatabase(
        { dialect: 'sqlite', file: path.join(folder, 'first', 'database.sqlite') },
        { readonly: true },
      );
      const raw = new SqliteDatabase(path.join(folder, 'first', 'database.sqlite'), {
        readonly: true,
      });
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      raw.close();
      expect((await titles(copy)).length).toBe(manifest.articles);
      await copy.close();
      expect(existsSync(path.join(folder, 'first', 'database.sqlite-wal'))).toBe(false);
    }
    expect(manifest.articles).toBeGreaterThanOrEqual(1);
  });

  it('restores exactly what the backup held, and only over a site when asked to', async () => {
    const manifest = await backup(config, path.join(folder, 'second'), new Date());
    const before = await titles(test.services.db);
    expect(before).toHaveLength(manifest.articles);
    await makeArticle(test.services.context, { title: 'بعد النسخة' });

    await expect(restore(config, path.join(folder, 'second'), { replace: false })).rejects.toThrow(
      /already holds a site.*--replace/,
    );
    const untouched = fresh();
    expect(await titles(untouched)).toEqual([...before, 'بعد النسخة']);
    await untouched.close();

    const media = path.join(config.dataDir, 'media');
    rmSync(media, { recursive: true, force: true });
    await restore(config, path.join(folder, 'second'), { replace: true });
    const restored = fresh();
    expect(await titles(restored)).toEqual(before);
    const [image] = await restored.kysely.selectFrom('media').select('storageKey').execute();
    expect(existsSync(path.join(media, image?.storageKey ?? '-'))).toBe(true);
    await restored.close();
  });

  // PostgreSQL keeps the replaced schema aside during a restore; SQLite has no such step.
  if (dialect === 'postgres')
    it('never drops what an interrupted restore kept aside: it may be the only copy of the site', async () => {
      const aside = `${test.database.searchPath ?? ''}_before_restore`;
      await sql`create schema ${sql.id(aside)}`.execute(test.services.db.kysely);
      try {
        await expect(
          restore(config, path.join(folder, 'second'), { replace: true }),
        ).rejects.toThrow(/left from an interrupted restore/);
        const untouched = fresh();
        expect((await titles(untouched)).length).toBeGreaterThan(0);
        await untouched.close();
      } finally {
        await sql`drop schema ${sql.id(aside)} cascade`.execute(test.services.db.kysely);
      }
    });

  it('refuses what is not a backup, and never writes over an existing folder', async () => {
    await expect(restore(config, folder, { replace: true })).rejects.toBeInstanceOf(BackupError);
    await expect(backup(config, path.join(folder, 'second'), new Date())).rejects.toThrow(
      /already exists/,
    );
    expect(existsSync(path.join(folder, 'second', 'manifest.json'))).toBe(true);
  });
});
