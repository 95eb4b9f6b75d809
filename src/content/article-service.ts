/**
 * The newsroom's articles: the desk's lists and the article as an editor sees it, and every
 * change as one command in a transaction of its own (`article-commands.ts`). A save refused
 * because someone saved in between surfaces here as a 409 naming them; what was refused is
 * already kept as a revision.
 */
import { Type, type Static } from 'typebox';
import { slugify } from '../text/slug.js';
import { systemActorOf, type Actor } from '../core/actor.js';
import { authorize } from '../core/permissions.js';
import { readRepositories, type RepositorySet } from '../core/repositories.js';
import { inTransaction, type UnitOfWork, type UnitOfWorkContext } from '../core/unit-of-work.js';
import type { ArticleRow, ArticleStatus, RevisionKind } from '../db/schema.js';

export { revisionKinds } from '../db/schema.js';
import { MidadError } from '../errors.js';
import { diffWords, type DiffPart } from '../text/index.js';
import {
  deleteArticle,
  restoreRevision,
  transitionArticle,
  type WriteResult,
  createArticle,
  updateArticle,
} from './article-commands.js';
import { ArticleStatusSchema, Id, LanguageSchema, type ArticleAction } from './article-input.js';
import { deskSorts, type DeskSort } from './article-repository.js';
import { emptyBody } from './article-rules.js';
import { parseSnapshot, snapshotOf, type ArticleSnapshot } from './article-snapshot.js';
import { documentText, type DocumentJson } from './document-schema.js';
import { articlePath } from './permalinks.js';
import { availableActions, canDelete, canEdit } from './workflow.js';

