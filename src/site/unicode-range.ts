/** CSS `unicode-range` values to and from sorted code point lists. */

/** `U+0600-06FF,U+200C` → every code point it names, sorted, without repeats. */
export function parseUnicodeRange(range: string): number[] {
  const codePoints = new Set<number>();
  for (const part of range.split(',')) {
    const match = /^\s*U\+([0-9A-F]+)(?:-([0-9A-F]+))?\s*$/i.exec(part);
    if (match?.[1] === undefined) throw new Error(`not a unicode-range: ${part}`);
    const first = parseInt(match[1], 16);
    const last = match[2] === undefined ? first : parseInt(match[2], 16);
    for (let codePoint = first; codePoint <= last; codePoint++) codePoints.add(codePoint);
  }
  return [...codePoints].sort((a, b) => a - b);
}

/** Code points → the shortest `unicode-range` naming exactly them. */
export function formatUnicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  for (let index = 0; index < sorted.length; index++) {
    const current = sorted[index] as number;
    const next = sorted[index + 1];
    if (next === current + 1) continue;
    parts.push(
      start === current ? `U+${hex(current)}` : `U+${hex(start as number)}-${hex(current)}`,
    );
    start = next;
  }
  return parts.join(',');
}

function hex(codePoint: number): string {
  return codePoint.toString(16).toUpperCase().padStart(4, '0');
}
