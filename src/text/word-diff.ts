/**
 * Word-level differences between two revisions of an article, for the revision view.
 * ICU's word segmenter cuts both texts into words, spaces and punctuation (it knows Arabic
 * letters and marks; regex `\w` and jsdiff's own word splitter do not), and jsdiff's Myers
 * diff compares the token lists. Tokens compare exactly, so a word that gains or loses
 * tashkeel counts as changed. The parts always join back into the two texts: `equal` and
 * `deleted` give `before`, `equal` and `inserted` give `after`.
 */
import { diffArrays } from 'diff';

export interface DiffPart {
  kind: 'equal' | 'inserted' | 'deleted';
  text: string;
}

export interface DiffStats {
  inserted: number;
  deleted: number;
}

const words = new Intl.Segmenter('ar', { granularity: 'word' });

/**
 * Myers' cost grows with the square of the number of token edits: rewriting a 3 000-word
 * article would hold the event loop for seconds. Past this many edits (about a thousand
 * replaced words) the changed span is shown as rewritten, deleted then inserted whole.
 */
const maxEditLength = 2000;

/**
 * Spaces and tabs between two changes read as part of one changed phrase. A line break
 * stays `equal`: a paragraph boundary that survived is a landmark for the reader.
 */
const spaceWithinLine = /^[\p{Zs}\t]+$/u;
const leadingSpace = /^[\p{Zs}\t]+/u;
const trailingSpace = /[\p{Zs}\t]+$/u;

type Run = { kind: 'equal'; text: string } | Change;
interface Change {
  kind: 'change';
  deleted: string;
  inserted: string;
}

/**
 * The parts that turn `before` into `after`, in reading order. Adjacent parts never share a
 * kind, and where text was replaced its `deleted` part comes before its `inserted` one.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const oldTokens = tokenize(before);
  const newTokens = tokenize(after);
  // Left out of Myers, which would pay for every token of a section added at one place (a
  // live blog's new update) and pair its common words with old ones at random.
  const prefix = commonPrefixLength(oldTokens, newTokens);
  const suffix = commonSuffixLength(oldTokens, newTokens, prefix);
  const parts: DiffPart[] = [
    { kind: 'equal', text: oldTokens.slice(0, prefix).join('') },
    ...diffTokens(
      oldTokens.slice(prefix, oldTokens.length - suffix),
      newTokens.slice(prefix, newTokens.length - suffix),
    ),
    { kind: 'equal', text: oldTokens.slice(oldTokens.length - suffix).join('') },
  ];
  return slideSpaceBehind(toParts(moveSharedSpaceOut(joinSpaceIslands(toRuns(parts)))));
}

/** How many words (not spaces, punctuation or emoji) the parts insert and delete. */
export function diffStats(parts: readonly DiffPart[]): DiffStats {
  const stats: DiffStats = { inserted: 0, deleted: 0 };
  for (const part of parts) {
    switch (part.kind) {
      case 'inserted':
      case 'deleted':
        stats[part.kind] += countWords(part.text);
        break;
      case 'equal':
        break;
    }
  }
  return stats;
}

function tokenize(text: string): string[] {
  return Array.from(words.segment(text), ({ segment }) => segment);
}

function countWords(text: string): number {
  let count = 0;
  for (const { isWordLike } of words.segment(text)) if (isWordLike) count += 1;
  return count;
}

function commonPrefixLength(a: readonly string[], b: readonly string[]): number {
  const limit = Math.min(a.length, b.length);
  let length = 0;
  while (length < limit && a[length] === b[length]) length += 1;
  return length;
}

/** Stops at `prefix`, so that no token is counted in both. */
function commonSuffixLength(a: readonly string[], b: readonly string[], prefix: number): number {
  const limit = Math.min(a.length, b.length) - prefix;
  let length = 0;
  while (length < limit && a[a.length - 1 - length] === b[b.length - 1 - length]) length += 1;
  return length;
}

function diffTokens(oldTokens: string[], newTokens: string[]): DiffPart[] {
  const rewritten: DiffPart[] = [
    { kind: 'deleted', text: oldTokens.join('') },
    { kind: 'inserted', text: newTokens.join('') },
  ];
  if (oldTokens.length === 0 || newTokens.length === 0) return rewritten;
  const changes = diffArrays(oldTokens, newTokens, { maxEditLength });
  if (changes === undefined) return rewritten;
  return changes.map((change) => ({
    kind: change.added ? 'inserted' : change.removed ? 'deleted' : 'equal',
    text: change.value.join(''),
  }));
}

