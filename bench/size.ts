/**
 * `npm run bench:size`: is the site as fast, and as small, at 100 000 articles as at 300?
 *
 * For each size: generated Arabic articles (the search benchmark's corpus, with sections,
 * authors and tags) in a fresh SQLite database with its search index built; then `midad
 * serve` from the build, on one core, under wrk asking for articles at random —
 *
 * 1. with the page cache off, every request rendered from the database: the render rate,
 *    which must not fall by more than a fifth from 300 to 100 000 articles (no query may grow
 *    with the site);
 * 2. at 100 000 articles, with the page cache on (its default 64 MB) and readers spread over
 *    5 000 articles for `BENCH_SECONDS` (60): the resident memory, sampled every second,
 *    must stay under 250 MB and flat (the last ten seconds no higher than a tenth above the
 *    ten after warm-up).
 *
 * `-- --articles N` sets the large size (for a quick run). Recorded runs: docs/benchmarks.md.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { loadConfig } from '../src/config/config.js';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createLogger } from '../src/logging.js';
import { rebuildSearchIndex } from '../src/search/rebuild.js';
import { createServices } from '../src/services.js';
import { articlePath } from '../src/site/paths.js';
import {
  BenchError,
  freePort,
  startChild,
  stopChild,
  stopChildren,
  waitUntilServing,
} from './lib/children.js';
import { ensureWrk, measure, onServerCore, pinned, warmUp, type LoadResult } from './lib/load.js';
import { loadAverageLine } from './lib/report.js';
import { loadArticles } from './search/articles.js';
import { generateCorpus } from './search-quality/corpus.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const smallSite = 300;
const targets = { renderRateShare: 0.8, residentMegabytes: 250, growth: 1.1 };
const tempDirs: string[] = [];

interface Site {
  articles: number;
  dataDir: string;
  /** Addresses of published articles, picked at random. */
  paths: string[];
}

function readOptions(): { articles: number; seconds: number } {
  const { values } = parseArgs({ options: { articles: { type: 'string' } } });
  const articles = Number(values.articles ?? 100_000);
  const seconds = Number(process.env.BENCH_SECONDS ?? 60);
  if (!Number.isInteger(articles) || articles < 1000) {
    throw new BenchError('--articles: a whole number of at least 1000');
  }
  if (!Number.isInteger(seconds) || seconds < 20 || seconds > 600) {
    throw new BenchError('BENCH_SECONDS: a whole number of seconds from 20 to 600');
  }
  return { articles, seconds };
}

/** A fresh data dir holding `count` published articles, indexed; `samples` of their paths. */
async function buildSite(count: number, samples: number): Promise<Site> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'midad-bench-size-'));
  tempDirs.push(dataDir);
  const config = loadConfig({ MIDAD_DATA_DIR: dataDir, MIDAD_DEMO: '0' });
  const db = openDatabase(config.database);
  try {
    await migrateToLatest(db);
    const services = createServices(config, db, { log: createLogger('silent') });
    const started = performance.now();
    await loadArticles(services.context, generateCorpus(count));
    await rebuildSearchIndex(services.context);
    console.log(
      `${count} articles loaded and indexed in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    const { rows } = await sql<{ id: number; slug: string }>`
      select id, slug from article where status = 'published' order by random() limit ${samples}
    `.execute(db.kysely);
    return { articles: count, dataDir, paths: rows.map((row) => encodeURI(articlePath(row))) };
  } finally {
    await db.close();
  }
}

async function startMidad(site: Site, cacheMegabytes: number) {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MIDAD_DATA_DIR: site.dataDir,
    PORT: String(port),
    MIDAD_HOST: '127.0.0.1',
    MIDAD_LOG_LEVEL: 'warn',
    MIDAD_DEMO: '0',
    MIDAD_PAGE_CACHE_MB: String(cacheMegabytes),
  };
  delete env.MIDAD_PORT;
  delete env.MIDAD_DATABASE_URL;
  const [command, args] = onServerCore(process.execPath, ['bin/midad.js', 'serve']);
  const child = startChild('Midad', command, args, { cwd: repoRoot, env });
  const baseUrl = `http://127.0.0.1:${port}`;
  await (await waitUntilServing('Midad', child, `${baseUrl}/readyz`, 120_000)).arrayBuffer();
  return { child, baseUrl };
}

function residentMegabytes(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kilobytes = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? Number.NaN);
  return kilobytes / 1024;
}

