/**
 * The search relevance set (bench/search-quality) checked as data: large enough to mean
 * something, every group represented, every expected article real, and the generated
 * corpus's planted words found only where they were planted.
 */
import { describe, expect, it } from 'vitest';
import { corpusQueries, generateCorpus, plantedForms } from '../../bench/search-quality/corpus.js';
import { demoArticle, demoDocuments, fullText } from '../../bench/search-quality/documents.js';
import { demoQueries, queryGroups } from '../../bench/search-quality/queries.js';

const corpusSize = 400;
const corpus = generateCorpus(corpusSize);
const allQueries = [...demoQueries, ...corpusQueries(corpusSize)];

describe('the search relevance set', () => {
  it('holds at least 150 demo queries and 50 corpus queries', () => {
    expect(demoQueries.length).toBeGreaterThanOrEqual(150);
    expect(corpusQueries(corpusSize).length).toBeGreaterThanOrEqual(50);
  });

  it('has demo queries in every group', () => {
    const used = new Set(demoQueries.map((q) => q.group));
    expect(queryGroups.filter((group) => !used.has(group))).toEqual([]);
  });

  it('never asks the same query twice in one language', () => {
    const seen = demoQueries.map((q) => `${q.language}:${q.query}`);
    expect(seen.filter((key, index) => seen.indexOf(key) !== index)).toEqual([]);
  });

  it('expects only articles that exist, in the language of the query', () => {
    const languages = new Map(
      [...demoDocuments(), ...corpus].map((d) => [d.key, d.language] as const),
    );
    const wrong = allQueries.flatMap((q) =>
      q.expect
        .filter((key) => languages.get(key) !== q.language)
        .map((key) => `${q.query} → ${key}`),
    );
    expect(wrong).toEqual([]);
    expect(allQueries.every((q) => q.expect.length > 0)).toBe(true);
  });

  it('names every demo article by the slug the demo loader gives it', () => {
    const slugs = new Set(demoDocuments().map((d) => d.key));
    expect(Object.values(demoArticle).filter((slug) => !slugs.has(slug))).toEqual([]);
  });
});

describe('the generated corpus', () => {
  it('is the same for the same size and seed', () => {
    expect(generateCorpus(corpusSize)).toEqual(corpus);
    expect(generateCorpus(corpusSize, 7)).not.toEqual(corpus);
  });

  it('plants each query’s words in its expected articles and nowhere else', () => {
    const queries = corpusQueries(corpusSize);
    const misplaced = plantedForms().flatMap(({ query, forms }) => {
      const expected = queries.find((q) => q.query === query)?.expect ?? [];
      return corpus
        .filter((d) => forms.some((form) => fullText(d).includes(form)))
        .map((d) => d.key)
        .filter((key) => !expected.includes(key))
        .map((key) => `${query} in ${key}`);
    });
    expect(misplaced).toEqual([]);
    const withForms = queries.map(
      (q) =>
        q.expect.filter((key) => {
          const text = fullText(corpus.find((d) => d.key === key)!);
          return plantedForms()
            .find((p) => p.query === q.query)!
            .forms.some((form) => text.includes(form));
        }).length,
    );
    expect(withForms.every((n) => n === 3)).toBe(true);
  });

  it('refuses a size too small to plant every query', () => {
    expect(() => generateCorpus(10)).toThrow(RangeError);
  });
});
