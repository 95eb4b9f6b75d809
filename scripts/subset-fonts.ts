/**
 * Writes the site's web fonts (`npm run fonts`): for each face the site uses, a small
 * core file with the letters Arabic news is written in and a small Latin file with digits,
 * punctuation and ASCII, cut from the @fontsource packages with HarfBuzz's subsetter, and
 * `fonts.json`, which names them with their exact unicode ranges, the faces that cover
 * the rest of each package's Arabic and Latin ranges (downloaded only by a page that uses
 * such a letter), and the measured metrics of fallback faces that take the same room as
 * the web font while it loads.
 *
 * Run it again after updating a @fontsource package; a test fails until then.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fontverter from 'fontverter';
import * as hb from 'harfbuzzjs';
import subsetFont from 'subset-font';
import {
  coreCodePoints,
  webFontFamilies,
  type FontManifest,
  type ManifestFace,
} from '../src/site/fonts.js';
import { formatUnicodeRange, parseUnicodeRange } from '../src/site/unicode-range.js';

const require = createRequire(import.meta.url);
const outputDir = fileURLToPath(new URL('../src/site/assets/fonts/', import.meta.url));

/**
 * Text whose shaped width stands for a page's: common words and punctuation of economic
 * news, all in the Arabic files, so the fallback's size is fitted to what readers see.
 */
const sampleText = [
  'ارتفعت أسعار النفط في الأسواق العالمية خلال تعاملات اليوم بعد أن أعلنت الحكومة',
  'عن خطة جديدة لدعم الصناعة المحلية وزيادة الصادرات غير النفطية حتى نهاية العقد،',
  'وقال وزير المالية إن الموازنة الجديدة تتوقع نموا في الناتج المحلي الإجمالي؛',
  'فهل تكفي هذه الإجراءات؟ يرى المحللون أن الطريق ما زال طويلا أمام الاقتصاد.',
].join(' ');

/**
 * Fallbacks whose files are free to measure, where Debian's fonts-dejavu-core puts them; each
 * is used only where it is installed.
 */
