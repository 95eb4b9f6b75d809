/**
 * An index written by one version of the analyzer and searched by another misses words: the
 * query's terms are no longer the ones stored. `indexVersion` tells them apart, so it must
 * change whenever the terms do. This fingerprints the terms of a wide sample — every demo
 * article, both lexicons and the gazetteer's names — and fails when they change while the
 * version stays: raise `indexVersion` (servers then rebuild their index as they start) and
 * record the new fingerprint here.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { demoArticlesAr } from '../demo/content-articles-ar.js';
import { demoArticlesEn } from '../demo/content-articles-en.js';
import { brokenPlurals } from '../text/arabic-plurals.js';
import { countries, places, wawWords, wholeWords } from '../text/arabic-stem-lexicon.js';
import { gazetteerEntries } from '../text/gazetteer-data.js';
import { indexTerms, indexVersion } from './index-terms.js';

function sample(): string[] {
  return [
    // Their words only: a story moved in time or paired with a translation has the same terms.
    ...[...demoArticlesAr, ...demoArticlesEn].map((article) =>
      JSON.stringify([
        article.title,
        article.subtitle,
        article.excerpt,
        article.tags,
        article.body,
      ]),
    ),
    ...brokenPlurals.flat(),
    ...countries.flat(),
    ...places,
    ...wholeWords,
    ...wawWords,
    ...gazetteerEntries.flatMap((entry) => [...entry.arabic]),
    // Each word with the prefixes and suffixes the stemmer takes off.
    ...['الاقتصاد', 'والمصارف', 'بالأسواق', 'للمستثمرين', 'فسيرتفع', 'الفلسطينيين', 'وزارتها'],
  ];
}

describe('the index version', () => {
  it('changes whenever the terms the analyzer writes do', () => {
    const terms = sample().map((text) => indexTerms(text).join(' '));
    const fingerprint = createHash('sha256').update(terms.join('\n')).digest('hex').slice(0, 16);
    expect({ indexVersion, fingerprint }).toEqual({
      indexVersion: 1,
      fingerprint: 'cd4814e42d819de1',
    });
  });
});
