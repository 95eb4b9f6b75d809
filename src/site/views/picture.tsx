/**
 * A responsive image: AVIF and WebP sources plus a JPEG fallback at the widths the media
 * store makes (see `widthsFor`). Width and height are always set, so nothing shifts.
 */
import type { Media } from '../../content/types.js';
import { mediaUrl, widthsFor, type ImageFormat } from '../paths.js';

export interface PictureProps {
  media: Media;
  /** The `sizes` attribute: how wide the image is drawn at each viewport. */
  sizes: string;
  /** The page's main image: load it first instead of lazily. */
  isPriority?: boolean;
  class?: string;
}

function srcset(media: Media, format: ImageFormat): string {
  return widthsFor(media)
    .map((width) => `${mediaUrl(media, width, format)} ${width}w`)
    .join(', ');
}

/** The fallback `src`: the 640 JPEG, or the largest one when the image is smaller. */
export function fallbackWidth(media: Media): number {
  const widths = widthsFor(media);
  return widths.includes(640) ? 640 : (widths.at(-1) ?? media.width);
}

/** The widest JPEG the store makes of this image (for og:image and JSON-LD). */
export function largestWidth(media: Pick<Media, 'width'>): number {
  return widthsFor(media).at(-1) ?? media.width;
}

export function Picture({ media, sizes, isPriority = false, class: className }: PictureProps) {
  return (
    <picture class={className}>
      <source type="image/avif" srcset={srcset(media, 'avif')} sizes={sizes} />
      <source type="image/webp" srcset={srcset(media, 'webp')} sizes={sizes} />
      <img
        src={mediaUrl(media, fallbackWidth(media), 'jpeg')}
        srcset={srcset(media, 'jpeg')}
        sizes={sizes}
        width={media.width}
        height={media.height}
        alt={media.alt}
        loading={isPriority ? 'eager' : 'lazy'}
        decoding="async"
        fetchpriority={isPriority ? 'high' : undefined}
      />
    </picture>
  );
}
