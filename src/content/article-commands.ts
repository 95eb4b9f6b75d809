/**
 * Changing articles, one command per use: create, update, take a workflow action, delete,
 * restore a revision, publish what was scheduled. Each takes the unit of work it runs in
 * and the actor; it authorises, checks the rules, writes the rows, records the revision and
 * emits the event. The article service runs each in a transaction of its own; an importer
 * runs many in one.
 */
import type { Actor } from '../core/actor.js';
import { authorize, can } from '../core/permissions.js';
import { validator } from '../core/validation.js';
import type { UnitOfWork } from '../core/unit-of-work.js';
import type { ArticleRow, ArticleStatus, RevisionKind } from '../db/schema.js';
import { MidadError } from '../errors.js';
import { settingsFrom } from './settings.js';
import {
  ArticleCreateSchema,
  ArticleTransitionSchema,
  ArticleUpdateSchema,
  RestoreRevisionSchema,
  type ArticleAction,
} from './article-input.js';
import {
  applyContent,
  checkPublishable,
  chooseSlug,
  linkTranslation,
  parseMoment,
  RuleErrors,
  slugSafe,
} from './article-rules.js';
import {
  articleChange,
  contentFieldNames,
  parseSnapshot,
  snapshotOf,
  type ArticleSnapshot,
  type LoadedArticle,
} from './article-snapshot.js';
import { canDelete, canEdit, checkTransition, isPublicStatus } from './workflow.js';

const checkCreate = validator(ArticleCreateSchema);
const checkUpdate = validator(ArticleUpdateSchema);
const checkTransitionInput = validator(ArticleTransitionSchema);
const checkRestore = validator(RestoreRevisionSchema);

export const publishJobKind = 'publish-article';
const publishJobKey = (articleId: number) => `${publishJobKind}:${articleId}`;

/** A save refused because the article changed since the editor opened it. */
export interface Conflict {
  articleId: number;
  currentVersion: number;
  yourVersion: number;
  savedBy: string;
  savedAt: string;
  /** The refused content, kept as a revision so nothing typed is lost. */
  refusedRevisionId: number | null;
}

export type WriteResult = { ok: true; articleId: number } | { ok: false; conflict: Conflict };

export async function loadArticle(uow: UnitOfWork, id: number): Promise<LoadedArticle> {
  const row = await uow.articles.findById(id);
  if (!row) throw new MidadError('not_found');
  const [authors, tags, translations] = await Promise.all([
    uow.articles.authorIdsOf([id]),
    uow.articles.tagIdsOf([id]),
    uow.articles.translationOfIds([id]),
  ]);
  return {
    row,
    snapshot: snapshotOf(
      row,
      authors.get(id) ?? [],
      tags.get(id) ?? [],
      translations.get(id) ?? null,
    ),
  };
}

async function siteContext(uow: UnitOfWork) {
  const settings = settingsFrom(await uow.settings.getAll());
  return { language: settings.locale, timeZone: settings.timeZone };
}

async function recordRevision(
  uow: UnitOfWork,
  actor: Actor,
  articleId: number,
  version: number,
  kind: RevisionKind,
  snapshot: ArticleSnapshot,
) {
  return uow.revisions.insert({
    articleId,
    version,
    kind,
    snapshot: JSON.stringify(snapshot),
    actorUserId: actor.userId,
    actorName: actor.name,
    createdAt: uow.nowIso,
  });
}

/** Saves by one person within this long of their last one are one revision (autosave). */
const saveSessionMs = 10 * 60 * 1000;

/**
 * A save's revision. The editor saves every few seconds while someone types: a save that
 * follows the same person's save of a few minutes ago replaces that revision rather than
 * adding one, so the history reads as sittings, not keystrokes.
 */
async function recordSave(
  uow: UnitOfWork,
  actor: Actor,
  articleId: number,
  version: number,
  snapshot: ArticleSnapshot,
) {
  const [latest] = await uow.revisions.list(articleId, 1);
  const isSameSitting =
    latest !== undefined &&
    latest.kind === 'saved' &&
    latest.actorName === actor.name &&
    latest.actorUserId === actor.userId &&
    uow.now.getTime() - Date.parse(latest.createdAt) < saveSessionMs;
  if (!isSameSitting) return recordRevision(uow, actor, articleId, version, 'saved', snapshot);
  await uow.revisions.replace(latest.id, {
    version,
    snapshot: JSON.stringify(snapshot),
    createdAt: uow.nowIso,
  });
  return latest;
}

