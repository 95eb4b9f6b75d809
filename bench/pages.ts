/**
 * `npm run bench`: Midad's home page and one article under wrk, answered from the page cache
 * next to nginx serving the same bytes from disk, then rendered from the database on every
 * request (the cache turned off); in one run on loopback. Prints requests/s, latency, the
 * Midad/nginx ratios and the targets they meet or miss. How to read it: bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, chmodSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildProcess } from 'node:child_process';
import {
  BenchError,
  freePort,
  startChild,
  stopChild,
  stopChildren,
  waitUntilServing,
} from './lib/children.js';
import {
  connections,
  ensureWrk,
  measure,
  onServerCore,
  pinned,
  warmUp,
  type LoadResult,
} from './lib/load.js';
import { ensureNginx, nginxBinary, nginxConfig, nginxVersion } from './lib/nginx.js';
import { loadAverageLine, machineLines, ratioLine, table, type Measurement } from './lib/report.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
/** The first start loads the demo content and draws its images. */
const midadStartUpMs = 120_000;
const nginxStartUpMs = 10_000;

interface Page {
  name: 'home' | 'article';
  midadPath: string;
  nginxPath: string;
  file: string;
  body: Buffer;
}

let tempRoot: string | undefined;
let cleaning: Promise<void> | undefined;

function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    await stopChildren();
    if (tempRoot !== undefined) rmSync(tempRoot, { recursive: true, force: true });
  })();
  return cleaning;
}

async function abort(message: string, exitCode: number): Promise<never> {
  if (cleaning === undefined) console.error(`bench: ${message}`);
  await cleanUp();
  process.exit(exitCode);
}

function readDuration(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 10;
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 600) {
    throw new BenchError(`BENCH_SECONDS: "${raw}" is not a whole number of seconds from 1 to 600`);
  }
  return seconds;
}

function build(): void {
  console.log('building Midad (npm run build)');
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: repoRoot,
    stdio: 'inherit',
    timeout: 300_000,
  });
  if (result.status !== 0) throw new BenchError('`npm run build` failed; fix the build and rerun');
}

interface Midad {
  baseUrl: string;
  database: string;
  child: ChildProcess;
}

async function startMidad(dataDir: string, cacheMegabytes: number): Promise<Midad> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MIDAD_DATA_DIR: dataDir,
    PORT: String(port),
    MIDAD_HOST: '127.0.0.1',
    MIDAD_LOG_LEVEL: 'warn',
    MIDAD_DEMO: '1',
    MIDAD_PAGE_CACHE_MB: String(cacheMegabytes),
  };
  // The default set-up is what is measured: SQLite in the data dir, on the port chosen here.
  delete env.MIDAD_PORT;
  delete env.MIDAD_DATABASE_URL;
  delete env.MIDAD_PUBLIC_URL;
  const [command, args] = onServerCore(process.execPath, ['bin/midad.js', 'serve']);
  const child = startChild('Midad', command, args, { cwd: repoRoot, env });
  const baseUrl = `http://127.0.0.1:${port}`;
  const ready = await waitUntilServing('Midad', child, `${baseUrl}/readyz`, midadStartUpMs);
  const { database } = (await ready.json()) as { database?: string };
  const name = database === 'sqlite' ? 'SQLite' : (database ?? 'unknown');
  return { baseUrl, database: name, child };
}

async function fetchPage(url: string): Promise<Buffer> {
  const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(30_000) });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new BenchError(`GET ${url} answered ${response.status}`);
  return body;
}

/** Fetches the home page and its first article from Midad (which warms both once). */
async function fetchPages(baseUrl: string): Promise<Page[]> {
  const home = await fetchPage(`${baseUrl}/`);
  const articlePath = /href="(\/article\/\d+\/[^"]+)"/.exec(home.toString('utf8'))?.[1];
  if (articlePath === undefined) {
    throw new BenchError('the home page links to no article; is the demo content loaded?');
  }
  const article = await fetchPage(`${baseUrl}${articlePath}`);
  return [
    { name: 'home', midadPath: '/', nginxPath: '/', file: 'index.html', body: home },
    {
      name: 'article',
      midadPath: articlePath,
      nginxPath: '/article',
      file: 'article.html',
      body: article,
    },
  ];
}

async function startNginx(root: string, pages: Page[]): Promise<string> {
  const webRoot = path.join(root, 'www');
  const prefix = path.join(root, 'nginx');
  mkdirSync(webRoot);
  mkdirSync(prefix);
  for (const page of pages) writeFileSync(path.join(webRoot, page.file), page.body);
  const port = await freePort();
  const confPath = path.join(prefix, 'nginx.conf');
  writeFileSync(confPath, nginxConfig({ prefix, webRoot, port }));
  const [command, args] = onServerCore(nginxBinary, ['-e', 'stderr', '-p', prefix, '-c', confPath]);
  const child = startChild('nginx', command, args);
  const baseUrl = `http://127.0.0.1:${port}`;
  await (await waitUntilServing('nginx', child, `${baseUrl}/`, nginxStartUpMs)).arrayBuffer();
  for (const page of pages) {
    const served = await fetchPage(`${baseUrl}${page.nginxPath}`);
    if (!served.equals(page.body))
      throw new BenchError(`nginx serves other bytes for ${page.name}`);
  }
  return baseUrl;
}

