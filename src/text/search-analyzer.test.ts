import { describe, expect, it } from 'vitest';
import { analyze } from './search-analyzer.js';
import { isStopword } from './stopwords.js';

const terms = (text: string) => analyze(text).map((token) => token.term);

describe('analyze', () => {
  it('gives each word as written, its search spelling, its term and where it stands', () => {
    const text = 'قالت وزارةُ الطاقـــة إنّ أسعار النفط ارتفعت';
    const tokens = analyze(text);
    expect(tokens.map((t) => [t.original, t.normalized, t.term, t.isStopword])).toEqual([
      ['قالت', 'قالت', 'قالت', false],
      ['وزارةُ', 'وزاره', 'وزار', false],
      ['الطاقـــة', 'الطاقه', 'طاق', false],
      ['إنّ', 'ان', 'ان', true],
      ['أسعار', 'اسعار', 'سعر', false],
      ['النفط', 'النفط', 'نفط', false],
      ['ارتفعت', 'ارتفعت', 'ارتفعت', false],
    ]);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.original);
  });

  it('matches a reader’s spelling to the writer’s', () => {
    expect(terms('المسئولين عن الموانئ')).toEqual(terms('المسؤولون عن ميناء'));
    expect(terms('إسرائيل')).toEqual(terms('اسرائيل'));
  });

  it('stems Latin words with Porter inside Arabic text, and Arabic ones inside English', () => {
    expect(terms('قرار OPEC’s الأخير markets')).toEqual(['قرار', 'opec', 'اخير', 'market']);
    expect(terms('Banks in «بيروت» are lending')).toEqual(['bank', 'in', 'بيروت', 'are', 'lend']);
  });

  it('keeps numbers as numbers: 2.9, 40 of 40%, 1000 of 1,000', () => {
    expect(terms('نما 2.9% و٤٠٪ إلى ١٬٠٠٠ طن')).toEqual([
      'نما',
      '2.9',
      'و',
      '40',
      'الي',
      '1000',
      'طن',
    ]);
  });

  it('flags stopwords and keeps them in place, with their spelling as term', () => {
    const tokens = analyze('the oil of the Gulf في الخليج');
    expect(tokens.filter((t) => t.isStopword).map((t) => t.original)).toEqual([
      'the',
      'of',
      'the',
      'في',
    ]);
    expect(tokens.map((t) => t.start)).toEqual([0, 4, 8, 11, 15, 20, 23]);
  });

  it('splits what NFKC spells as several words, each marking the sign as written', () => {
    const tokens = analyze('النبي ﷺ');
    expect(tokens.slice(1).map((t) => [t.normalized, t.start, t.end])).toEqual([
      ['صلي', 6, 7],
      ['الله', 6, 7],
      ['عليه', 6, 7],
      ['وسلم', 6, 7],
    ]);
  });

  it('returns nothing for empty text or punctuation', () => {
    expect(analyze('')).toEqual([]);
    expect(analyze(' ،؛؟ ... — ')).toEqual([]);
  });
});

describe('isStopword', () => {
  it('knows Arabic function words, with و or ف before them', () => {
    for (const word of ['في', 'من', 'الي', 'الذي', 'التي', 'هذه', 'كانت', 'وهو', 'فقد', 'ولم']) {
      expect(isStopword(word), word).toBe(true);
    }
  });

  it('knows the standard English list', () => {
    for (const word of ['the', 'and', 'of', 'is', 'with'])
      expect(isStopword(word), word).toBe(true);
  });

  it('does not take words that only look like them', () => {
    for (const word of ['فهم', 'والي', 'ولي', 'مصر', 'oil', 'us', 'نفط']) {
      expect(isStopword(word), word).toBe(false);
    }
  });
});
