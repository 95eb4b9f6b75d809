import { describe, expect, it } from 'vitest';
import { brokenPlurals } from './arabic-plurals.js';
import { stemArabic } from './arabic-stem.js';
import { normalizeForSearch } from './search-normalize.js';
import { isStopword } from './stopwords.js';

const stem = (word: string) => stemArabic(normalizeForSearch(word));

describe('brokenPlurals', () => {
  it('holds the plurals economic and political news uses most', () => {
    expect(brokenPlurals.length).toBeGreaterThanOrEqual(150);
  });

  it('gives every plural its singular’s stem, bare, with the article and with a pronoun', () => {
    for (const [singular, plural] of brokenPlurals) {
      const term = stem(singular);
      expect(stem(plural), `${plural} → ${singular}`).toBe(term);
      expect(stem(`ال${plural}`), `ال${plural}`).toBe(term);
      expect(stem(`و${plural}ها`), `و${plural}ها`).toBe(term);
      expect(stem(`ال${singular}`), `ال${singular}`).toBe(term);
    }
  });

  it('finds the port in «الموانئ» and the ministers in «ووزراؤها»', () => {
    expect(stem('الموانئ')).toBe(stem('ميناء'));
    expect(stem('ووزراؤها')).toBe(stem('الوزير'));
    expect(stem('بالأسواق')).toBe(stem('سوق'));
  });

  it('lists each plural once and never a singular as another’s plural', () => {
    const plurals = brokenPlurals.map(([, plural]) => normalizeForSearch(plural));
    const singulars = new Set(brokenPlurals.map(([singular]) => normalizeForSearch(singular)));
    expect(new Set(plurals).size).toBe(plurals.length);
    for (const plural of plurals) expect(singulars.has(plural), plural).toBe(false);
  });

  it('collides with no stopword and merges no two singulars', () => {
    for (const [singular, plural] of brokenPlurals) {
      expect(isStopword(normalizeForSearch(plural)), plural).toBe(false);
      expect(isStopword(normalizeForSearch(singular)), singular).toBe(false);
    }
    const singularOfTerm = new Map<string, string>();
    for (const [singular] of brokenPlurals) {
      const term = stem(singular);
      const other = singularOfTerm.get(term);
      if (other !== undefined && other !== singular) {
        expect.fail(`${singular} and ${other} share the term ${term}`);
      }
      singularOfTerm.set(term, singular);
    }
  });

  it('leaves out plurals that are also other common words', () => {
    expect(stem('كتب')).not.toBe(stem('كتاب'));
    expect(stem('فرق')).not.toBe(stem('فريق'));
    expect(stem('قصور')).not.toBe(stem('قصر'));
  });
});
