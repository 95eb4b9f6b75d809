/**
 * Changing the media library, each change inside the unit of work that records it: adding
 * an entry for bytes already stored, describing it again, giving it a new image (a new
 * version, so new addresses), deleting it while no article shows it. Anyone in the newsroom
 * may add images; editors may change any entry, everyone else the ones they uploaded.
 */
import type { Actor } from '../core/actor.js';
import { authorize, can } from '../core/permissions.js';
import type { UnitOfWork } from '../core/unit-of-work.js';
import { validator } from '../core/validation.js';
import type { Media, MediaItem } from '../content/types.js';
import { MidadError } from '../errors.js';
import {
  checkAltText,
  MediaDescriptionSchema,
  MediaUpdateSchema,
  optionalText,
  type MediaDescription,
} from './media-input.js';
import type { StoredOriginal } from './media-store.js';

const checkDescriptionSchema = validator(MediaDescriptionSchema);
const checkUpdate = validator(MediaUpdateSchema);

/** An image's descriptions, checked: the alt text describes it, the rest is trimmed. */
export function checkDescription(description: {
  alt: string;
  caption?: string | null;
  credit?: string | null;
}): MediaDescription & { caption: string | null; credit: string | null } {
  const input = checkDescriptionSchema({
    alt: description.alt,
    caption: description.caption ?? null,
    credit: description.credit ?? null,
  });
  return {
    alt: checkAltText(input.alt),
    caption: optionalText(input.caption),
    credit: optionalText(input.credit),
  };
}

/** Editors change any entry; everyone else only what they uploaded themselves. */
export function authorizeChange(actor: Actor, media: MediaItem): void {
  if (can(actor, 'media.manage')) return;
  authorize(actor, 'media.upload');
  const isUploader = actor.userId !== null && media.uploadedBy?.userId === actor.userId;
  if (!isUploader) throw new MidadError('forbidden');
}

/** The stored original's facts, and nothing else the caller's object may carry (its bytes). */
function originalFields(stored: StoredOriginal): StoredOriginal {
  const { storageKey, mime, width, height, byteSize } = stored;
  return { storageKey, mime, width, height, byteSize };
}

async function existing(uow: UnitOfWork, id: number): Promise<MediaItem> {
  const media = await uow.media.findById(id);
  if (!media) throw new MidadError('not_found');
  return media;
}

/**
 * A new library entry for stored bytes. The same bytes uploaded again make another entry,
 * with its own descriptions, sharing the stored file.
 */
export async function addImage(
  uow: UnitOfWork,
  actor: Actor,
  stored: StoredOriginal,
  description: { alt: string; caption?: string | null; credit?: string | null },
  originalName: string | null = null,
): Promise<Media> {
  authorize(actor, 'media.upload');
  const media = await uow.media.insert({
    ...originalFields(stored),
    ...checkDescription(description),
    originalName,
    uploadedByUserId: actor.userId,
    createdAt: uow.nowIso,
  });
  uow.emit('media.changed', { mediaId: media.id, change: 'created' });
  return media;
}

/** New alt text, caption or credit: the image is the same, so its version and addresses are. */
export async function describeImage(
  uow: UnitOfWork,
  actor: Actor,
  id: number,
  input: unknown,
): Promise<void> {
  const changes = checkUpdate(input);
  const media = await existing(uow, id);
  authorizeChange(actor, media);
  await uow.media.update(media, {
    ...(changes.alt === undefined ? {} : { alt: checkAltText(changes.alt) }),
    ...(changes.caption === undefined ? {} : { caption: optionalText(changes.caption) }),
    ...(changes.credit === undefined ? {} : { credit: optionalText(changes.credit) }),
    updatedAt: uow.nowIso,
  });
  uow.emit('media.changed', { mediaId: id, change: 'updated' });
}

/** Another image for an entry, under its descriptions: a new version. Returns the one before. */
export async function replaceImage(
  uow: UnitOfWork,
  actor: Actor,
  id: number,
  stored: StoredOriginal,
  originalName: string | null,
): Promise<MediaItem> {
  const before = await existing(uow, id);
  authorizeChange(actor, before);
  await uow.media.update(before, {
    ...originalFields(stored),
    originalName,
    version: before.version + 1,
    updatedAt: uow.nowIso,
  });
  uow.emit('media.changed', { mediaId: id, change: 'updated' });
  return before;
}

/** Deletes an entry no article shows (`in_use` names how many do). Returns what it was. */
export async function deleteImage(uow: UnitOfWork, actor: Actor, id: number): Promise<MediaItem> {
  const media = await existing(uow, id);
  authorizeChange(actor, media);
  const articleIds = await uow.media.articlesUsing(id);
  if (articleIds.length > 0) {
    throw new MidadError(
      'in_use',
      { uses: articleIds.length },
      { uses: articleIds.length, articleIds },
    );
  }
  await uow.media.delete(id);
  uow.emit('media.changed', { mediaId: id, change: 'deleted' });
  return media;
}
