/** Adding images to the media library: bytes checked and stored, then the row with its descriptions. */
import type { Media } from '../content/types.js';
import { ValidationError } from '../errors.js';
import type { MediaRepository } from './media-repository.js';
import type { MediaStore } from './media-store.js';

export interface ImageDescription {
  alt: string;
  caption?: string | null;
  credit?: string | null;
}

/** An alt text must describe the image: not empty, and not a file name. */
export function checkAltText(alt: string): string {
  const trimmed = alt.trim();
  if (trimmed === '')
    throw new ValidationError('alt', 'is required: describe what the image shows');
  if (
    /\.(jpe?g|png|webp|avif|gif)$/i.test(trimmed) ||
    (/^[\w-]+$/.test(trimmed) && /[_-]/.test(trimmed))
  ) {
    throw new ValidationError('alt', 'looks like a file name: describe what the image shows');
  }
  if (trimmed.length > 500) throw new ValidationError('alt', 'is longer than 500 characters');
  return trimmed;
}

export async function addImage(
  repository: MediaRepository,
  store: MediaStore,
  bytes: Buffer,
  description: ImageDescription,
  now = new Date(),
): Promise<Media> {
  const alt = checkAltText(description.alt);
  const stored = await store.saveOriginal(bytes);
  const existing = await repository.findByStorageKey(stored.storageKey);
  if (existing) return existing;
  return repository.insert({
    ...stored,
    alt,
    caption: description.caption?.trim() || null,
    credit: description.credit?.trim() || null,
    createdAt: now.toISOString(),
  });
}
