/**
 * The rules an article's content must meet, checked inside the unit of work that writes it,
 * so that what they find (a section, an image's alt text, a free slug) is still true when
 * the rows are written. Every broken rule is collected, so a form can mark all its fields.
 */
import type { Actor } from '../core/actor.js';
import { can } from '../core/permissions.js';
import type { UnitOfWork } from '../core/unit-of-work.js';
import { constraintViolation } from '../db/constraint-errors.js';
import type { Language } from '../db/schema.js';
import { ValidationError, type FieldError } from '../errors.js';
import { parseDateTimeInZone, slugify } from '../text/index.js';
import type { ArticleCreateInput, ArticleUpdateInput } from './article-input.js';
import type { ArticleSnapshot } from './article-snapshot.js';
import {
  documentMediaIds,
  documentText,
  InvalidDocumentError,
  isSafeHref,
  parseDocument,
  type DocumentJson,
} from './document-schema.js';

type ContentInput = Omit<ArticleUpdateInput, 'version'> &
  Partial<Pick<ArticleCreateInput, 'status'>>;

/** Collects broken rules; `throwIfAny` reports them together. */
export class RuleErrors {
  readonly list: FieldError[] = [];

  add(error: FieldError): void {
    this.list.push(error);
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw new ValidationError(this.list);
  }
}

function trimmed(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
}

/** A one-line text: runs of spaces and line breaks from a careless paste become one space. */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/**
 * Runs a write that may lose a unique-slug race on PostgreSQL (two editors taking one slug
 * at the same instant, both having seen it free): that reads as the rule's own error.
 */
export async function slugSafe<T>(slug: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const violation = constraintViolation(error);
    if (violation?.kind === 'unique' && violation.columns.includes('slug')) {
      throw ValidationError.of('slug', 'taken', { value: slug });
    }
    throw error;
  }
}

/**
 * Links an article to its original, which another article may have taken as its own original
 * at the same instant (PostgreSQL, both having seen it free): that reads as the rule's error.
 */
export async function linkTranslation(
  uow: UnitOfWork,
  articleId: number,
  originalId: number | null,
): Promise<void> {
  try {
    await uow.articles.setTranslationOf(articleId, originalId);
  } catch (error) {
    const violation = constraintViolation(error);
    if (violation?.kind === 'unique' && violation.columns.includes('translation_of_id')) {
      throw ValidationError.of('translationOfId', 'taken', { value: String(originalId) });
    }
    throw error;
  }
}

function webUrl(field: string, value: string | null | undefined, errors: RuleErrors) {
  const url = trimmed(value);
  if (url === null) return null;
  if (!isSafeHref(url) || url.startsWith('/') || url.startsWith('mailto:')) {
    errors.add({ field, rule: 'unsafe_url', params: { allowsMail: 'no' } });
  }
  return url;
}

/** A moment from the API: an instant with an offset, or wall-clock time in the site's zone. */
export function parseMoment(
  field: string,
  value: string,
  timeZone: string,
  errors: RuleErrors,
): string | null {
  const moment = parseDateTimeInZone(value, timeZone);
  if (moment === null) {
    errors.add({ field, rule: 'invalid_datetime' });
    return null;
  }
  return moment.toISOString();
}

function parseBody(value: unknown, errors: RuleErrors): DocumentJson | null {
  try {
    return parseDocument(value).toJSON() as DocumentJson;
  } catch (error) {
    if (!(error instanceof InvalidDocumentError)) throw error;
    errors.add({ field: 'body', rule: 'invalid_document', params: { detail: error.message } });
    return null;
  }
}

export const emptyBody: DocumentJson = { type: 'doc', content: [{ type: 'paragraph' }] };

/**
 * The article's next content: `current` (null for a new article) with the input applied,
 * every reference checked to exist and to be in the article's language, tags named by name
 * found or created. Throws a ValidationError listing every field at fault.
 */