async function renderRate(site: Site): Promise<LoadResult> {
  const midad = await startMidad(site, 0);
  try {
    const paths = site.paths.slice(0, 500);
    await warmUp(midad.baseUrl, { paths });
    return await measure(midad.baseUrl, 20, { paths });
  } finally {
    await stopChild(midad.child);
  }
}

async function memoryUnderLoad(site: Site, seconds: number) {
  const midad = await startMidad(site, 64);
  try {
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(residentMegabytes(midad.child)), 1000);
    const result = await measure(midad.baseUrl, seconds, { paths: site.paths });
    clearInterval(sampler);
    const cache = await (await fetch(`${midad.baseUrl}/metrics`)).text();
    const entries = /^midad_page_cache_entries (\d+)/m.exec(cache)?.[1] ?? '?';
    const bytes = Number(/^midad_page_cache_bytes (\d+)/m.exec(cache)?.[1] ?? Number.NaN);
    return { result, samples, entries, cacheMegabytes: bytes / 2 ** 20 };
  } finally {
    await stopChild(midad.child);
  }
}

const average = (values: readonly number[]) =>
  values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
const verdict = (met: boolean) => (met ? 'met' : 'NOT MET');

async function main(): Promise<void> {
  const options = readOptions();
  const loadAverage = loadAverageLine();
  const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (built.status !== 0) throw new BenchError('`npm run build` failed');
  ensureWrk();
  console.log(pinned ? 'Midad runs on CPU 0, wrk on CPU 1.' : 'Not pinned to cores.');

  const small = await buildSite(smallSite, 500);
  const smallRate = await renderRate(small);
  rmSync(small.dataDir, { recursive: true, force: true });
  const large = await buildSite(options.articles, 5000);
  const largeRate = await renderRate(large);
  console.log(`${options.articles} articles, page cache on: ${options.seconds} s of load`);
  const memory = await memoryUnderLoad(large, options.seconds);

  const share = largeRate.requestsPerSecond / smallRate.requestsPerSecond;
  const settled = memory.samples.slice(5, 15);
  const last = memory.samples.slice(-10);
  const peak = Math.max(...memory.samples);
  const growth = average(last) / average(settled);
  console.log(`\n${loadAverage}`);
  console.log(`cpu: ${os.cpus()[0]?.model.trim() ?? 'unknown'}, ${os.cpus().length} cores`);
  console.log(`node: ${process.version}; Midad database: SQLite\n`);
  const line = (label: string, r: LoadResult) =>
    `${label.padEnd(34)} ${r.requestsPerSecond.toFixed(0).padStart(6)} pages/s, ` +
    `p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms`;
  console.log(line(`rendered, ${smallSite} articles`, smallRate));
  console.log(line(`rendered, ${options.articles} articles`, largeRate));
  console.log(line(`cached, ${options.articles} articles`, memory.result));
  console.log(
    `page cache at the end: ${memory.entries} pages, ${memory.cacheMegabytes.toFixed(1)} MB`,
  );
  console.log(
    `resident memory: ${average(settled).toFixed(0)} MB after warm-up, ` +
      `${average(last).toFixed(0)} MB in the last 10 s, peak ${peak.toFixed(0)} MB`,
  );
  console.log(
    `\nrender rate at ${options.articles} / at ${smallSite} = ${share.toFixed(2)} ` +
      `(target ≥ ${targets.renderRateShare}): ${verdict(share >= targets.renderRateShare)}`,
  );
  console.log(
    `peak resident memory ${peak.toFixed(0)} MB (target < ${targets.residentMegabytes}): ` +
      `${verdict(peak < targets.residentMegabytes)}; flat (last 10 s / after warm-up = ` +
      `${growth.toFixed(2)}, target ≤ ${targets.growth}): ${verdict(growth <= targets.growth)}`,
  );
}

async function cleanUp(): Promise<void> {
  await stopChildren();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
}

process.on('SIGINT', () => void cleanUp().finally(() => process.exit(130)));
try {
  await main();
  await cleanUp();
  process.exit(0);
} catch (error) {
  console.error(`bench: ${error instanceof BenchError ? error.message : String(error)}`);
  await cleanUp();
  process.exit(1);
}
