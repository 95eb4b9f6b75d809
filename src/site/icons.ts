/**
 * The site icon (an ink drop: مداد is ink) as PNGs of the sizes browsers ask for, drawn from
 * `assets/icon.svg` by `npm run icons` and kept next to it.
 */
import { readFile } from 'node:fs/promises';

export const iconSizes = [32, 180] as const;

export const iconSvg = new URL('./assets/icon.svg', import.meta.url);

export function iconPng(size: (typeof iconSizes)[number]): URL {
  return new URL(`./assets/icon-${size}.png`, import.meta.url);
}

/** The PNG of `size` pixels, drawn with sharp (used by the script and its freshness test). */
export async function renderIcon(size: number): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  return sharp(await readFile(iconSvg), { density: 300 })
    .resize(size, size)
    .png()
    .toBuffer();
}
