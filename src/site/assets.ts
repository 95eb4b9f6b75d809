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
import {
  fallbackFamily,
  preloadedFaces,
  type FontManifest,
  type ManifestFace,
  type ManifestFallback,
} from './fonts.js';
import { iconPng, iconSvg, type iconSizes } from './icons.js';

export interface SiteAsset {
  body: Buffer;
  contentType: string;
}

export interface SiteAssets {
  stylesheetHref: string;
  /** The font files the first screen of every page needs, for `<link rel="preload">`. */
  fontPreloads: string[];
  /**
   * Keyed by URL path: `/assets/site.<hash>.css`, `/assets/fonts/<file>.<hash>.woff2`, and
   * the icons at the fixed paths browsers ask for (`/favicon.ico`, `/favicon.svg`, …).
   */
  files: Map<string, SiteAsset>;
  /**
   * The @font-face rules of each family and of its fallback, for other stylesheets set in
   * the same fonts.
   */
  fontFaces: ReadonlyMap<string, readonly string[]>;
}

/** `site.css` first, then any other stylesheet in the folder, in name order. */
const mainStylesheet = new URL('./assets/site.css', import.meta.url);

const fontsFolder = new URL('./assets/fonts/', import.meta.url);

const require = createRequire(import.meta.url);

export async function loadSiteAssets(): Promise<SiteAssets> {
  const files = new Map<string, SiteAsset>();
  const { fontFaces, fontPreloads } = await loadFonts(files);
  const css = [[...fontFaces.values()].flat().join('\n'), ...(await readStylesheets())].join('\n');
  const body = Buffer.from(compactCss(css), 'utf8');
  const stylesheetHref = `/assets/site.${contentHash(body)}.css`;
  files.set(stylesheetHref, { body, contentType: 'text/css; charset=utf-8' });
  for (const [href, icon] of await loadIcons()) files.set(href, icon);
  return { stylesheetHref, fontPreloads, files, fontFaces };
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
 * The site icon at the fixed addresses browsers ask for, `/favicon.ico` as a PNG, which
 * every current browser reads.
 */
async function loadIcons(): Promise<[string, SiteAsset][]> {
  const png = async (size: (typeof iconSizes)[number]) => ({
    body: await readFile(iconPng(size)),
    contentType: 'image/png',
  });
  return [
    ['/favicon.svg', { body: await readFile(iconSvg), contentType: 'image/svg+xml' }],
    ['/favicon.ico', await png(32)],
    ['/apple-touch-icon.png', await png(180)],
  ];
}

/**
 * Adds the font files `fonts.json` names to `files` and returns each family's @font-face
 * rules (its faces, then its measured fallbacks) and the URLs of the files to preload.
 */
async function loadFonts(files: Map<string, SiteAsset>): Promise<{
  fontFaces: Map<string, string[]>;
  fontPreloads: string[];
}> {
  const manifest = JSON.parse(
    await readFile(new URL('fonts.json', fontsFolder), 'utf8'),
  ) as FontManifest;
  const fontFaces = new Map<string, string[]>();
  const fontPreloads: string[] = [];
  const rulesOf = (family: string) => {
    const rules = fontFaces.get(family) ?? [];
    fontFaces.set(family, rules);
    return rules;
  };
  for (const face of manifest.faces) {
    const body = await readFile(fontFile(face));
    const name = (face.file ?? face.packageFile ?? '').replace(/\.woff2$/, '');
    const href = `/assets/fonts/${name}.${contentHash(body)}.woff2`;
    files.set(href, { body, contentType: 'font/woff2' });
    rulesOf(face.family).push(fontFaceRule(face, href));
    if (face.file?.includes('-arabic-core-') && isPreloaded(face)) fontPreloads.push(href);
  }
  for (const fallback of manifest.fallbacks) {
    rulesOf(fallback.family).push(fallbackRule(fallback));
  }
  return { fontFaces, fontPreloads };
}

function fontFile(face: ManifestFace): string | URL {
  if (face.file !== undefined) return new URL(face.file, fontsFolder);
  if (face.packageName === undefined || face.packageFile === undefined) {
    throw new Error(`fonts.json: a ${face.family} face names no file`);
  }
  const packageDir = path.dirname(require.resolve(`${face.packageName}/package.json`));
  return path.join(packageDir, 'files', face.packageFile);
}

function isPreloaded(face: ManifestFace): boolean {
  return preloadedFaces.some(
    (preloaded) => preloaded.family === face.family && preloaded.weight === face.weight,
  );
}

function fontFaceRule(face: ManifestFace, href: string): string {
  return [
    '@font-face{',
    `font-family:'${face.family}';`,
    'font-style:normal;',
    `font-weight:${face.weight};`,
    'font-display:swap;',
    `src:url(${href}) format('woff2');`,
    `unicode-range:${face.unicodeRange};`,
    '}',
  ].join('');
}

/** A local font sized to take the web font's room while it loads, so nothing shifts. */
function fallbackRule(fallback: ManifestFallback): string {
  return [
    '@font-face{',
    `font-family:'${fallbackFamily(fallback.family)}';`,
    'font-style:normal;',
    `font-weight:${fallback.weight};`,
    `src:local('${fallback.local}');`,
    `size-adjust:${fallback.sizeAdjust};`,
    `ascent-override:${fallback.ascentOverride};`,
    `descent-override:${fallback.descentOverride};`,
    `line-gap-override:${fallback.lineGapOverride};`,
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
