/**
 * An article as one value: its row with its byline and tags. Revisions store it as JSON;
 * the article service compares two of them for events (which sections, tags and people a
 * change touched) and for diffs.
 */
import type { ArticleRow, ArticleStatus, ArticleType, Language } from '../db/schema.js';
import type { ArticleChange } from '../events/domain-events.js';
import type { DocumentJson } from './document-schema.js';
import { isPublicStatus } from './workflow.js';

export interface ArticleSnapshot {
  type: ArticleType;
  language: Language;
  slug: string;
  title: string;
  subtitle: string | null;
  excerpt: string | null;
  body: DocumentJson;
  sectionId: number | null;
  tagIds: number[];
  authorIds: number[];
  featuredImageId: number | null;
  sourceName: string | null;
  sourceUrl: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  canonicalUrl: string | null;
  isBreaking: boolean;
  isFeatured: boolean;
  /** The article (in the other language) this one translates. */
  translationOfId: number | null;
  status: ArticleStatus;
  publishedAt: string | null;
  scheduledAt: string | null;
}

/**
 * The fields a revision restores: the content, not where it is in the workflow, nor which
 * article it translates (a link another article may have taken since).
 */
export const contentFieldNames = [
  'type',
  'language',
  'slug',
  'title',
  'subtitle',
  'excerpt',
  'body',
  'sectionId',
  'tagIds',
  'authorIds',
  'featuredImageId',
  'sourceName',
  'sourceUrl',
  'seoTitle',
  'seoDescription',
  'canonicalUrl',
  'isBreaking',
  'isFeatured',
] as const satisfies readonly (keyof ArticleSnapshot)[];

export interface LoadedArticle {
  row: ArticleRow;
  snapshot: ArticleSnapshot;
}

export function snapshotOf(
  row: ArticleRow,
  authorIds: readonly number[],
  tagIds: readonly number[],
  translationOfId: number | null,
): ArticleSnapshot {
  return {
    type: row.type,
    language: row.language,
    slug: row.slug,
    title: row.title,
    subtitle: row.subtitle,
    excerpt: row.excerpt,
    body: JSON.parse(row.body) as DocumentJson,
    sectionId: row.sectionId,
    tagIds: [...tagIds],
    authorIds: [...authorIds],
    featuredImageId: row.featuredMediaId,
    sourceName: row.sourceName,
    sourceUrl: row.sourceUrl,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    canonicalUrl: row.canonicalUrl,
    isBreaking: row.isBreaking === 1,
    isFeatured: row.isFeatured === 1,
    translationOfId,
    status: row.status,
    publishedAt: row.publishedAt,
    scheduledAt: row.scheduledAt,
  };
}

/** A stored snapshot, read defensively: a revision written by an older version still opens. */
export function parseSnapshot(json: string): ArticleSnapshot {
  const value = JSON.parse(json) as Partial<ArticleSnapshot>;
  const ids = (list: unknown) =>
    Array.isArray(list) ? list.filter((id): id is number => Number.isSafeInteger(id)) : [];
  return {
    type: value.type ?? 'news',
    language: value.language ?? 'ar',
    slug: value.slug ?? '',
    title: value.title ?? '',
    subtitle: value.subtitle ?? null,
    excerpt: value.excerpt ?? null,
    body:
      typeof value.body === 'object' && value.body !== null
        ? value.body
        : { type: 'doc', content: [{ type: 'paragraph' }] },
    sectionId: value.sectionId ?? null,
    tagIds: ids(value.tagIds),
    authorIds: ids(value.authorIds),
    featuredImageId: value.featuredImageId ?? null,
    sourceName: value.sourceName ?? null,
    sourceUrl: value.sourceUrl ?? null,
    seoTitle: value.seoTitle ?? null,
    seoDescription: value.seoDescription ?? null,
    canonicalUrl: value.canonicalUrl ?? null,
    isBreaking: value.isBreaking ?? false,
    isFeatured: value.isFeatured ?? false,
    translationOfId:
      typeof value.translationOfId === 'number' && Number.isSafeInteger(value.translationOfId)
        ? value.translationOfId
        : null,
    status: value.status ?? 'draft',
    publishedAt: value.publishedAt ?? null,
    scheduledAt: value.scheduledAt ?? null,
  };
}

/** What an event about this change carries: everything it touched, before and after. */
export function articleChange(
  articleId: number,
  before: ArticleSnapshot | null,
  after: ArticleSnapshot,
): ArticleChange {
  const union = (pick: (s: ArticleSnapshot) => (number | null)[]) =>
    [...new Set([...(before ? pick(before) : []), ...pick(after)])].filter(
      (id): id is number => id !== null,
    );
  return {
    articleId,
    language: after.language,
    status: after.status,
    wasPublic: before !== null && before.status === 'published',
    isPublic: after.status === 'published',
    wasEverPublic:
      after.status === 'published' || before?.status === 'published' || before?.publishedAt != null,
    sectionIds: union((s) => [s.sectionId]),
    tagIds: union((s) => s.tagIds),
    personIds: union((s) => s.authorIds),
    breaking: (before?.isBreaking ?? false) || after.isBreaking,
    translationIds: union((s) => [s.translationOfId]),
    listsChanged:
      before === null ||
      (before.status === 'published') !== (after.status === 'published') ||
      before.sectionId !== after.sectionId ||
      before.publishedAt !== after.publishedAt ||
      !sameIds(before.tagIds, after.tagIds) ||
      !sameIds(before.authorIds, after.authorIds),
  };
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

export { isPublicStatus };