/** Row columns for a snapshot's content (the workflow columns are set by the caller). */
function contentColumns(next: ArticleSnapshot) {
  return {
    type: next.type,
    slug: next.slug,
    title: next.title,
    subtitle: next.subtitle,
    excerpt: next.excerpt,
    body: JSON.stringify(next.body),
    language: next.language,
    sectionId: next.sectionId,
    featuredMediaId: next.featuredImageId,
    sourceName: next.sourceName,
    sourceUrl: next.sourceUrl,
    seoTitle: next.seoTitle,
    seoDescription: next.seoDescription,
    canonicalUrl: next.canonicalUrl,
    isBreaking: next.isBreaking ? (1 as const) : (0 as const),
    isFeatured: next.isFeatured ? (1 as const) : (0 as const),
    publishedAt: next.publishedAt,
  };
}

function mayBackdate(actor: Actor, owner: number | null): boolean {
  const check = checkTransition(
    actor,
    { status: 'draft', ownerUserId: owner, publishedAt: null },
    'publish',
  );
  return check.ok;
}

export async function createArticle(uow: UnitOfWork, actor: Actor, raw: unknown): Promise<number> {
  authorize(actor, 'articles.create');
  const input = checkCreate(raw);
  if ((input.publishedAt != null || input.updatedAt != null) && !mayBackdate(actor, actor.userId)) {
    throw new MidadError('forbidden');
  }
  const context = await siteContext(uow);
  const next = await applyContent(uow, actor, null, input, context);
  const errors = new RuleErrors();
  const updatedAt =
    input.updatedAt == null
      ? uow.nowIso
      : parseMoment('updatedAt', input.updatedAt, context.timeZone, errors);
  errors.throwIfAny();
  next.slug = await chooseSlug(uow, input.slug, next.title, next.language, null);
  const row = await slugSafe(next.slug, () =>
    uow.articles.insert({
      ...contentColumns(next),
      status: 'draft',
      createdAt: uow.nowIso,
      updatedAt: updatedAt ?? uow.nowIso,
      version: 1,
      scheduledAt: null,
      ownerUserId: actor.userId,
    }),
  );
  await uow.articles.setAuthors(row.id, next.authorIds);
  await uow.articles.setTags(row.id, next.tagIds);
  if (next.translationOfId !== null) await linkTranslation(uow, row.id, next.translationOfId);
  await recordRevision(uow, actor, row.id, row.version, 'created', next);
  uow.emit('article.created', articleChange(row.id, null, next));

  const status = input.status ?? 'draft';
  if (status !== 'draft') {
    const result = await moveToStatus(uow, actor, row.id, status, input.scheduledAt ?? undefined);
    if (!result.ok) throw new Error('a new article changed under its own creation');
    // Publishing marks an update; an import's own time of last change is what stays.
    if (input.updatedAt != null && updatedAt !== null) {
      await uow.articles.touch(row.id, updatedAt);
    }
  }
  return row.id;
}

/** Creating straight into a status: the workflow action that leads there from a draft. */
async function moveToStatus(
  uow: UnitOfWork,
  actor: Actor,
  id: number,
  status: ArticleStatus,
  scheduledAt: string | undefined,
): Promise<WriteResult> {
  const route: Record<Exclude<ArticleStatus, 'draft'>, ArticleAction[]> = {
    in_review: ['submit'],
    scheduled: ['schedule'],
    published: ['publish'],
    unpublished: ['publish', 'unpublish'],
    archived: ['archive'],
  };
  let result: WriteResult = { ok: true, articleId: id };
  for (const action of route[status as Exclude<ArticleStatus, 'draft'>]) {
    result = await transitionArticle(uow, actor, id, action, scheduledAt ? { scheduledAt } : {});
    if (!result.ok) return result;
  }
  return result;
}

async function conflictOf(
  uow: UnitOfWork,
  row: ArticleRow,
  yourVersion: number,
  refusedRevisionId: number | null,
): Promise<Conflict> {
  const latest = await uow.revisions.latestApplied(row.id);
  return {
    articleId: row.id,
    currentVersion: row.version,
    yourVersion,
    savedBy: latest?.actorName ?? '',
    savedAt: latest?.createdAt ?? row.updatedAt,
    refusedRevisionId,
  };
}

/** The content the refused save would have made, kept so the editor can compare and copy. */
function refusedSnapshot(
  current: ArticleSnapshot,
  input: Record<string, unknown>,
): ArticleSnapshot {
  const refused: Record<string, unknown> = { ...current };
  for (const field of contentFieldNames) {
    if (input[field] !== undefined) refused[field] = input[field];
  }
  return refused as unknown as ArticleSnapshot;
}

