import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import pg from 'pg';
import { pino } from 'pino';
import { createLogger } from '../logging.js';
import { openTestDatabase, postgresUrl } from '../test-support/databases.js';
import { isIndexIncomplete } from '../search/rebuild.js';
import { startSite, type RunningSite } from './serve.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(env: Record<string, string>): Promise<RunningSite> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'midad-serve-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const config = loadConfig({
    MIDAD_DATA_DIR: dataDir,
    PORT: '1',
    MIDAD_HOST: '127.0.0.1',
    ...env,
  });
  const site = await startSite({ ...config, port: 0 }, { log: createLogger('silent') });
  cleanups.push(() => site.close());
  return site;
}

describe('midad serve', () => {
  it('starts with the demo content, and restarting adds nothing', async () => {
    const first = await start({});
    const home = await fetch(first.address);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('dir="rtl"');
    const count = async (site: RunningSite) =>
      (await site.services.reader.listSummaries({}, 1000)).length;
    const articles = await count(first);
    // The demo was indexed as it was written: nothing for the start-up catch-up to rebuild.
    expect(await isIndexIncomplete(first.services.context)).toBe(false);
    const { rows } = await sql<{ journalMode: string }>`pragma journal_mode`.execute(
      first.db.kysely,
    );
    expect(rows[0]?.journalMode).toBe('wal');
    expect(articles).toBeGreaterThanOrEqual(27);
    const dataDir = first.app.midad.config.dataDir;
    await first.close();
    cleanups.pop();

    const config = loadConfig({ MIDAD_DATA_DIR: dataDir, MIDAD_HOST: '127.0.0.1' });
    const second = await startSite({ ...config, port: 0 }, { log: createLogger('silent') });
    cleanups.push(() => second.close());
    expect(await count(second)).toBe(articles);
  });

  it('starts empty with MIDAD_DEMO=0', async () => {
    const site = await start({ MIDAD_DEMO: '0' });
    expect(await site.services.reader.listSummaries({}, 1000)).toEqual([]);
    const home = await fetch(site.address);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('dir="rtl"');
  });
});

describe.skipIf(!postgresUrl)('midad serve on PostgreSQL', () => {
  it('stays up when the server drops every connection, and serves again after', async () => {
    const database = await openTestDatabase('postgres', { migrate: false });
    cleanups.push(() => database.close());
    const warnings: string[] = [];
    // The site's log, read line by line: what it says when PostgreSQL goes away.
    const log = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(line) });
    const config = loadConfig({
      MIDAD_DATA_DIR: database.dataDir,
      MIDAD_HOST: '127.0.0.1',
      MIDAD_DATABASE_URL: database.url ?? '',
    });
    const applicationName = `${database.searchPath}-site`;
    const site = await startSite({ ...config, port: 0 }, { log, applicationName });
    cleanups.push(() => site.close());
    expect((await fetch(site.address)).status).toBe(200);

    // What a restart of PostgreSQL does to the site's connections.
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    const { rowCount } = await admin.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where application_name like $1',
      [`${applicationName}%`],
    );
    await admin.end();
    expect(rowCount).toBeGreaterThan(0);

    // What needs the database: the page cache would answer the home page from memory.
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (await fetch(`${site.address}/readyz`)).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
    expect((await fetch(`${site.address}/section/no-such-section`)).status).toBe(404);
    expect((await fetch(site.address)).status).toBe(200);
    expect(warnings.some((w) => w.includes('PostgreSQL'))).toBe(true);
  });
});
