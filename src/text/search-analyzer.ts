/**
 * The analyzer the search index is built on: a text becomes its words, each with where it
 * stands in the text as written, its search spelling and the term the index stores.
 * Arabic words get the Arabic light stemmer, Latin words the Porter stemmer (the `stemmer`
 * package), whatever the article's language: Arabic news quotes OPEC and Goldman Sachs,
 * English news quotes «الاقتصادي». Numbers are kept as numbers (2.9, 1000).
 *
 * Stopwords are returned, flagged, with their positions: an index keeps them so phrases
 * match word for word, and leaves them out of what a bare query must contain.
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

/** Every word of `text`, in order, analysed. */
export function analyze(text: string): AnalyzedToken[] {
  const tokens: AnalyzedToken[] = [];
  for (const word of splitWords(text)) {
    for (const [normalized] of searchSpelling(word.text, word.script).matchAll(wordInSpelling)) {
      const isStop = isStopword(normalized);
      tokens.push({
        original: word.text,
        normalized,
        term: isStop ? normalized : termOf(normalized, word.script),
        start: word.start,
        end: word.end,
        isStopword: isStop,
        script: word.script,
      });
    }
  }
  return tokens;
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
