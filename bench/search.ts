/**
 * `npm run bench:search`: search at scale. Loads 100 000 generated Arabic articles
 * (`--articles N` for fewer) into a fresh SQLite database, and into a fresh schema on
 * PostgreSQL when MIDAD_BENCH_DATABASE_URL or MIDAD_TEST_DATABASE_URL names a server; then
 * times the index build (`rebuildSearchIndex`, what `midad search reindex` runs), the
 * latency of searches through `SearchService.search` (the search page's own path, snippets
 * and all) and the room the index takes. Prints one table per database; both are removed at
 * the end, on Ctrl-C and on failure. Targets and recorded runs: docs/benchmarks.md.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../src/config/config.js';
import { openDatabase, serverVersion, type Db } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createLogger } from '../src/logging.js';
import { rebuildSearchIndex } from '../src/search/rebuild.js';
import { createServices, type Services } from '../src/services.js';
import { BenchError } from './lib/children.js';
import { loadArticles, newestPublication } from './search/articles.js';
import {
  queriesOf,
  queryKinds,
  wordPools,
  type QueryKind,
  type WordPools,
} from './search/queries.js';
import { storageSizes, type StorageSizes } from './search/sizes.js';
import { generateCorpus } from './search-quality/corpus.js';
import type { SearchDocument } from './search-quality/documents.js';

interface Options {
  articles: number;
  queries: number;
}

interface Site {
  name: string;
  db: Db;
  services: Services;
  close(): Promise<void>;
}

interface Latency {
  kind: QueryKind;
  p50: number;
  p95: number;
  p99: number;
  /** The share of queries that found something, and the median number of matches. */
  found: number;
  medianMatches: number;
}

interface DialectResult {
  name: string;
  dialect: Db['dialect'];
  loadSeconds: number;
  buildSeconds: number;
  latencies: Latency[];
  sizes: StorageSizes;
}

const warmUpQueries = 20;
const day = 24 * 60 * 60 * 1000;
/** Targets on the reference machine (2 cores), SQLite: docs/benchmarks.md. */
const targets = { buildRate: 2000, twoWordP95Ms: 30 };
/** How to remove each database still open, whatever way the run ends. */
const openSites = new Set<() => Promise<void>>();

function readOptions(): Options {
  const { values } = parseArgs({
    options: { articles: { type: 'string' }, queries: { type: 'string' } },
  });
  const whole = (name: string, raw: string | undefined, fallback: number, least: number) => {
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < least) {
      throw new BenchError(`--${name}: "${raw}" is not a whole number of at least ${least}`);
    }
    return value;
  };
  return {
    articles: whole('articles', values.articles, 100_000, 1000),
    queries: whole('queries', values.queries, 300, 20),
  };
}

function postgresUrl(): string | undefined {
  const url = process.env.MIDAD_BENCH_DATABASE_URL ?? process.env.MIDAD_TEST_DATABASE_URL;
  return url?.trim() || undefined;
}

/** A fresh, migrated database with Midad's services on it, and a clock just after the corpus. */
async function openSite(url: string | undefined): Promise<Site> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'midad-bench-search-'));
  const schema = url === undefined ? undefined : `bench_search_${randomBytes(6).toString('hex')}`;
  const config = loadConfig({
    MIDAD_DATA_DIR: dataDir,
    MIDAD_DEMO: '0',
    MIDAD_LOG_LEVEL: 'silent',
    ...(url === undefined ? {} : { MIDAD_DATABASE_URL: url }),
  });
  // PostgreSQL connects at the first query, so the schema can be made after this.
  const db = openDatabase(config.database, schema === undefined ? {} : { searchPath: schema });
  const close = async () => {
    openSites.delete(close);
    await db.close();
    if (url !== undefined) await adminQuery(url, `drop schema if exists ${schema} cascade`);
    rmSync(dataDir, { recursive: true, force: true });
  };
  openSites.add(close);
  if (url !== undefined) await adminQuery(url, `create schema ${schema}`);
  await migrateToLatest(db);
  const services = createServices(config, db, {
    log: createLogger('silent'),
    clock: () => new Date(newestPublication + day),
  });
  return { name: await serverVersion(db), db, services, close };
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** On PostgreSQL, what autovacuum does soon after a bulk write: fresh planner statistics. */
async function analyzeTables(db: Db): Promise<void> {
  if (db.dialect === 'postgres') await sql`analyze`.execute(db.kysely);
}

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
}

async function measureKind(
  site: Site,
  kind: QueryKind,
  pools: WordPools,
  documents: readonly SearchDocument[],
  count: number,
): Promise<Latency> {
  const search = (q: string) => site.services.search.search({ q, language: 'ar', page: 1 });
  for (const q of queriesOf(kind, pools, documents, warmUpQueries, count)) await search(q);
  const times: number[] = [];
  const matches: number[] = [];
  for (const q of queriesOf(kind, pools, documents, count)) {
    const started = performance.now();
    const results = await search(q);
    times.push(performance.now() - started);
    matches.push(results.total);
  }
  times.sort((a, b) => a - b);
  matches.sort((a, b) => a - b);
  return {
    kind,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    found: matches.filter((n) => n > 0).length / matches.length,
    medianMatches: percentile(matches, 0.5),
  };
}

