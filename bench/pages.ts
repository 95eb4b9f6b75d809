/**
 * `npm run bench`: Midad's home page and one article under autocannon, next to nginx serving
 * the same bytes from disk, in one run on loopback; prints requests/s, latency and the
 * Midad/nginx ratios. What it measures and how to read it: bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, chmodSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BenchError,
  freePort,
  startChild,
  stopChildren,
  waitUntilServing,
} from './lib/children.js';
import { connections, measure, warmUp } from './lib/load.js';
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

async function startMidad(dataDir: string): Promise<{ baseUrl: string; database: string }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MIDAD_DATA_DIR: dataDir,
    PORT: String(port),
    MIDAD_HOST: '127.0.0.1',
    MIDAD_LOG_LEVEL: 'warn',
    MIDAD_DEMO: '1',
  };
  // The default set-up is what is measured: SQLite in the data dir, on the port chosen here.
  delete env.MIDAD_PORT;
  delete env.MIDAD_DATABASE_URL;
  delete env.MIDAD_PUBLIC_URL;
  const child = startChild('Midad', process.execPath, ['bin/midad.js', 'serve'], {
    cwd: repoRoot,
    env,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const ready = await waitUntilServing('Midad', child, `${baseUrl}/readyz`, midadStartUpMs);
  const { database } = (await ready.json()) as { database?: string };
  return { baseUrl, database: database === 'sqlite' ? 'SQLite' : (database ?? 'unknown') };
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
  const child = startChild('nginx', nginxBinary, ['-e', 'stderr', '-p', prefix, '-c', confPath]);
  const baseUrl = `http://127.0.0.1:${port}`;
  await (await waitUntilServing('nginx', child, `${baseUrl}/`, nginxStartUpMs)).arrayBuffer();
  for (const page of pages) {
    const served = await fetchPage(`${baseUrl}${page.nginxPath}`);
    if (!served.equals(page.body))
      throw new BenchError(`nginx serves other bytes for ${page.name}`);
  }
  return baseUrl;
}

async function main(): Promise<void> {
  const durationSeconds = readDuration(process.env.BENCH_SECONDS);
  // Before the build, which is itself load: this shows what else the machine is doing.
  const loadAverage = loadAverageLine();
  build();
  ensureNginx();

  const limitMs = midadStartUpMs + nginxStartUpMs + 4 * (durationSeconds + 15) * 1000;
  setTimeout(() => void abort(`gave up after ${limitMs / 1000} s`, 1), limitMs).unref();

  tempRoot = mkdtempSync(path.join(os.tmpdir(), 'midad-bench-'));
  // Started by root, nginx's worker runs as nobody and must be able to read the web root.
  chmodSync(tempRoot, 0o755);
  const dataDir = path.join(tempRoot, 'data');
  mkdirSync(dataDir, { mode: 0o700 });

  console.log('starting Midad with the demo content (the first start draws its images)');
  const midad = await startMidad(dataDir);
  const pages = await fetchPages(midad.baseUrl);
  const nginxUrl = await startNginx(tempRoot, pages);
  const nginx = nginxVersion();

  console.log(
    `\nload: autocannon, ${connections} connections, no pipelining, ${durationSeconds} s per run, ` +
      'after 200 warm-up requests; all on 127.0.0.1',
  );
  console.log('Midad is one Node process, so nginx runs one worker process.');
  const measurements: Measurement[] = [];
  for (const page of pages) {
    const targets = [
      { server: 'Midad', url: `${midad.baseUrl}${page.midadPath}` },
      { server: 'nginx', url: `${nginxUrl}${page.nginxPath}` },
    ];
    for (const { server, url } of targets) {
      const label = `${page.name} · ${server}`;
      console.log(`${label}: ${url} (${page.body.length} bytes of HTML)`);
      await warmUp(label, url);
      measurements.push({
        page: page.name,
        server,
        result: await measure(label, url, durationSeconds),
      });
    }
  }

  console.log(`\n${machineLines(nginx, midad.database, loadAverage).join('\n')}\n`);
  console.log(`${table(measurements)}\n`);
  for (const page of pages) {
    const [midadRun, nginxRun] = measurements.filter((m) => m.page === page.name);
    if (midadRun && nginxRun) console.log(ratioLine(page.name, midadRun.result, nginxRun.result));
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
