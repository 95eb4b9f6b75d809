import { describe, expect, it } from 'vitest';
import { slugify } from './slug.js';

describe('slugify', () => {
  it('keeps Arabic letters as written and joins words with «-»', () => {
    expect(slugify('أسعار النفط ترتفع 3% في أكتوبر')).toBe('أسعار-النفط-ترتفع-3-في-أكتوبر');
    expect(slugify('إسرائيل آمنة؟ مؤتمر الرئيس')).toBe('إسرائيل-آمنة-مؤتمر-الرئيس');
  });

  it('removes tashkeel and tatweel only', () => {
    expect(slugify('الطّاقـــة')).toBe('الطاقة');
    expect(slugify('هٰذَا كِتَابٌ')).toBe('هذا-كتاب');
  });

  it('lowercases Latin and strips its accents', () => {
    expect(slugify('Oil prices: OPEC+ cuts!')).toBe('oil-prices-opec-cuts');
    expect(slugify('Café crème à São Paulo — Ünïcödé')).toBe('cafe-creme-a-sao-paulo-unicode');
  });

  it('writes digits the Western way', () => {
    expect(slugify('موازنة ٢٠٢٦ و۱۴۰۵')).toBe('موازنة-2026-و1405');
  });

  it('handles mixed Arabic and Latin', () => {
    expect(slugify('«أوبك+» OPEC تخفض الإنتاج، 2026')).toBe('أوبك-opec-تخفض-الإنتاج-2026');
  });

  it('drops emoji, punctuation and invisible marks', () => {
    expect(slugify('🔥 عاجل: النفط 🛢️!!')).toBe('عاجل-النفط');
    expect(slugify('النفط\u200F يرتفع')).toBe('النفط-يرتفع');
    expect(slugify('soft\u00ADware')).toBe('software');
  });

  it('reads Arabic presentation forms and full-width Latin as plain letters', () => {
    expect(slugify('ﻻ ＯＰＥＣ')).toBe('لا-opec');
  });

  it('returns an empty string when nothing is left', () => {
    expect(slugify('')).toBe('');
    expect(slugify('!!! ؟؟ — 🔥')).toBe('');
    expect(slugify('\u064E\u0640')).toBe('');
  });

  it('cuts long titles between words, counting code points', () => {
    expect(slugify('one two three four', 13)).toBe('one-two-three');
    expect(slugify('one two three four', 12)).toBe('one-two');
    expect(slugify('أسعار النفط ترتفع في أكتوبر', 14)).toBe('أسعار-النفط');
    expect(slugify('a'.repeat(100))).toBe('a'.repeat(80));
    expect(slugify('كلمة '.repeat(100))).toBe(Array(16).fill('كلمة').join('-'));
  });

  it('cuts a single word longer than the limit', () => {
    expect(slugify('Supercalifragilistic', 5)).toBe('super');
    expect(slugify('الاستراتيجيات', 4)).toBe('الاس');
  });

  it('throws a RangeError for a limit that is not a positive integer', () => {
    expect(() => slugify('abc', 0)).toThrow(RangeError);
    expect(() => slugify('abc', 2.5)).toThrow(RangeError);
  });

  it('survives hostile input', () => {
    expect(slugify('a\uD800b \uDFFF c')).toBe('a-b-c');
    expect(slugify('خبر '.repeat(500_000))).toHaveLength(79);
  });
});
