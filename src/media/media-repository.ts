/** Media rows: images with their alt text, caption and credit. */
import { Repository } from '../db/repository.js';
import type { MediaRow, NewMediaRow } from '../db/schema.js';
import type { Media } from '../content/types.js';

export function toMedia(row: MediaRow): Media {
  return {
    id: row.id,
    storageKey: row.storageKey,
    mime: row.mime,
    width: row.width,
    height: row.height,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
  };
}

export class MediaRepository extends Repository {
  async insert(row: NewMediaRow): Promise<Media> {
    const inserted = await this.writer
      .insertInto('media')
      .values(row)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toMedia(inserted);
  }

  async findById(id: number): Promise<Media | null> {
    const row = await this.db
      .selectFrom('media')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toMedia(row) : null;
  }

  async findByStorageKey(storageKey: string): Promise<Media | null> {
    const row = await this.db
      .selectFrom('media')
      .selectAll()
      .where('storageKey', '=', storageKey)
      .executeTakeFirst();
    return row ? toMedia(row) : null;
  }

  async findByIds(ids: readonly number[]): Promise<Map<number, Media>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('media')
      .selectAll()
      .where('id', 'in', [...new Set(ids)])
      .execute();
    return new Map(rows.map((row) => [row.id, toMedia(row)]));
  }
}
