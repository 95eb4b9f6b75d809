/**
 * Search for readers: a query as typed (quoted phrases, -excluded words, anything at all) is
 * read by the analyzer, looked up in the index with the filters, and each result comes back
 * as the article's summary with a snippet of its text in which the matched words are marked
 * as the writer wrote them (tashkeel, hamzas and all), not in their normalized form.
 */
import type { Clock } from '../core/clock.js';
import { readRepositories, type RepositorySet } from '../core/repositories.js';
import { documentText, type DocumentJson } from '../content/document-schema.js';
import type { ReaderService } from '../content/reader-service.js';
import type { ArticleSummary, Language } from '../content/types.js';
import type { Db } from '../db/database.js';
import { analyze, type AnalyzedToken } from '../text/search-analyzer.js';
import { analyzeQuery, type IgnoredPart } from '../text/search-query.js';
import { indexToken } from './index-terms.js';
import {
  rankedMatches,
  type IndexQuery,
  type SearchFilter,
  type SearchOrder,
} from './search-repository.js';
import { suggestFor, type Suggestion } from './suggest.js';

export const searchPageSize = 10;
const snippetWords = 32;

export interface SearchInput {
  q: string;
  language: Language;
  page: number;
  perPage?: number;
  order?: SearchOrder;
  sectionIds?: readonly number[];
  personId?: number;
  from?: string;
  to?: string;
}

/** A stretch of text, marked when it is a word the reader looked for. */
export interface TextPart {
  text: string;
  isMatch: boolean;
}

export interface SearchResult {
  article: ArticleSummary;
  title: TextPart[];
  snippet: TextPart[];
}

export interface SearchResults {
  items: SearchResult[];
  total: number;
  /**
   * How many of them can be paged through: all of them, or the newest `rankedMatches` when
   * more match, ranked among themselves.
   */
  listed: number;
  page: number;
  perPage: number;
  /** Nothing to look for: an empty query, or only words that say nothing (في، من …). */
  isEmpty: boolean;
  ignored: IgnoredPart[];
  isTruncated: boolean;
  /** When nothing matches: the query with its unknown words spelled as the index has them. */
  suggestion: Suggestion | null;
}

export class SearchService {
  private readonly read: RepositorySet;

  constructor(
    db: Db,
    private readonly reader: ReaderService,
    private readonly clock: Clock,
  ) {
    this.read = readRepositories(db);
  }

  async search(input: SearchInput): Promise<SearchResults> {
    const perPage = input.perPage ?? searchPageSize;
    const parsed = analyzeQuery(input.q);
    const query: IndexQuery = {
      terms: parsed.must.map(indexToken),
      phrases: parsed.phrases.map((phrase) => phrase.map(indexToken)),
      anyOf: parsed.names.map((name) => name.spellings.map((spelling) => spelling.map(indexToken))),
      exclude: parsed.exclude.map(indexToken),
      excludePhrases: parsed.excludePhrases.map((phrase) => phrase.map(indexToken)),
    };
    const base = {
      total: 0,
      listed: 0,
      page: input.page,
      perPage,
      ignored: parsed.ignored,
      isTruncated: parsed.isTruncated,
      suggestion: null,
    };
    if (query.terms.length === 0 && query.phrases.length === 0 && parsed.names.length === 0) {
      return { ...base, items: [], isEmpty: true };
    }
    const filter: SearchFilter = {
      language: input.language,
      ...(input.sectionIds ? { sectionIds: input.sectionIds } : {}),
      ...(input.personId !== undefined ? { personId: input.personId } : {}),
      ...(input.from ? { from: input.from } : {}),
      ...(input.to ? { to: input.to } : {}),
    };
    const { hits, total } = await this.read.search.search(query, filter, {
      limit: perPage,
      offset: (input.page - 1) * perPage,
      order: input.order ?? 'relevance',
      now: this.clock(),
    });
    if (total === 0) {
      const suggestion = await suggestFor(this.read.search, input.q, query, filter);
      return { ...base, items: [], isEmpty: false, suggestion };
    }
    const ids = hits.map((hit) => hit.articleId);
    const [summaryList, bodies] = await Promise.all([
      this.reader.listSummaries({ ids }, ids.length),
      this.read.search.bodiesOf(ids),
    ]);
    const summaries = new Map(summaryList.map((s) => [s.id, s]));
    const wanted = new Set([
      ...query.terms,
      ...query.phrases.flat(),
      ...(query.anyOf ?? []).flat(2),
    ]);
    const items: SearchResult[] = [];
    for (const id of ids) {
      const article = summaries.get(id);
      const stored = bodies.get(id);
      if (!article || stored === undefined) continue;
      const body = documentText(JSON.parse(stored) as DocumentJson);
      items.push({
        article,
        title: marked(article.title, wanted),
        snippet: snippetOf(article.subtitle ? `${article.subtitle}\n${body}` : body, wanted),
      });
    }
    return {
      ...base,
      total,
      listed: Math.min(total, rankedMatches),
      items,
      isEmpty: false,
    };
  }
}

function isWanted(token: AnalyzedToken, wanted: ReadonlySet<string>): boolean {
  return !token.isStopword && wanted.has(indexToken(token.term));
}

/** The whole text, its matched words marked. */
export function marked(text: string, wanted: ReadonlySet<string>): TextPart[] {
  return partsOf(text, analyze(text), wanted, 0, text.length);
}

/**
 * A stretch of about `snippetWords` words around where the matches gather most, cut at
 * words, with «…» where it starts or ends inside the text.
 */
export function snippetOf(text: string, wanted: ReadonlySet<string>): TextPart[] {
  const tokens = analyze(text);
  if (tokens.length === 0) return [];
  let best = 0;
  let bestCount = -1;
  for (let start = 0; start < tokens.length; start++) {
    let count = 0;
    for (let i = start; i < Math.min(tokens.length, start + snippetWords); i++) {
      if (isWanted(tokens[i] as AnalyzedToken, wanted)) count++;
    }
    if (count > bestCount) {
      best = start;
      bestCount = count;
    }
    if (start + snippetWords >= tokens.length) break;
  }
  // Start a few words before the window's first match, so the match has its context.
  let firstMatch = best;
  while (firstMatch < tokens.length && !isWanted(tokens[firstMatch] as AnalyzedToken, wanted)) {
    firstMatch++;
  }
  const first = Math.max(0, (firstMatch < tokens.length ? firstMatch : best) - 4);
  const last = Math.min(tokens.length, first + snippetWords) - 1;
  const from = (tokens[first] as AnalyzedToken).start;
  const to = (tokens[last] as AnalyzedToken).end;
  const parts = partsOf(text, tokens.slice(first, last + 1), wanted, from, to);
  const flattened = parts.map((part) => ({ ...part, text: part.text.replace(/\s+/g, ' ') }));
  if (from > 0) flattened.unshift({ text: '… ', isMatch: false });
  if (to < text.length) flattened.push({ text: ' …', isMatch: false });
  return flattened;
}

function partsOf(
  text: string,
  tokens: readonly AnalyzedToken[],
  wanted: ReadonlySet<string>,
  from: number,
  to: number,
): TextPart[] {
  const parts: TextPart[] = [];
  let at = from;
  for (const token of tokens) {
    if (!isWanted(token, wanted) || token.start < at) continue;
    if (token.start > at) parts.push({ text: text.slice(at, token.start), isMatch: false });
    parts.push({ text: text.slice(token.start, token.end), isMatch: true });
    at = token.end;
  }
  if (at < to) parts.push({ text: text.slice(at, to), isMatch: false });
  return parts;
}
