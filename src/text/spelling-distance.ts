/**
 * How far apart two spellings are, for «did you mean …»: the optimal string alignment
 * distance (insertions, deletions, substitutions and swaps of two neighbouring letters cost
 * one each), except that a letter typed for one that sounds or looks alike costs half —
 * ض for ظ, ذ for ز, ث for س, ص for س, ط for ت, ح for ه, ق for ك, and ذ or ث for the
 * د, ز or ت that colloquial speech turns them into: the commonest misspellings in Arabic. The words are
 * compared in their search spelling, so the hamza seats, ة and ى are already the same.
 *
 * `limit` stops the work early: any distance above it is reported as `Infinity`.
 */

const alike = new Set(
  ['ضظ', 'ذز', 'ثس', 'صس', 'طت', 'حه', 'قك', 'ذد', 'ظز', 'ثت'].flatMap(([a, b]) => [
    `${a}${b}`,
    `${b}${a}`,
  ]),
);

/** The letter and those typed for it (ض and ظ …): where a word's misspelling may start. */
export function alikeLetters(letter: string): string[] {
  return [
    letter,
    ...[...alike].filter((pair) => pair[0] === letter).map((pair) => pair[1] as string),
  ];
}

function substitution(a: string, b: string): number {
  if (a === b) return 0;
  return alike.has(a + b) ? 0.5 : 1;
}

export function spellingDistance(from: string, to: string, limit = Infinity): number {
  const a = [...from];
  const b = [...to];
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  // Three rows of the table: the one before the previous is needed for swaps.
  let twoBack: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      let cost = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + substitution(a[i - 1] as string, b[j - 1] as string),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        cost = Math.min(cost, (twoBack[j - 2] as number) + 1);
      }
      current.push(cost);
      rowMinimum = Math.min(rowMinimum, cost);
    }
    if (rowMinimum > limit) return Infinity;
    twoBack = previous;
    previous = current;
  }
  const distance = previous[b.length] as number;
  return distance > limit ? Infinity : distance;
}
