/**
 * The media library for the newsroom. Nothing slow happens inside a transaction, so every
 * change that brings bytes has two steps: the upload is checked, cleaned and stored first
 * (`MediaStore`), then the entry is written in a unit of work (`media-commands.ts`). Bytes no
 * entry uses any more — after a delete, a new image, or a failed upload — are removed after
 * the commit, as are the derivatives of the image an entry no longer shows.
 */
import type { Actor } from '../core/actor.js';
import { authorize } from '../core/permissions.js';
import { readRepositories, type RepositorySet } from '../core/repositories.js';
import { inTransaction, type UnitOfWorkContext } from '../core/unit-of-work.js';
import type { MediaItem } from '../content/types.js';
import { MidadError, ValidationError } from '../errors.js';
import * as commands from './media-commands.js';
import { originalNameOf } from './media-input.js';
import {
  cleanImage,
  type CleanImage,
  type MediaStore,
  type StoredOriginal,
} from './media-store.js';

export { addImage } from './media-commands.js';

/** Checks the bytes are an image Midad accepts and stores them. Run before the transaction. */
export function storeImage(store: MediaStore, bytes: Buffer): Promise<StoredOriginal> {
  return store.saveOriginal(bytes);
}

/** A file as it arrived: its bytes (null when none was sent) and the name it was sent with. */
export interface UploadedFile {
  bytes: Buffer | null;
  fileName: string | null;
}

export interface LibraryPage {
  items: MediaItem[];
  total: number;
  page: number;
  perPage: number;
}

export class MediaService {
  private readonly read: RepositorySet;

  constructor(
    private readonly context: UnitOfWorkContext,
    private readonly store: MediaStore,
  ) {
    this.read = readRepositories(context.db);
  }

  private run<T>(work: Parameters<typeof inTransaction<T>>[1]): Promise<T> {
    return inTransaction(this.context, work);
  }

  async library(
    actor: Actor,
    query: { q?: string; page: number; perPage: number },
  ): Promise<LibraryPage> {
    authorize(actor, 'media.upload');
    const { items, total } = await this.read.media.list({
      ...(query.q ? { q: query.q } : {}),
      limit: query.perPage,
      offset: (query.page - 1) * query.perPage,
    });
    return { items, total, page: query.page, perPage: query.perPage };
  }

  async item(actor: Actor, id: number): Promise<MediaItem> {
    authorize(actor, 'media.upload');
    const media = await this.read.media.findById(id);
    if (!media) throw new MidadError('not_found');
    return media;
  }

  /** A new library entry: descriptions checked first, then the bytes, then the row. */
  async upload(
    actor: Actor,
    file: UploadedFile,
    description: { alt: string; caption?: string | null; credit?: string | null },
  ): Promise<MediaItem> {
    authorize(actor, 'media.upload');
    const checked = commands.checkDescription(description);
    const image = await this.storeUpload(file);
    const media = await this.recording(image, () =>
      this.run((uow) =>
        commands.addImage(uow, actor, image, checked, originalNameOf(file.fileName)),
      ),
    );
    return this.item(actor, media.id);
  }

  async describe(actor: Actor, id: number, input: unknown): Promise<MediaItem> {
    await this.run((uow) => commands.describeImage(uow, actor, id, input));
    return this.item(actor, id);
  }

  /** Another image for an entry: a new version, whose addresses are new; the old ones redirect. */
  async replaceFile(actor: Actor, id: number, file: UploadedFile): Promise<MediaItem> {
    commands.authorizeChange(actor, await this.item(actor, id));
    const image = await this.storeUpload(file);
    const before = await this.recording(image, () =>
      this.run((uow) =>
        commands.replaceImage(uow, actor, id, image, originalNameOf(file.fileName)),
      ),
    );
    await this.store.removeDerivatives(before);
    if (before.storageKey !== image.storageKey) await this.reclaim(before);
    return this.item(actor, id);
  }

  /** Deletes an entry no article shows; its bytes go when no other entry shares them. */
  async delete(actor: Actor, id: number): Promise<void> {
    const deleted = await this.run((uow) => commands.deleteImage(uow, actor, id));
    await this.store.removeDerivatives(deleted);
    await this.reclaim(deleted);
  }

  private async storeUpload(file: UploadedFile): Promise<CleanImage> {
    if (file.bytes === null) throw ValidationError.of('file', 'required');
    const image = await cleanImage(file.bytes);
    await this.store.keep(image);
    return image;
  }

  /**
   * Runs the unit of work that records a stored image. When it fails, the bytes go again
   * unless another entry uses them; when it commits, they are stored again if a delete of
   * another entry with the same bytes took them away in the meantime.
   */
  private async recording<T>(image: CleanImage, record: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await record();
    } catch (error) {
      await this.reclaim(image);
      throw error;
    }
    await this.store.keep(image);
    return result;
  }

  private reclaim(original: StoredOriginal): Promise<void> {
    return this.store.reclaim(original, () =>
      this.read.media.isStorageKeyUsed(original.storageKey),
    );
  }
}
