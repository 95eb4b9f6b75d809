import { describe, expect, it } from 'vitest';
import type { DiffPart } from './word-diff.js';
import { diffStats, diffWords } from './word-diff.js';

/** The diff as `[kind, text]` pairs, so an expectation reads like the revision view. */
function shown(before: string, after: string): [DiffPart['kind'], string][] {
  return diffWords(before, after).map(({ kind, text }) => [kind, text]);
}

function side(parts: DiffPart[], kind: 'deleted' | 'inserted'): string {
  return parts
    .filter((part) => part.kind === 'equal' || part.kind === kind)
    .map((part) => part.text)
    .join('');
}

describe('diffWords', () => {
  it('shows a changed word as one word deleted and one inserted', () => {
    expect(shown('ارتفعت الأسعار', 'انخفضت الأسعار')).toEqual([
      ['deleted', 'ارتفعت'],
      ['inserted', 'انخفضت'],
      ['equal', ' الأسعار'],
    ]);
  });

  it('shows neighbouring changed words as one changed phrase, not around a kept space', () => {
    expect(shown('ارتفعت الأسعار بشدة', 'انخفضت الأسواق بشدة')).toEqual([
      ['deleted', 'ارتفعت الأسعار'],
      ['inserted', 'انخفضت الأسواق'],
      ['equal', ' بشدة'],
    ]);
    expect(shown('أعلن الوزير الخطة أمس', 'رفض رئيس الحكومة الخطة اليوم')).toEqual([
      ['deleted', 'أعلن الوزير'],
      ['inserted', 'رفض رئيس الحكومة'],
      ['equal', ' الخطة '],
      ['deleted', 'أمس'],
      ['inserted', 'اليوم'],
    ]);
  });

  it('keeps a paragraph break between two changes unchanged', () => {
    expect(shown('نهاية الفقرة\n\nبداية الفقرة', 'خاتمة الفقرة\n\nمطلع الفقرة')).toEqual([
      ['deleted', 'نهاية'],
      ['inserted', 'خاتمة'],
      ['equal', ' الفقرة\n\n'],
      ['deleted', 'بداية'],
      ['inserted', 'مطلع'],
      ['equal', ' الفقرة'],
    ]);
  });

  it('shows added and removed words without touching their neighbours', () => {
    expect(shown('قال الوزير إن', 'قال الوزير اللبناني إن')).toEqual([
      ['equal', 'قال الوزير '],
      ['inserted', 'اللبناني '],
      ['equal', 'إن'],
    ]);
    expect(shown('قال الوزير اللبناني إن', 'قال الوزير إن')).toEqual([
      ['equal', 'قال الوزير '],
      ['deleted', 'اللبناني '],
      ['equal', 'إن'],
    ]);
    expect(
      shown('قال الوزير إن الخطة جاهزة', 'قال الوزير اللبناني إن الخطة الجديدة جاهزة'),
    ).toEqual([
      ['equal', 'قال الوزير '],
      ['inserted', 'اللبناني '],
      ['equal', 'إن الخطة '],
      ['inserted', 'الجديدة '],
      ['equal', 'جاهزة'],
    ]);
    expect(shown('a b c', 'a x b y c')).toEqual([
      ['equal', 'a '],
      ['inserted', 'x '],
      ['equal', 'b '],
      ['inserted', 'y '],
      ['equal', 'c'],
    ]);
    expect(shown('الخبر', 'الخبر العاجل')).toEqual([
      ['equal', 'الخبر'],
      ['inserted', ' العاجل'],
    ]);
  });

  it('counts a word that differs only by tashkeel as changed', () => {
    expect(shown('كتب الطالب الدرس', 'كَتَبَ الطالب الدرس')).toEqual([
      ['deleted', 'كتب'],
      ['inserted', 'كَتَبَ'],
      ['equal', ' الطالب الدرس'],
    ]);
  });

  it('splits mixed Arabic, Latin and digits into whole words and numbers', () => {
    expect(shown('أوبك+ رفعت الإنتاج 3%', 'أوبك+ خفضت الإنتاج 5%')).toEqual([
      ['equal', 'أوبك+ '],
      ['deleted', 'رفعت'],
      ['inserted', 'خفضت'],
      ['equal', ' الإنتاج '],
      ['deleted', '3'],
      ['inserted', '5'],
      ['equal', '%'],
    ]);
    expect(shown('قررت OPEC+ خفض الإنتاج', 'قررت OPEC+ رفع الإنتاج')).toEqual([
      ['equal', 'قررت OPEC+ '],
      ['deleted', 'خفض'],
      ['inserted', 'رفع'],
      ['equal', ' الإنتاج'],
    ]);
  });

  it('keeps Arabic-Indic decimal numbers whole', () => {
    expect(shown('ارتفع المؤشر ٣٫٥٪ اليوم', 'ارتفع المؤشر ١٢٫٧٥٪ اليوم')).toEqual([
      ['equal', 'ارتفع المؤشر '],
      ['deleted', '٣٫٥'],
      ['inserted', '١٢٫٧٥'],
      ['equal', '٪ اليوم'],
    ]);
  });

  it('keeps flags and emoji with skin tones whole', () => {
    expect(shown('🇱🇧 👍🏻', '🇸🇾 👍🏽')).toEqual([
      ['deleted', '🇱🇧 👍🏻'],
      ['inserted', '🇸🇾 👍🏽'],
    ]);
  });

  it('shows a change of spacing alone', () => {
    expect(shown('الأولى الثانية', 'الأولى\n\nالثانية')).toEqual([
      ['equal', 'الأولى'],
      ['deleted', ' '],
      ['inserted', '\n\n'],
      ['equal', 'الثانية'],
    ]);
  });

  it('handles empty and identical texts', () => {
    expect(shown('', '')).toEqual([]);
    expect(shown('', 'نص')).toEqual([['inserted', 'نص']]);
    expect(shown('نص', '')).toEqual([['deleted', 'نص']]);
    expect(shown('نص كامل.', 'نص كامل.')).toEqual([['equal', 'نص كامل.']]);
  });

  it('always joins back into both texts, with tidy parts', () => {
    const random = seededRandom(2026);
    for (let round = 0; round < 3000; round += 1) {
      const beforePieces = randomPieces(random);
      const before = beforePieces.join('');
      const after = random() < 0.2 ? randomPieces(random).join('') : edit(beforePieces, random);
      const parts = diffWords(before, after);
      const context = JSON.stringify({ before, after });

      expect(side(parts, 'deleted'), context).toBe(before);
      expect(side(parts, 'inserted'), context).toBe(after);
      parts.forEach((part, i) => {
        expect(part.text, context).not.toBe('');
        const next = parts[i + 1];
        if (next === undefined) return;
        expect(next.kind, context).not.toBe(part.kind);
        // A replacement reads old first, then new.
        if (part.kind === 'inserted') expect(next.kind, context).not.toBe('deleted');
      });
      if (before === after) expect(parts.length, context).toBeLessThanOrEqual(1);
    }
  });

  it('diffs a 3 000-word article against a lightly edited copy', () => {
    const random = seededRandom(7);
    const articleWords = randomArticle(3000, random);
    const editedWords = articleWords.slice();
    const positions = new Set<number>();
    while (positions.size < 40) positions.add(Math.floor(random() * editedWords.length));
    for (const position of positions) editedWords[position] = `تعديل${position}`;
    const before = articleWords.join(' ');
    const after = editedWords.join(' ');

    const started = performance.now();
    const parts = diffWords(before, after);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(side(parts, 'deleted')).toBe(before);
    expect(side(parts, 'inserted')).toBe(after);
    expect(diffStats(parts)).toEqual({ inserted: 40, deleted: 40 });
  });

  it('shows a long article rewritten from end to end as replaced whole, without stalling', () => {
    const random = seededRandom(11);
    const before = `أولاً ${randomArticle(3000, random).join(' ')} أخيراً`;
    const after = `بدايةً ${randomArticle(3000, random).join(' ')} ختاماً`;

    const started = performance.now();
    const parts = diffWords(before, after);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(parts).toEqual([
      { kind: 'deleted', text: before },
      { kind: 'inserted', text: after },
    ]);
  });

  it('finds a section added in the middle of a long article as one insertion', () => {
    const random = seededRandom(13);
    const article = randomArticle(3000, random);
    const section = randomArticle(3000, random);
    const before = article.join(' ');
    const after = [...article.slice(0, 1500), ...section, ...article.slice(1500)].join(' ');

    const parts = diffWords(before, after);
    expect(parts.map((part) => part.kind)).toEqual(['equal', 'inserted', 'equal']);
    expect(diffStats(parts)).toEqual({ inserted: 3000, deleted: 0 });
  });
});