const fallbackFonts = [
  { local: 'DejaVu Sans', bold: false, file: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' },
  {
    local: 'DejaVu Sans Bold',
    bold: true,
    file: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  },
];

async function main(): Promise<void> {
  await mkdir(outputDir, { recursive: true });
  for (const name of await readdir(outputDir)) {
    if (name.endsWith('.woff2')) await rm(path.join(outputDir, name));
  }
  const manifest: FontManifest = { packages: {}, faces: [], fallbacks: [] };
  let written = 0;
  for (const family of webFontFamilies) {
    const packageDir = path.dirname(require.resolve(`${family.packageName}/package.json`));
    const packageJson = JSON.parse(
      await readFile(path.join(packageDir, 'package.json'), 'utf8'),
    ) as { version: string };
    manifest.packages[family.packageName] = packageJson.version;
    // The files are the fonts' own, cut smaller: they travel under the fonts' licence.
    await copyFile(
      path.join(packageDir, 'LICENSE'),
      path.join(outputDir, `${family.filePrefix}.LICENSE.txt`),
    );
    const ranges = JSON.parse(
      await readFile(path.join(packageDir, 'unicode.json'), 'utf8'),
    ) as Record<string, string>;
    for (const weight of family.weights) {
      const rest: (ManifestFace & { codePoints: number[] })[] = [];
      const core: ManifestFace[] = [];
      const sources: Partial<Record<'arabic' | 'latin', Buffer>> = {};
      // The ranges of one weight's faces never overlap, so the browser fetches exactly
      // the files whose letters a page uses, whatever the order of the rules.
      const taken = new Set<number>();
      for (const subset of ['arabic', 'latin'] as const) {
        const sourcePath = sourceFile(packageDir, family.filePrefix, subset, weight);
        const source = await readFile(sourcePath);
        sources[subset] = source;
        const available = new Set(await codePointsOf(source));
        const wanted = coreCodePoints[subset].filter((c) => available.has(c) && !taken.has(c));
        for (const codePoint of wanted) taken.add(codePoint);
        const body = Buffer.from(
          await subsetFont(source, String.fromCodePoint(...wanted), { targetFormat: 'woff2' }),
        );
        const file = `${family.filePrefix}-${subset}-core-${weight}.woff2`;
        await writeFile(path.join(outputDir, file), body);
        written++;
        core.push({
          family: family.family,
          weight,
          file,
          sha256: sha256(body),
          unicodeRange: formatUnicodeRange(wanted),
        });
        rest.push({
          family: family.family,
          weight,
          packageName: family.packageName,
          packageFile: path.basename(sourcePath),
          sha256: sha256(source),
          unicodeRange: '',
          // What the package's file holds of its subset's range: a rule never names a
          // letter its file lacks, so no page fetches a file in vain.
          codePoints: parseUnicodeRange(requiredRange(ranges, subset)).filter((c) =>
            available.has(c),
          ),
        });
      }
      // The package's files keep what no core file took, of either subset.
      for (const { codePoints, ...face } of rest) {
        face.unicodeRange = formatUnicodeRange(codePoints.filter((c) => !taken.has(c)));
        manifest.faces.push(face);
      }
      manifest.faces.push(...core);
      if (sources.arabic === undefined) throw new Error('no Arabic file was read');
      const webFont = await measure(sources.arabic);
      const bold = weight >= 600;
      for (const fallback of fallbackFonts.filter((candidate) => candidate.bold === bold)) {
        const measured = await measure(await readFallback(fallback.file));
        const sizeAdjust = webFont.advancePerEm / measured.advancePerEm;
        manifest.fallbacks.push({
          family: family.family,
          weight,
          local: fallback.local,
          sizeAdjust: percent(sizeAdjust),
          ascentOverride: percent(webFont.ascent / sizeAdjust),
          descentOverride: percent(webFont.descent / sizeAdjust),
          lineGapOverride: percent(webFont.lineGap / sizeAdjust),
        });
      }
    }
  }
  await writeFile(path.join(outputDir, 'fonts.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`wrote ${written} font files and fonts.json to src/site/assets/fonts/`);
}

async function readFallback(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch {
    throw new Error(`no ${file} to measure the fallback by (apt-get install -y fonts-dejavu-core)`);
  }
}

function sourceFile(packageDir: string, prefix: string, subset: string, weight: number): string {
  return path.join(packageDir, 'files', `${prefix}-${subset}-${weight}-normal.woff2`);
}

function requiredRange(ranges: Record<string, string>, subset: string): string {
  const range = ranges[subset];
  if (range === undefined) throw new Error(`unicode.json has no "${subset}" subset`);
  return range;
}

async function toSfnt(font: Buffer): Promise<Uint8Array> {
  return new Uint8Array(await fontverter.convert(font, 'sfnt'));
}

async function codePointsOf(font: Buffer): Promise<number[]> {
  const face = new hb.Face(new hb.Blob(await toSfnt(font)), 0);
  return [...face.collectUnicodes()];
}

/**
 * The sample's shaped width per em and the vertical metrics per em, as a browser lays
 * the font out (HarfBuzz shapes for Chromium and Firefox).
 */
async function measure(
  font: Buffer,
): Promise<{ advancePerEm: number; ascent: number; descent: number; lineGap: number }> {
  const face = new hb.Face(new hb.Blob(await toSfnt(font)), 0);
  const shaper = new hb.Font(face);
  const buffer = new hb.Buffer();
  buffer.addText(sampleText);
  buffer.guessSegmentProperties();
  hb.shape(shaper, buffer);
  const advance = buffer.getGlyphPositions().reduce((sum, glyph) => sum + glyph.xAdvance, 0);
  const extents = shaper.hExtents();
  const upem = face.upem;
  return {
    advancePerEm: advance / upem,
    ascent: extents.ascender / upem,
    descent: -extents.descender / upem,
    lineGap: extents.lineGap / upem,
  };
}

function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(2)}%`;
}

function sha256(body: Uint8Array): string {
  return createHash('sha256').update(body).digest('hex');
}

await main();
