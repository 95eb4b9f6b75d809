import { describe, expect, it } from 'vitest';
import { stemArabic } from './arabic-stem.js';
import { normalizeForSearch } from './search-normalize.js';

const stem = (word: string) => stemArabic(normalizeForSearch(word));
const sameStem = (...words: string[]) => new Set(words.map(stem)).size === 1;

describe('stemArabic: light10', () => {
  it('strips the article and its prepositions when two letters remain', () => {
    expect(stem('الحكومة')).toBe('حكوم');
    expect(stem('والحكومة')).toBe('حكوم');
    expect(stem('بالدولار')).toBe('دولار');
    expect(stem('للطاقة')).toBe('طاق');
    expect(stem('كالعادة')).toBe('عاد');
    expect(stem('فالنفط')).toBe('نفط');
  });

  it('strips و only when three letters remain', () => {
    expect(stem('وقال')).toBe('قال');
    expect(stem('ولد')).toBe('ولد');
  });

  it('strips each suffix once, in light10 order, while two letters remain', () => {
    expect(stem('الشركات')).toBe('شرك');
    expect(stem('المستثمرين')).toBe('مستثمر');
    expect(stem('المستثمرون')).toBe('مستثمر');
    expect(stem('اقتصادها')).toBe('اقتصاد');
    expect(stem('الاقتصادية')).toBe('اقتصاد');
    expect(stem('الوزيران')).toBe('وزير');
  });
});

describe('stemArabic: what news search adds', () => {
  it('cuts ب ل ك ف before a known word without ال', () => {
    expect(stem('ببيروت')).toBe('بيروت');
    expect(stem('لسوريا')).toBe('سوريا');
    expect(stem('بمصر')).toBe('مصر');
    expect(stem('ولبنان')).toBe('لبنان');
    expect(stem('وبالتالي')).toBe(stem('التالي'));
  });

  it('does not cut them from words that begin with those letters', () => {
    expect(stem('بيت')).toBe('بيت');
    expect(stem('كتب')).toBe('كتب');
    expect(stem('بنك')).toBe('بنك');
    expect(stem('فيل')).toBe('فيل');
    expect(stem('لبنان')).toBe('لبنان');
    expect(stem('فرنسا')).toBe('فرنسا');
    expect(stem('بريطانيا')).toBe('بريطانيا');
  });

  it('brings the peoples to their country, whatever their number or gender', () => {
    for (const word of ['الفلسطينيين', 'فلسطينيون', 'فلسطينية', 'الفلسطيني', 'فلسطين']) {
      expect(stem(word), word).toBe('فلسطين');
    }
    for (const word of ['السوريين', 'سوريون', 'سورية', 'السوري', 'سوريا']) {
      expect(stem(word), word).toBe('سوريا');
    }
    expect(sameStem('ألمانيا', 'الألمانية', 'بألمانيا', 'ألماني')).toBe(true);
    expect(sameStem('المصريين', 'مصرية', 'مصر')).toBe(true);
    expect(sameStem('لبنانيون', 'اللبنانية', 'لبنان')).toBe(true);
  });

  it('reads a ت before a pronoun or the dual as the ة it was', () => {
    expect(sameStem('حكومتها', 'الحكومة')).toBe(true);
    expect(sameStem('دولتين', 'دولتان', 'الدولة')).toBe(true);
    expect(sameStem('وزارتها', 'الوزارة', 'الوزارات', 'وزاري')).toBe(true);
    expect(stem('بيتين')).toBe('بيت');
  });

  it('meets all the spellings of مسؤول', () => {
    expect(sameStem('المسؤولين', 'مسئول', 'المسؤول', 'مسؤل')).toBe(true);
  });

  it('does not cut the future سـ, which would damage سياسة and سيولة', () => {
    expect(stem('سيزور')).toBe('سيزور');
    expect(stem('السياسة')).toBe('سياس');
    expect(stem('السيولة')).toBe('سيول');
    expect(stem('السندات')).toBe('سند');
    expect(stem('سنوات')).toBe(stem('سنة'));
  });
});

describe('stemArabic: words it must not damage or conflate', () => {
  it('keeps the words PostgreSQL and light10 cut wrongly', () => {
    expect(stem('فلسطين')).toBe('فلسطين');
    expect(stem('وزارة')).toBe('وزار');
    expect(stem('وزارة')).not.toBe(stem('زار'));
    expect(stem('مصر')).toBe('مصر');
    expect(stem('أمين')).toBe('امين');
    expect(stem('التأمين')).toBe('تامين');
    expect(stem('القانون')).toBe('قانون');
    expect(stem('مليون')).toBe('مليون');
    expect(stem('الطيران')).toBe('طيران');
    expect(stem('بيان')).toBe('بيان');
    expect(stem('واشنطن')).toBe('واشنطن');
    expect(stem('دبي')).toBe('دبي');
  });

  it('keeps the gazetteer’s one-word names of places and people whole, with its prefixes cut', () => {
    expect(stem('البرهان')).toBe('برهان');
    expect(stem('البرهان')).not.toBe(stem('بر'));
    expect(stem('تبون')).toBe('تبون');
    expect(stem('وهران')).toBe('وهران');
    expect(stem('بوتين')).toBe('بوتين');
    expect(stem('الرقة')).toBe('رقه');
    expect(stem('جدة')).not.toBe(stem('جد'));
    expect(stem('وبوتين')).toBe('بوتين');
    expect(stem('لجدة')).toBe(stem('جدة'));
  });

  it('keeps unrelated common words apart', () => {
    const pairs = [
      ['والي', 'ولي'],
      ['كتاب', 'كتب'],
      ['لبنان', 'لبن'],
      ['زيتون', 'زيت'],
      ['عمان', 'عم'],
      ['كانون', 'كان'],
      ['مليون', 'ملي'],
      ['الوقود', 'قود'],
      ['الله', 'له'],
      ['مصرف', 'مصر'],
      ['الليرة', 'الليل'],
      ['سوق', 'ساق'],
    ] as const;
    for (const [one, other] of pairs) expect(stem(one), `${one} / ${other}`).not.toBe(stem(other));
  });

  it('leaves short words and words it does not know as light10 would', () => {
    expect(stem('سوق')).toBe('سوق');
    expect(stem('الليرة')).toBe('لير');
    expect(stem('في')).toBe('في');
    expect(stem('ا')).toBe('ا');
    expect(stem('')).toBe('');
  });
});
