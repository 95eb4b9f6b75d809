/** Article rows and their author/tag links. The only place article SQL is written. */
import { sql, type Expression, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import { Repository } from '../db/repository.js';
import type {
  ArticleRow,
  ArticleRowUpdate,
  ArticleStatus,
  ArticleType,
  Database,
  Language,
  NewArticleRow,
} from '../db/schema.js';
import { normalizeArabic } from '../text/normalize.js';

/** Everything but the body: what lists need. */
export type ArticleSummaryRow = Omit<ArticleRow, 'body'>;

const summaryColumns = [
  'article.id',
  'article.type',
  'article.slug',
  'article.title',
  'article.subtitle',
  'article.excerpt',
  'article.language',
  'article.status',
  'article.publishedAt',
  'article.createdAt',
  'article.updatedAt',
  'article.sectionId',
  'article.featuredMediaId',
  'article.sourceName',
  'article.sourceUrl',
  'article.seoTitle',
  'article.seoDescription',
  'article.canonicalUrl',
  'article.isBreaking',
  'article.isFeatured',
  'article.version',
  'article.scheduledAt',
  'article.ownerUserId',
] as const;

/** An article's entry in the sitemap: its address, its last change, its featured image. */
export interface SitemapArticleRow {
  id: number;
  slug: string;
  updatedAt: string;
  imageId: number | null;
  imageVersion: number | null;
  imageWidth: number | null;
}

/** What the reader site lists: published articles only. */
export interface PublishedFilter {
  language?: Language;
  sectionIds?: readonly number[];
  tagId?: number;
  personId?: number;
  type?: ArticleType;
  /** Leave out other types, e.g. opinion pieces from a news river. */
  notType?: ArticleType;
  excludeIds?: readonly number[];
  /** Only these (search results, in the order the caller keeps). */
  ids?: readonly number[];
  isFeatured?: boolean;
  isBreaking?: boolean;
  /** Published at this moment or later (ISO 8601). */
  publishedSince?: string;
  /** Published after this moment, strictly (ISO 8601). */
  publishedAfter?: string;
  /** Published before this moment (ISO 8601). */
  publishedBefore?: string;
  /** With any of these tags. */
  tagIds?: readonly number[];
  /** By any of these people. */
  personIds?: readonly number[];
  /** With one of these slugs. */
  slugs?: readonly string[];
  /** Changed at this moment or later (ISO 8601). */
  updatedSince?: string;
}

/** What the newsroom lists: every article, by any of these. */
export interface DeskFilter {
  statuses?: readonly ArticleStatus[];
  sectionId?: number;
  personId?: number;
  ownerUserId?: number;
  language?: Language;
  /**
   * Words in the title, subtitle or slug, each found however it is spelled: «اسعار الطاقه»
   * finds «أسعار الطّاقة» (hamza seats, teh marbuta, alef maqsura, tashkeel and digits folded).
   */
  q?: string;
}

/**
 * The desk's orders: `-` newest first, without it oldest first; `title` from A (ا) to Z (ي),
 * `scheduled` the soonest first. Articles without the date (never published) come last.
 */
export const deskSorts = [
  '-updated',
  'updated',
  '-created',
  'created',
  '-published',
  'published',
  'scheduled',
  'title',
] as const;
export type DeskSort = (typeof deskSorts)[number];

const sortColumns = {
  updated: 'article.updatedAt',
  created: 'article.createdAt',
  published: 'article.publishedAt',
  scheduled: 'article.scheduledAt',
  title: 'article.title',
} as const;

export interface Page {
  limit: number;
  offset: number;
}

/** The orders the public lists may take: by date (default newest first), change, id, title, slug. */
export interface PublishedOrder {
  by: 'publishedAt' | 'updatedAt' | 'id' | 'title' | 'slug';
  direction: 'asc' | 'desc';
}

type ArticleQuery = SelectQueryBuilder<Database, 'article', object>;

export class ArticleRepository extends Repository {
  /** Published articles, newest first (or in `order`). */
  async listPublished(
    filter: PublishedFilter,
    page: Page,
    order: PublishedOrder = { by: 'publishedAt', direction: 'desc' },
  ): Promise<ArticleSummaryRow[]> {
    return this.published(filter)
      .select(summaryColumns)
      .orderBy(`article.${order.by}`, order.direction)
      .orderBy('article.id', order.direction)
      .limit(page.limit)
      .offset(page.offset)
      .execute();
  }

  /** The images published articles show as their featured image, by id. */
  async featuredImageIds(
    page: Page & {
      direction: 'asc' | 'desc';
      ids?: readonly number[];
      excludeIds?: readonly number[];
    },
  ): Promise<{ ids: number[]; total: number }> {
    let query = this.published({}).where('article.featuredMediaId', 'is not', null);
    if (page.ids !== undefined) query = whereIn(query, 'article.featuredMediaId', page.ids);
    if (page.excludeIds !== undefined && page.excludeIds.length > 0)
      query = query.where('article.featuredMediaId', 'not in', page.excludeIds);
    const [rows, count] = await Promise.all([
      query
        .select((eb) => eb.ref('article.featuredMediaId').$castTo<number>().as('id'))
        .distinct()
        .orderBy('id', page.direction)
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
      query
        .select((eb) => eb.fn.count<number>('article.featuredMediaId').distinct().as('count'))
        .executeTakeFirstOrThrow(),
    ]);
    return { ids: rows.map((row) => row.id), total: Number(count.count) };
  }

  /**
   * The ids of several newest-first lists of published articles, in one statement: for each
   * `{ filter, limit }`, the newest `limit` ids in order. The front page asks a dozen at once;
   * one statement costs a dozen times less to build and run than twelve.
   */
  async newestPublishedIds(
    lists: readonly { filter: PublishedFilter; limit: number }[],
  ): Promise<number[][]> {
    const parts = lists.map(({ filter, limit }, index) =>
      this.db
        .selectFrom(
          this.published(filter)
            .select(['article.id', 'article.publishedAt'])
            .orderBy('article.publishedAt', 'desc')
            .orderBy('article.id', 'desc')
            .limit(Math.max(0, limit))
            .as('part'),
        )
        .select(['part.id', 'part.publishedAt', sql.lit(index).as('list')]),
    );
    const [first, ...rest] = parts;
    if (first === undefined) return [];
    const rows = await rest.reduce((union, part) => union.unionAll(part), first).execute();
    // A union keeps no order: each list is put back in its own, newest first.
    // ISO 8601 times in UTC, as both databases give them, sort as strings.
    const newestFirst = (a: (typeof rows)[number], b: (typeof rows)[number]) => {
      const [timeA, timeB] = [a.publishedAt ?? '', b.publishedAt ?? ''];
      return timeA === timeB ? b.id - a.id : timeA < timeB ? 1 : -1;
    };
    const byList = lists.map(() => [] as typeof rows);
    for (const row of rows) byList[Number(row.list)]?.push(row);
    return byList.map((list) => list.sort(newestFirst).map((row) => row.id));
  }

  /** The bodies of published articles, by id: what a full-text feed carries. */
  async publishedBodies(ids: readonly number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.published({ ids }).select(['article.id', 'article.body']).execute();
    return new Map(rows.map((row) => [row.id, row.body]));
  }

  /**
   * The files of the article sitemap: published articles by id, `perFile` to a file, with
   * how many each holds and when the newest change among them was.
   */
  async sitemapFiles(perFile: number): Promise<{ count: number; lastmod: string }[]> {
    const numbered = this.published({})
      .select((eb) => [
        'article.updatedAt',
        sql<number>`(row_number() over (order by ${eb.ref('article.id')}) - 1) / ${sql.lit(perFile)}`.as(
          'file',
        ),
      ])
      .as('numbered');
    const rows = await this.db
      .selectFrom(numbered)
      .select((eb) => [
        'numbered.file',
        eb.fn.countAll<number>().as('count'),
        eb.fn.max('numbered.updatedAt').as('lastmod'),
      ])
      .groupBy('numbered.file')
      .orderBy('numbered.file')
      .execute();
    return rows.map((row) => ({ count: Number(row.count), lastmod: row.lastmod }));
  }

  /** One file of the article sitemap: each article's address parts, its change, its image. */
  async sitemapArticles(page: Page): Promise<SitemapArticleRow[]> {
    return this.published({})
      .leftJoin('media', 'media.id', 'article.featuredMediaId')
      .select([
        'article.id',
        'article.slug',
        'article.updatedAt',
        'media.id as imageId',
        'media.version as imageVersion',
        'media.width as imageWidth',
      ])
      .orderBy('article.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
  }

  /**
   * How many published stories each section, tag or author has, and when the newest change
   * among them was (the `lastmod` of their pages in the sitemaps). Those with none are absent.
   */
  async storyCounts(
    by: 'section' | 'tag' | 'person',
  ): Promise<Map<number, { count: number; lastmod: string }>> {
    const published = this.published({});
    const grouped =
      by === 'section'
        ? published
            .where('article.sectionId', 'is not', null)
            .select((eb) => eb.ref('article.sectionId').$castTo<number>().as('key'))
            .groupBy('article.sectionId')
        : by === 'tag'
          ? published
              .innerJoin('articleTag', 'articleTag.articleId', 'article.id')
              .select('articleTag.tagId as key')
              .groupBy('articleTag.tagId')
          : published
              .innerJoin('articleAuthor', 'articleAuthor.articleId', 'article.id')
              .select('articleAuthor.personId as key')
              .groupBy('articleAuthor.personId');
    const rows = await grouped
      .select((eb) => [
        eb.fn.countAll<number>().as('count'),
        eb.fn.max('article.updatedAt').as('lastmod'),
      ])
      .execute();
    return new Map(
      rows.map((row) => [Number(row.key), { count: Number(row.count), lastmod: row.lastmod }]),
    );
  }

  async countPublished(filter: PublishedFilter): Promise<number> {
    return this.countOf(this.published(filter));
  }

  async listDesk(filter: DeskFilter, sort: DeskSort, page: Page): Promise<ArticleSummaryRow[]> {
    const isNewestFirst = sort.startsWith('-');
    const column = sortColumns[(isNewestFirst ? sort.slice(1) : sort) as keyof typeof sortColumns];
    return this.desk(filter)
      .select(summaryColumns)
      .orderBy(column, (order) => (isNewestFirst ? order.desc() : order.asc()).nullsLast())
      .orderBy('article.updatedAt', 'desc')
      .orderBy('article.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
  }

  async countDesk(filter: DeskFilter): Promise<number> {
    return this.countOf(this.desk(filter));
  }

  async findById(id: number): Promise<ArticleRow | null> {
    const row = await this.db
      .selectFrom('article')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ?? null;
  }

  /** The id of the article with this slug, in any status; null when there is none. */
  async idBySlug(slug: string): Promise<number | null> {
    const row = await this.db
      .selectFrom('article')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirst();
    return row?.id ?? null;
  }

  async count(): Promise<number> {
    return this.countOf(this.db.selectFrom('article'));
  }

  /** Whether another article already has this slug. */
  async isSlugTaken(slug: string, exceptId: number | null = null): Promise<boolean> {
    let query = this.db.selectFrom('article').select('id').where('slug', '=', slug);
    if (exceptId !== null) query = query.where('id', '!=', exceptId);
    return (await query.executeTakeFirst()) !== undefined;
  }

  /** Slugs starting with `prefix`, to find the next free `prefix-N`. */
  async slugsLike(prefix: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('article')
      .select('slug')
      .where(sql<boolean>`slug like ${`${escapeLike(prefix)}%`} escape '\\'`)
      .execute();
    return rows.map((r) => r.slug);
  }

  async insert(row: NewArticleRow): Promise<ArticleRow> {
    return this.writer.insertInto('article').values(row).returningAll().executeTakeFirstOrThrow();
  }

  /**
   * Updates the article if it is still at `expectedVersion`, raising its version by one;
   * returns null when another change came first (the caller refuses the stale update).
   */
  async update(
    id: number,
    expectedVersion: number,
    changes: Omit<ArticleRowUpdate, 'id' | 'version' | 'createdAt'>,
  ): Promise<ArticleRow | null> {
    const row = await this.writer
      .updateTable('article')
      .set({ ...changes, version: expectedVersion + 1 })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returningAll()
      .executeTakeFirst();
    return row ?? null;
  }

  /** Sets the time of last change without counting a new version (for imports). */
  async touch(id: number, updatedAt: string): Promise<void> {
    await this.writer.updateTable('article').set({ updatedAt }).where('id', '=', id).execute();
  }

  async delete(id: number): Promise<void> {
    await this.writer.deleteFrom('article').where('id', '=', id).execute();
  }

  /** Replaces the byline with these people, in this order. */
  async setAuthors(articleId: number, personIds: readonly number[]): Promise<void> {
    await this.writer.deleteFrom('articleAuthor').where('articleId', '=', articleId).execute();
    if (personIds.length === 0) return;
    await this.writer
      .insertInto('articleAuthor')
      .values(personIds.map((personId, position) => ({ articleId, personId, position })))
      .execute();
  }

  /** Replaces the tags with these, in this order. */
  async setTags(articleId: number, tagIds: readonly number[]): Promise<void> {
    await this.writer.deleteFrom('articleTag').where('articleId', '=', articleId).execute();
    if (tagIds.length === 0) return;
    await this.writer
      .insertInto('articleTag')
      .values(tagIds.map((tagId, position) => ({ articleId, tagId, position })))
      .execute();
  }

  /** Links the article to the one it translates, or (null) to none. */
  async setTranslationOf(articleId: number, originalId: number | null): Promise<void> {
    await this.writer.deleteFrom('articleTranslation').where('articleId', '=', articleId).execute();
    if (originalId === null) return;
    await this.writer
      .insertInto('articleTranslation')
      .values({ articleId, translationOfId: originalId })
      .execute();
  }

  /** The article each of these translates, for those that translate one. */
  async translationOfIds(articleIds: readonly number[]): Promise<Map<number, number>> {
    const links = await this.translationLinks(articleIds, ['articleId']);
    return new Map(links.map((link) => [link.articleId, link.translationOfId]));
  }

  /** The translation of each of these originals, for those that have one. */
  async translatedBy(originalIds: readonly number[]): Promise<Map<number, number>> {
    const links = await this.translationLinks(originalIds, ['translationOfId']);
    return new Map(links.map((link) => [link.translationOfId, link.articleId]));
  }

  /**
   * Each article's other half, whichever way the link goes: the one it translates, or the one
   * that translates it.
   */
  async translationPartners(articleIds: readonly number[]): Promise<Map<number, number>> {
    const wanted = new Set(articleIds);
    const partners = new Map<number, number>();
    for (const { articleId, translationOfId } of await this.translationLinks(articleIds, [
      'articleId',
      'translationOfId',
    ])) {
      if (wanted.has(articleId)) partners.set(articleId, translationOfId);
      if (wanted.has(translationOfId)) partners.set(translationOfId, articleId);
    }
    return partners;
  }

  /** The translation links with any of `ids` on the sides named. */
  private async translationLinks(
    ids: readonly number[],
    sides: readonly ('articleId' | 'translationOfId')[],
  ): Promise<{ articleId: number; translationOfId: number }[]> {
    if (ids.length === 0) return [];
    const unique = [...new Set(ids)];
    return this.db
      .selectFrom('articleTranslation')
      .select(['articleId', 'translationOfId'])
      .where((eb) => eb.or(sides.map((side) => eb(side, 'in', unique))))
      .execute();
  }

  /** The byline's person ids of each article, in order. */
  async authorIdsOf(articleIds: readonly number[]): Promise<Map<number, number[]>> {
    if (articleIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('articleAuthor')
      .select(['articleId', 'personId'])
      .where('articleId', 'in', [...new Set(articleIds)])
      .orderBy('position')
      .execute();
    return groupIds(rows.map((r) => [r.articleId, r.personId]));
  }

  /** The tag ids of each article, in order. */
  async tagIdsOf(articleIds: readonly number[]): Promise<Map<number, number[]>> {
    if (articleIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('articleTag')
      .select(['articleId', 'tagId'])
      .where('articleId', 'in', [...new Set(articleIds)])
      .orderBy('position')
      .execute();
    return groupIds(rows.map((r) => [r.articleId, r.tagId]));
  }

  /** Ids of the articles tagged with `tagId`. */
  async idsWithTag(tagId: number): Promise<number[]> {
    const rows = await this.db
      .selectFrom('articleTag')
      .select('articleId')
      .where('tagId', '=', tagId)
      .execute();
    return rows.map((r) => r.articleId);
  }

  /** How many articles are filed in a section, or bylined to a person. */
  async countUsing(what: { sectionId: number } | { personId: number }): Promise<number> {
    if ('sectionId' in what) {
      return this.countOf(this.db.selectFrom('article').where('sectionId', '=', what.sectionId));
    }
    return this.countOf(this.db.selectFrom('articleAuthor').where('personId', '=', what.personId));
  }

  private async countOf(query: SelectQueryBuilder<Database, 'article' | 'articleAuthor', object>) {
    const row = await query
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  /**
   * Readers see `published` articles only. Scheduled ones become published when the job
   * runner publishes them, which is also when caches hear of them: visibility never
   * depends on the clock at read time.
   */
  private published(filter: PublishedFilter): ArticleQuery {
    let query = this.db.selectFrom('article').where('article.status', '=', 'published');
    if (filter.language !== undefined)
      query = query.where('article.language', '=', filter.language);
    if (filter.sectionIds !== undefined)
      query = whereIn(query, 'article.sectionId', filter.sectionIds);
    if (filter.type !== undefined) query = query.where('article.type', '=', filter.type);
    if (filter.notType !== undefined) query = query.where('article.type', '!=', filter.notType);
    if (filter.excludeIds !== undefined && filter.excludeIds.length > 0) {
      query = query.where('article.id', 'not in', filter.excludeIds);
    }
    if (filter.ids !== undefined) query = whereIn(query, 'article.id', filter.ids);
    if (filter.isFeatured !== undefined)
      query = query.where('article.isFeatured', '=', filter.isFeatured ? 1 : 0);
    if (filter.isBreaking !== undefined)
      query = query.where('article.isBreaking', '=', filter.isBreaking ? 1 : 0);
    if (filter.publishedSince !== undefined)
      query = query.where('article.publishedAt', '>=', filter.publishedSince);
    if (filter.publishedAfter !== undefined)
      query = query.where('article.publishedAt', '>', filter.publishedAfter);
    if (filter.tagIds !== undefined) query = withAnyOf(query, 'tag', filter.tagIds);
    if (filter.personIds !== undefined) query = withAnyOf(query, 'author', filter.personIds);
    if (filter.slugs !== undefined) query = whereIn(query, 'article.slug', filter.slugs);
    if (filter.publishedBefore !== undefined)
      query = query.where('article.publishedAt', '<', filter.publishedBefore);
    if (filter.updatedSince !== undefined)
      query = query.where('article.updatedAt', '>=', filter.updatedSince);
    if (filter.tagId !== undefined) query = withAnyOf(query, 'tag', [filter.tagId]);
    if (filter.personId !== undefined) query = withAnyOf(query, 'author', [filter.personId]);
    return query;
  }

  private desk(filter: DeskFilter): ArticleQuery {
    let query = this.db.selectFrom('article');
    if (filter.statuses !== undefined && filter.statuses.length > 0)
      query = query.where('article.status', 'in', filter.statuses);
    if (filter.sectionId !== undefined)
      query = query.where('article.sectionId', '=', filter.sectionId);
    if (filter.language !== undefined)
      query = query.where('article.language', '=', filter.language);
    if (filter.ownerUserId !== undefined)
      query = query.where('article.ownerUserId', '=', filter.ownerUserId);
    if (filter.personId !== undefined) query = withAnyOf(query, 'author', [filter.personId]);
    const words = normalizeArabic(filter.q ?? '')
      .split(/\s+/)
      .filter(Boolean);
    for (const word of words.slice(0, 8)) {
      const pattern = likePattern(word);
      query = query.where((eb) =>
        eb.or(
          (['article.title', 'article.subtitle', 'article.slug'] as const).map(
            (column) => sql<boolean>`${searchKey(eb.ref(column))} like ${pattern} escape '\\'`,
          ),
        ),
      );
    }
    return query;
  }
}

/** Rows whose `column` is one of `values`; none at all for an empty list. */
function whereIn<V extends number | string>(
  query: ArticleQuery,
  column: 'article.id' | 'article.sectionId' | 'article.slug' | 'article.featuredMediaId',
  values: readonly V[],
): ArticleQuery {
  if (values.length === 0) return query.where((eb) => eb.val(1), '=', 0);
  return query.where(column, 'in', values);
}

const links = { tag: ['articleTag', 'tagId'], author: ['articleAuthor', 'personId'] } as const;

/** Articles with any of these tags, or by any of these people; none for an empty list. */
function withAnyOf(
  query: ArticleQuery,
  link: keyof typeof links,
  ids: readonly number[],
): ArticleQuery {
  if (ids.length === 0) return query.where((eb) => eb.val(1), '=', 0);
  const [table, column] = links[link];
  return query.where((eb) =>
    eb.exists(
      eb
        .selectFrom(table)
        .select(`${table}.articleId`)
        .whereRef(`${table}.articleId`, '=', 'article.id')
        .where(`${table}.${column}` as 'articleTag.tagId', 'in', ids),
    ),
  );
}

/**
 * The folds `normalizeArabic` makes on single letters of the Arabic block (U+0600–U+06FF), as
 * pairs for SQL's `replace()`. Taken from the normalizer itself, so the database and the query
 * cannot disagree on a letter. Left out: what only NFKC changes (presentation forms), which
 * keyboards do not type.
 */
const arabicFolds: readonly (readonly [string, string])[] = Array.from(
  { length: 0x100 },
  (_, offset) => String.fromCodePoint(0x0600 + offset),
)
  .map((letter) => [letter, normalizeArabic(letter)] as const)
  .filter(([letter, folded]) => folded !== letter);

/**
 * A column as search compares it, in SQL that both SQLite and PostgreSQL run: lower case, then
 * each fold. Computed row by row, which the desk's thousands of articles afford.
 */
function searchKey(column: Expression<string | null>): RawBuilder<string> {
  let key: RawBuilder<string> = sql`lower(${column})`;
  for (const [letter, folded] of arabicFolds) {
    key = sql`replace(${key}, ${sql.lit(letter)}, ${sql.lit(folded)})`;
  }
  return key;
}

/** LIKE's wildcards, escaped with a backslash (declared with ESCAPE: SQLite has no default). */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

function likePattern(word: string): string {
  return `%${escapeLike(word)}%`;
}

function groupIds(pairs: [number, number][]): Map<number, number[]> {
  const result = new Map<number, number[]>();
  for (const [key, id] of pairs) {
    const list = result.get(key) ?? [];
    list.push(id);
    result.set(key, list);
  }
  return result;
}