/** Equal text merged, and every stretch of insertions and deletions made one change. */
function toRuns(parts: readonly DiffPart[]): Run[] {
  const runs: Run[] = [];
  for (const { kind, text } of parts) {
    if (text === '') continue;
    const last = runs.at(-1);
    if (kind === 'equal') {
      if (last?.kind === 'equal') last.text += text;
      else runs.push({ kind, text });
      continue;
    }
    const change: Change =
      last?.kind === 'change' ? last : { kind: 'change', deleted: '', inserted: '' };
    if (change !== last) runs.push(change);
    change[kind] += text;
  }
  return runs;
}

/**
 * «ارتفعت الأسعار بشدة» → «انخفضت الأسواق بشدة» reads as one replaced phrase rather than
 * two replaced words around an unchanged space. Two insertions (or two deletions) keep
 * their space, which would otherwise show as deleted (or inserted) text that never was.
 */
function joinSpaceIslands(runs: readonly Run[]): Run[] {
  const joined: Run[] = [];
  for (const run of runs) {
    const island = joined.at(-1);
    const previous = joined.at(-2);
    if (
      run.kind === 'change' &&
      island?.kind === 'equal' &&
      spaceWithinLine.test(island.text) &&
      previous?.kind === 'change' &&
      previous.deleted + run.deleted !== '' &&
      previous.inserted + run.inserted !== ''
    ) {
      joined.pop();
      previous.deleted += island.text + run.deleted;
      previous.inserted += island.text + run.inserted;
    } else {
      joined.push(run);
    }
  }
  return joined;
}

/**
 * Myers may line up a replacement's spaces either side of the words: «أعلن الوزير » →
 * «رفض رئيس الحكومة » reads better as «أعلن الوزير» → «رفض رئيس الحكومة» with the space
 * left unchanged, which both sides share.
 */
function moveSharedSpaceOut(runs: readonly Run[]): Run[] {
  const moved: Run[] = [];
  const pushEqual = (text: string) => {
    const last = moved.at(-1);
    if (last?.kind === 'equal') last.text += text;
    else if (text !== '') moved.push({ kind: 'equal', text });
  };
  for (const run of runs) {
    if (run.kind === 'equal') {
      pushEqual(run.text);
      continue;
    }
    const lead = sharedMatch(leadingSpace, run.deleted, run.inserted);
    const deleted = run.deleted.slice(lead.length);
    const inserted = run.inserted.slice(lead.length);
    const trail = sharedMatch(trailingSpace, deleted, inserted);
    const change: Change = {
      kind: 'change',
      deleted: deleted.slice(0, deleted.length - trail.length),
      inserted: inserted.slice(0, inserted.length - trail.length),
    };
    pushEqual(lead);
    if (change.deleted !== '' || change.inserted !== '') moved.push(change);
    pushEqual(trail);
  }
  return moved;
}

function sharedMatch(pattern: RegExp, a: string, b: string): string {
  const match = pattern.exec(a)?.[0];
  return match !== undefined && match === pattern.exec(b)?.[0] ? match : '';
}

function toParts(runs: readonly Run[]): DiffPart[] {
  return runs.flatMap((run): DiffPart[] => {
    if (run.kind === 'equal') return [run];
    const parts: DiffPart[] = [];
    if (run.deleted !== '') parts.push({ kind: 'deleted', text: run.deleted });
    if (run.inserted !== '') parts.push({ kind: 'inserted', text: run.inserted });
    return parts;
  });
}

/**
 * An added or removed word takes the space after it rather than the one before, so that
 * two words added to one sentence show alike; Myers leaves either as often. The equal text
 * after it keeps at least one character, so no part is left empty.
 */
function slideSpaceBehind(parts: readonly DiffPart[]): DiffPart[] {
  const slid = parts.map((part) => ({ ...part }));
  slid.forEach((part, i) => {
    const previous = slid[i - 1];
    const next = slid[i + 1];
    if (part.kind === 'equal' || previous?.kind !== 'equal' || next?.kind !== 'equal') return;
    const space = leadingSpace.exec(part.text)?.[0];
    if (space === undefined || !next.text.startsWith(space)) return;
    if (next.text.length === space.length) return;
    previous.text += space;
    part.text = part.text.slice(space.length) + space;
    next.text = next.text.slice(space.length);
  });
  return slid;
}