export const DeskQuerySchema = Type.Object(
  {
    status: Type.Optional(
      Type.Array(ArticleStatusSchema, { maxItems: 6, description: 'one or more statuses' }),
    ),
    sectionId: Type.Optional(Id),
    authorId: Type.Optional(Id),
    ownerId: Type.Optional(Id),
    language: Type.Optional(LanguageSchema),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    sort: Type.Optional(Type.Enum([...deskSorts], { default: '-updated' })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
    perPage: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  },
  { additionalProperties: false },
);
export type DeskQuery = Static<typeof DeskQuerySchema>;

/** An article as the newsroom sees it, with what the caller may do to it. */
export interface DeskArticle extends Omit<ArticleSnapshot, 'body'> {
  id: number;
  body?: DocumentJson;
  createdAt: string;
  updatedAt: string;
  version: number;
  ownerUserId: number | null;
  /** Its public address, while readers can see it. */
  url: string | null;
  actions: ArticleAction[];
  canEdit: boolean;
  canDelete: boolean;
  /**
   * Its other half in the other language, either way the link goes (`isOriginal`: the other
   * is the one translated); only on a single article, not in lists.
   */
  translation?: DeskTranslation | null;
}

export interface DeskTranslation {
  id: number;
  title: string;
  language: ArticleSnapshot['language'];
  status: ArticleStatus;
  isOriginal: boolean;
  url: string | null;
}

/** The first articles of a list, and how many it has in all. */
export interface ShortList {
  items: DeskArticle[];
  total: number;
}

export interface Dashboard {
  inReview: ShortList;
  scheduled: ShortList;
  published: ShortList;
  drafts: ShortList;
}

export interface RevisionSummary {
  id: number;
  version: number;
  kind: RevisionKind;
  actorName: string;
  actorUserId: number | null;
  createdAt: string;
}

export interface RevisionDiff {
  from: RevisionSummary;
  to: RevisionSummary;
  title: DiffPart[];
  subtitle: DiffPart[];
  excerpt: DiffPart[];
  body: DiffPart[];
  /** Every field whose value differs, text or not (section, tags, flags…). */
  changedFields: string[];
}

export class ArticleService {
  private readonly read: RepositorySet;

  constructor(private readonly context: UnitOfWorkContext) {
    this.read = readRepositories(context.db);
  }

  async list(
    actor: Actor,
    query: DeskQuery,
  ): Promise<{ items: DeskArticle[]; total: number; page: number; perPage: number }> {
    authorize(actor, 'articles.read');
    const page = query.page ?? 1;
    const perPage = query.perPage ?? 20;
    const filter = {
      ...(query.status ? { statuses: query.status } : {}),
      ...(query.sectionId ? { sectionId: query.sectionId } : {}),
      ...(query.authorId ? { personId: query.authorId } : {}),
      ...(query.ownerId ? { ownerUserId: query.ownerId } : {}),
      ...(query.language ? { language: query.language } : {}),
      ...(query.q ? { q: query.q } : {}),
    };
    const sort: DeskSort = query.sort ?? '-updated';
    const [rows, total] = await Promise.all([
      this.read.articles.listDesk(filter, sort, { limit: perPage, offset: (page - 1) * perPage }),
      this.read.articles.countDesk(filter),
    ]);
    const ids = rows.map((r) => r.id);
    const [authors, tags, translations] = await Promise.all([
      this.read.articles.authorIdsOf(ids),
      this.read.articles.tagIdsOf(ids),
      this.read.articles.translationOfIds(ids),
    ]);
    const items = rows.map((row) => {
      // Lists leave the body out; the snapshot needs one, which is then dropped.
      const { body: _body, ...article } = this.present(
        actor,
        { ...row, body: JSON.stringify(emptyBody) },
        authors.get(row.id) ?? [],
        tags.get(row.id) ?? [],
        translations.get(row.id) ?? null,
      );
      return article;
    });
    return { items, total, page, perPage };
  }

  /**
   * What a slug would be stored as, and whether it is free (for `exceptId`, the article being
   * edited): the editor asks while the slug is typed; the save checks again.
   */
  async checkSlug(
    actor: Actor,
    given: string,
    exceptId: number | null,
  ): Promise<{ slug: string; available: boolean }> {
    authorize(actor, 'articles.read');
    const slug = slugify(given, 200);
    if (slug === '') return { slug, available: false };
    return { slug, available: !(await this.read.articles.isSlugTaken(slug, exceptId)) };
  }

  /**
   * The dashboard's four short lists, `size` articles each with how many there are in all:
   * waiting for review, scheduled (the soonest first), recently published, and the actor's
   * own drafts (none for a token or the system, which own nothing).
   */
  async dashboard(actor: Actor, size: number): Promise<Dashboard> {
    const shortList = async (query: DeskQuery): Promise<ShortList> => {
      const { items, total } = await this.list(actor, { ...query, perPage: size });
      return { items, total };
    };
    const ownerId = actor.userId;
    const [inReview, scheduled, published, drafts] = await Promise.all([
      shortList({ status: ['in_review'], sort: '-updated' }),
      shortList({ status: ['scheduled'], sort: 'scheduled' }),
      shortList({ status: ['published'], sort: '-published' }),
      ownerId === null
        ? { items: [], total: 0 }
        : shortList({ status: ['draft'], ownerId, sort: '-updated' }),
    ]);
    return { inReview, scheduled, published, drafts };
  }

  async get(actor: Actor, id: number): Promise<DeskArticle> {
    authorize(actor, 'articles.read');
    const row = await this.read.articles.findById(id);
    if (!row) throw new MidadError('not_found');
    const [authors, tags, translations, partners] = await Promise.all([
      this.read.articles.authorIdsOf([id]),
      this.read.articles.tagIdsOf([id]),
      this.read.articles.translationOfIds([id]),
      this.read.articles.translationPartners([id]),
    ]);
    const translationOfId = translations.get(id) ?? null;
    const partnerId = partners.get(id);
    const partner = partnerId === undefined ? null : await this.read.articles.findById(partnerId);
    return {
      ...this.present(actor, row, authors.get(id) ?? [], tags.get(id) ?? [], translationOfId),
      translation: partner && {
        id: partner.id,
        title: partner.title,
        language: partner.language,
        status: partner.status,
        isOriginal: partner.id === translationOfId,
        url: isVisible(partner.status) ? articlePath(partner) : null,
      },
    };
  }

  async create(actor: Actor, input: unknown): Promise<DeskArticle> {
    const id = await inTransaction(this.context, (uow) => createArticle(uow, actor, input));
    return this.get(actor, id);
  }

  async update(actor: Actor, id: number, input: unknown): Promise<DeskArticle> {
    return this.write(actor, (uow) => updateArticle(uow, actor, id, input));
  }

  async transition(
    actor: Actor,
    id: number,
    action: ArticleAction,
    input: unknown,
  ): Promise<DeskArticle> {
    return this.write(actor, (uow) => transitionArticle(uow, actor, id, action, input));
  }

  async delete(actor: Actor, id: number, version: number | null): Promise<void> {
    const result = await inTransaction(this.context, (uow) =>
      deleteArticle(uow, actor, id, version),
    );
    if (!result.ok) throw this.conflictError(result.conflict);
  }

  async restore(
    actor: Actor,
    id: number,
    revisionId: number,
    input: unknown,
  ): Promise<DeskArticle> {
    return this.write(actor, (uow) => restoreRevision(uow, actor, id, revisionId, input));
  }

  async revisions(actor: Actor, id: number): Promise<RevisionSummary[]> {
    authorize(actor, 'articles.read');
    if (!(await this.read.articles.findById(id))) throw new MidadError('not_found');
    return (await this.read.revisions.list(id)).map(presentRevision);
  }

  async revision(
    actor: Actor,
    id: number,
    revisionId: number,
  ): Promise<RevisionSummary & { article: ArticleSnapshot }> {
    authorize(actor, 'articles.read');
    const row = await this.read.revisions.find(id, revisionId);
    if (!row) throw new MidadError('not_found');
    return { ...presentRevision(row), article: parseSnapshot(row.snapshot) };
  }

  /** A readable word-level diff from one revision to another (the later one by default: now). */
  async diff(actor: Actor, id: number, fromId: number, toId: number): Promise<RevisionDiff> {
    const [from, to] = await Promise.all([
      this.revision(actor, id, fromId),
      this.revision(actor, id, toId),
    ]);
    const text = (value: string | null) => value ?? '';
    const changedFields = (Object.keys(from.article) as (keyof ArticleSnapshot)[]).filter(
      (field) => JSON.stringify(from.article[field]) !== JSON.stringify(to.article[field]),
    );
    const { article: _a, ...fromSummary } = from;
    const { article: _b, ...toSummary } = to;
    return {
      from: fromSummary,
      to: toSummary,
      title: diffWords(from.article.title, to.article.title),
      subtitle: diffWords(text(from.article.subtitle), text(to.article.subtitle)),
      excerpt: diffWords(text(from.article.excerpt), text(to.article.excerpt)),
      body: diffWords(documentText(from.article.body), documentText(to.article.body)),
      changedFields,
    };
  }

  private async write(
    actor: Actor,
    command: (uow: UnitOfWork) => Promise<WriteResult>,
  ): Promise<DeskArticle> {
    const result = await inTransaction(this.context, command);
    if (!result.ok) throw this.conflictError(result.conflict);
    return this.get(actor, result.articleId);
  }

  private conflictError(conflict: Extract<WriteResult, { ok: false }>['conflict']): MidadError {
    const system = systemActorOf(conflict.savedBy);
    return new MidadError(
      'version_conflict',
      {
        savedBy: system ? { message: `actor.${system}` } : conflict.savedBy,
        savedAt: new Date(conflict.savedAt),
      },
      {
        currentVersion: conflict.currentVersion,
        yourVersion: conflict.yourVersion,
        savedBy: conflict.savedBy,
        savedAt: conflict.savedAt,
        refusedRevisionId: conflict.refusedRevisionId,
      },
    );
  }

  private present(
    actor: Actor,
    row: ArticleRow,
    authorIds: number[],
    tagIds: number[],
    translationOfId: number | null,
  ): DeskArticle {
    const snapshot = snapshotOf(row, authorIds, tagIds, translationOfId);
    const state = {
      status: row.status,
      ownerUserId: row.ownerUserId,
      publishedAt: row.publishedAt,
    };
    return {
      id: row.id,
      ...snapshot,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      version: row.version,
      ownerUserId: row.ownerUserId,
      url: isVisible(row.status) ? articlePath(row) : null,
      actions: availableActions(actor, state),
      canEdit: canEdit(actor, state),
      canDelete: canDelete(actor, state),
    };
  }
}

function isVisible(status: ArticleStatus): boolean {
  return status === 'published';
}

function presentRevision(row: {
  id: number;
  version: number;
  kind: RevisionKind;
  actorName: string;
  actorUserId: number | null;
  createdAt: string;
}): RevisionSummary {
  return {
    id: row.id,
    version: row.version,
    kind: row.kind,
    actorName: row.actorName,
    actorUserId: row.actorUserId,
    createdAt: row.createdAt,
  };
}
