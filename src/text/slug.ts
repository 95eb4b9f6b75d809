/**
 * URL slugs that read like their title: Arabic keeps its letters as written (no
 * transliteration, no search folding), only tashkeel and tatweel go; Latin is lowercased
 * and loses its accents.
 */
import { toWesternDigits } from './digits.js';
import { stripTashkeel } from './normalize.js';

/**
 * The slug of a title: letters and digits joined by single «-», at most `maxLength` code
 * points, cut between words when it can be. Returns '' when the title holds no letter or
 * digit; callers fall back to an id.
 */
export function slugify(text: string, maxLength = 80): string {
  if (!Number.isInteger(maxLength) || maxLength < 1) {
    throw new RangeError(`maxLength must be a positive integer, got ${maxLength}`);
  }
  const slug = stripLatinAccents(
    toWesternDigits(stripTashkeel(text.normalize('NFKC'))).toLowerCase(),
  )
    // Invisible marks left over (Quranic signs, RLM, ZWNJ, soft hyphen) would split words.
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return cutAtWord(slug, maxLength);
}

/**
 * «é» → «e» without touching Arabic: NFD would also split «أ» into «ا» + hamza, so only
 * marks that follow a Latin letter are dropped, and NFC puts Arabic letters back together.
 */
function stripLatinAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC');
}

function cutAtWord(slug: string, maxLength: number): string {
  let end = 0;
  let count = 0;
  for (const codePoint of slug) {
    if (count === maxLength) break;
    end += codePoint.length;
    count += 1;
  }
  if (end === slug.length || slug[end] === '-') return slug.slice(0, end);
  const lastDash = slug.lastIndexOf('-', end);
  return lastDash > 0 ? slug.slice(0, lastDash) : slug.slice(0, end);
}
