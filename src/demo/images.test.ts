import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { demoImages } from './images/catalogue.js';

const arabicLetter = /[\u0600-\u06ff]/;
const latinLetter = /[a-z]/i;
/** What a file name leaks into a description: underscores and extensions. */
const fileNameTrace = /_|\.(?:png|jpe?g|gif|webp|avif|svg|tiff?)\b/i;

/** English-edition images are separate entries whose keys start with `en-`. */
const isEnglish = (key: string) => key.startsWith('en-');

describe('demo images', () => {
  it('have unique keys', () => {
    const keys = demoImages.map((image) => image.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('include at least 14 wide illustrations and square portraits', () => {
    const wide = demoImages.filter((image) => image.width === 1600 && image.height === 900);
    const square = demoImages.filter((image) => image.width === 400 && image.height === 400);
    expect(wide.filter((image) => !isEnglish(image.key)).length).toBeGreaterThanOrEqual(14);
    expect(square.length).toBeGreaterThanOrEqual(8);
    expect(wide.length + square.length).toBe(demoImages.length);
  });

  it.each(demoImages.map((image) => [image.key, image] as const))(
    '%s rasterizes at its declared size',
    async (_key, image) => {
      const png = await sharp(Buffer.from(image.svg())).png().toBuffer();
      const metadata = await sharp(png).metadata();
      expect(metadata.format).toBe('png');
      expect(metadata.width).toBe(image.width);
      expect(metadata.height).toBe(image.height);
    },
  );

  it('are self-contained SVG documents with no text, drawn the same on every call', () => {
    for (const image of demoImages) {
      const svg = image.svg();
      expect(svg, image.key).toBe(image.svg());
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), image.key).toBe(true);
      expect(svg.trimEnd().endsWith('</svg>'), image.key).toBe(true);
      expect(svg, image.key).toContain(`width="${image.width}" height="${image.height}"`);
      expect(svg, image.key).not.toMatch(/<text|<image|<use|href=|font-family|url\((?!#)/);
      expect(svg, image.key).not.toMatch(/NaN|undefined/);
    }
  });

  it('describe what they show in the language of the edition that uses them', () => {
    for (const image of demoImages) {
      const texts = [image.alt, image.caption, image.credit];
      for (const text of texts) {
        expect(text.trim(), image.key).not.toBe('');
        expect(text, image.key).toBe(text.trim());
        expect(text, image.key).not.toMatch(fileNameTrace);
      }
      expect(image.alt.split(/\s+/).length, image.key).toBeGreaterThanOrEqual(8);
      if (isEnglish(image.key)) {
        for (const text of texts) expect(text, image.key).not.toMatch(arabicLetter);
      } else {
        for (const text of texts) {
          expect(text, image.key).toMatch(arabicLetter);
          expect(text, image.key).not.toMatch(latinLetter);
        }
      }
    }
  });
});