export async function updateArticle(
  uow: UnitOfWork,
  actor: Actor,
  id: number,
  raw: unknown,
): Promise<WriteResult> {
  const input = checkUpdate(raw);
  const loaded = await loadArticle(uow, id);
  if (!canEdit(actor, loaded.row)) throw new MidadError('forbidden');
  if (input.publishedAt !== undefined && !mayBackdate(actor, loaded.row.ownerUserId)) {
    throw new MidadError('forbidden');
  }
  const refuse = async (current: ArticleRow) => {
    const kept = await recordRevision(
      uow,
      actor,
      id,
      input.version,
      'refused',
      refusedSnapshot(loaded.snapshot, input),
    );
    return { ok: false as const, conflict: await conflictOf(uow, current, input.version, kept.id) };
  };
  if (input.version !== loaded.row.version) return refuse(loaded.row);

  const next = await applyContent(uow, actor, loaded.snapshot, input, {
    ...(await siteContext(uow)),
    articleId: id,
  });
  if (input.slug !== undefined) {
    next.slug = await chooseSlug(uow, input.slug, next.title, next.language, id);
  }
  if (isPublicStatus(loaded.row.status)) await checkPublishable(uow, next);
  const updated = await slugSafe(next.slug, () =>
    uow.articles.update(id, input.version, { ...contentColumns(next), updatedAt: uow.nowIso }),
  );
  // Another transaction saved between our read and our write (PostgreSQL, read committed).
  if (!updated) return refuse((await uow.articles.findById(id)) ?? loaded.row);

  if (input.authorIds !== undefined) await uow.articles.setAuthors(id, next.authorIds);
  if (input.tagIds !== undefined || input.tagNames !== undefined) {
    await uow.articles.setTags(id, next.tagIds);
  }
  if (next.translationOfId !== loaded.snapshot.translationOfId) {
    await linkTranslation(uow, id, next.translationOfId);
  }
  await recordSave(uow, actor, id, updated.version, next);
  uow.emit('article.updated', articleChange(id, loaded.snapshot, next));
  return { ok: true, articleId: id };
}

const actionEvents = {
  submit: 'article.submitted',
  publish: 'article.published',
  unpublish: 'article.unpublished',
  archive: 'article.archived',
  draft: 'article.updated',
} as const;

export async function transitionArticle(
  uow: UnitOfWork,
  actor: Actor,
  id: number,
  action: ArticleAction,
  raw: unknown,
): Promise<WriteResult> {
  const input = checkTransitionInput(raw);
  const loaded = await loadArticle(uow, id);
  const { row } = loaded;
  if (input.version !== undefined && input.version !== row.version) {
    return { ok: false, conflict: await conflictOf(uow, row, input.version, null) };
  }
  const check = checkTransition(actor, row, action);
  if (!check.ok) {
    if (check.reason === 'forbidden') throw new MidadError('forbidden');
    throw new MidadError('transition_not_allowed', {
      action: { message: `action.${action}` },
      status: { message: `status.${row.status}` },
    });
  }

  let scheduledAt: string | null = null;
  if (action === 'schedule') {
    const errors = new RuleErrors();
    if (input.scheduledAt === undefined) errors.add({ field: 'scheduledAt', rule: 'required' });
    else {
      const { timeZone } = await siteContext(uow);
      scheduledAt = parseMoment('scheduledAt', input.scheduledAt, timeZone, errors);
      if (scheduledAt !== null && scheduledAt <= uow.nowIso) {
        errors.add({ field: 'scheduledAt', rule: 'in_past' });
      }
    }
    errors.throwIfAny();
  }
  const next: ArticleSnapshot = { ...loaded.snapshot, status: check.to, scheduledAt };
  if (isPublicStatus(check.to)) await checkPublishable(uow, next);
  // Publishing stamps the publication time once; publishing again only marks an update.
  if (action === 'publish') next.publishedAt = row.publishedAt ?? uow.nowIso;

  const updated = await uow.articles.update(id, row.version, {
    status: next.status,
    scheduledAt,
    publishedAt: next.publishedAt,
    ...(action === 'publish' ? { updatedAt: uow.nowIso } : {}),
  });
  if (!updated) {
    const current = (await uow.articles.findById(id)) ?? row;
    return { ok: false, conflict: await conflictOf(uow, current, row.version, null) };
  }

  if (action === 'schedule' && scheduledAt !== null) {
    await uow.jobs.enqueue(
      {
        kind: publishJobKind,
        payload: { articleId: id },
        runAt: scheduledAt,
        dedupeKey: publishJobKey(id),
      },
      uow.nowIso,
    );
  } else if (row.status === 'scheduled') {
    await uow.jobs.cancel(publishJobKey(id), uow.nowIso);
  }
  await recordRevision(uow, actor, id, updated.version, 'status', next);
  const change = articleChange(id, loaded.snapshot, next);
  if (action === 'schedule')
    uow.emit('article.scheduled', { ...change, scheduledAt: scheduledAt ?? '' });
  else uow.emit(actionEvents[action], change);
  return { ok: true, articleId: id };
}

