/**
 * Text as the index stores it: the analyzer's terms (stems, lexicon forms, numbers), every
 * word kept — stopwords too, so a quoted phrase matches word for word — and each term
 * spelled with letters and digits only, which both FTS5's `unicode61` tokenizer and
 * PostgreSQL's `simple` configuration keep whole (2.9 is stored as «2x9»).
 *
 * Indexing also gathers the vocabulary the «did you mean» suggestions are drawn from: each
 * term with the shortest way it was written (without tashkeel or tatweel), so a suggestion
 * reads as a word — «الاقتصاد» or «اقتصاد», never the stem «اقتصاد» spelled «اقتصاده».
 */
import { analyze } from '../text/search-analyzer.js';

/**
 * The version of the terms this code writes: raised whenever the analyzer, its lexicons or
 * the gazetteer change the terms of some text (a test fingerprints them and says when). An
 * index written by another version is rebuilt when the site starts (`isIndexIncomplete`).
 */
export const indexVersion = 1;

/** Each suggestible term, with a way it was written to show the reader. */
export type Vocabulary = Map<string, string>;

const marks = /[\u064B-\u0652\u0670\u0640]/g;
/** Terms worth suggesting: words of two letters or more, not numbers. */
const suggestible = /^\p{L}{2,}$/u;
const longestSuggestible = 40;

export function indexTerms(text: string, vocabulary?: Vocabulary): string[] {
  return analyze(text).map((token) => {
    const term = indexToken(token.term);
    if (vocabulary && !token.isStopword && suggestible.test(term)) {
      const written = token.original.replace(marks, '');
      const known = vocabulary.get(term);
      if (
        written.length <= longestSuggestible &&
        (known === undefined || written.length < known.length)
      ) {
        vocabulary.set(term, written);
      }
    }
    return term;
  });
}

/** One term as both engines keep it: anything but letters and digits becomes «x». */
export function indexToken(term: string): string {
  return term.replace(/[^\p{L}\p{N}]+/gu, 'x');
}
