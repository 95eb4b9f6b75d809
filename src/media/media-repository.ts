/**
 * Media rows: images with their alt text, caption and credit, the library's search over
 * them, and the questions deleting one asks (does an article use it? do other entries share
 * its bytes?).
 */
import { type ExpressionBuilder, sql } from 'kysely';
import { documentMediaIds, type DocumentNodeJson } from '../content/document-schema.js';
import type { Media, MediaItem } from '../content/types.js';
import { Repository } from '../db/repository.js';
import type { Database, MediaRow, NewMediaRow } from '../db/schema.js';
import { normalizeArabic } from '../text/index.js';

type Described = Pick<MediaRow, 'alt' | 'caption' | 'credit' | 'originalName'>;

/** What search matches an entry by: its descriptions and file name, as search spells them. */
function searchTextOf(entry: Described): string {
  const parts = [entry.alt, entry.caption, entry.credit, entry.originalName];
  return normalizeArabic(parts.filter((part) => part !== null && part !== '').join('\n'));
}

/** A new entry; its search text is made here, and it was last changed when it was made. */
export type NewMedia = Omit<NewMediaRow, 'searchText' | 'updatedAt'>;

/** What a change may set; `updatedAt` is always set. */
export type MediaChanges = Partial<
  Pick<
    MediaRow,
    | 'alt'
    | 'caption'
    | 'credit'
    | 'storageKey'
    | 'mime'
    | 'width'
    | 'height'
    | 'byteSize'
    | 'version'
    | 'originalName'
  >
> &
  Pick<MediaRow, 'updatedAt'>;

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
    version: row.version,
  };
}

function toMediaItem(row: MediaRow & { uploaderName: string | null }): MediaItem {
  return {
    ...toMedia(row),
    originalName: row.originalName,
    byteSize: row.byteSize,
    uploadedBy:
      row.uploadedByUserId !== null && row.uploaderName !== null
        ? { userId: row.uploadedByUserId, name: row.uploaderName }
        : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** LIKE's wildcards, escaped with a backslash (declared with ESCAPE: SQLite has no default). */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Entries whose search text holds every word of `q`, however either is spelt. */
function matchingEveryWord(q: string) {
  const words = normalizeArabic(q).split(/\s+/).filter(Boolean);
  return (eb: ExpressionBuilder<Database, 'media'>) =>
    eb.and(
      words.map(
        (word) =>
          sql<boolean>`${eb.ref('media.searchText')} like ${`%${escapeLike(word)}%`} escape '\\'`,
      ),
    );
}

export class MediaRepository extends Repository {
  async insert(entry: NewMedia): Promise<Media> {
    const row = await this.writer
      .insertInto('media')
      .values({
        ...entry,
        updatedAt: entry.createdAt,
        searchText: searchTextOf({
          alt: entry.alt,
          caption: entry.caption ?? null,
          credit: entry.credit ?? null,
          originalName: entry.originalName ?? null,
        }),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toMedia(row);
  }

  /** Changes an entry, whose search text follows its descriptions. */
  async update(current: MediaItem, changes: MediaChanges): Promise<void> {
    const described = {
      alt: changes.alt ?? current.alt,
      caption: changes.caption === undefined ? current.caption : changes.caption,
      credit: changes.credit === undefined ? current.credit : changes.credit,
      originalName:
        changes.originalName === undefined ? current.originalName : changes.originalName,
    };
    await this.writer
      .updateTable('media')
      .set({ ...changes, searchText: searchTextOf(described) })
      .where('id', '=', current.id)
      .execute();
  }

  async delete(id: number): Promise<void> {
    await this.writer.deleteFrom('media').where('id', '=', id).execute();
  }

  private items() {
    return this.db
      .selectFrom('media')
      .leftJoin('userAccount', 'userAccount.id', 'media.uploadedByUserId')
      .selectAll('media')
      .select('userAccount.name as uploaderName');
  }

  async findById(id: number): Promise<MediaItem | null> {
    const row = await this.items().where('media.id', '=', id).executeTakeFirst();
    return row ? toMediaItem(row) : null;
  }

  /** Library entries, with when they were added and changed, by id. */
  async findItemsByIds(ids: readonly number[]): Promise<Map<number, MediaItem>> {
    if (ids.length === 0) return new Map();
    const rows = await this.items()
      .where('media.id', 'in', [...new Set(ids)])
      .execute();
    return new Map(rows.map((row) => [row.id, toMediaItem(row)]));
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

  /** The library, newest first; `q` keeps the entries that hold each of its words. */
  async list(query: {
    q?: string;
    limit: number;
    offset: number;
  }): Promise<{ items: MediaItem[]; total: number }> {
    const q = query.q?.trim() ?? '';
    const [rows, count] = await Promise.all([
      this.items()
        .$if(q !== '', (qb) => qb.where(matchingEveryWord(q)))
        .orderBy('media.createdAt', 'desc')
        .orderBy('media.id', 'desc')
        .limit(query.limit)
        .offset(query.offset)
        .execute(),
      this.db
        .selectFrom('media')
        .$if(q !== '', (qb) => qb.where(matchingEveryWord(q)))
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toMediaItem), total: Number(count.n) };
  }

  async isStorageKeyUsed(storageKey: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('media')
      .select('id')
      .where('storageKey', '=', storageKey)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** The articles that show an image: as their featured image, or in a figure of their body. */
  async articlesUsing(mediaId: number): Promise<number[]> {
    const rows = await this.db
      .selectFrom('article')
      .select(['id', 'featuredMediaId', 'body'])
      .where((eb) =>
        eb.or([
          eb('featuredMediaId', '=', mediaId),
          // Bodies are stored as compact JSON: a figure of this image has this text. The match
          // is narrowed to whole ids by reading the body.
          eb('body', 'like', `%"mediaId":${mediaId}%`),
        ]),
      )
      .orderBy('id')
      .execute();
    return rows
      .filter(
        (row) =>
          row.featuredMediaId === mediaId ||
          documentMediaIds(JSON.parse(row.body) as DocumentNodeJson).includes(mediaId),
      )
      .map((row) => row.id);
  }
}
