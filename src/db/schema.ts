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
import type { Language } from '../text/language.js';

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
  'unpublished',
  'archived',
] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

export { languages, type Language } from '../text/language.js';

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
  /** Raised by one on every change; an update names the version it started from. */
  version: number;
  /** When a `scheduled` article is to be published. */
  scheduledAt: Timestamp | null;
  /** The newsroom user who created it: authors and contributors may change their own. */
  ownerUserId: number | null;
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

/** An article that translates another (in the other language): one row per pair. */
export interface ArticleTranslationTable {
  articleId: number;
  translationOfId: number;
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
  /**
   * The stored original's key in the media store, named by its content hash; never derived
   * from a user-supplied name. Several entries may share one (the same bytes uploaded twice).
   */
  storageKey: string;
  mime: string;
  width: number;
  height: number;
  byteSize: number;
  alt: string;
  caption: string | null;
  credit: string | null;
  createdAt: ColumnType<Timestamp, Timestamp, never>;
  /** Raised by one whenever the image itself changes, so its addresses change with it. */
  version: Generated<number>;
  /** The uploaded file's name, shown in the library; never used as a path. */
  originalName: string | null;
  uploadedByUserId: number | null;
  updatedAt: Timestamp;
  /** Alt text, caption, credit and file name as search spells them (`normalizeArabic`). */
  searchText: string;
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

export const roles = ['administrator', 'editor', 'author', 'contributor'] as const;
export type Role = (typeof roles)[number];

export interface UserAccountTable {
  id: Generated<number>;
  /** Stored lower-cased; unique. */
  email: string;
  name: string;
  role: Role;
  /** The language of the newsroom's interface for this user. */
  language: Language;
  /** argon2id; null for an account that has never set a password (imported, invited). */
  passwordHash: string | null;
  /** The person whose byline this user writes under, if any. */
  personId: number | null;
  /** Base32 TOTP secret; enabled only once `totpEnabledAt` is set. */
  totpSecret: string | null;
  totpEnabledAt: Timestamp | null;
  disabledAt: Timestamp | null;
  lastLoginAt: Timestamp | null;
  createdAt: ColumnType<Timestamp, Timestamp, never>;
  updatedAt: Timestamp;
}

export interface SessionTable {
  /** SHA-256 of the cookie's token: the token itself is never stored. */
  id: string;
  userId: number;
  csrfToken: string;
  /** Signed in with a password, still to give the second factor. */
  isMfaPending: Flag;
  ip: string | null;
  userAgent: string | null;
  createdAt: ColumnType<Timestamp, Timestamp, never>;
  lastSeenAt: Timestamp;
  /** The absolute end of the session, whatever its activity. */
  expiresAt: Timestamp;
}

export interface ApiTokenTable {
  id: Generated<number>;
  name: string;
  role: Role;
  /** The user the token acts for (its articles are theirs); null for an integration's token. */
  userId: number | null;
  /** SHA-256 of the token. */
  tokenHash: string;
  /** The token's first characters, to recognise it in a list. */
  tokenPrefix: string;
  createdByUserId: number | null;
  createdAt: ColumnType<Timestamp, Timestamp, never>;
  lastUsedAt: Timestamp | null;
  expiresAt: Timestamp | null;
  revokedAt: Timestamp | null;
}

export interface RecoveryCodeTable {
  id: Generated<number>;
  userId: number;
  codeHash: string;
  usedAt: Timestamp | null;
  createdAt: ColumnType<Timestamp, Timestamp, never>;
}

export interface InvitationTable {
  id: Generated<number>;
  email: string;
  name: string | null;
  role: Role;
  tokenHash: string;
  invitedByUserId: number | null;
  createdAt: ColumnType<Timestamp, Timestamp, never>;
  expiresAt: Timestamp;
  acceptedAt: Timestamp | null;
  revokedAt: Timestamp | null;
}

/** A failed sign-in, counted per account and per address to slow down guessing. */
export interface LoginAttemptTable {
  id: Generated<number>;
  /** `account:<email>` or `ip:<address>`. */
  key: string;
  attemptedAt: Timestamp;
}

export const revisionKinds = ['created', 'saved', 'restored', 'status', 'refused'] as const;
export type RevisionKind = (typeof revisionKinds)[number];

export interface ArticleRevisionTable {
  id: Generated<number>;
  articleId: number;
  /** The article's version after this change; for a refused save, the version it started from. */
  version: number;
  kind: RevisionKind;
  /** JSON: the article's content as it was after this change (or as the refused save had it). */
  snapshot: string;
  actorUserId: number | null;
  /** Who made the change, as shown in the history (a user's name, a token's name, the scheduler). */
  actorName: string;
  /** Moved only when a later save of the same sitting replaces the revision. */
  createdAt: ColumnType<Timestamp, Timestamp, Timestamp>;
}

/** The outbox: every domain event, written in the transaction that caused it. */
export interface EventTable {
  id: Generated<number>;
  type: string;
  /** JSON. */
  payload: string;
  createdAt: ColumnType<Timestamp, Timestamp, never>;
}

export const jobStatuses = ['pending', 'running', 'done', 'failed', 'cancelled'] as const;
export type JobStatus = (typeof jobStatuses)[number];

export interface JobTable {
  id: Generated<number>;
  kind: string;
  /** JSON. */
  payload: string;
  /** At most one pending job per key, e.g. `publish-article:12`. */
  dedupeKey: string | null;
  status: JobStatus;
  runAt: Timestamp;
  attempts: Generated<number>;
  maxAttempts: number;
  /** The process that claimed it, and until when its claim holds. */
  lockedBy: string | null;
  lockedUntil: Timestamp | null;
  lastError: string | null;
  createdAt: ColumnType<Timestamp, Timestamp, never>;
  updatedAt: Timestamp;
  finishedAt: Timestamp | null;
}

/** The search index: an article's analyzed terms by field (space-separated), while published. */
export interface SearchDocumentTable {
  articleId: number;
  language: Language;
  sectionId: number | null;
  publishedAt: Timestamp;
  titleTerms: string;
  dekTerms: string;
  metaTerms: string;
  bodyTerms: string;
}

/** The vocabulary «did you mean» suggestions come from: a term and a way it was written. */
export interface SearchTermTable {
  language: Language;
  term: string;
  word: string;
  /** The term's first letter and its length in letters, to find near spellings. */
  initial: string;
  length: number;
}

/** An address administrators registered to hear of changes. */
export interface WebhookTable {
  id: Generated<number>;
  url: string;
  description: string | null;
  /** JSON: the event names it asks for. */
  events: string;
  /** What its deliveries are signed with (HMAC-SHA256). */
  secret: string;
  /** Whether it may be on a loopback or private address (an administrator's choice). */
  allowPrivate: Flag;
  isActive: Flag;
  createdByUserId: number | null;
  createdAt: ColumnType<Timestamp, Timestamp, never>;
  updatedAt: Timestamp;
}

export const deliveryStatuses = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/** One event sent, or to send, to one webhook. */
export interface WebhookDeliveryTable {
  id: Generated<number>;
  webhookId: number;
  event: string;
  /** JSON: the body sent. */
  payload: string;
  status: DeliveryStatus;
  attempts: Generated<number>;
  lastStatus: number | null;
  /** The start of the last answer's body. */
  lastResponse: string | null;
  lastError: string | null;
  createdAt: ColumnType<Timestamp, Timestamp, never>;
  updatedAt: Timestamp;
  deliveredAt: Timestamp | null;
}

export interface Database {
  article: ArticleTable;
  articleAuthor: ArticleAuthorTable;
  articleTag: ArticleTagTable;
  articleTranslation: ArticleTranslationTable;
  section: SectionTable;
  tag: TagTable;
  person: PersonTable;
  media: MediaTable;
  redirect: RedirectTable;
  setting: SettingTable;
  userAccount: UserAccountTable;
  session: SessionTable;
  apiToken: ApiTokenTable;
  recoveryCode: RecoveryCodeTable;
  invitation: InvitationTable;
  loginAttempt: LoginAttemptTable;
  articleRevision: ArticleRevisionTable;
  event: EventTable;
  job: JobTable;
  searchDocument: SearchDocumentTable;
  searchTerm: SearchTermTable;
  webhook: WebhookTable;
  webhookDelivery: WebhookDeliveryTable;
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
export type MediaRowUpdate = Updateable<MediaTable>;
export type RedirectRow = Selectable<RedirectTable>;
export type UserAccountRow = Selectable<UserAccountTable>;
export type SessionRow = Selectable<SessionTable>;
export type ApiTokenRow = Selectable<ApiTokenTable>;
export type InvitationRow = Selectable<InvitationTable>;
export type ArticleRevisionRow = Selectable<ArticleRevisionTable>;
export type EventRow = Selectable<EventTable>;
export type JobRow = Selectable<JobTable>;
