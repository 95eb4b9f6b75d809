/**
 * How long an article body is: its words and the minutes it takes to read, for the editor's
 * counter and the reader's "n minutes" line. Plain functions over the document's JSON, with
 * no DOM, so the browser editor and the server count alike.
 *
 * Words are what ICU's word segmentation (Intl.Segmenter) calls word-like: runs of letters
 * and numbers. Arabic writes its proclitics (و ف ب ك ل, ال) joined to the word, so «وبالاقتصاد»
 * is one word already; a proclitic kept apart from a quoted word only by a tatweel or a
 * quotation mark («بـ"الاقتصاد"», «و«الأهرام»») is counted with the word it belongs to.
 */
import { documentText, type DocumentNodeJson } from './document-schema.js';

export interface DocumentStats {
  words: number;
  /** Whole minutes, rounded up; 0 only for a body without a word. */
  readingMinutes: number;
}

/**
 * Words a minute in silent reading of news prose: Arabic is read more slowly than English,
 * its words being longer and often unvowelled.
 */
export const readingRates = { arabic: 180, other: 230 } as const;

const wordSegmenter = new Intl.Segmenter('ar', { granularity: 'word' });
const arabicLetter = /\p{Script=Arabic}/u;
const anyLetter = /\p{L}/u;
const detachedProclitic = /^(?:[وفبكل]|ال|لل|وال|بال|فال|كال)ـ*$/u;

export function documentStats(doc: DocumentNodeJson): DocumentStats {
  const counts = countWords(documentText(doc));
  return { words: counts.words, readingMinutes: readingMinutes(counts) };
}

export interface WordCounts {
  words: number;
  arabic: number;
  /** Words in other scripts (Latin mostly); numbers are counted in neither. */
  other: number;
}

export function countWords(text: string): WordCounts {
  const counts: WordCounts = { words: 0, arabic: 0, other: 0 };
  const segments = [...wordSegmenter.segment(text)];
  segments.forEach((segment, index) => {
    if (!segment.isWordLike) return;
    if (isAttachedToNextWord(segments, index)) return;
    counts.words += 1;
    if (arabicLetter.test(segment.segment)) counts.arabic += 1;
    else if (anyLetter.test(segment.segment)) counts.other += 1;
  });
  return counts;
}

/** A proclitic followed, with no space, by punctuation and then the word it belongs to. */
function isAttachedToNextWord(segments: Intl.SegmentData[], index: number): boolean {
  if (!detachedProclitic.test(segments[index]?.segment ?? '')) return false;
  for (const { segment, isWordLike } of segments.slice(index + 1)) {
    if (isWordLike === true) return true;
    if (/\s/u.test(segment)) return false;
  }
  return false;
}

/** The reading rate weighted by how much of the text is Arabic; numbers read at that rate. */
function readingMinutes({ words, arabic, other }: WordCounts): number {
  if (words === 0) return 0;
  const lettered = arabic + other;
  const rate =
    lettered === 0
      ? readingRates.arabic
      : (arabic * readingRates.arabic + other * readingRates.other) / lettered;
  return Math.max(1, Math.ceil(words / rate));
}
