import { describe, expect, it } from 'vitest';
import { gazetteerEntries, type GazetteerEntry } from './gazetteer-data.js';
import { arabicNamesOf, latinNameKey, longestLatinName } from './gazetteer.js';
import { analyze } from './search-analyzer.js';

/** Arabic letters (hamza to yeh, without tatweel) in words parted by single spaces. */
const arabicSpelling = /^[\u0621-\u063A\u0641-\u064A]+(?: [\u0621-\u063A\u0641-\u064A]+)*$/;
/** Latin letters (accented ones too), digits, spaces and . - & ' + only. */
const latinSpelling = /^[\p{Script=Latin}0-9 .\-&'+]+$/u;

const describeEntry = (entry: GazetteerEntry) => `${entry.kind} ${entry.latin[0] ?? '?'}`;

describe('the gazetteer data', () => {
  it('gives every entry a Latin and an Arabic spelling', () => {
    const incomplete = gazetteerEntries.filter(
      (entry) => entry.latin.length === 0 || entry.arabic.length === 0,
    );
    expect(incomplete.map(describeEntry)).toEqual([]);
  });

  it('never gives two entries the same Latin key', () => {
    const entryByKey = new Map<string, GazetteerEntry>();
    const clashes: string[] = [];
    for (const entry of gazetteerEntries) {
      for (const latin of entry.latin) {
        const key = latinNameKey(latin);
        const owner = entryByKey.get(key);
        if (owner !== undefined && owner !== entry) {
          clashes.push(`«${key}»: ${describeEntry(owner)} and ${describeEntry(entry)}`);
        }
        entryByKey.set(key, entry);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('lists each spelling of an entry once', () => {
    const repeated = gazetteerEntries.filter(
      (entry) =>
        new Set(entry.latin.map(latinNameKey)).size !== entry.latin.length ||
        new Set(entry.arabic).size !== entry.arabic.length,
    );
    expect(repeated.map(describeEntry)).toEqual([]);
  });

  it('writes Arabic in Arabic letters and spaces only: no Latin, tashkeel, tatweel or digits', () => {
    const misspelt = gazetteerEntries.flatMap((entry) =>
      entry.arabic.filter((arabic) => !arabicSpelling.test(arabic)),
    );
    expect(misspelt).toEqual([]);
  });

  it("writes Latin in Latin letters, digits, spaces and . - & ' + only", () => {
    const misspelt = gazetteerEntries.flatMap((entry) =>
      entry.latin.filter((latin) => !latinSpelling.test(latin) || latinNameKey(latin) === ''),
    );
    expect(misspelt).toEqual([]);
  });

  it('is sorted by kind, then by first Latin name', () => {
    const collator = new Intl.Collator('en');
    const compare = (a: GazetteerEntry, b: GazetteerEntry) =>
      collator.compare(a.kind, b.kind) || collator.compare(a.latin[0] ?? '', b.latin[0] ?? '');
    expect(gazetteerEntries.map(describeEntry)).toEqual(
      [...gazetteerEntries].sort(compare).map(describeEntry),
    );
  });
});

describe('the gazetteer’s names as search finds them', () => {
  // Where one organisation's name is how another's begins, searching the first finds both:
  // «صندوق النقد» would find the Arab Monetary Fund for IMF. Allowed where the longer is
  // part of the shorter (OPEC+ of OPEC, UNICEF of the UN).
  const partOf = new Set(['OPEC>OPEC+', 'United Nations>UNESCO', 'United Nations>UNICEF']);
  const terms = (spelling: string) => analyze(spelling).map((token) => token.term);

  it('never spells an organisation as the start of another’s name', () => {
    const organisations = gazetteerEntries.filter((entry) => entry.kind === 'organisation');
    const clashes: string[] = [];
    for (const a of organisations) {
      for (const b of organisations) {
        if (a === b || partOf.has(`${a.latin[0]}>${b.latin[0]}`)) continue;
        for (const short of a.arabic) {
          for (const long of b.arabic) {
            const [s, l] = [terms(short), terms(long)];
            if (s.length <= l.length && s.every((term, i) => l[i] === term)) {
              clashes.push(`${a.latin[0]} «${short}» begins ${b.latin[0]} «${long}»`);
            }
          }
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('latinNameKey', () => {
  it('keys hyphens and spaces alike', () => {
    expect(latinNameKey('Deir ez-Zor')).toBe('deir ez zor');
    expect(latinNameKey('deir ez zor')).toBe('deir ez zor');
    expect(latinNameKey('Bab-el-Mandeb')).toBe(latinNameKey('Bab el Mandeb'));
  });

  it('drops dots, so abbreviations key as their letters', () => {
    expect(latinNameKey('U.S.')).toBe('us');
    expect(latinNameKey('US')).toBe('us');
    expect(latinNameKey('Washington D.C.')).toBe(latinNameKey('Washington DC'));
  });

  it('reads & as «and», with or without spaces around it', () => {
    expect(latinNameKey('S&P')).toBe('s and p');
    expect(latinNameKey('S & P')).toBe('s and p');
    expect(latinNameKey("Standard & Poor's")).toBe(latinNameKey('Standard and Poors'));
  });

  it('keeps the plus of OPEC+, so it stays apart from OPEC', () => {
    expect(latinNameKey('OPEC+')).toBe('opec+');
    expect(latinNameKey('opec +')).toBe('opec+');
    expect(latinNameKey('OPEC')).toBe('opec');
  });

  it('drops accents, apostrophes and the signs of hamza and ayn', () => {
    expect(latinNameKey('Türkiye')).toBe('turkiye');
    expect(latinNameKey('Élysée')).toBe('elysee');
    expect(latinNameKey('Moody’s')).toBe('moodys');
    expect(latinNameKey("Moody's")).toBe('moodys');
    expect(latinNameKey('Sanaʿa')).toBe('sanaa');
    expect(latinNameKey("Ma'rib")).toBe('marib');
    expect(latinNameKey('Erdoğan')).toBe('erdogan');
  });

  it('lower-cases and leaves single spaces between words', () => {
    expect(latinNameKey('  Saudi \t  ARAMCO ')).toBe('saudi aramco');
    expect(latinNameKey('Ｉ Ｍ Ｆ')).toBe('i m f');
    expect(latinNameKey('...')).toBe('');
  });
});

describe('arabicNamesOf', () => {
  it.each([
    ['Latakia', 'اللاذقية'],
    ['LATTAKIA', 'اللاذقية'],
    ['latakiya', 'اللاذقية'],
    ['Zakharova', 'زاخاروفا'],
    ['Maria Zakharova', 'ماريا زاخاروفا'],
    ['IMF', 'صندوق النقد الدولي'],
    ['imf', 'صندوق النقد الدولي'],
    ['International Monetary Fund', 'صندوق النقد الدولي'],
    ['Deir ez-Zor', 'دير الزور'],
    ['deir ezzor', 'دير الزور'],
    ['Deir al-Zour', 'دير الزور'],
    ['S&P', 'ستاندرد آند بورز'],
    ["Standard & Poor's", 'ستاندرد آند بورز'],
    ['OPEC+', 'أوبك بلس'],
    ['OPEC', 'أوبك'],
    ['Saudi Aramco', 'أرامكو السعودية'],
    ['World Bank', 'البنك الدولي'],
    ['U.S.', 'الولايات المتحدة'],
    ['Kristalina Georgieva', 'غورغييفا'],
    ['Qaddafi', 'القذافي'],
    ['Gaddafi', 'القذافي'],
    ['Fed', 'الاحتياطي الفيدرالي'],
    ["moody's", 'موديز'],
  ])('finds %s as «%s»', (name, arabic) => {
    expect(arabicNamesOf(name)).toContain(arabic);
  });

  it('gives the most common spelling first', () => {
    expect(arabicNamesOf('Latakia')[0]).toBe('اللاذقية');
    expect(arabicNamesOf('UN')[0]).toBe('الأمم المتحدة');
    expect(arabicNamesOf('Syria')).toEqual(['سوريا', 'سورية', 'الجمهورية العربية السورية']);
  });

  it('gives [] for a name it does not know, or for nothing', () => {
    expect(arabicNamesOf('Atlantis')).toEqual([]);
    expect(arabicNamesOf('')).toEqual([]);
    expect(arabicNamesOf(' - ')).toEqual([]);
  });

  it('leaves out short forms that could name two things', () => {
    expect(arabicNamesOf('Georgia')).toEqual([]);
    expect(arabicNamesOf('Korea')).toEqual([]);
    expect(arabicNamesOf('Abbas')).toEqual([]);
  });

  it('matches whole names only, not a word inside one', () => {
    expect(arabicNamesOf('Saudi Arabia')).not.toEqual(arabicNamesOf('Saudi Aramco'));
    expect(arabicNamesOf('Monetary')).toEqual([]);
  });
});

describe('longestLatinName', () => {
  it('is the most words any Latin spelling has once keyed', () => {
    const wordCounts = gazetteerEntries.flatMap((entry) =>
      entry.latin.map((latin) => latinNameKey(latin).split(' ').length),
    );
    expect(longestLatinName).toBe(Math.max(...wordCounts));
    expect(longestLatinName).toBeGreaterThanOrEqual(
      latinNameKey('Maria Zakharova').split(' ').length,
    );
  });
});
