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

/** The height of the image made at `width`: the same shape, rounded to a pixel. */
export function heightAt(media: Pick<Media, 'width' | 'height'>, width: number): number {
  return Math.round((media.height * width) / media.width);
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

/**
 * The crops search engines ask of an article's image (Google's Article structured data wants
 * 16:9, 4:3 and 1:1): `/media/<id>/v<version>/<ratio>.jpg`, the largest crop of that shape
 * the image holds, at most 1 200 pixels wide, cut around what draws the eye.
 */
export const cropRatios = ['16x9', '4x3', '1x1'] as const;
export type CropRatio = (typeof cropRatios)[number];

const cropMaxWidth = 1200;

export function cropUrl(media: Pick<Media, 'id' | 'version'>, ratio: CropRatio): string {
  return `/media/${media.id}/v${media.version}/${ratio}.jpg`;
}

/** The size of a crop of `media`: its ratio, inside the image, at most 1 200 wide. */
export function cropSize(
  media: Pick<Media, 'width' | 'height'>,
  ratio: CropRatio,
): { width: number; height: number } {
  const [across = 1, down = 1] = ratio.split('x').map(Number);
  const width = Math.min(cropMaxWidth, media.width, Math.floor((media.height * across) / down));
  return { width, height: Math.round((width * down) / across) };
}

/** The crop an address's file name (`16x9.jpg`) names, or null. */
export function cropOfFile(file: string): CropRatio | null {
  return cropRatios.find((ratio) => file === `${ratio}.jpg`) ?? null;
}
