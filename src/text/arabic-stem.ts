/**
 * Arabic light stemming for search: Larkey's light10 (the stemmer behind Lucene's
 * ArabicStemFilter; Larkey, Ballesteros and Connell, «Light Stemming for Arabic
 * Information Retrieval», 2007), with what news search needs on top:
 *
 * - light10 itself: one prefix — ال وال بال كال فال لل when two letters remain, و when
 *   three remain — then the suffixes ها ان ات ون ين يه ه ي, each once, in that order,
 *   while two letters remain (ة and ية are ه and يه after normalization);
 * - a lexicon first: broken plurals (`arabic-plurals.ts`) take their singular's stem, and
 *   the words of `arabic-stem-lexicon.ts` are not cut (فلسطين, لبنان, وزارة, قانون …);
 *   it is consulted after every suffix, so «الوزارات» and «قوانينها» find their word;
 * - ب ل ك ف stuck to a word without ال («ببيروت», «لسوريا») are cut only when what
 *   remains is a word the lexicon knows: no rule can tell ب in «بنك» from ب in «ببنك»;
 * - وبال and ولل join light10's prefixes («وبالتالي», «وللمرة»);
 * - the adjectives of peoples meet their country: «السوريين», «سورية», «سوري» → سوريا;
 * - a feminine ت before a suffix is the ة it was: «حكومتها», «دولتين» → حكوم, دول.
 *
 * The future prefix س is not cut: «سيزور» stays, because سياسة, سياحة, سيولة, سيارة,
 * سندات and سنوات begin the same way, and «يزور» would not meet «زار» anyway.
 *
 * Input is one word in the search spelling (`normalizeForSearch`).
 */
import { brokenPlurals } from './arabic-plurals.js';
import { countries, places, wawWords, wholeWords } from './arabic-stem-lexicon.js';
import { gazetteerEntries } from './gazetteer-data.js';
import { normalizeForSearch } from './search-normalize.js';

const articlePrefixes = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'وبال', 'ولل'] as const;
const suffixes = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'] as const;
/** The suffixes after which a ت was a ة: pronouns and the dual. */
const suffixesAfterTehMarbuta = new Set<string>(['ها', 'ه', 'ان', 'ين']);
const clitics = /^[وف]?[بلك]|^[وف]/;

/** The stem that indexes `word`, a word in the search spelling. */
export function stemArabic(word: string): string {
  return (
    knownWithClitics(word) ??
    stemAfterArticle(word) ??
    stemAfterConjunction(word) ??
    stripSuffixes(word).stem
  );
}

function stemAfterArticle(word: string): string | undefined {
  const prefix = articlePrefixes.find((p) => word.startsWith(p) && word.length - p.length >= 2);
  return prefix === undefined ? undefined : stripSuffixes(word.slice(prefix.length)).stem;
}

function stemAfterConjunction(word: string): string | undefined {
  return word.startsWith('و') && word.length >= 4 ? stripSuffixes(word.slice(1)).stem : undefined;
}

/**
 * The lexicon's reading of `word`, with or without و ف ب ل ك before it («ببيروت»,
 * «لسوريا», «وبمصر»): those are cut only before a word the lexicon knows. When two
 * readings know a word, the longer known word wins: «وعيونها» is و + عيون + ها, not
 * وعي + ونها.
 */
function knownWithClitics(word: string): string | undefined {
  const cliticLength = clitics.exec(word)?.[0].length ?? 0;
  let best: KnownStem | undefined;
  for (let length = 0; length <= cliticLength; length += 1) {
    const reading = stripSuffixes(word.slice(length));
    if (reading.known && (!best?.known || reading.known.length > best.known.length)) best = reading;
  }
  return best?.stem;
}

/** Light10's suffix pass, stopping at the first form the lexicon knows. */
function stripSuffixes(word: string): KnownStem {
  let stem = word;
  for (const suffix of suffixes) {
    const known = knownStem(stem);
    if (known) return known;
    if (!stem.endsWith(suffix) || stem.length < suffix.length + 2) continue;
    stem = stem.slice(0, -suffix.length);
    if (suffixesAfterTehMarbuta.has(suffix) && stem.endsWith('ت') && stem.length >= 4) {
      const restored = knownStem(stem) ?? knownStem(`${stem.slice(0, -1)}ه`);
      if (restored) return restored;
      stem = stem.slice(0, -1);
    }
  }
  return knownStem(stem) ?? { stem };
}

interface KnownStem {
  stem: string;
  /** The form the lexicon knew, when it knew one. */
  known?: string;
}

function knownStem(form: string): KnownStem | undefined {
  const term = lexicon().get(form);
  return term === undefined ? undefined : { stem: term, known: form };
}

let knownTerms: Map<string, string> | undefined;

/** Every form the lexicon knows → its term; built on first use. */
function lexicon(): Map<string, string> {
  if (knownTerms) return knownTerms;
  const terms = new Map<string, string>();
  for (const written of [...wholeWords, ...wawWords]) {
    // وزارة, وزاري and وزارات share وزار, as light10 would have them share it.
    const word = normalizeForSearch(written);
    const term = written.endsWith('ة') && word.length >= 4 ? word.slice(0, -1) : word;
    terms.set(word, term).set(term, term);
  }
  for (const written of [...places, ...namesInOneWord()]) {
    terms.set(searchForm(written), searchForm(written));
  }
  for (const [country, nisba] of countries) {
    const term = searchForm(country);
    const adjective = searchForm(nisba);
    for (const form of [term, normalizeForSearch(country), adjective, `${adjective}ه`]) {
      terms.set(form, term);
    }
  }
  // Plurals last: their singulars' stems come from the words above and from light10.
  knownTerms = terms;
  for (const [singular, plural] of brokenPlurals) {
    terms.set(normalizeForSearch(plural), stemArabic(normalizeForSearch(singular)));
  }
  return terms;
}

/**
 * The gazetteer's places and people written in one word (البرهان، تبون، وهران، الرقة،
 * جدة، بوتين): names, which light10 would cut to a common word or to two letters (بر، تب،
 * هر، رق، جد، بوت). Organisations are left out: their names are made of common words.
 */
function namesInOneWord(): string[] {
  return gazetteerEntries
    .filter((entry) => entry.kind !== 'organisation')
    .flatMap((entry) => entry.arabic.filter((spelling) => !spelling.includes(' ')));
}

/** A lexicon word in the search spelling, without the article some are written with (القاهرة). */
function searchForm(written: string): string {
  return normalizeForSearch(written.startsWith('ال') ? written.slice(2) : written);
}
