import { describe, expect, it } from 'vitest';
import { formatInteger, toArabicIndicDigits, toWesternDigits } from './digits.js';

describe('toWesternDigits', () => {
  it('converts Arabic-Indic and Persian digits, leaving the rest', () => {
    expect(toWesternDigits('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ abc ٢٠٢٦م')).toBe(
      '0123456789 0123456789 abc 2026م',
    );
  });

  it('handles empty strings', () => {
    expect(toWesternDigits('')).toBe('');
  });
});

describe('toArabicIndicDigits', () => {
  it('converts Western digits only', () => {
    expect(toArabicIndicDigits('0123456789 عام 2026, OPEC+')).toBe('٠١٢٣٤٥٦٧٨٩ عام ٢٠٢٦, OPEC+');
  });

  it('round-trips with toWesternDigits', () => {
    expect(toWesternDigits(toArabicIndicDigits('14/10/2026 09:30'))).toBe('14/10/2026 09:30');
  });
});

describe('formatInteger', () => {
  it('leaves numbers below 10 000 ungrouped, so years read naturally', () => {
    expect(formatInteger(2026, 'arabic-indic')).toBe('٢٠٢٦');
    expect(formatInteger(9999, 'western')).toBe('9999');
    expect(formatInteger(0, 'arabic-indic')).toBe('٠');
  });

  it('groups from 10 000 up with «٬» or «,»', () => {
    expect(formatInteger(10_000, 'arabic-indic')).toBe('١٠٬٠٠٠');
    expect(formatInteger(1_234_567, 'arabic-indic')).toBe('١٬٢٣٤٬٥٦٧');
    expect(formatInteger(1_234_567, 'western')).toBe('1,234,567');
  });

  it('writes negatives with an Arabic letter mark so the sign stays on the right side', () => {
    expect(formatInteger(-12_345, 'arabic-indic')).toBe('\u061C-١٢٬٣٤٥');
    expect(formatInteger(-5, 'western')).toBe('-5');
  });

  it('refuses what is not an integer', () => {
    expect(() => formatInteger(1.5, 'western')).toThrow(RangeError);
    expect(() => formatInteger(Number.NaN, 'arabic-indic')).toThrow(RangeError);
    expect(() => formatInteger(Infinity, 'western')).toThrow(RangeError);
  });
});
