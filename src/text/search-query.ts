/**
 * What a reader types into the search box, read as a query: words every result must
 * contain, "quoted phrases" (also “…” and «…») whose words must stand together in that
 * order, and -excluded words or -"phrases". Everything else is text: FTS5 and tsquery
 * syntax (NEAR, *, ^, :, parentheses, AND/OR/NOT), control characters and unbalanced
 * quotes never reach the engine and never throw. The terms are analysed exactly as
 * articles are (`analyze`), so they match the index; they are plain letters, digits and
 * the point of a decimal, to be passed to the engine as bound, quoted values.
 *
 * A name in Latin letters the gazetteer knows (Latakia, IMF, Maria Zakharova) is looked for
 * as typed or in any of its Arabic spellings (اللاذقية، صندوق النقد الدولي، زاخاروفا), so a
 * reader who types a name as English news spells it finds the Arabic articles that name it.
 *
 * The work a query costs is bounded: at most `maxQueryLength` characters are read,
 * `maxTerms` terms kept and `maxPhraseWords` words per phrase. What was left out is
 * reported, so the results page can say so.
 */
import { arabicNamesOf, longestLatinName } from './gazetteer.js';
import { analyze, type AnalyzedToken } from './search-analyzer.js';

export const maxQueryLength = 512;
export const maxTerms = 12;
export const maxPhraseWords = 8;
/** Arabic spellings looked for per name, the commonest first. */
export const maxNameSpellings = 6;

export interface SearchQuery {
  /** Terms every result contains. */
  must: string[];
  /** Term sequences every result contains, word after word. */
  phrases: string[][];
  /** Terms no result contains. */
  exclude: string[];
  /** Term sequences no result contains. */
  excludePhrases: string[][];
  /** Names every result contains, in one of their spellings. */
  names: NameQuery[];
  /** What the query asked for that was left out, as the reader wrote it. */
  ignored: IgnoredPart[];
  /** Whether the query was longer than `maxQueryLength` and its end was not read. */
  isTruncated: boolean;
}

/** A name as typed, and its spellings as term sequences: the typed one first, then Arabic. */
export interface NameQuery {
  written: string;
  spellings: string[][];
}

export interface IgnoredPart {
  text: string;
  reason: 'stopword' | 'operator' | 'term-limit' | 'phrase-limit';
}

const quotes = /["“”«»„]/;
const engineSyntax = /[()[\]{}*^:~|&!+=<>\\/]/g;
const controlCharacters = /\p{Cc}/gu;
const operators = new Set(['AND', 'OR', 'NOT', 'NEAR']);
const minus = /^[-\u2212]+/;

/** Reads a reader's query; an empty or hostile one gives an empty query, never an error. */
export function analyzeQuery(query: string): SearchQuery {
  const { text, isTruncated } = readable(query);
  const result: SearchQuery = {
    must: [],
    phrases: [],
    exclude: [],
    excludePhrases: [],
    names: [],
    ignored: [],
    isTruncated,
  };
  const budget = { terms: maxTerms };
  const parts = text.split(quotes);
  const hasUnclosedQuote = parts.length % 2 === 0;
  if (hasUnclosedQuote) ignore(result, lastQuote(text), 'operator');
  parts.forEach((part, index) => {
    const isQuoted = index % 2 === 1 && !(hasUnclosedQuote && index === parts.length - 1);
    if (isQuoted) {
      const isExcluded = minus.test(parts[index - 1]?.split(/\s/).at(-1) ?? '');
      addPhrase(result, budget, part, isExcluded);
    } else {
      addWords(result, budget, part);
    }
  });
  return result;
}

/** At most `maxQueryLength` characters, cut between words, with control characters as spaces. */
function readable(query: string): { text: string; isTruncated: boolean } {
  const clean = query.replace(controlCharacters, ' ');
  if (clean.length <= maxQueryLength) return { text: clean, isTruncated: false };
  const head = clean.slice(0, maxQueryLength + 1);
  const lastSpace = head.search(/\s\S*$/);
  return { text: head.slice(0, lastSpace > 0 ? lastSpace : maxQueryLength), isTruncated: true };
}

function lastQuote(text: string): string {
  return [...text].reverse().find((character) => quotes.test(character)) ?? '"';
}

/**
 * Bare words: each must be found, -word must not. A word the analyzer cuts in several
 * (oil-rich, COVID-19) is a phrase. A lone minus (that of -"…") has no words and adds nothing.
 */
function addWords(query: SearchQuery, budget: Budget, text: string) {
  const words = text.replace(engineSyntax, ' ').split(/\s+/).filter(Boolean);
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    if (operators.has(word)) {
      ignore(query, word, 'operator');
      continue;
    }
    const isExcluded = minus.test(word);
    const name = nameAt(words, index);
    if (name) {
      addName(query, budget, name, isExcluded);
      index += name.wordCount - 1;
      continue;
    }
    const tokens = analyze(word.replace(minus, ''));
    const kept = tokens.filter((token) => !token.isStopword);
    if (kept.length === 0) {
      if (tokens.length > 0) ignore(query, word, 'stopword');
      continue;
    }
    const terms = kept.map((token) => token.term);
    if (terms.length === 1) addTerm(query, budget, terms[0] as string, word, isExcluded);
    else addSequence(query, budget, terms, word, isExcluded);
  }
}

