/**
 * The faces the public site is set in and the letters their small core files hold.
 * `npm run fonts` cuts the files from the @fontsource packages and writes
 * `assets/fonts/fonts.json`; the site reads only that manifest and the files it names.
 */

export interface WebFontFamily {
  /** The @fontsource package name. */
  packageName: string;
  /** The CSS family name the stylesheet uses. */
  family: string;
  /** File-name prefix inside the package's `files/` folder. */
  filePrefix: string;
  weights: number[];
}

/** Naskh for reading, Plex Sans for headlines and interface. */
export const webFontFamilies: readonly WebFontFamily[] = [
  {
    packageName: '@fontsource/noto-naskh-arabic',
    family: 'Noto Naskh Arabic',
    filePrefix: 'noto-naskh-arabic',
    weights: [400, 700],
  },
  {
    packageName: '@fontsource/ibm-plex-sans-arabic',
    family: 'IBM Plex Sans Arabic',
    filePrefix: 'ibm-plex-sans-arabic',
    weights: [500, 700],
  },
];

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** Spaces and the invisible marks of bidirectional text, which every Arabic page has. */
const spacing = [0x20, 0xa0, ...range(0x200c, 0x200f), ...range(0x2066, 0x2069)];

/**
 * What the core files hold. Arabic: the letters, marks, digits and punctuation of Arabic
 * and the Persian letters news names carry (پ چ ژ ڤ ک گ ی), not the rest of the
 * block's Urdu, Sindhi and Quranic letters, which a rest face brings when a page has one.
 * Latin: ASCII, the digits and punctuation Arabic news mixes in (« » – — … › © %).
 */
export const coreCodePoints = {
  arabic: [
    ...spacing,
    ...range(0x600, 0x66d),
    ...range(0x670, 0x674),
    0x67e,
    0x686,
    0x698,
    0x6a4,
    0x6a9,
    0x6af,
    0x6cc,
    0x6d4,
    ...range(0x6f0, 0x6f9),
    0x2010,
    0x2011,
  ],
  latin: [
    ...spacing,
    ...range(0x21, 0x7e),
    0xa9,
    0xab,
    0xb0,
    0xb7,
    0xbb,
    0xd7,
    ...range(0x2010, 0x2014),
    ...range(0x2018, 0x201d),
    0x2022,
    0x2026,
    0x2030,
    0x2039,
    0x203a,
    0x20ac,
    0x2212,
  ],
} as const;

/** One @font-face rule: a core file written by `npm run fonts`, or a package's own file. */
export interface ManifestFace {
  family: string;
  weight: number;
  /** A core file in `assets/fonts/`. */
  file?: string;
  /** Or a file of a @fontsource package's `files/` folder. */
  packageName?: string;
  packageFile?: string;
  sha256: string;
  unicodeRange: string;
}

/**
 * A local font set to take the room the web font will take, for the moment before it
 * arrives: measured with HarfBuzz on a sample of Arabic news text.
 */
export interface ManifestFallback {
  family: string;
  weight: number;
  local: string;
  sizeAdjust: string;
  ascentOverride: string;
  descentOverride: string;
  lineGapOverride: string;
}

export interface FontManifest {
  /** Package versions the files were cut from. */
  packages: Record<string, string>;
  faces: ManifestFace[];
  fallbacks: ManifestFallback[];
}

/** The family name of the measured fallbacks of a web font family. */
export function fallbackFamily(family: string): string {
  return `${family} Fallback`;
}

/**
 * The faces a first screen is set in — headlines and body text — whose Arabic core files
 * each page preloads, so they arrive with the stylesheet rather than after it.
 */
export const preloadedFaces: readonly { family: string; weight: number }[] = [
  { family: 'IBM Plex Sans Arabic', weight: 700 },
  { family: 'Noto Naskh Arabic', weight: 400 },
];
