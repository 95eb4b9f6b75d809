import { describe, expect, it } from 'vitest';
import { normalizeArabic, stripTashkeel } from './normalize.js';

describe('normalizeArabic', () => {
  it('folds the alef variants, alef maqsura, teh marbuta and hamza seats', () => {
    expect(normalizeArabic('أحمد إبراهيم آمال ٱلله')).toBe('احمد ابراهيم امال الله');
    expect(normalizeArabic('مستشفى مدرسة مؤتمر رئيس')).toBe('مستشفي مدرسه موتمر رييس');
  });

  it('makes differently written spellings of one word equal', () => {
    expect(normalizeArabic('إِسْرَائِيلُ')).toBe(normalizeArabic('اسرائيل'));
    expect(normalizeArabic('الطّاقـــة')).toBe(normalizeArabic('الطاقه'));
  });

  it('removes tashkeel, superscript alef and tatweel', () => {
    expect(normalizeArabic('هٰذَا كِتَابٌ جَمِيـــلٌ')).toBe('هذا كتاب جميل');
  });

  it('turns Arabic-Indic and Persian digits into Western ones', () => {
    expect(normalizeArabic('عام ٢٠٢٦ و۱۴۰۵')).toBe('عام 2026 و1405');
  });

  it('lowercases Latin and keeps spaces and punctuation', () => {
    expect(normalizeArabic('OPEC+ «أوبك» يخفض، الإنتاج!')).toBe('opec+ «اوبك» يخفض، الانتاج!');
  });

  it('applies NFKC: presentation forms, ligatures and full-width letters', () => {
    expect(normalizeArabic('ﻻ ﷲ ﬁnance ＯＰＥＣ')).toBe('لا الله finance opec');
  });

  it('composes decomposed hamza before folding it', () => {
    expect(normalizeArabic('\u0627\u0654\u0645\u0648\u0627\u0644')).toBe('اموال');
  });

  it('handles empty and hostile input', () => {
    expect(normalizeArabic('')).toBe('');
    expect(normalizeArabic('a\uD800b')).toBe('a\uD800b');
    expect(normalizeArabic('أَ'.repeat(100_000))).toBe('ا'.repeat(100_000));
  });
});

describe('stripTashkeel', () => {
  it('removes only diacritics and tatweel, keeping every letter as written', () => {
    expect(stripTashkeel('إِسْرَائِيلُ مدرسةٌ الطّاقـــة ١٢')).toBe('إسرائيل مدرسة الطاقة ١٢');
  });

  it('leaves Latin and emoji alone', () => {
    expect(stripTashkeel('Café 👍🏽 كِتَاب')).toBe('Café 👍🏽 كتاب');
  });

  it('returns an empty string for an empty one', () => {
    expect(stripTashkeel('')).toBe('');
  });
});