/**
 * The longest run of words from `index` that the gazetteer knows as a name in Latin letters
 * (only the first may carry a minus: -IMF excludes the name). None for Arabic words.
 */
function nameAt(
  words: readonly string[],
  index: number,
): (NameQuery & { wordCount: number }) | null {
  if (!latinLetter.test(words[index] ?? '')) return null;
  for (let count = Math.min(longestLatinName, words.length - index); count > 0; count--) {
    const run = words.slice(index, index + count);
    if (run.slice(1).some((word) => minus.test(word) || operators.has(word))) continue;
    const written = run.join(' ').replace(minus, '');
    const name = nameQuery(written);
    if (name) return { ...name, wordCount: count };
  }
  return null;
}

const latinLetter = /[a-z]/i;

/** A name's spellings to look for, if the gazetteer knows `written`. */
function nameQuery(written: string): NameQuery | null {
  const arabic = arabicNamesOf(written).slice(0, maxNameSpellings);
  if (arabic.length === 0) return null;
  const spellings = [written, ...arabic]
    .map((spelling) => analyze(spelling).map((token) => token.term))
    .filter((terms) => terms.length > 0 && terms.length <= maxPhraseWords);
  return { written, spellings };
}

/** A name counts as one term; excluded, each of its spellings is excluded. */
function addName(query: SearchQuery, budget: Budget, name: NameQuery, isExcluded: boolean) {
  if (budget.terms < 1) {
    ignore(query, name.written, 'term-limit');
    return;
  }
  budget.terms -= 1;
  if (!isExcluded) {
    query.names.push({ written: name.written, spellings: name.spellings });
    return;
  }
  for (const spelling of name.spellings) {
    if (spelling.length === 1) query.exclude.push(spelling[0] as string);
    else query.excludePhrases.push(spelling);
  }
}

/** A quoted phrase keeps its stopwords: «على الطاولة» is not «الطاولة». */
function addPhrase(query: SearchQuery, budget: Budget, text: string, isExcluded: boolean) {
  const name = nameQuery(text.trim());
  if (name) {
    addName(query, budget, name, isExcluded);
    return;
  }
  const tokens = analyze(text);
  if (tokens.length > maxPhraseWords) {
    const cut = tokens[maxPhraseWords] as AnalyzedToken;
    ignore(query, text.slice(cut.start).trim(), 'phrase-limit');
  }
  const kept = tokens.slice(0, maxPhraseWords);
  if (kept.length > 0 && kept.every((token) => token.isStopword)) {
    ignore(query, text.trim(), 'stopword');
    return;
  }
  const terms = kept.map((token) => token.term);
  if (terms.length === 1) addTerm(query, budget, terms[0] as string, text.trim(), isExcluded);
  else if (terms.length > 1) addSequence(query, budget, terms, text.trim(), isExcluded);
}

/** Each ignored word is reported once, however often it was typed. */
function ignore(query: SearchQuery, text: string, reason: IgnoredPart['reason']) {
  if (!query.ignored.some((part) => part.text === text && part.reason === reason)) {
    query.ignored.push({ text, reason });
  }
}

interface Budget {
  terms: number;
}

function addTerm(
  query: SearchQuery,
  budget: Budget,
  term: string,
  written: string,
  isExcluded: boolean,
) {
  const list = isExcluded ? query.exclude : query.must;
  if (list.includes(term)) return;
  if (budget.terms < 1) {
    ignore(query, written, 'term-limit');
    return;
  }
  budget.terms -= 1;
  list.push(term);
}

function addSequence(
  query: SearchQuery,
  budget: Budget,
  terms: string[],
  written: string,
  isExcluded: boolean,
) {
  if (budget.terms < terms.length) {
    ignore(query, written, 'term-limit');
    return;
  }
  budget.terms -= terms.length;
  (isExcluded ? query.excludePhrases : query.phrases).push(terms);
}
