/**
 * Shortening text for teasers and meta descriptions. Lengths are counted in grapheme
 * clusters (what a reader sees as one character: «طّ», «é», «👨‍👩‍👧»), and cuts fall
 * on word boundaries found by ICU, which knows Arabic as well as Latin.
 */

const graphemes = new Intl.Segmenter('ar', { granularity: 'grapheme' });
const words = new Intl.Segmenter('ar', { granularity: 'word' });

const ellipsis = '…';

/**
 * Left off before the «…». Closing brackets and quotes stay, as they finish what they
 * opened; percent signs stay, as they belong to the number before them.
 */
const trailingPunctuationAndSpace = /(?:\s|(?![\p{Pe}\p{Pf}%٪‰])\p{P})+$/u;

/** How many grapheme clusters (user-perceived characters) the text holds. */
export function countGraphemes(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count += 1;
  return count;
}

/**
 * Collapses whitespace and, when the text is longer than `maxLength` graphemes, cuts it at
 * the last word boundary that leaves room for «…». A first word too long to fit is cut
 * between graphemes. Throws a RangeError when `maxLength` is not an integer ≥ 2.
 */
export function truncate(text: string, maxLength: number): string {
  if (!Number.isInteger(maxLength) || maxLength < 2) {
    throw new RangeError(`maxLength must be an integer of at least 2, got ${maxLength}`);
  }
  const collapsed = text.replace(/\s+/g, ' ').trim();
  // A grapheme is at least one UTF-16 unit: text this short fits without counting.
  if (collapsed.length <= maxLength) return collapsed;
  const ends = graphemeEnds(collapsed, maxLength + 1);
  if (ends.length <= maxLength) return collapsed;

  const budget = maxLength - ellipsis.length;
  const atWord = collapsed.slice(0, lastWordEnd(collapsed, ends.slice(0, budget)));
  const kept = atWord.replace(trailingPunctuationAndSpace, '');
  if (kept !== '') return kept + ellipsis;

  const atGrapheme = collapsed.slice(0, ends[budget - 1]);
  return (atGrapheme.replace(trailingPunctuationAndSpace, '') || atGrapheme) + ellipsis;
}

/** Offsets just after each of the first `limit` graphemes. */
function graphemeEnds(text: string, limit: number): number[] {
  const ends: number[] = [];
  for (const { index, segment } of graphemes.segment(text)) {
    ends.push(index + segment.length);
    if (ends.length === limit) break;
  }
  return ends;
}

/**
 * The furthest word-segment end that is also one of `ends`, or 0. Word and grapheme
 * boundaries almost always agree; where they do not (a prepended mark such as U+0600
 * before a number), only a cut that is both keeps the grapheme whole.
 */
function lastWordEnd(text: string, ends: number[]): number {
  const allowed = new Set(ends);
  const limit = ends.at(-1) ?? 0;
  let best = 0;
  for (const { index, segment } of words.segment(text)) {
    const end = index + segment.length;
    if (end > limit) break;
    if (allowed.has(end)) best = end;
  }
  return best;
}
