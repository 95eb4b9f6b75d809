/**
 * «هل تقصد …» — «Did you mean …»: when a search finds nothing, each of its words the index
 * has never seen is replaced by the nearest word it has (`spellingDistance` over the
 * vocabulary's terms that start with the same letter, or one typed for it as ظ is for ض),
 * the candidates tried in order of closeness and, among equally close ones, of how many articles they are in. The corrected
 * query is offered only if it finds something with the reader's filters: a suggestion that
 * leads nowhere is worse than none.
 *
 * The work is bounded like a query's: at most `maxTerms` words, each weighed against a
 * capped number of candidates, and a handful of counts per word.
 */
import type { Language } from '../db/schema.js';
import { analyze } from '../text/search-analyzer.js';
import { alikeLetters, spellingDistance } from '../text/spelling-distance.js';
import { indexToken } from './index-terms.js';
import type { IndexQuery, SearchFilter, SearchRepository } from './search-repository.js';

export interface Suggestion {
  /** The query to search instead, as the reader would type it. */
  q: string;
  /** That query in parts, the words that were changed marked. */
  parts: { text: string; isMatch: boolean }[];
}

/** Closest candidates counted per word, to choose the commonest of the closest. */
const candidatesCounted = 4;

/** A short word may be one letter off, a longer one two. */
function tolerance(term: string): number {
  return [...term].length <= 4 ? 1 : 2;
}

export async function suggestFor(
  search: SearchRepository,
  q: string,
  query: IndexQuery,
  filter: SearchFilter,
): Promise<Suggestion | null> {
  const inLanguage: SearchFilter = { language: filter.language };
  const replacements = new Map<string, { term: string; word: string }>();
  for (const term of query.terms) {
    if ((await search.count(termQuery(term), inLanguage)) > 0) continue;
    const replacement = await nearest(search, filter.language, term);
    if (replacement) replacements.set(term, replacement);
  }
  if (replacements.size === 0) return null;
  const corrected: IndexQuery = {
    ...query,
    terms: query.terms.map((term) => replacements.get(term)?.term ?? term),
  };
  if ((await search.count(corrected, filter)) === 0) return null;
  return rewrite(q, replacements);
}

async function nearest(
  search: SearchRepository,
  language: Language,
  term: string,
): Promise<{ term: string; word: string } | null> {
  const limit = tolerance(term);
  const letters = [...term];
  const near = { initials: alikeLetters(letters[0] ?? ''), length: letters.length, spread: limit };
  const scored = (await search.termsNear(language, near))
    .map((candidate) => ({ ...candidate, distance: spellingDistance(term, candidate.term, limit) }))
    .filter((candidate) => candidate.distance > 0 && candidate.distance <= limit)
    .sort((a, b) => a.distance - b.distance || (a.term < b.term ? -1 : 1))
    .slice(0, candidatesCounted);
  let best: { term: string; word: string; distance: number; articles: number } | null = null;
  for (const candidate of scored) {
    if (best && candidate.distance > best.distance) break;
    const articles = await search.count(termQuery(candidate.term), { language });
    if (articles > 0 && (!best || articles > best.articles)) best = { ...candidate, articles };
  }
  return best;
}

function termQuery(term: string): IndexQuery {
  return { terms: [term], phrases: [], exclude: [] };
}

/** The reader's query with each unknown word replaced by the word found for it. */
function rewrite(q: string, replacements: ReadonlyMap<string, { word: string }>): Suggestion {
  const parts: Suggestion['parts'] = [];
  let at = 0;
  for (const token of analyze(q)) {
    const replacement = token.isStopword ? undefined : replacements.get(indexToken(token.term));
    if (!replacement || token.start < at) continue;
    if (token.start > at) parts.push({ text: q.slice(at, token.start), isMatch: false });
    parts.push({ text: replacement.word, isMatch: true });
    at = token.end;
  }
  if (at < q.length) parts.push({ text: q.slice(at), isMatch: false });
  return { q: parts.map((part) => part.text).join(''), parts };
}
