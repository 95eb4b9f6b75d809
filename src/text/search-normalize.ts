/**
 * Text as the search index spells it. `normalizeArabic` (the desk's and the media
 * library's key) stays as it is; this goes further, because a reader's query and an
 * article written years apart must meet on one spelling:
 *
 * - NFKC, so presentation forms and the lam-alef ligature (ﻻ) read as letters; combining
 *   accents on Latin letters are dropped (Société → societe);
 * - alef with hamza or madda and alef wasla → ا, ى and Persian ی → ي, Persian ک → ك, ة → ه;
 * - the hamza seats meet on the bare hamza ء. Writers differ on the seat, not on the
 *   hamza: مسؤول (most of the Arab press), مسئول (Egypt), مسءول (the old rule) and the
 *   slip مسؤل are one word, and so are شيء and شئ, مبادئ and مبادىء. So ؤ and ئ become ء,
 *   a ء followed by و swallows the و (ؤو, ئو, ءو are one sound) and ي before ء goes
 *   (يء, ىء and ئ are one spelling). All four مسؤول spellings become مسءل. Folding ؤ to و
 *   instead (as `normalizeArabic` does) would keep مسئول apart, and dropping the hamza
 *   altogether would make رؤوس (heads, as in رؤوس الأموال) the Russians (روس);
 * - tashkeel (U+064B–U+0652, U+0670), tatweel and invisible format characters removed,
 *   and with the tanween of «دولاراً» its alef, which only carries it (دولار);
 * - Arabic-Indic and Persian digits → 0–9, the Arabic decimal and thousands separators
 *   (٫ ٬) → . and ,;
 * - the Arabic comma, semicolon and question mark (، ؛ ؟) → a space: they separate words;
 * - Latin lower-cased (`toLowerCase`, the root locale: no Turkish dotless i).
 */
import { toWesternDigits } from './digits.js';
import { stripTashkeel } from './normalize.js';

const searchFolds: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ک: 'ك',
  ة: 'ه',
  ؤ: 'ء',
  ئ: 'ء',
  '٫': '.',
  '٬': ',',
  '،': ' ',
  '؛': ' ',
  '؟': ' ',
};
const foldable = /[أإآٱىیکةؤئ٫٬،؛؟]/g;
const formatCharacters = /\p{Cf}/gu;
const latinAccents = /(?<=\p{Script=Latin}\p{Mn}*)\p{Mn}+/gu;
const tanweenAlef = /\u0627\u064B|\u064B\u0627/g;
const hamzaThenWaw = /ءو/g;
const yehBeforeHamza = /يء/g;

/** The search spelling of a text; words stay apart as they were, so it can still be split. */
export function normalizeForSearch(text: string): string {
  const unaccented = text.normalize('NFKD').replace(latinAccents, '').normalize('NFC');
  const folded = stripTashkeel(unaccented.replace(tanweenAlef, ''))
    .replace(formatCharacters, '')
    .replace(foldable, (letter) => searchFolds[letter] ?? letter)
    .replace(hamzaThenWaw, 'ء')
    .replace(yehBeforeHamza, 'ء');
  return toWesternDigits(folded).toLowerCase();
}
