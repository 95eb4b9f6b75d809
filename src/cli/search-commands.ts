/**
 * `midad search analyze "…"`: what the search analyzer makes of a text, word by word — as
 * written, in the search spelling, and the term the index stores — like Elasticsearch's
 * _analyze. For checking why a word finds (or misses) an article.
 */
import { analyze, type AnalyzedToken } from '../text/index.js';
import { rebuildSearchIndex } from '../search/rebuild.js';
import { withServices } from './database.js';
import type { CommandGroup } from './main.js';

export const searchCommands: CommandGroup = {
  name: 'search',
  summary: 'search tools: analyze, reindex',
  commands: [
    {
      name: 'reindex',
      summary: 'rebuild the search index from the articles, while the site keeps serving',
      run: ({ config, io }) =>
        withServices(config, async (services) => {
          const started = Date.now();
          const result = await rebuildSearchIndex(services.context, ({ done, total }) => {
            io.print(progressLine(done, total, Date.now() - started));
          });
          const seconds = (Date.now() - started) / 1000;
          io.print(`Indexed ${result.total} published article(s) in ${seconds.toFixed(1)} s.`);
          return 0;
        }),
    },
    {
      name: 'analyze',
      summary: 'print each word of a text as written, normalized and stemmed',
      usage: 'analyze "TEXT"',
      allowPositionals: true,
      run: ({ positionals, io }) => {
        const text = positionals.join(' ');
        if (text.trim() === '') {
          io.error(
            'midad search analyze: give the text to analyze, e.g. midad search analyze "أسعار النفط"',
          );
          return Promise.resolve(2);
        }
        const tokens = analyze(text);
        if (tokens.length === 0) io.print('No words in that text.');
        else for (const line of tokenTable(tokens)) io.print(line);
        return Promise.resolve(0);
      },
    },
  ],
};

/** «[#####.....] 400/1000 40% · 250 articles/s · 2 s left» */
export function progressLine(done: number, total: number, elapsedMs: number): string {
  const share = total === 0 ? 1 : done / total;
  const width = 20;
  const filled = Math.round(share * width);
  const rate = elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0;
  const left = rate > 0 ? Math.ceil((total - done) / rate) : 0;
  return (
    `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ` +
    `${Math.round(share * 100)}% · ${Math.round(rate)} articles/s · ${left} s left`
  );
}

const headings = ['offsets', 'written', 'normalized', 'term', ''] as const;

function tokenTable(tokens: AnalyzedToken[]): string[] {
  const rows = tokens.map((token) => [
    `${token.start}-${token.end}`,
    token.original,
    token.normalized,
    token.term,
    token.isStopword ? 'stopword' : '',
  ]);
  const widths = headings.map((heading, column) =>
    Math.max(displayWidth(heading), ...rows.map((row) => displayWidth(row[column] ?? ''))),
  );
  return [[...headings], ...rows].map((row) =>
    row
      .map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - displayWidth(cell)))
      .join('  ')
      .trimEnd(),
  );
}

/** Columns a terminal gives a cell: tashkeel and joiners take none. */
function displayWidth(cell: string): number {
  return [...cell.replace(/[\p{M}\p{Cf}]/gu, '')].length;
}
