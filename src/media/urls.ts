/**
 * The addresses of image derivatives and the widths and formats they come in. The widths are
 * the ones the site's layout asks for, and the only ones the server makes: nobody can make
 * it resize at will. The site builds its `<picture>` sources from these.
 */
import type { Media } from '../content/types.js';

export const imageWidths = [320, 640, 960, 1280] as const;
export type ImageWidth = (typeof imageWidths)[number];
export const imageFormats = ['avif', 'webp', 'jpeg'] as const;
export type ImageFormat = (typeof imageFormats)[number];

/** The widths worth offering for an image: those below its own width, plus its own. */
export function widthsFor(media: Pick<Media, 'width'>): number[] {
  const smaller = imageWidths.filter((w) => w < media.width);
  return media.width <= (imageWidths.at(-1) ?? 0) ? [...smaller, media.width] : [...imageWidths];
}

export function mediaUrl(media: Pick<Media, 'id'>, width: number, format: ImageFormat): string {
  return `/media/${media.id}/${width}.${format === 'jpeg' ? 'jpg' : format}`;
}