describe('diffStats', () => {
  it('counts inserted and deleted words, not spaces or punctuation', () => {
    const parts = diffWords('ارتفعت الأسعار، اليوم.', 'انخفضت أسعار النفط، اليوم!');
    expect(diffStats(parts)).toEqual({ inserted: 3, deleted: 2 });
  });

  it('counts numbers and Latin words as words', () => {
    expect(diffStats(diffWords('أوبك+ رفعت الإنتاج 3%', 'OPEC+ رفعت الإنتاج ٣٫٥٪'))).toEqual({
      inserted: 2,
      deleted: 2,
    });
  });

  it('counts nothing for a change of spacing or punctuation alone', () => {
    expect(diffStats(diffWords('نعم، لا', 'نعم؛  لا'))).toEqual({ inserted: 0, deleted: 0 });
    expect(diffStats([])).toEqual({ inserted: 0, deleted: 0 });
  });
});

/** Deterministic, so that a failure can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pieces = [
  'كتب',
  'كَتَبَ',
  'الأسعار',
  'الأسواق',
  'في',
  'و',
  'لبنان',
  'الطّاقَة',
  'أوبك',
  'OPEC',
  'news',
  '2026',
  '٢٠٢٦',
  '٣٫٥',
  '3.5',
  '%',
  '٪',
  '+',
  '،',
  '؛',
  '؟',
  '.',
  '«',
  '»',
  '-',
  ' ',
  ' ',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\t',
  '\u00a0',
  '\u200c',
  'ـ',
  '👍🏽',
  '🇱🇧',
  'e\u0301',
  '\uD800',
];

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

function randomPieces(random: () => number): string[] {
  return Array.from({ length: Math.floor(random() * 25) }, () => pick(pieces, random));
}

/** A revision of `original`: a few pieces replaced, removed or added. */
function edit(original: readonly string[], random: () => number): string {
  const edited = original.slice();
  const edits = Math.floor(random() * 5);
  for (let i = 0; i < edits; i += 1) {
    const at = Math.floor(random() * (edited.length + 1));
    const action = random();
    if (action < 0.4) edited.splice(at, 1, pick(pieces, random));
    else if (action < 0.7) edited.splice(at, 1);
    else edited.splice(at, 0, pick(pieces, random));
  }
  return edited.join('');
}

const articleVocabulary = [
  'الحكومة',
  'اللبنانية',
  'أعلنت',
  'اليوم',
  'عن',
  'خطة',
  'جديدة',
  'لمعالجة',
  'أزمة',
  'الكهرباء',
  'في',
  'البلاد،',
  'وقال',
  'الوزير',
  'إن',
  'أسعار',
  'النفط',
  'ارتفعت',
  '3%',
  '٢٠٢٦.',
  'OPEC+',
];

function randomArticle(length: number, random: () => number): string[] {
  return Array.from({ length }, () => pick(articleVocabulary, random));
}
