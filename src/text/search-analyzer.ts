/**
 * The analyzer the search index is built on: a text becomes its words, each with where it
 * stands in the text as written, its search spelling and the term the index stores.
 * Arabic words get the Arabic light stemmer, Latin words the Porter stemmer (the `stemmer`
 * package), whatever the article's language: Arabic news quotes OPEC and Goldman Sachs,
 * English news quotes «الاقتصادي». Numbers are kept as numbers (2.9, 1000).
 *
 * Stopwords are returned, flagged, with their positions: an index keeps them so phrases
 * match word for word, and leaves them out of what a bare query must contain.
 *
 * What a word becomes depends on the word alone, and news repeats its words: a bounded memo
 * keeps each written word's readings. On the generated news corpus that took the analyzer
 * from 3 300 to 11 000 articles a second: normalizing and stemming every word again was
 * most of its time; splitting the text into words is most of what remains.
 */
import { stemmer } from 'stemmer';
import { stemArabic } from './arabic-stem.js';
import { normalizeForSearch } from './search-normalize.js';
import { splitWords, type WordScript } from './search-tokenize.js';
import { isStopword } from './stopwords.js';

export interface AnalyzedToken {
  /** The word as written: `text.slice(start, end)`, to highlight. */
  original: string;
  /** Its search spelling (`normalizeForSearch`). */
  normalized: string;
  /** What the index stores and a query looks for: the stem, or the lexicon's form. */
  term: string;
  /** UTF-16 offsets in the analysed text. */
  start: number;
  end: number;
  isStopword: boolean;
  script: WordScript;
}

/** A search spelling may hold more than one word: NFKC spells ﷺ in four, ½ as 1⁄2. */
const wordInSpelling = /[\p{L}\p{N}]+(?:\.\p{N}+)*/gu;
const apostrophes = /['\u2019]/g;
const possessive = /['\u2019]s$/;
const thousandsSeparator = /,/g;

/** One reading of a written word: what `analyze` gives it wherever it stands. */
type Reading = Readonly<Pick<AnalyzedToken, 'normalized' | 'term' | 'isStopword'>>;

/**
 * Each script's written words → their readings. A map is emptied when full: a long-running
 * server meets new words without end, and reading a word again costs less than the memory
 * an unbounded map would take.
 */
const memo: Record<WordScript, Map<string, readonly Reading[]>> = {
  arabic: new Map(),
  latin: new Map(),
  number: new Map(),
  other: new Map(),
};
const memoLimit = 50_000;

/** Every word of `text`, in order, analysed. */
export function analyze(text: string): AnalyzedToken[] {
  const tokens: AnalyzedToken[] = [];
  for (const word of splitWords(text)) {
    for (const reading of readingsOf(word.text, word.script)) {
      tokens.push({
        original: word.text,
        normalized: reading.normalized,
        term: reading.term,
        start: word.start,
        end: word.end,
        isStopword: reading.isStopword,
        script: word.script,
      });
    }
  }
  return tokens;
}

function readingsOf(written: string, script: WordScript): readonly Reading[] {
  const known = memo[script].get(written);
  if (known) return known;
  const readings: Reading[] = [];
  for (const [normalized] of searchSpelling(written, script).matchAll(wordInSpelling)) {
    const isStop = isStopword(normalized);
    readings.push({
      normalized,
      term: isStop ? normalized : termOf(normalized, script),
      isStopword: isStop,
    });
  }
  if (memo[script].size >= memoLimit) memo[script].clear();
  memo[script].set(written, readings);
  return readings;
}

/** OPEC's is opec, O'Brien obrien; 1,000 is 1000. */
function searchSpelling(written: string, script: WordScript): string {
  const spelling = normalizeForSearch(written);
  if (script === 'latin') return spelling.replace(possessive, '').replace(apostrophes, '');
  return script === 'number' ? spelling.replace(thousandsSeparator, '') : spelling;
}

function termOf(normalized: string, script: WordScript): string {
  switch (script) {
    case 'arabic':
      return stemArabic(normalized);
    case 'latin':
      return stemmer(normalized);
    case 'number':
    case 'other':
      return normalized;
  }
}
