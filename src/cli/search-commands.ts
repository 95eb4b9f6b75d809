/**
 * `midad search analyze "…"`: what the search analyzer makes of a text, word by word — as
 * written, in the search spelling, and the term the index stores — like Elasticsearch's
 * _analyze. For checking why a word finds (or misses) an article.
 */
import { analyze, type AnalyzedToken } from '../text/index.js';
import type { CommandGroup } from './main.js';

export const searchCommands: CommandGroup = {
  name: 'search',
  summary: 'search tools: analyze',
  commands: [
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
