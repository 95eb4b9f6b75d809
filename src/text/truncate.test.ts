import { describe, expect, it } from 'vitest';
import { countGraphemes, truncate } from './truncate.js';

describe('countGraphemes', () => {
  it('counts what a reader sees as one character', () => {
    expect(countGraphemes('')).toBe(0);
    expect(countGraphemes('abc')).toBe(3);
    expect(countGraphemes('الطّاقَة')).toBe(6);
    expect(countGraphemes('e\u0301')).toBe(1);
    expect(countGraphemes('👨‍👩‍👧🇱🇧👍🏽')).toBe(3);
  });

  it('counts a lone surrogate as one character instead of throwing', () => {
    expect(countGraphemes('a\uD800b')).toBe(3);
  });
});

describe('truncate', () => {
  it('returns text that fits unchanged, without «…»', () => {
    expect(truncate('أسعار النفط', 11)).toBe('أسعار النفط');
    expect(truncate('الطّاقَة', 6)).toBe('الطّاقَة');
    expect(truncate('', 10)).toBe('');
  });

  it('collapses and trims whitespace, even when nothing is cut', () => {
    expect(truncate('  أسعار\n\tالنفط   ترتفع  ', 50)).toBe('أسعار النفط ترتفع');
    expect(truncate('   ', 10)).toBe('');
  });

  it('cuts Arabic between words and adds «…» within the limit', () => {
    const result = truncate('أسعار النفط ترتفع في أكتوبر', 15);
    expect(result).toBe('أسعار النفط…');
    expect(countGraphemes(result)).toBeLessThanOrEqual(15);
  });

  it('uses all the room the limit allows', () => {
    expect(truncate('أسعار النفط ترتفع في أكتوبر', 19)).toBe('أسعار النفط ترتفع…');
    expect(truncate('one two three', 9)).toBe('one two…');
    expect(truncate('one two three', 8)).toBe('one two…');
    expect(truncate('one two three', 7)).toBe('one…');
  });

  it('never splits a word carrying tashkeel, counting each letter with its marks once', () => {
    expect(truncate('الطّاقَةُ المتجدِّدةُ في لبنانَ', 17)).toBe('الطّاقَةُ المتجدِّدةُ…');
    expect(truncate('الطّاقَةُ المتجدِّدةُ في لبنانَ', 15)).toBe('الطّاقَةُ…');
  });

  it('drops punctuation and spaces left before the «…»', () => {
    expect(truncate('Hello, world. This is long', 14)).toBe('Hello, world…');
    expect(truncate('أولاً، النفط؛ ثانياً، الغاز', 14)).toBe('أولاً، النفط…');
    expect(truncate('Markets fell - sharply today', 15)).toBe('Markets fell…');
    expect(truncate('He said «hello» and left', 18)).toBe('He said «hello»…');
  });

  it('keeps a percent sign, which belongs to its number', () => {
    expect(truncate('ارتفع 3.5% في يوم واحد', 12)).toBe('ارتفع 3.5%…');
  });

  it('keeps a decimal number whole', () => {
    expect(truncate('rose 3.5 points', 8)).toBe('rose…');
  });

  it('cuts mixed Arabic and Latin between words', () => {
    expect(truncate('قررت OPEC+ خفض الإنتاج', 15)).toBe('قررت OPEC+ خفض…');
    expect(truncate('قررت OPEC+ خفض الإنتاج', 12)).toBe('قررت OPEC+…');
  });

  it('keeps emoji sequences and flags whole', () => {
    expect(truncate('عائلة 👨‍👩‍👧 في 🇱🇧 اليوم', 13)).toBe('عائلة 👨‍👩‍👧 في 🇱🇧…');
    expect(truncate('👍🏽👍🏽👍🏽👍🏽', 3)).toBe('👍🏽👍🏽…');
  });

  it('cuts a first word longer than the limit between graphemes', () => {
    expect(truncate('Supercalifragilistic expialidocious', 6)).toBe('Super…');
    expect(truncate('الاستراتيجيات', 5)).toBe('الاس…');
    expect(truncate('الطّاقَةُ', 4)).toBe('الطّ…');
    expect(truncate('«Supercalifragilistic»', 6)).toBe('«Supe…');
  });

  it('works at the smallest limit', () => {
    expect(truncate('ab', 2)).toBe('ab');
    expect(truncate('abc', 2)).toBe('a…');
    expect(truncate('طّاقة', 2)).toBe('طّ…');
  });

  it('throws a RangeError for a limit below 2 or not an integer', () => {
    expect(() => truncate('abc', 1)).toThrow(RangeError);
    expect(() => truncate('abc', 0)).toThrow(RangeError);
    expect(() => truncate('abc', -5)).toThrow(RangeError);
    expect(() => truncate('abc', 2.5)).toThrow(RangeError);
    expect(() => truncate('abc', Number.NaN)).toThrow(RangeError);
  });

  it('never separates a prepended Arabic number sign from its number', () => {
    expect(truncate('رقم \u0600١٢٣٤ هنا', 8)).toBe('رقم…');
  });

  it('survives hostile input', () => {
    expect(truncate('a\uD800b\uDFFFc d', 4)).toBe('a\uD800b…');
    const long = 'كلمة '.repeat(200_000);
    expect(truncate(long, 12)).toBe('كلمة كلمة…');
    expect(truncate('x'.repeat(1_000_000), 5)).toBe('xxxx…');
  });
});
