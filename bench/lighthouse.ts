/**
 * `npm run bench:lighthouse`: Lighthouse (the npm package) with its default mobile profile —
 * a mid-range phone on a slow 4G connection, simulated — on the demo site's home page, an
 * article and a search, in Debian's Chromium. Prints each category's score, the metrics
 * behind performance, and every audit that cost a point; targets: performance ≥ 95,
 * accessibility, best practices and SEO 100. Each page is audited three times
 * (`LIGHTHOUSE_RUNS`) and the median run by performance reported. Recorded runs:
 * docs/benchmarks.md.
 *
 * Midad runs from the build (`npm run build` first, done here) on a fresh data dir with the
 * demo content and SQLite, as `npm start` would, its public URL the address it listens on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { chromiumFlags } from '../e2e/chromium.js';
import { chromiumPath } from '../src/test-support/global-setup.js';
import {
  BenchError,
  freePort,
  startChild,
  stopChildren,
  waitUntilServing,
} from './lib/children.js';
import { loadAverageLine } from './lib/report.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const targets: Record<(typeof categories)[number], number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};
/** Runs per page (`LIGHTHOUSE_RUNS`); the median is reported. */
const runsPerPage = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const metrics = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
] as const;

async function startMidad(dataDir: string): Promise<string> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MIDAD_DATA_DIR: dataDir,
    MIDAD_PORT: String(port),
    MIDAD_HOST: '127.0.0.1',
    MIDAD_PUBLIC_URL: baseUrl,
    MIDAD_LOG_LEVEL: 'warn',
    MIDAD_DEMO: '1',
  };
  delete env.MIDAD_DATABASE_URL;
  const child = startChild('Midad', process.execPath, ['bin/midad.js', 'serve'], {
    cwd: repoRoot,
    env,
  });
  await (await waitUntilServing('Midad', child, `${baseUrl}/readyz`, 180_000)).arrayBuffer();
  return baseUrl;
}

async function startChromium(): Promise<number> {
  if (!existsSync(chromiumPath)) {
    throw new BenchError(`no Chromium at ${chromiumPath} (apt-get install -y chromium)`);
  }
  const port = await freePort();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'midad-lighthouse-chromium-'));
  tempDirs.push(profile);
  const child = startChild(
    'Chromium',
    chromiumPath,
    [
      ...chromiumFlags,
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { quiet: true },
  );
  await waitUntilServing('Chromium', child, `http://127.0.0.1:${port}/json/version`, 30_000);
  return port;
}

const tempDirs: string[] = [];

interface LostPoint {
  category: (typeof categories)[number];
  audit: string;
  text: string;
}

interface PageResult {
  name: string;
  scores: Record<(typeof categories)[number], number>;
  metrics: string;
  lost: LostPoint[];
  /** The performance score of every run, lowest first. */
  performanceRange?: string;
}

/**
 * Points lost on purpose: a page of search results tells search engines not to index it
 * (`noindex`), as they ask of result pages; the search page itself is indexable.
 */
function isByDesign(page: string, audit: string): boolean {
  return page === 'results' && audit === 'is-crawlable';
}

async function audit(name: string, url: string, chromiumPort: number): Promise<PageResult> {
  const result = await lighthouse(url, {
    port: chromiumPort,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...categories],
  });
  if (result === undefined) throw new BenchError(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) {
    throw new BenchError(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
  }
  const scores = {} as PageResult['scores'];
  const lost: LostPoint[] = [];
  for (const id of categories) {
    const category = lhr.categories[id];
    scores[id] = Math.round((category?.score ?? 0) * 100);
    for (const ref of category?.auditRefs ?? []) {
      const item = lhr.audits[ref.id];
      if (item === undefined || ref.weight === 0 || item.score === null || item.score >= 1) {
        continue;
      }
      const value = item.displayValue ? ` (${item.displayValue})` : '';
      lost.push({ category: id, audit: ref.id, text: `${id}: ${item.title}${value}` });
    }
  }
  const metricLine = metrics
    .map(([id, label]) => `${label} ${lhr.audits[id]?.displayValue ?? '?'}`)
    .join(', ');
  return { name, scores, metrics: metricLine, lost };
}

async function main(): Promise<void> {
  console.log('building Midad (npm run build)');
  const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (built.status !== 0) throw new BenchError('`npm run build` failed');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'midad-lighthouse-'));
  tempDirs.push(dataDir);
  const baseUrl = await startMidad(dataDir);
  const home = await (await fetch(baseUrl)).text();
  const article = /href="(\/article\/[^"]+)"/.exec(home)?.[1];
  if (article === undefined) throw new BenchError('the home page links to no article');
  const pages: [string, string][] = [
    ['home', `${baseUrl}/`],
    ['article', `${baseUrl}${article}`],
    ['search', `${baseUrl}/search`],
    ['results', `${baseUrl}/search?q=${encodeURIComponent('طاقة')}`],
  ];
  const chromiumPort = await startChromium();
  console.log(`Lighthouse ${lighthouseVersion()}, mobile profile; ${loadAverageLine()}`);
  const results: PageResult[] = [];
  for (const [name, url] of pages) {
    // The first load of each page warms the page cache, as a live site's would be.
    await (await fetch(url)).arrayBuffer();
    const runs: PageResult[] = [];
    for (let run = 0; run < runsPerPage; run++) runs.push(await audit(name, url, chromiumPort));
    // Lighthouse's own advice: the median of several runs, by performance score.
    runs.sort((a, b) => a.scores.performance - b.scores.performance);
    const median = runs[Math.floor(runs.length / 2)] as PageResult;
    median.performanceRange = runs.map((run) => run.scores.performance).join('/');
    results.push(median);
  }
  console.log('\npage     performance  accessibility  best practices  seo');
  for (const { name, scores } of results) {
    console.log(
      [
        name.padEnd(8),
        String(scores.performance).padStart(11),
        String(scores.accessibility).padStart(14),
        String(scores['best-practices']).padStart(15),
        String(scores.seo).padStart(4),
      ].join(' '),
    );
  }
  console.log('');
  for (const { name, metrics: metricLine, lost, performanceRange } of results) {
    console.log(`${name}: ${metricLine} (performance in ${runsPerPage} runs: ${performanceRange})`);
    for (const item of lost) {
      console.log(`  - ${item.text}${isByDesign(name, item.audit) ? ' — by design' : ''}`);
    }
  }
  const missed = results.flatMap(({ name, scores, lost }) =>
    categories
      .filter((id) => scores[id] < targets[id])
      .filter((id) => lost.some((item) => item.category === id && !isByDesign(name, item.audit)))
      .map((id) => `${name} ${id} ${scores[id]} < ${targets[id]}`),
  );
  console.log(
    missed.length === 0 ? '\ntargets: all met' : `\ntargets missed: ${missed.join('; ')}`,
  );
}

function lighthouseVersion(): string {
  const result = spawnSync(process.execPath, ['-p', "require('lighthouse/package.json').version"], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return result.stdout.trim();
}

try {
  await main();
} catch (error) {
  console.error(error instanceof BenchError ? `bench: ${error.message}` : error);
  process.exitCode = 1;
} finally {
  await stopChildren();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
}