/** What the issue of page speed asks of one run. */
const targets = {
  hitShareOfNginx: 0.5,
  hitP99Ms: 5,
  missPerSecond: 1500,
  missTail: 3,
};

function verdict(met: boolean): string {
  return met ? 'met' : 'NOT MET';
}

async function main(): Promise<void> {
  const durationSeconds = readDuration(process.env.BENCH_SECONDS);
  // Before the build, which is itself load: this shows what else the machine is doing.
  const loadAverage = loadAverageLine();
  build();
  ensureNginx();
  ensureWrk();

  const limitMs = 2 * midadStartUpMs + nginxStartUpMs + 6 * (durationSeconds + 15) * 1000;
  setTimeout(() => void abort(`gave up after ${limitMs / 1000} s`, 1), limitMs).unref();

  tempRoot = mkdtempSync(path.join(os.tmpdir(), 'midad-bench-'));
  // Started by root, nginx's worker runs as nobody and must be able to read the web root.
  chmodSync(tempRoot, 0o755);
  const dataDir = path.join(tempRoot, 'data');
  mkdirSync(dataDir, { mode: 0o700 });

  console.log('starting Midad with the demo content (the first start draws its images)');
  const cached = await startMidad(dataDir, 64);
  const pages = await fetchPages(cached.baseUrl);
  const nginxUrl = await startNginx(tempRoot, pages);
  const nginx = nginxVersion();

  console.log(
    `\nload: wrk, 1 thread, ${connections} connections, ${durationSeconds} s per run after 2 s ` +
      'of warm-up; all on 127.0.0.1',
  );
  console.log(
    pinned
      ? 'Midad and nginx (one worker process) each run on CPU 0, wrk on CPU 1.'
      : 'Not pinned to cores (one core, or no taskset): the client shares the servers’ CPU.',
  );
  const measurements: Measurement[] = [];
  const run = async (page: Page, server: string, url: string): Promise<LoadResult> => {
    console.log(`${page.name} · ${server}: ${url} (${page.body.length} bytes of HTML)`);
    await warmUp(url);
    const result = await measure(url, durationSeconds);
    measurements.push({ page: page.name, server, result });
    return result;
  };
  const hits = new Map<string, { midad: LoadResult; nginx: LoadResult }>();
  for (const page of pages) {
    const midad = await run(page, 'Midad (cache)', `${cached.baseUrl}${page.midadPath}`);
    const nginxRun = await run(page, 'nginx', `${nginxUrl}${page.nginxPath}`);
    hits.set(page.name, { midad, nginx: nginxRun });
  }

  console.log('restarting Midad with MIDAD_PAGE_CACHE_MB=0: every request is rendered');
  await stopChild(cached.child);
  const rendering = await startMidad(dataDir, 0);
  const misses = new Map<string, LoadResult>();
  for (const page of pages) {
    const url = `${rendering.baseUrl}${page.midadPath}`;
    misses.set(page.name, await run(page, 'Midad (render)', url));
  }

  console.log(`\n${machineLines(nginx, cached.database, loadAverage).join('\n')}\n`);
  console.log(`${table(measurements)}\n`);
  for (const page of pages) {
    const hit = hits.get(page.name);
    const miss = misses.get(page.name);
    if (!hit || !miss) continue;
    console.log(ratioLine(`${page.name} from the cache`, hit.midad, hit.nginx));
    const share = hit.midad.requestsPerSecond / hit.nginx.requestsPerSecond;
    console.log(
      `  target ≥ ${targets.hitShareOfNginx} of nginx: ${verdict(share >= targets.hitShareOfNginx)}; ` +
        `p99 ≤ ${targets.hitP99Ms} ms: ${verdict(hit.midad.p99Ms <= targets.hitP99Ms)}`,
    );
    const tail = miss.p99Ms / miss.p50Ms;
    console.log(
      `${page.name} rendered: ${miss.requestsPerSecond.toFixed(0)} pages/s, ` +
        `p99/p50 = ${tail.toFixed(1)}`,
    );
    console.log(
      `  target ≥ ${targets.missPerSecond} pages/s: ` +
        `${verdict(miss.requestsPerSecond >= targets.missPerSecond)}; ` +
        `p99 ≤ ${targets.missTail}× p50: ${verdict(tail <= targets.missTail)}`,
    );
  }
}

// `on`, not `once`: Ctrl-C arrives twice (from the terminal, then relayed by tsx), and a
// second signal with no listener would kill the process halfway through the clean-up.
process.on('SIGINT', () => void abort('interrupted', 130));
process.on('SIGTERM', () => void abort('terminated', 143));
try {
  await main();
  await cleanUp();
  process.exit(0);
} catch (error) {
  // A BenchError is an expected failure with a one-line message; anything else is a bug here.
  const message =
    error instanceof BenchError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error);
  await abort(message, 1);
}