async function runOn(
  url: string | undefined,
  documents: readonly SearchDocument[],
  pools: WordPools,
  options: Options,
): Promise<DialectResult> {
  const site = await openSite(url);
  try {
    console.log(`${site.name}: loading ${documents.length} articles`);
    const loaded = await loadArticles(site.services.context, documents);
    await analyzeTables(site.db);
    console.log(`${site.name}: building the search index`);
    const started = performance.now();
    await rebuildSearchIndex(site.services.context);
    const buildSeconds = (performance.now() - started) / 1000;
    await analyzeTables(site.db);
    console.log(`${site.name}: ${options.queries} searches of each kind`);
    const latencies: Latency[] = [];
    for (const kind of queryKinds) {
      latencies.push(await measureKind(site, kind, pools, documents, options.queries));
    }
    return {
      name: site.name,
      dialect: site.db.dialect,
      loadSeconds: loaded.seconds,
      buildSeconds,
      latencies,
      sizes: await storageSizes(site.db),
    };
  } finally {
    await site.close();
  }
}

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const grouped = (value: number) => Math.round(value).toLocaleString('en-US');

/** Rows of cells, the first column left-aligned and the rest right-aligned. */
function table(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)));
  const [header = [], ...body] = rows;
  return [header, widths.map((w) => '-'.repeat(w)), ...body]
    .map((cells) => line(cells).join('  '))
    .join('\n');
}

function report(result: DialectResult, articles: number): string {
  const rate = articles / result.buildSeconds;
  const { articleBytes, searchBytes } = result.sizes;
  const summary = table([
    [result.name, ''],
    ['articles loaded (bulk insert)', `${grouped(articles)} in ${result.loadSeconds.toFixed(1)} s`],
    ['index build (rebuildSearchIndex)', `${result.buildSeconds.toFixed(1)} s`],
    ['index build rate', `${grouped(rate)} articles/s`],
    ['article tables (with indexes)', megabytes(articleBytes)],
    ['search index (tables and indexes)', megabytes(searchBytes)],
    ['search index / article tables', `${(searchBytes / articleBytes).toFixed(2)}`],
  ]);
  const latency = table([
    ['query', 'p50 ms', 'p95 ms', 'p99 ms', 'found', 'median matches'],
    ...result.latencies.map((l) => [
      l.kind,
      l.p50.toFixed(1),
      l.p95.toFixed(1),
      l.p99.toFixed(1),
      `${(l.found * 100).toFixed(0)} %`,
      grouped(l.medianMatches),
    ]),
  ]);
  return `${summary}\n\n${latency}`;
}

function targetLines(result: DialectResult, articles: number): string[] {
  const rate = articles / result.buildSeconds;
  const twoWords = result.latencies.find((l) => l.kind === 'two words');
  const verdict = (isMet: boolean) => (isMet ? 'met' : 'MISSED');
  return [
    `target: build ≥ ${grouped(targets.buildRate)} articles/s: ${verdict(rate >= targets.buildRate)}`,
    `target: two-word p95 ≤ ${targets.twoWordP95Ms} ms: ${verdict((twoWords?.p95 ?? Infinity) <= targets.twoWordP95Ms)}`,
  ];
}

async function main(): Promise<void> {
  const options = readOptions();
  const cpus = os.cpus();
  const [loadAverage = 0] = os.loadavg();
  console.log(
    `machine: ${cpus[0]?.model.trim() ?? 'unknown'}, ${cpus.length} cores, ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GiB; node ${process.version}; ` +
      `load average (1 min) at the start: ${loadAverage.toFixed(2)}`,
  );
  const documents = generateCorpus(options.articles);
  const pools = wordPools(documents);
  console.log(
    `corpus: ${grouped(documents.length)} articles; query words: ${pools.common.length} common, ` +
      `${pools.middle.length} in between, ${pools.rare.length} rare; ` +
      `${options.queries} timed searches of each kind after ${warmUpQueries} to warm up`,
  );
  const url = postgresUrl();
  if (url === undefined) {
    console.log('PostgreSQL: SKIPPED (set MIDAD_BENCH_DATABASE_URL=postgres://… to include it)');
  }
  const results: DialectResult[] = [];
  for (const target of url === undefined ? [undefined] : [undefined, url]) {
    results.push(await runOn(target, documents, pools, options));
  }
  for (const result of results) {
    console.log(`\n${report(result, documents.length)}`);
    // The targets are set for SQLite, the default database.
    if (result.dialect === 'sqlite') {
      console.log(`\n${targetLines(result, documents.length).join('\n')}`);
    }
  }
}

async function cleanUp(): Promise<void> {
  await Promise.allSettled([...openSites].map((close) => close()));
}

// `on`, not `once`: tsx relays Ctrl-C a second time, which must not kill the clean-up.
let stopping = false;
const stop = (code: number) => {
  if (stopping) return;
  stopping = true;
  void cleanUp().finally(() => process.exit(code));
};
process.on('SIGINT', () => stop(130));
process.on('SIGTERM', () => stop(143));
try {
  await main();
  process.exit(0);
} catch (error) {
  console.error(
    `bench: ${error instanceof BenchError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  await cleanUp();
  process.exit(1);
}
