/**
 * The addresses of image derivatives and the widths and formats they come in:
 * `/media/<id>/v<version>/<width>.<avif|webp|jpg>`. The version is the image's, raised when
 * the image itself changes, so a changed image has new addresses and every address can be
 * cached for ever. The widths are the ones the site's layout asks for, and the only ones the
 * server makes: nobody can make it resize at will. The site builds its `<picture>` sources
 * from these.
 */
import type { Media } from '../content/types.js';

export const imageWidths = [320, 640, 960, 1280] as const;
export type ImageWidth = (typeof imageWidths)[number];
export const imageFormats = ['avif', 'webp', 'jpeg'] as const;
export type ImageFormat = (typeof imageFormats)[number];

const extensions: Record<ImageFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' };

/** The widths worth offering for an image: those below its own width, plus its own. */
export function widthsFor(media: Pick<Media, 'width'>): number[] {
  const smaller = imageWidths.filter((w) => w < media.width);
  return media.width <= (imageWidths.at(-1) ?? 0) ? [...smaller, media.width] : [...imageWidths];
}

/** The file extension of a derivative format in addresses and keys: `jpg` for JPEG. */
export function extensionOf(format: ImageFormat): string {
  return extensions[format];
}

/** The format an address's extension names, or null for any other. */
export function formatOfExtension(extension: string): ImageFormat | null {
  return imageFormats.find((format) => extensions[format] === extension) ?? null;
}

export function mediaUrl(
  media: Pick<Media, 'id' | 'version'>,
  width: number,
  format: ImageFormat,
): string {
  return `/media/${media.id}/v${media.version}/${width}.${extensionOf(format)}`;
}