export async function applyContent(
  uow: UnitOfWork,
  actor: Actor,
  current: ArticleSnapshot | null,
  input: ContentInput,
  context: { language: Language; timeZone: string; articleId?: number },
): Promise<ArticleSnapshot> {
  const errors = new RuleErrors();
  const language = input.language ?? current?.language ?? context.language;
  const body =
    input.body === undefined ? (current?.body ?? emptyBody) : parseBody(input.body, errors);

  const next: ArticleSnapshot = {
    type: input.type ?? current?.type ?? 'news',
    language,
    slug: current?.slug ?? '',
    title: input.title === undefined ? (current?.title ?? '') : oneLine(input.title),
    subtitle: input.subtitle === undefined ? (current?.subtitle ?? null) : trimmed(input.subtitle),
    excerpt: input.excerpt === undefined ? (current?.excerpt ?? null) : trimmed(input.excerpt),
    body: body ?? emptyBody,
    sectionId: input.sectionId === undefined ? (current?.sectionId ?? null) : input.sectionId,
    tagIds: input.tagIds === undefined ? (current?.tagIds ?? []) : [...new Set(input.tagIds)],
    authorIds:
      input.authorIds === undefined
        ? (current?.authorIds ?? (actor.personId === null ? [] : [actor.personId]))
        : [...new Set(input.authorIds)],
    featuredImageId:
      input.featuredImageId === undefined
        ? (current?.featuredImageId ?? null)
        : input.featuredImageId,
    sourceName:
      input.sourceName === undefined ? (current?.sourceName ?? null) : trimmed(input.sourceName),
    sourceUrl:
      input.sourceUrl === undefined
        ? (current?.sourceUrl ?? null)
        : webUrl('sourceUrl', input.sourceUrl, errors),
    seoTitle: input.seoTitle === undefined ? (current?.seoTitle ?? null) : trimmed(input.seoTitle),
    seoDescription:
      input.seoDescription === undefined
        ? (current?.seoDescription ?? null)
        : trimmed(input.seoDescription),
    canonicalUrl:
      input.canonicalUrl === undefined
        ? (current?.canonicalUrl ?? null)
        : webUrl('canonicalUrl', input.canonicalUrl, errors),
    isBreaking: input.isBreaking ?? current?.isBreaking ?? false,
    isFeatured: input.isFeatured ?? current?.isFeatured ?? false,
    translationOfId:
      input.translationOfId === undefined
        ? (current?.translationOfId ?? null)
        : input.translationOfId,
    status: current?.status ?? 'draft',
    publishedAt: current?.publishedAt ?? null,
    scheduledAt: current?.scheduledAt ?? null,
  };
  if (next.title === '') errors.add({ field: 'title', rule: 'required' });
  if (input.publishedAt !== undefined) {
    next.publishedAt =
      input.publishedAt === null
        ? null
        : parseMoment('publishedAt', input.publishedAt, context.timeZone, errors);
  }

  const languageChanged = current !== null && current.language !== language;
  if (next.sectionId !== null && (input.sectionId !== undefined || languageChanged)) {
    const section = (await uow.taxonomy.findSectionsByIds([next.sectionId])).get(next.sectionId);
    if (!section)
      errors.add({ field: 'sectionId', rule: 'not_found', params: { id: next.sectionId } });
    else if (section.language !== language)
      errors.add({ field: 'sectionId', rule: 'wrong_language' });
  }
  if (input.authorIds !== undefined || current === null) {
    const found = await uow.taxonomy.authorsExist(next.authorIds);
    next.authorIds.forEach((id, i) => {
      if (!found.has(id))
        errors.add({ field: `authorIds.${i}`, rule: 'not_found', params: { id } });
    });
  }
  if (input.tagIds !== undefined || languageChanged) {
    const tags = await uow.taxonomy.findTagsByIds(next.tagIds);
    next.tagIds.forEach((id, i) => {
      const tag = tags.get(id);
      if (!tag) errors.add({ field: `tagIds.${i}`, rule: 'not_found', params: { id } });
      else if (tag.language !== language)
        errors.add({ field: `tagIds.${i}`, rule: 'wrong_language' });
    });
  }
  if (input.featuredImageId !== undefined && next.featuredImageId !== null) {
    if (!(await uow.media.findById(next.featuredImageId))) {
      errors.add({
        field: 'featuredImageId',
        rule: 'not_found',
        params: { id: next.featuredImageId },
      });
    }
  }
  if (next.translationOfId !== null && (input.translationOfId != null || languageChanged)) {
    await checkTranslation(uow, context.articleId ?? null, next, errors);
  }
  if (languageChanged && context.articleId !== undefined) {
    const translationId = (await uow.articles.translatedBy([context.articleId])).get(
      context.articleId,
    );
    const translation =
      translationId === undefined ? null : await uow.articles.findById(translationId);
    if (translation?.language === language) {
      errors.add({
        field: 'language',
        rule: 'translation_language',
        params: { other: translation.id },
      });
    }
  }
  if (body !== null && input.body !== undefined) {
    const ids = documentMediaIds(body);
    const images = await uow.media.findByIds(ids);
    for (const id of ids) {
      if (!images.has(id)) errors.add({ field: 'body', rule: 'not_found', params: { id } });
    }
  }
  errors.throwIfAny();

  if (input.tagNames !== undefined && input.tagNames.length > 0) {
    const named = await findOrCreateTags(uow, actor, input.tagNames, language);
    next.tagIds = [...new Set([...next.tagIds, ...named])];
  }
  return next;
}

