import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontverter from 'fontverter';
import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { demoArticlesAr } from '../demo/content-articles-ar.js';
import { messages } from '../i18n/index.js';
import { loadSiteAssets } from './assets.js';
import type { FontManifest, ManifestFace } from './fonts.js';
import { parseUnicodeRange } from './unicode-range.js';

const require = createRequire(import.meta.url);
const fontsFolder = new URL('./assets/fonts/', import.meta.url);
const manifest = JSON.parse(
  await readFile(new URL('fonts.json', fontsFolder), 'utf8'),
) as FontManifest;

async function fileOf(face: ManifestFace): Promise<Buffer> {
  if (face.file !== undefined) return readFile(new URL(face.file, fontsFolder));
  const packageDir = path.dirname(require.resolve(`${face.packageName}/package.json`));
  return readFile(path.join(packageDir, 'files', face.packageFile ?? ''));
}

async function codePointsOf(font: Buffer): Promise<Set<number>> {
  const sfnt = new Uint8Array(await fontverter.convert(font, 'sfnt'));
  return new Set(new hb.Face(new hb.Blob(sfnt), 0).collectUnicodes());
}

function facesOf(family: string, weight: number): ManifestFace[] {
  return manifest.faces.filter((face) => face.family === family && face.weight === weight);
}

const weights = [...new Set(manifest.faces.map((face) => `${face.family}|${face.weight}`))].map(
  (key) => {
    const [family = '', weight = ''] = key.split('|');
    return { family, weight: Number(weight) };
  },
);

describe('the site fonts (assets/fonts/fonts.json)', () => {
  it('were cut from the installed @fontsource packages (else: npm run fonts)', async () => {
    for (const [name, version] of Object.entries(manifest.packages)) {
      const installed = require(`${name}/package.json`) as { version: string };
      expect(installed.version, name).toBe(version);
    }
    for (const face of manifest.faces) {
      const digest = createHash('sha256')
        .update(await fileOf(face))
        .digest('hex');
      expect(digest, face.file ?? face.packageFile).toBe(face.sha256);
    }
  });

  it('give each letter of a weight to one file only, and only letters that file has', async () => {
    expect(weights).toHaveLength(4);
    for (const { family, weight } of weights) {
      const seen = new Set<number>();
      for (const face of facesOf(family, weight)) {
        const has = await codePointsOf(await fileOf(face));
        for (const codePoint of parseUnicodeRange(face.unicodeRange)) {
          expect(seen.has(codePoint), `${family} ${weight} U+${codePoint.toString(16)}`).toBe(
            false,
          );
          seen.add(codePoint);
          expect(has.has(codePoint), `${face.file ?? face.packageFile} lacks it`).toBe(true);
        }
      }
    }
  });

  it('hold every letter of the Arabic interface and of the demo articles in the core files', () => {
    const text = [
      ...Object.values(messages.ar),
      ...demoArticlesAr.flatMap((article) => [article.title, article.subtitle, article.excerpt]),
    ].join(' ');
    for (const { family, weight } of weights) {
      const core = new Set(
        facesOf(family, weight)
          .filter((face) => face.file !== undefined)
          .flatMap((face) => parseUnicodeRange(face.unicodeRange)),
      );
      const missing = [...new Set(text)].filter(
        (character) =>
          /\p{L}|\p{N}|\p{P}/u.test(character) && !core.has(character.codePointAt(0) ?? 0),
      );
      expect(missing, `${family} ${weight}`).toEqual([]);
    }
  });

  it('are small: the four Arabic core files together under 100 KB', async () => {
    const cores = manifest.faces.filter((face) => face.file?.includes('-arabic-core-'));
    expect(cores).toHaveLength(4);
    let bytes = 0;
    for (const face of cores) bytes += (await fileOf(face)).length;
    expect(bytes).toBeLessThan(100 * 1024);
  });
});

describe('the stylesheet and the preloaded fonts', () => {
  it('names every face with its range, swaps in, and has a measured fallback per weight', async () => {
    const assets = await loadSiteAssets();
    const css = assets.files.get(assets.stylesheetHref)?.body.toString('utf8') ?? '';
    expect(css.match(/font-display:swap/g)).toHaveLength(manifest.faces.length);
    for (const face of manifest.faces) {
      expect(css).toContain(`unicode-range:${face.unicodeRange};`);
    }
    expect(css).toMatch(
      /font-family:'Noto Naskh Arabic Fallback';font-style:normal;font-weight:400;src:local\('DejaVu Sans'\);size-adjust:\d+\.\d+%/,
    );
    expect(css).toContain("--font-body: 'Noto Naskh Arabic', 'Noto Naskh Arabic Fallback'");
    expect(assets.fontPreloads).toHaveLength(2);
    for (const href of assets.fontPreloads) {
      expect(href).toMatch(/^\/assets\/fonts\/.+-arabic-core-\d+\.[0-9a-f]{12}\.woff2$/);
      expect(assets.files.get(href)?.contentType).toBe('font/woff2');
      expect(css).toContain(`url(${href})`);
    }
  });
});
