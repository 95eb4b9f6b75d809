import { describe, expect, it } from 'vitest';
import { normalizeArabic } from './normalize.js';
import { normalizeForSearch } from './search-normalize.js';

describe('normalizeForSearch', () => {
  it('folds the alef variants, alef maqsura and teh marbuta', () => {
    expect(normalizeForSearch('أحمد إبراهيم آمال ٱلله')).toBe('احمد ابراهيم امال الله');
    expect(normalizeForSearch('مستشفى مدرسة')).toBe('مستشفي مدرسه');
  });

  it('spells مسؤول one way however the hamza is seated, in every direction', () => {
    const spellings = ['مسؤول', 'مسئول', 'مسءول', 'مسؤل'];
    for (const spelling of spellings) expect(normalizeForSearch(spelling)).toBe('مسءل');
    expect(normalizeForSearch('شؤون')).toBe(normalizeForSearch('شئون'));
    expect(normalizeForSearch('شيء')).toBe(normalizeForSearch('شئ'));
    expect(normalizeForSearch('مبادئ')).toBe(normalizeForSearch('مبادىء'));
    expect(normalizeForSearch('سيئ')).toBe(normalizeForSearch('سيء'));
  });

  it('keeps heads (رؤوس) apart from the Russians (روس)', () => {
    expect(normalizeForSearch('رؤوس')).toBe(normalizeForSearch('رءوس'));
    expect(normalizeForSearch('رؤوس')).not.toBe(normalizeForSearch('روس'));
  });

  it('removes tashkeel, superscript alef, tatweel and the alef of tanween', () => {
    expect(normalizeForSearch('هٰذَا كِتَابٌ جَمِيـــلٌ')).toBe('هذا كتاب جميل');
    expect(normalizeForSearch('ارتفع ٥٠ دولاراً')).toBe('ارتفع 50 دولار');
  });

  it('applies NFKC: presentation forms, the lam-alef ligature, full-width letters', () => {
    expect(normalizeForSearch('ﻻ ﻟﺒﻨﺎﻥ ＯＰＥＣ')).toBe('لا لبنان opec');
  });

  it('reads Persian letters and digits as Arabic and Western ones', () => {
    expect(normalizeForSearch('ایران کرمان ۱۴۰۵')).toBe('ايران كرمان 1405');
  });

  it('turns digits and the Arabic separators into Western ones', () => {
    expect(normalizeForSearch('٢٫٥ مليار و١٬٢٠٠ طن')).toBe('2.5 مليار و1,200 طن');
  });

  it('treats the Arabic comma, semicolon and question mark as spaces', () => {
    expect(normalizeForSearch('النفط،الغاز؛الذهب؟')).toBe('النفط الغاز الذهب ');
  });

  it('lower-cases Latin in the root locale and drops its accents', () => {
    expect(normalizeForSearch('Société Générale İSTANBUL')).toBe('societe generale istanbul');
  });

  it('removes invisible joiners and direction marks inside words', () => {
    expect(normalizeForSearch('\u200Fالنفط\u200C\u200D\u00AD')).toBe('النفط');
  });

  it('leaves the desk search key as it was', () => {
    expect(normalizeArabic('مسؤول مسئول')).toBe('مسوول مسيول');
  });

  it('handles empty and very long input', () => {
    expect(normalizeForSearch('')).toBe('');
    expect(normalizeForSearch('أَ'.repeat(100_000))).toBe('ا'.repeat(100_000));
  });
});