export async function deleteArticle(
  uow: UnitOfWork,
  actor: Actor,
  id: number,
  version: number | null,
): Promise<WriteResult> {
  const loaded = await loadArticle(uow, id);
  if (!canDelete(actor, loaded.row)) throw new MidadError('forbidden');
  if (version !== null && version !== loaded.row.version) {
    return { ok: false, conflict: await conflictOf(uow, loaded.row, version, null) };
  }
  await uow.jobs.cancel(publishJobKey(id), uow.nowIso);
  await uow.articles.delete(id);
  uow.emit(
    'article.deleted',
    articleChange(id, loaded.snapshot, { ...loaded.snapshot, status: 'draft' }),
  );
  return { ok: true, articleId: id };
}

/**
 * Makes a revision's content the article's content again, as a new revision. The workflow
 * state stays as it is; sections, tags, people and images deleted since are left out.
 */
export async function restoreRevision(
  uow: UnitOfWork,
  actor: Actor,
  id: number,
  revisionId: number,
  raw: unknown,
): Promise<WriteResult> {
  const { version } = checkRestore(raw);
  const loaded = await loadArticle(uow, id);
  if (!canEdit(actor, loaded.row)) throw new MidadError('forbidden');
  const revision = await uow.revisions.find(id, revisionId);
  if (!revision) throw new MidadError('not_found');
  if (version !== loaded.row.version) {
    return { ok: false, conflict: await conflictOf(uow, loaded.row, version, null) };
  }
  const old = parseSnapshot(revision.snapshot);
  const [sections, tags, people, images] = await Promise.all([
    uow.taxonomy.findSectionsByIds(old.sectionId === null ? [] : [old.sectionId]),
    uow.taxonomy.findTagsByIds(old.tagIds),
    uow.taxonomy.authorsExist(old.authorIds),
    uow.media.findByIds(old.featuredImageId === null ? [] : [old.featuredImageId]),
  ]);
  const content = {
    type: old.type,
    language: old.language,
    title: old.title,
    subtitle: old.subtitle,
    excerpt: old.excerpt,
    body: old.body,
    sectionId: old.sectionId !== null && sections.has(old.sectionId) ? old.sectionId : null,
    tagIds: old.tagIds.filter((tagId) => tags.has(tagId)),
    authorIds: old.authorIds.filter((personId) => people.has(personId)),
    featuredImageId:
      old.featuredImageId !== null && images.has(old.featuredImageId) ? old.featuredImageId : null,
    sourceName: old.sourceName,
    sourceUrl: old.sourceUrl,
    seoTitle: old.seoTitle,
    seoDescription: old.seoDescription,
    canonicalUrl: old.canonicalUrl,
    isBreaking: old.isBreaking,
    isFeatured: old.isFeatured,
  };
  const next = await applyContent(uow, actor, loaded.snapshot, content, {
    ...(await siteContext(uow)),
    articleId: id,
  });
  next.slug = await chooseSlug(uow, old.slug, next.title, next.language, id).catch(
    () => loaded.snapshot.slug,
  );
  if (isPublicStatus(loaded.row.status)) await checkPublishable(uow, next);
  const updated = await uow.articles.update(id, version, {
    ...contentColumns(next),
    publishedAt: loaded.row.publishedAt,
    updatedAt: uow.nowIso,
  });
  if (!updated) {
    const current = (await uow.articles.findById(id)) ?? loaded.row;
    return { ok: false, conflict: await conflictOf(uow, current, version, null) };
  }
  await uow.articles.setAuthors(id, next.authorIds);
  await uow.articles.setTags(id, next.tagIds);
  await recordRevision(uow, actor, id, updated.version, 'restored', next);
  uow.emit('article.updated', articleChange(id, loaded.snapshot, next));
  return { ok: true, articleId: id };
}

/**
 * The scheduler's side of scheduling: publishes the article if it is still scheduled and its
 * time has come. Doing nothing is the answer to an article unscheduled, deleted or already
 * published since, so running twice never publishes twice.
 */
export async function publishScheduledArticle(
  uow: UnitOfWork,
  scheduler: Actor,
  articleId: number,
): Promise<'published' | 'not_scheduled' | 'not_due'> {
  const row = await uow.articles.findById(articleId);
  if (!row || row.status !== 'scheduled') return 'not_scheduled';
  if (row.scheduledAt !== null && row.scheduledAt > uow.nowIso) return 'not_due';
  if (!can(scheduler, 'articles.edit_any')) throw new MidadError('forbidden');
  const result = await transitionArticle(uow, scheduler, articleId, 'publish', {});
  if (!result.ok) throw new Error(`article ${articleId} changed while it was being published`);
  return 'published';
}
