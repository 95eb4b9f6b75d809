/**
 * What the search benchmark asks: queries drawn from the corpus's own words, the same ones for
 * the same corpus. The words are sorted by how many articles use them: common words (in at
 * least a tenth of the articles: the costliest to rank and count), rare ones (in at most one
 * in a thousand, as the corpus's planted words are) and those in between. Two-word queries
 * mix them; two common words, the worst case, are also measured on their own. A phrase is
 * two words that stand side by side in some article; a word that matches nothing is made of
 * letters no article writes in that order, and takes the search page's «did you mean» path.
 */
import { analyze } from '../../src/text/search-analyzer.js';
import type { SearchDocument } from '../search-quality/documents.js';

export type QueryKind = 'one word' | 'two words' | 'two common words' | 'phrase' | 'no match';
export const queryKinds: readonly QueryKind[] = [
  'one word',
  'two words',
  'two common words',
  'phrase',
  'no match',
];

export interface WordPools {
  common: string[];
  middle: string[];
  rare: string[];
}

const arabicWord = /^[\u0621-\u064A]{3,}$/;
const commonShare = 0.1;
const rareShare = 0.001;
/** Steps through a list that visit its items in a scattered but fixed order. */
const stride = 7919;

/**
 * The corpus's Arabic words (as written, stopwords left out) by how many articles hold their
 * terms: a word is as common as the index finds it, so «للعام» is as common as «العام».
 */
export function wordPools(documents: readonly SearchDocument[]): WordPools {
  const termsOfWord = new Map<string, string[]>();
  const articlesWith = new Map<string, number>();
  for (const document of documents) {
    const terms = new Set<string>();
    for (const word of new Set(wordsOf(document))) {
      let known = termsOfWord.get(word);
      if (known === undefined) {
        known = analyze(word).flatMap((token) => (token.isStopword ? [] : [token.term]));
        termsOfWord.set(word, known);
      }
      for (const term of known) terms.add(term);
    }
    for (const term of terms) articlesWith.set(term, (articlesWith.get(term) ?? 0) + 1);
  }
  const byUse = [...termsOfWord]
    .filter(([, terms]) => terms.length > 0)
    .map(
      ([word, terms]) => [word, Math.max(...terms.map((t) => articlesWith.get(t) ?? 0))] as const,
    )
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1));
  const commonAt = documents.length * commonShare;
  const rareAt = Math.max(3, documents.length * rareShare);
  return {
    common: byUse.filter(([, n]) => n >= commonAt).map(([word]) => word),
    middle: byUse.filter(([, n]) => n < commonAt && n > rareAt).map(([word]) => word),
    rare: byUse.filter(([, n]) => n <= rareAt).map(([word]) => word),
  };
}

function wordsOf(document: SearchDocument): string[] {
  return `${document.title} ${document.body}`
    .split(/[\s.,،؛:]+/)
    .filter((word) => arabicWord.test(word));
}

/** The `i`-th item of a list in the scattered order. */
function nth<T>(items: readonly T[], i: number): T {
  if (items.length === 0) throw new RangeError('an empty word pool');
  return items[(i * stride) % items.length] as T;
}

/** `count` queries of a kind; `offset` gives another set of the same kind (for warming up). */
export function queriesOf(
  kind: QueryKind,
  pools: WordPools,
  documents: readonly SearchDocument[],
  count: number,
  offset = 0,
): string[] {
  return Array.from({ length: count }, (_, n) => queryOf(kind, pools, documents, n + offset));
}

function queryOf(
  kind: QueryKind,
  pools: WordPools,
  documents: readonly SearchDocument[],
  i: number,
): string {
  const { common, middle, rare } = pools;
  switch (kind) {
    case 'one word':
      return nth([common, middle, rare][i % 3] as string[], i);
    case 'two words': {
      // In turn: a common word with a rare one, with one in between, the rare one first,
      // and two common words (the costliest: many matches to rank and count).
      const [first, second] = (
        [
          [common, rare],
          [middle, common],
          [rare, common],
          [common, common],
        ] as const
      )[i % 4] as readonly [string[], string[]];
      return `${nth(first, i)} ${nth(second, i + 1)}`;
    }
    case 'two common words':
      return `${nth(common, i)} ${nth(common, i + 1)}`;
    case 'phrase':
      return `«${adjacentWords(nth(documents, i), i).join(' ')}»`;
    case 'no match':
      return madeUpWord(i);
  }
}

/** Two Arabic words that stand side by side in the article's body, nothing between them. */
function adjacentWords(document: SearchDocument, i: number): [string, string] {
  const tokens = document.body.split(/\s+/);
  for (let n = 0; n < tokens.length - 1; n++) {
    const at = (i * 31 + n) % (tokens.length - 1);
    const [first, second] = [tokens[at] ?? '', tokens[at + 1] ?? ''];
    if (arabicWord.test(first) && arabicWord.test(second)) return [first, second];
  }
  throw new RangeError(`article ${document.key} has no two Arabic words side by side`);
}

/** A word of six letters in an order Arabic does not write (ظ ض غ ث ذ ص …). */
function madeUpWord(i: number): string {
  const letters = 'ظضغثذصخشقز';
  let word = '';
  for (let n = 0; n < 6; n++) word += letters[(i * 7 + n * (i + 3)) % letters.length] ?? '';
  return word;
}
