/**
 * The database as Kysely sees it: one interface per table, the same on SQLite and
 * PostgreSQL. Column names are snake_case in SQL and camelCase here (CamelCasePlugin).
 *
 * Portable storage choices, made once for both dialects:
 * - times are ISO-8601 UTC strings (`text` on SQLite, `timestamptz` on PostgreSQL, read
 *   back as ISO strings by the pg type parser in `database.ts`);
 * - flags are integers 0/1 (SQLite has no boolean, and better-sqlite3 cannot bind one);
 * - JSON documents are text.
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** An ISO-8601 timestamp in UTC, e.g. `2026-11-29T05:10:00.000Z`. */
export type Timestamp = string;
export type Flag = 0 | 1;

export const articleTypes = ['news', 'analysis', 'opinion', 'interview', 'report'] as const;
export type ArticleType = (typeof articleTypes)[number];

export const articleStatuses = [
  'draft',
  'in_review',
  'scheduled',
  'published',
  'archived',
] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

export const languages = ['ar', 'en'] as const;
export type Language = (typeof languages)[number];

export interface ArticleTable {
  id: Generated<number>;
  type: ArticleType;
  slug: string;
  title: string;
  subtitle: string | null;
  excerpt: string | null;
  /** ProseMirror JSON, validated against the document schema before it is stored. */
  body: string;
  language: Language;
  status: ArticleStatus;
  publishedAt: Timestamp | null;
  createdAt: ColumnType<Timestamp, Timestamp, never>;
  updatedAt: Timestamp;
  sectionId: number | null;
  featuredMediaId: number | null;
  sourceName: string | null;
  sourceUrl: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  canonicalUrl: string | null;
  isBreaking: Flag;
  isFeatured: Flag;
  version: number;
}

export interface ArticleAuthorTable {
  articleId: number;
  personId: number;
  position: number;
}

export interface ArticleTagTable {
  articleId: number;
  tagId: number;
  position: number;
}

export interface SectionTable {
  id: Generated<number>;
  slug: string;
  name: string;
  description: string | null;
  language: Language;
  parentId: number | null;
  position: number;
  createdAt: ColumnType<Timestamp, Timestamp, never>;
}

export interface TagTable {
  id: Generated<number>;
  slug: string;
  name: string;
  language: Language;
  createdAt: ColumnType<Timestamp, Timestamp, never>;
}

export interface PersonTable {
  id: Generated<number>;
  slug: string;
  name: string;
  /** Job title shown beside a byline, e.g. «كاتب عمود» or «محررة الطاقة». */
  jobTitle: string | null;
  bio: string | null;
  avatarMediaId: number | null;
  /** JSON array of `{ label, url }`. */
  links: string;
  language: Language;
  createdAt: ColumnType<Timestamp, Timestamp, never>;
}

export interface MediaTable {
  id: Generated<number>;
  /** Storage key under the media directory; never derived from a user-supplied path. */
  storageKey: string;
  mime: string;
  width: number;
  height: number;
  byteSize: number;
  alt: string;
  caption: string | null;
  credit: string | null;
  createdAt: ColumnType<Timestamp, Timestamp, never>;
}

export interface RedirectTable {
  id: Generated<number>;
  fromPath: string;
  toPath: string;
  statusCode: 301 | 302;
  createdAt: ColumnType<Timestamp, Timestamp, never>;
}

export interface SettingTable {
  key: string;
  /** JSON value. */
  value: string;
}

export interface Database {
  article: ArticleTable;
  articleAuthor: ArticleAuthorTable;
  articleTag: ArticleTagTable;
  section: SectionTable;
  tag: TagTable;
  person: PersonTable;
  media: MediaTable;
  redirect: RedirectTable;
  setting: SettingTable;
}

export type ArticleRow = Selectable<ArticleTable>;
export type NewArticleRow = Insertable<ArticleTable>;
export type ArticleRowUpdate = Updateable<ArticleTable>;
export type SectionRow = Selectable<SectionTable>;
export type NewSectionRow = Insertable<SectionTable>;
export type TagRow = Selectable<TagTable>;
export type NewTagRow = Insertable<TagTable>;
export type PersonRow = Selectable<PersonTable>;
export type NewPersonRow = Insertable<PersonTable>;
export type MediaRow = Selectable<MediaTable>;
export type NewMediaRow = Insertable<MediaTable>;
export type RedirectRow = Selectable<RedirectTable>;
