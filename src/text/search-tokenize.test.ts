import { describe, expect, it } from 'vitest';
import { splitWords } from './search-tokenize.js';

const words = (text: string) => splitWords(text).map((word) => word.text);

describe('splitWords', () => {
  it('gives offsets into the text as written, tashkeel and tatweel included', () => {
    const text = 'قالت وِزارةُ الطاقـــة، أمس';
    const found = splitWords(text);
    expect(found.map((word) => word.text)).toEqual(['قالت', 'وِزارةُ', 'الطاقـــة', 'أمس']);
    for (const word of found) expect(text.slice(word.start, word.end)).toBe(word.text);
    expect(found[2]).toMatchObject({ start: 13, end: 22, script: 'arabic' });
  });

  it('counts offsets in UTF-16 units past emoji and ligatures', () => {
    const text = '👍🏽 ﻻ بأس';
    expect(splitWords(text).map((word) => [word.text, word.start])).toEqual([
      ['ﻻ', 5],
      ['بأس', 7],
    ]);
  });

  it('keeps decimals and grouped thousands whole, and splits listed numbers', () => {
    expect(words('نما 2.9 و٢٫٥ بلغ 1,000,000 و1,2,3')).toEqual([
      'نما',
      '2.9',
      'و',
      '٢٫٥',
      'بلغ',
      '1,000,000',
      'و',
      '1',
      '2',
      '3',
    ]);
  });

  it('reads 40% as the number 40 and leaves a sentence-final point out', () => {
    expect(words('ارتفع 40% و٪٥. end 2.')).toEqual(['ارتفع', '40', 'و', '٥', 'end', '2']);
  });

  it('parts Arabic letters from Latin letters and digits, not Latin from digits', () => {
    expect(words('بـ40 مليار ٢٠٢٦م G20 الـOPEC')).toEqual([
      'بـ',
      '40',
      'مليار',
      '٢٠٢٦',
      'م',
      'G20',
      'الـ',
      'OPEC',
    ]);
  });

  it('keeps apostrophes between letters and splits at hyphens', () => {
    expect(words("OPEC's don't oil-rich 'quoted'")).toEqual([
      "OPEC's",
      "don't",
      'oil',
      'rich',
      'quoted',
    ]);
  });

  it('finds no words in punctuation, operators or nothing', () => {
    expect(words('')).toEqual([]);
    expect(words('"() * ^ : - ، ؛ ؟ …')).toEqual([]);
  });

  it('labels each word with its script', () => {
    expect(splitWords('النفط oil ٥٠ Москва').map((word) => word.script)).toEqual([
      'arabic',
      'latin',
      'number',
      'other',
    ]);
  });
});
