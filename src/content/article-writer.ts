/**
 * Creating content, with the content model's rules: a body valid against the document
 * schema, a slug that keeps Arabic letters, images with alt text before anything is
 * published, a byline of existing people. Every rule is checked before the first write,
 * and the article, its byline and its tags are written in one transaction.
 */
import {
  articleStatuses,
  articleTypes,
  languages,
  type ArticleStatus,
  type ArticleType,
  type Language,
} from '../db/schema.js';
import { ValidationError } from '../errors.js';
import { slugify } from '../text/index.js';
import type { ContentService } from './content-service.js';
import {
  documentMediaIds,
  InvalidDocumentError,
  isSafeHref,
  parseDocument,
} from './document-schema.js';

export interface ArticleInput {
  type: ArticleType;
  language: Language;
  title: string;
  subtitle?: string | null;
  excerpt?: string | null;
  body: unknown;
  status: ArticleStatus;
  /** Required for scheduled articles; defaults to now for published ones. */
  publishedAt?: string | null;
  updatedAt?: string | null;
  slug?: string | null;
  sectionId?: number | null;
  authorIds?: number[];
  tagIds?: number[];
  featuredMediaId?: number | null;
  sourceName?: string | null;
  sourceUrl?: string | null;
  seoTitle?: string | null;
  seoDescription?: string | null;
  canonicalUrl?: string | null;
  isBreaking?: boolean;
  isFeatured?: boolean;
}

const limits = {
  title: 300,
  subtitle: 500,
  excerpt: 1000,
  seoTitle: 200,
  seoDescription: 400,
  sourceName: 200,
};

function text(
  field: keyof typeof limits,
  value: string | null | undefined,
  required = false,
): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') {
    if (required) throw new ValidationError(field, 'is required');
    return null;
  }
  if (trimmed.length > limits[field]) {
    throw new ValidationError(field, `is longer than ${limits[field]} characters`);
  }
  return trimmed;
}

function webUrl(field: string, value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return null;
  if (!isSafeHref(trimmed) || trimmed.startsWith('/') || trimmed.startsWith('mailto:')) {
    throw new ValidationError(field, 'must be an http:// or https:// URL');
  }
  return trimmed;
}

function timestamp(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new ValidationError(field, 'is not a date and time');
  return date.toISOString();
}

export async function createArticle(
  service: ContentService,
  input: ArticleInput,
  now = new Date(),
): Promise<number> {
  if (!articleTypes.includes(input.type))
    throw new ValidationError('type', `must be one of ${articleTypes.join(', ')}`);
  if (!languages.includes(input.language))
    throw new ValidationError('language', 'must be ar or en');
  if (!articleStatuses.includes(input.status)) {
    throw new ValidationError('status', `must be one of ${articleStatuses.join(', ')}`);
  }
  const title = text('title', input.title, true) ?? '';
  let body;
  try {
    body = parseDocument(input.body).toJSON() as { type: 'doc' };
  } catch (error) {
    if (error instanceof InvalidDocumentError) throw new ValidationError('body', error.message);
    throw error;
  }
  const nowIso = now.toISOString();
  let publishedAt = timestamp('publishedAt', input.publishedAt);
  if (input.status === 'published') publishedAt ??= nowIso;
  if (input.status === 'scheduled' && (publishedAt === null || publishedAt <= nowIso)) {
    throw new ValidationError(
      'publishedAt',
      'a scheduled article needs a publication time in the future',
    );
  }
  const updatedAt = timestamp('updatedAt', input.updatedAt) ?? publishedAt ?? nowIso;
  const slug =
    slugify(input.slug?.trim() || title) || (input.language === 'ar' ? 'مقال' : 'article');

  if (input.sectionId != null) {
    const sections = await service.taxonomy.findSectionsByIds([input.sectionId]);
    const section = sections.get(input.sectionId);
    if (!section) throw new ValidationError('sectionId', `no section has id ${input.sectionId}`);
  }
  const authorIds = [...new Set(input.authorIds ?? [])];
  const authors = await service.taxonomy.authorsExist(authorIds);
  const missingAuthor = authorIds.find((id) => !authors.has(id));
  if (missingAuthor !== undefined)
    throw new ValidationError('authorIds', `no person has id ${missingAuthor}`);
  const tagIds = [...new Set(input.tagIds ?? [])];
  const tags = await service.taxonomy.tagsExist(tagIds);
  const missingTag = tagIds.find((id) => !tags.has(id));
  if (missingTag !== undefined) throw new ValidationError('tagIds', `no tag has id ${missingTag}`);

  const imageIds = [
    ...(input.featuredMediaId != null ? [input.featuredMediaId] : []),
    ...documentMediaIds(body),
  ];
  const images = await service.media.findByIds(imageIds);
  for (const id of imageIds) {
    const image = images.get(id);
    if (!image)
      throw new ValidationError(
        id === input.featuredMediaId ? 'featuredMediaId' : 'body',
        `no image has id ${id}`,
      );
    if (isPublic(input.status) && image.alt.trim() === '') {
      throw new ValidationError(
        'alt',
        `image ${id} needs alt text before the article is published`,
      );
    }
  }

  const row = await service.articles.insert(
    {
      type: input.type,
      slug,
      title,
      subtitle: text('subtitle', input.subtitle),
      excerpt: text('excerpt', input.excerpt),
      body: JSON.stringify(body),
      language: input.language,
      status: input.status,
      publishedAt,
      createdAt: nowIso,
      updatedAt,
      sectionId: input.sectionId ?? null,
      featuredMediaId: input.featuredMediaId ?? null,
      sourceName: text('sourceName', input.sourceName),
      sourceUrl: webUrl('sourceUrl', input.sourceUrl),
      seoTitle: text('seoTitle', input.seoTitle),
      seoDescription: text('seoDescription', input.seoDescription),
      canonicalUrl: webUrl('canonicalUrl', input.canonicalUrl),
      isBreaking: input.isBreaking ? 1 : 0,
      isFeatured: input.isFeatured ? 1 : 0,
      version: 1,
    },
    authorIds,
    tagIds,
  );
  return row.id;
}

/** Published and scheduled articles will be seen by readers: they must meet the publishing rules. */
function isPublic(status: ArticleStatus): boolean {
  return status === 'published' || status === 'scheduled';
}
