/**
 * Text as the index stores it: the analyzer's terms (stems, lexicon forms, numbers), every
 * word kept — stopwords too, so a quoted phrase matches word for word — and each term
 * spelled with letters and digits only, which both FTS5's `unicode61` tokenizer and
 * PostgreSQL's `simple` configuration keep whole (2.9 is stored as «2x9»).
 */
import { analyze } from '../text/search-analyzer.js';

export function indexTerms(text: string): string[] {
  return analyze(text).map((token) => indexToken(token.term));
}

/** One term as both engines keep it: anything but letters and digits becomes «x». */
export function indexToken(term: string): string {
  return term.replace(/[^\p{L}\p{N}]+/gu, 'x');
}
