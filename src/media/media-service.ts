/**
 * Adding images to the media library in two steps, because nothing slow happens inside a
 * transaction: `storeImage` checks and writes the bytes (before), `addImage` writes the row
 * with its descriptions inside the unit of work (and says when the same bytes were already
 * in the library, rather than silently handing back the old row).
 */
import type { Actor } from '../core/actor.js';
import { authorize } from '../core/permissions.js';
import type { UnitOfWork } from '../core/unit-of-work.js';
import type { Media } from '../content/types.js';
import { ValidationError } from '../errors.js';
import type { MediaStore, StoredOriginal } from './media-store.js';

export interface ImageDescription {
  alt: string;
  caption?: string | null;
  credit?: string | null;
}

/** An alt text must describe the image: not empty, and not a file name. */
export function checkAltText(alt: string): string {
  const trimmed = alt.trim();
  if (trimmed === '') throw ValidationError.of('alt', 'required');
  if (
    /\.(jpe?g|png|webp|avif|gif)$/i.test(trimmed) ||
    (/^[\w-]+$/.test(trimmed) && /[_-]/.test(trimmed))
  ) {
    throw ValidationError.of('alt', 'alt_is_file_name');
  }
  if ([...trimmed].length > 500) throw ValidationError.of('alt', 'too_long', { limit: 500 });
  return trimmed;
}

/** Checks the bytes are an image Midad accepts and stores them. Run before the transaction. */
export function storeImage(store: MediaStore, bytes: Buffer): Promise<StoredOriginal> {
  return store.saveOriginal(bytes);
}

export async function addImage(
  uow: UnitOfWork,
  actor: Actor,
  stored: StoredOriginal,
  description: ImageDescription,
): Promise<{ media: Media; isNew: boolean }> {
  authorize(actor, 'media.upload');
  const alt = checkAltText(description.alt);
  const existing = await uow.media.findByStorageKey(stored.storageKey);
  if (existing) return { media: existing, isNew: false };
  const media = await uow.media.insert({
    ...stored,
    alt,
    caption: description.caption?.trim() || null,
    credit: description.credit?.trim() || null,
    createdAt: uow.nowIso,
  });
  uow.emit('media.changed', { mediaId: media.id, change: 'created' });
  return { media, isNew: true };
}
