/**
 * `npm run bench:search-quality`: the search relevance set (bench/search-quality/queries.ts over
 * the demo articles, and the generated corpus's planted queries) run through every engine on
 * this machine; prints recall@10 and MRR per engine, overall and per spelling group. What the
 * baselines are and the figures measured: docs/benchmarks.md, "Search quality".
 */
import { midadEngine } from './search-quality/midad-engine.js';
import os from 'node:os';
import Database from 'better-sqlite3';
import { corpusQueries, corpusSize, generateCorpus } from './search-quality/corpus.js';
import { demoDocuments, type SearchDocument } from './search-quality/documents.js';
import type { SearchEngine } from './search-quality/engine.js';
import { fts5Engine } from './search-quality/fts5-engine.js';
import {
  cutoff,
  judge,
  score,
  scoreByGroup,
  type QueryOutcome,
  type Score,
} from './search-quality/metrics.js';
import { postgresEngine } from './search-quality/postgres-engine.js';
import { demoQueries, queryGroups, type RelevanceQuery } from './search-quality/queries.js';
import { substringEngine } from './search-quality/substring-engine.js';

interface Collection {
  name: string;
  documents: SearchDocument[];
  queries: RelevanceQuery[];
}

interface EngineResult {
  engine: string;
  outcomes: QueryOutcome[];
}

async function evaluate(engine: SearchEngine, collections: Collection[]): Promise<EngineResult> {
  const outcomes: QueryOutcome[] = [];
  for (const collection of collections) {
    await engine.index(collection.documents);
    for (const query of collection.queries) {
      outcomes.push(judge(query, await engine.search(query.query, query.language, cutoff)));
    }
  }
  return { engine: engine.name, outcomes };
}

async function engines(): Promise<SearchEngine[]> {
  const list = [midadEngine(), substringEngine(), fts5Engine()];
  const url = process.env.MIDAD_TEST_DATABASE_URL;
  if (url === undefined || url.trim() === '') {
    console.log('PostgreSQL: SKIPPED (set MIDAD_TEST_DATABASE_URL=postgres://… to include it)');
    return list;
  }
  const connected = await postgresEngine(url);
  if ('unreachable' in connected) {
    console.log(`PostgreSQL: SKIPPED, ${url} is unreachable (${connected.unreachable})`);
    return list;
  }
  return [...list, connected.engine];
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}

/** Rows of cells as a table, the first column left-aligned and the rest right-aligned. */
function table(rows: string[][]): string {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join('  '),
    )
    .join('\n');
}

function report(results: EngineResult[], collections: Collection[]): string {
  const header = ['', ...results.map((r) => r.engine)];
  const row = (
    label: string,
    pick: (result: EngineResult) => Score | undefined,
    show: (s: Score) => string,
  ) => [
    label,
    ...results.map((result) => {
      const found = pick(result);
      return found === undefined ? '–' : show(found);
    }),
  ];
  const inCollection = (name: string) => (result: EngineResult) =>
    score(
      result.outcomes.filter((o) =>
        collections.find((c) => c.name === name)?.queries.includes(o.query),
      ),
    );
  const rows = [
    header,
    row(
      `recall@${cutoff}, all`,
      (r) => score(r.outcomes),
      (s) => percent(s.recall),
    ),
    row(
      'MRR, all',
      (r) => score(r.outcomes),
      (s) => s.mrr.toFixed(3),
    ),
    ...collections.flatMap((c) => [
      row(`recall@${cutoff}, ${c.name}`, inCollection(c.name), (s) => percent(s.recall)),
      row(`MRR, ${c.name}`, inCollection(c.name), (s) => s.mrr.toFixed(3)),
    ]),
    ...queryGroups.map((group) => {
      const queries = results[0]?.outcomes.filter((o) => o.query.group === group).length ?? 0;
      return row(
        `recall@${cutoff}, ${group} (${queries})`,
        (r) => scoreByGroup(r.outcomes).get(group),
        (s) => percent(s.recall),
      );
    }),
  ];
  return table(rows);
}

async function main(): Promise<void> {
  const collections: Collection[] = [
    { name: 'demo', documents: demoDocuments(), queries: demoQueries },
    { name: 'corpus', documents: generateCorpus(corpusSize), queries: corpusQueries(corpusSize) },
  ];
  const cpus = os.cpus();
  console.log(
    `machine: ${cpus[0]?.model.trim() ?? 'unknown'}, ${cpus.length} cores; node ${process.version}; ` +
      `SQLite ${new Database(':memory:').prepare('select sqlite_version() as v').pluck().get() as string}`,
  );
  for (const c of collections) {
    console.log(`${c.name}: ${c.documents.length} articles, ${c.queries.length} queries`);
  }
  const results: EngineResult[] = [];
  for (const engine of await engines()) {
    try {
      results.push(await evaluate(engine, collections));
    } finally {
      await engine.close();
    }
  }
  console.log(`\n${report(results, collections)}\n`);
}

await main();
