import { describe, expect, it } from 'vitest';
import type { DocumentJson, DocumentNodeJson } from './document-schema.js';
import { countWords, documentStats, readingRates } from './document-stats.js';

const paragraph = (text: string): DocumentNodeJson => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
});
const doc = (...content: DocumentNodeJson[]): DocumentJson => ({ type: 'doc', content });
const words = (word: string, n: number) => Array.from({ length: n }, () => word).join(' ');

describe('countWords', () => {
  it('counts an Arabic word with its attached proclitics as one word', () => {
    expect(countWords('وقال الوزير إن الاقتصاد بخير وبالتالي فلن').words).toBe(7);
    expect(countWords('للمستثمرين والمصارف كالعادة').words).toBe(3);
  });

  it('counts a proclitic joined to a quoted word by a tatweel or a quotation mark with it', () => {
    expect(countWords('نقلت بـ«الاقتصادي» و«الأهرام» عن الـ"بريكست"').words).toBe(5);
    expect(countWords('و الأسعار').words).toBe(2);
  });

  it('counts numbers, words with tashkeel and tatweel, and English contractions as words', () => {
    expect(countWords('ارتفع الإنتاج 1.65 مليون برميل أو ١٫٦٥').words).toBe(7);
    expect(countWords('مُـحَـمَّـد').words).toBe(1);
    expect(countWords("Don't stop the presses").words).toBe(4);
    expect(countWords(' — «» ، . ').words).toBe(0);
  });

  it('tells Arabic words from words in other scripts, and numbers from both', () => {
    expect(countWords('أعلنت Saudi Aramco أرباحًا بلغت 27 مليارًا')).toEqual({
      words: 7,
      arabic: 4,
      other: 2,
    });
  });
});

describe('documentStats', () => {
  it('counts the words of every block: headings, quotes, lists and tables', () => {
    const body = doc(
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'عنوان فرعي' }] },
      paragraph('فقرة من ثلاث كلمات'),
      { type: 'pullquote', attrs: { cite: 'الوزير' }, content: [{ type: 'text', text: 'قول' }] },
      { type: 'bullet_list', content: [{ type: 'list_item', content: [paragraph('بند أول')] }] },
      {
        type: 'table',
        content: [
          {
            type: 'table_row',
            content: [{ type: 'table_cell', content: [paragraph('خلية')] }],
          },
        ],
      },
    );
    expect(documentStats(body).words).toBe(2 + 4 + 1 + 2 + 1);
  });

  it('reads Arabic at 180 words a minute and English at 230, rounding up', () => {
    expect(readingRates).toEqual({ arabic: 180, other: 230 });
    expect(documentStats(doc(paragraph(words('كلمة', 180))))).toEqual({
      words: 180,
      readingMinutes: 1,
    });
    expect(documentStats(doc(paragraph(words('كلمة', 181)))).readingMinutes).toBe(2);
    expect(documentStats(doc(paragraph(words('word', 230)))).readingMinutes).toBe(1);
    expect(documentStats(doc(paragraph(words('word', 231)))).readingMinutes).toBe(2);
    expect(documentStats(doc(paragraph(words('كلمة', 900)))).readingMinutes).toBe(5);
  });

  it('weighs the rate by how much of a mixed text is Arabic', () => {
    // 410 words at (180·180 + 230·230) / 410 ≈ 208 a minute: just under two minutes.
    const mixed = doc(paragraph(words('كلمة', 180)), paragraph(words('word', 230)));
    expect(documentStats(mixed)).toEqual({ words: 410, readingMinutes: 2 });
  });

  it('gives a short text one minute, and an empty body none', () => {
    expect(documentStats(doc(paragraph('خبر عاجل')))).toEqual({ words: 2, readingMinutes: 1 });
    expect(documentStats(doc({ type: 'paragraph' }))).toEqual({ words: 0, readingMinutes: 0 });
  });
});
