import { describe, expect, it } from 'vitest';
import { analyzeQuery, maxPhraseWords, maxQueryLength, maxTerms } from './search-query.js';

describe('analyzeQuery', () => {
  it('reads words, quoted phrases and excluded words', () => {
    expect(analyzeQuery('أسعار النفط "البنك المركزي" -الذهب')).toEqual({
      must: ['سعر', 'نفط'],
      phrases: [['بنك', 'مركز']],
      exclude: ['ذهب'],
      excludePhrases: [],
      names: [],
      ignored: [],
      isTruncated: false,
    });
  });

  it('looks for a name typed in Latin letters in its Arabic spellings too, as one term', () => {
    const query = analyzeQuery('Latakia port');
    expect(query.must).toEqual(['port']);
    expect(query.names).toEqual([{ written: 'Latakia', spellings: [['latakia'], ['لاذقيه']] }]);
    // The longest name wins: «Maria Zakharova», not «Maria» and then «Zakharova».
    const person = analyzeQuery('Maria Zakharova said');
    expect(person.names.map((name) => name.written)).toEqual(['Maria Zakharova']);
    expect(person.names[0]?.spellings[0]).toEqual(['maria', 'zakharova']);
    expect(person.names[0]?.spellings).toContainEqual(['زاخاروفا']);
    expect(person.must).toEqual(['said']);
    const quoted = analyzeQuery('"International Monetary Fund"');
    expect(quoted.phrases).toEqual([]);
    expect(quoted.names[0]?.spellings).toContainEqual(['صندوق', 'نقد', 'دول']);
  });

  it('excludes every spelling of an excluded name, and leaves Arabic words and unknown names alone', () => {
    const query = analyzeQuery('نفط -Latakia');
    expect(query.names).toEqual([]);
    expect(query.exclude).toEqual(['latakia', 'لاذقيه']);
    expect(analyzeQuery('اللاذقية').names).toEqual([]);
    expect(analyzeQuery('Qwertyville').names).toEqual([]);
    expect(analyzeQuery('Qwertyville').must).toEqual(['qwertyvil']);
  });

  it('accepts «…» and “…” as quotes, and excludes a -"phrase"', () => {
    const query = analyzeQuery('«الطاقة المتجددة» “solar power” -"سعر الذهب"');
    expect(query.phrases).toEqual([
      ['طاق', 'متجدد'],
      ['solar', 'power'],
    ]);
    expect(query.excludePhrases).toEqual([['سعر', 'ذهب']]);
  });

  it('keeps stopwords inside phrases and ignores them outside', () => {
    const query = analyzeQuery('النفط في "على الطاولة" the');
    expect(query.must).toEqual(['نفط']);
    expect(query.phrases).toEqual([['علي', 'طاول']]);
    expect(query.ignored).toEqual([
      { text: 'في', reason: 'stopword' },
      { text: 'the', reason: 'stopword' },
    ]);
  });

  it('reads an unclosed quote as words and says the quote was ignored', () => {
    const query = analyzeQuery('"البنك المركزي');
    expect(query.must).toEqual(['بنك', 'مركز']);
    expect(query.phrases).toEqual([]);
    expect(query.ignored).toEqual([{ text: '"', reason: 'operator' }]);
  });

  it('lets no engine syntax through', () => {
    const query = analyzeQuery('oil AND (gas OR price*) NEAR/3 ^x :y title:النفط');
    const terms = [...query.must, ...query.phrases.flat()];
    for (const term of terms) expect(term).toMatch(/^[\p{L}\p{N}.]+$/u);
    expect(query.must).toContain('oil');
    expect(query.must).toContain('نفط');
    expect(query.ignored.map((part) => part.text)).toEqual(['AND', 'OR', 'NEAR']);
  });

  it('makes a word the analyzer cuts in several a phrase', () => {
    expect(analyzeQuery('COVID-19 oil-rich').phrases).toEqual([
      ['covid', '19'],
      ['oil', 'rich'],
    ]);
  });

  it(`keeps at most ${maxTerms} terms and ${maxPhraseWords} words a phrase, and says what it left`, () => {
    const many = Array.from({ length: 15 }, (_, i) => `w${i + 1}`).join(' ');
    const query = analyzeQuery(many);
    expect(query.must).toHaveLength(maxTerms);
    expect(query.ignored).toEqual(
      ['w13', 'w14', 'w15'].map((text) => ({ text, reason: 'term-limit' })),
    );
    const long = analyzeQuery('"a1 b2 c3 d4 e5 f6 g7 h8 i9 j10"');
    expect(long.phrases).toEqual([['a1', 'b2', 'c3', 'd4', 'e5', 'f6', 'g7', 'h8']]);
    expect(long.ignored).toEqual([{ text: 'i9 j10', reason: 'phrase-limit' }]);
  });

  it('counts a repeated word once', () => {
    expect(analyzeQuery('النفط نفط والنفط').must).toEqual(['نفط']);
  });

  it('never throws on empty, control-character or enormous input', () => {
    const empty = { must: [], phrases: [], exclude: [], excludePhrases: [], ignored: [] };
    expect(analyzeQuery('')).toMatchObject(empty);
    expect(analyzeQuery('\u0000\u0007\u001b[2J')).toMatchObject({ must: ['2j'] });
    expect(analyzeQuery('"""""-"-"--')).toMatchObject({ must: [], phrases: [] });
    const huge = analyzeQuery('النفط '.repeat(2_000));
    expect(huge).toMatchObject({ must: ['نفط'], isTruncated: true });
    const words = analyzeQuery(`${'ب'.repeat(maxQueryLength - 3)} ذهب فضة`);
    expect(words.isTruncated).toBe(true);
    expect(words.must).toHaveLength(1);
    expect(analyzeQuery('x'.repeat(10_000)).must).toEqual(['x'.repeat(maxQueryLength)]);
  });

  it('reports an ignored word once however often it was typed', () => {
    expect(analyzeQuery('the the the oil').ignored).toEqual([{ text: 'the', reason: 'stopword' }]);
  });
});
