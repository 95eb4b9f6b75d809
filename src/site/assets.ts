/**
 * The public site's static files: one content-hashed stylesheet (site CSS with generated
 * @font-face rules in front) and the self-hosted font files it names. Everything is read
 * once at start and served from memory with immutable caching, so every URL carries a
 * hash of its bytes: a changed file gets a new URL.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import sharp from 'sharp';

export interface SiteAsset {
  body: Buffer;
  contentType: string;
}

export interface SiteAssets {
  stylesheetHref: string;
  /**
   * Keyed by URL path: `/assets/site.<hash>.css`, `/assets/fonts/<file>.<hash>.woff2`, and
   * the icons at the fixed paths browsers ask for (`/favicon.ico`, `/favicon.svg`, …).
   */
  files: Map<string, SiteAsset>;
  /** The @font-face rules of each family, for other stylesheets set in the same fonts. */
  fontFaces: ReadonlyMap<string, readonly string[]>;
}

interface FontFamily {
  /** The @fontsource package name. */
  packageName: string;
  /** The CSS family name the stylesheet uses. */
  family: string;
  /** File-name prefix inside the package's `files/` folder. */
  filePrefix: string;
  weights: number[];
}

/** Naskh for reading, Plex Sans for headlines and interface. */
const fontFamilies: FontFamily[] = [
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

/** Only the scripts Midad writes in. Arabic first: it is what most pages need. */
const fontSubsets = ['arabic', 'latin'] as const;
type FontSubset = (typeof fontSubsets)[number];

/** `site.css` first, then any other stylesheet in the folder, in name order. */
const mainStylesheet = new URL('./assets/site.css', import.meta.url);

const require = createRequire(import.meta.url);

export async function loadSiteAssets(): Promise<SiteAssets> {
  const files = new Map<string, SiteAsset>();
  const fontFaces = new Map<string, string[]>();
  for (const font of fontFamilies) {
    fontFaces.set(font.family, await loadFontFamily(font, files));
  }
  const css = [[...fontFaces.values()].flat().join('\n'), ...(await readStylesheets())].join('\n');
  const body = Buffer.from(compactCss(css), 'utf8');
  const stylesheetHref = `/assets/site.${contentHash(body)}.css`;
  files.set(stylesheetHref, { body, contentType: 'text/css; charset=utf-8' });
  for (const [href, icon] of await loadIcons()) files.set(href, icon);
  return { stylesheetHref, files, fontFaces };
}

async function readStylesheets(): Promise<string[]> {
  const folder = new URL('./', mainStylesheet);
  const others = (await readdir(folder))
    .filter((name) => name.endsWith('.css') && name !== 'site.css')
    .sort();
  return Promise.all(
    [mainStylesheet, ...others.map((name) => new URL(name, folder))].map((url) =>
      readFile(url, 'utf8'),
    ),
  );
}

/**
 * The site icon (an ink drop: مداد is ink) at the fixed addresses browsers ask for,
 * `/favicon.ico` as a PNG, which every current browser reads.
 */
async function loadIcons(): Promise<[string, SiteAsset][]> {
  const svg = await readFile(new URL('./assets/icon.svg', import.meta.url));
  const png = (size: number) => sharp(svg, { density: 300 }).resize(size, size).png().toBuffer();
  return [
    ['/favicon.svg', { body: svg, contentType: 'image/svg+xml' }],
    ['/favicon.ico', { body: await png(32), contentType: 'image/png' }],
    ['/apple-touch-icon.png', { body: await png(180), contentType: 'image/png' }],
  ];
}

/** Adds the family's font files to `files` and returns their @font-face rules. */
async function loadFontFamily(font: FontFamily, files: Map<string, SiteAsset>): Promise<string[]> {
  const packageDir = path.dirname(require.resolve(`${font.packageName}/package.json`));
  const ranges = await readUnicodeRanges(packageDir);
  const rules: string[] = [];
  for (const weight of font.weights) {
    for (const subset of fontSubsets) {
      const fileName = `${font.filePrefix}-${subset}-${weight}-normal`;
      const body = await readFile(path.join(packageDir, 'files', `${fileName}.woff2`));
      const href = `/assets/fonts/${fileName}.${contentHash(body)}.woff2`;
      files.set(href, { body, contentType: 'font/woff2' });
      rules.push(fontFaceRule(font.family, weight, href, ranges[subset]));
    }
  }
  return rules;
}

/** The package's own unicode-range per subset (`unicode.json`), so ranges never drift. */
async function readUnicodeRanges(packageDir: string): Promise<Record<FontSubset, string>> {
  const parsed = JSON.parse(
    await readFile(path.join(packageDir, 'unicode.json'), 'utf8'),
  ) as Record<string, unknown>;
  const ranges = {} as Record<FontSubset, string>;
  for (const subset of fontSubsets) {
    const range = parsed[subset];
    if (typeof range !== 'string') {
      throw new Error(`${packageDir}/unicode.json has no "${subset}" subset`);
    }
    ranges[subset] = range;
  }
  return ranges;
}

function fontFaceRule(family: string, weight: number, href: string, unicodeRange: string): string {
  return [
    '@font-face{',
    `font-family:'${family}';`,
    'font-style:normal;',
    `font-weight:${weight};`,
    'font-display:swap;',
    `src:url(${href}) format('woff2');`,
    `unicode-range:${unicodeRange};`,
    '}',
  ].join('');
}

/** Drops comments and indentation; the CSS stays readable in the source. */
export function compactCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** The short content hash in an asset's name, so it can be cached for ever. */
export function contentHash(body: Buffer): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 12);
}