/**
 * A translation links two articles, one in each language: the original, which translates
 * nothing, and its one translation. Chains and cycles are refused, so each pair is one link.
 */
async function checkTranslation(
  uow: UnitOfWork,
  articleId: number | null,
  next: ArticleSnapshot,
  errors: RuleErrors,
): Promise<void> {
  const field = 'translationOfId';
  const originalId = next.translationOfId;
  if (originalId === null) return;
  if (originalId === articleId) return errors.add({ field, rule: 'translation_of_itself' });
  const original = await uow.articles.findById(originalId);
  if (!original) return errors.add({ field, rule: 'not_found', params: { id: originalId } });
  if (original.language === next.language) return errors.add({ field, rule: 'same_language' });
  const [links, translatedBy] = await Promise.all([
    uow.articles.translationOfIds([originalId]),
    uow.articles.translatedBy([originalId, ...(articleId === null ? [] : [articleId])]),
  ]);
  if (links.has(originalId)) {
    return errors.add({ field, rule: 'is_translation', params: { id: originalId } });
  }
  const other = translatedBy.get(originalId);
  if (other !== undefined && other !== articleId) {
    return errors.add({ field, rule: 'has_translation', params: { id: originalId, other } });
  }
  const mine = articleId === null ? undefined : translatedBy.get(articleId);
  if (mine !== undefined) errors.add({ field, rule: 'is_original', params: { other: mine } });
}

/** Tags by name in `language`: the existing ones, and new ones for the rest. */
export async function findOrCreateTags(
  uow: UnitOfWork,
  actor: Actor,
  names: readonly string[],
  language: Language,
): Promise<number[]> {
  const ids: number[] = [];
  for (const raw of names) {
    const name = oneLine(raw);
    const base = slugify(name);
    if (base === '') throw ValidationError.of('tagNames', 'needs_letter');
    const existing = await uow.taxonomy.findTagBySlug(base);
    if (existing && existing.language === language) {
      ids.push(existing.id);
      continue;
    }
    // The same word can be a tag in both languages («OPEC»): the second gets its language.
    const slug = existing ? `${base}-${language}` : base;
    const other = existing ? await uow.taxonomy.findTagBySlug(slug) : null;
    if (other) {
      ids.push(other.id);
      continue;
    }
    if (!can(actor, 'tags.create')) throw ValidationError.of('tagNames', 'not_found');
    const tag = await uow.taxonomy.insertTag({ slug, name, language, createdAt: uow.nowIso });
    uow.emit('tag.changed', { tagId: tag.id, language, change: 'created', articleIds: [] });
    ids.push(tag.id);
  }
  return ids;
}

/**
 * The slug to store: the one given (refused when another article has it), or one made from
 * the title, made unique with «-2», «-3»… when it is taken.
 */
export async function chooseSlug(
  uow: UnitOfWork,
  given: string | null | undefined,
  title: string,
  language: Language,
  exceptId: number | null,
): Promise<string> {
  if (given !== undefined && given !== null && given.trim() !== '') {
    const slug = slugify(given, 200);
    if (slug === '') throw ValidationError.of('slug', 'needs_letter');
    if (await uow.articles.isSlugTaken(slug, exceptId)) {
      throw ValidationError.of('slug', 'taken', { value: slug });
    }
    return slug;
  }
  const base = slugify(title) || (language === 'ar' ? 'مقال' : 'article');
  if (!(await uow.articles.isSlugTaken(base, exceptId))) return base;
  const taken = new Set(await uow.articles.slugsLike(`${base}-`));
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/**
 * What readers will see must be complete: a title, some text, and alt text for every image
 * (the featured one and those in the body), each missing one named.
 */
export async function checkPublishable(uow: UnitOfWork, article: ArticleSnapshot): Promise<void> {
  const errors = new RuleErrors();
  if (article.title.trim() === '') errors.add({ field: 'title', rule: 'required' });
  if (documentText(article.body).trim() === '') errors.add({ field: 'body', rule: 'empty_body' });
  const bodyIds = documentMediaIds(article.body);
  const ids = [...(article.featuredImageId === null ? [] : [article.featuredImageId]), ...bodyIds];
  const images = await uow.media.findByIds(ids);
  for (const id of new Set(ids)) {
    const field = id === article.featuredImageId ? 'featuredImageId' : 'body';
    const image = images.get(id);
    if (!image) errors.add({ field, rule: 'not_found', params: { id } });
    else if (image.alt.trim() === '') errors.add({ field, rule: 'missing_alt', params: { id } });
  }
  errors.throwIfAny();
}
