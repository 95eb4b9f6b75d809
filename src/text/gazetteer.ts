/**
 * Arabic names for a name typed in Latin letters. A reader of an Arabic site who searches
 * «Latakia», «IMF» or «Maria Zakharova» means «اللاذقية», «صندوق النقد الدولي» and
 * «ماريا زاخاروفا»; the gazetteer (`gazetteer-data.ts`) knows which. Its Latin spellings
 * are keyed by `latinNameKey` once, when the module loads, so the many ways a name is typed
 * (case, accents, apostrophes, dots, hyphens, spacing) meet on one key.
 */
import { gazetteerEntries } from './gazetteer-data.js';

/** Apostrophes and the hamza and ayn signs of transliteration: Sana'a, Sanaʿa and Sanaa are one name. */
const apostrophes = /['`\u00B4\u2018\u2019\u2032\u02BB\u02BC\u02BD\u02BE\u02BF]/g;
const combiningMarks = /\p{M}/gu;
/** Dots go without a trace, so U.S. is US and Washington D.C. is Washington DC. */
const dots = /\./g;
/** S&P, S & P and S and P are one name, as are Standard & Poor's and Standard and Poor's. */
const ampersands = /&/g;
/** OPEC+ and OPEC + are one name, and not OPEC. */
const spacedPlus = /\s+\+/g;
/** Hyphens and whatever else is not a letter, a digit or a plus part words: ez-Zor is ez Zor. */
const separators = /[^\p{L}\p{N}+]+/gu;

/**
 * Folds a Latin name as the lookup keys it: NFKD without combining marks (é→e, ʿ and ’ and '
 * dropped), lower case, hyphens/dots/ampersands handled so "Deir ez-Zor", "deir ez zor",
 * "S&P", "U.S." and "US" key consistently, single spaces.
 */
export function latinNameKey(text: string): string {
  return text
    .replace(apostrophes, '')
    .normalize('NFKD')
    .replace(combiningMarks, '')
    .toLowerCase()
    .replace(dots, '')
    .replace(ampersands, ' and ')
    .replace(spacedPlus, '+')
    .replace(separators, ' ')
    .trim();
}

const arabicByLatinKey = new Map<string, readonly string[]>();
for (const entry of gazetteerEntries) {
  for (const latin of entry.latin) arabicByLatinKey.set(latinNameKey(latin), entry.arabic);
}

const unknown: readonly string[] = Object.freeze([]);

/**
 * The Arabic spellings of a name typed in Latin letters, or [] when the gazetteer does not
 * know it. `name` is any casing/spacing/punctuation of a Latin spelling.
 */
export function arabicNamesOf(name: string): readonly string[] {
  return arabicByLatinKey.get(latinNameKey(name)) ?? unknown;
}

/** The most words any Latin spelling has once keyed (so a caller can try word n-grams up to this length). */
export const longestLatinName: number = Math.max(
  ...Array.from(arabicByLatinKey.keys(), (key) => key.split(' ').length),
);
