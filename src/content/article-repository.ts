/** Article rows and their author/tag links. The only place article SQL is written. */
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type {
  ArticleRow,
  ArticleType,
  Database,
  Language,
  NewArticleRow,
  Timestamp,
} from '../db/schema.js';

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
] as const;

export interface PublishedFilter {
  language?: Language;
  sectionIds?: readonly number[];
  tagId?: number;
  personId?: number;
  type?: ArticleType;
  /** Leave out other types, e.g. opinion pieces from a news river. */
  notType?: ArticleType;
  excludeIds?: readonly number[];
  isFeatured?: boolean;
  isBreaking?: boolean;
}

export interface Page {
  limit: number;
  offset: number;
}

export class ArticleRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Published articles (status published, publication time reached), newest first. */
  async listPublished(
    filter: PublishedFilter,
    page: Page,
    now: Timestamp,
  ): Promise<ArticleSummaryRow[]> {
    return this.published(filter, now)
      .select(summaryColumns)
      .orderBy('article.publishedAt', 'desc')
      .orderBy('article.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
  }

  async countPublished(filter: PublishedFilter, now: Timestamp): Promise<number> {
    const row = await this.published(filter, now)
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async findById(id: number): Promise<ArticleRow | null> {
    const row = await this.db
      .selectFrom('article')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ?? null;
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('article')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  /** Inserts an article with its byline and tags, all or nothing. */
  async insert(
    row: NewArticleRow,
    authorIds: readonly number[],
    tagIds: readonly number[],
  ): Promise<ArticleRow> {
    const write = async (trx: Kysely<Database>) => {
      const article = await trx
        .insertInto('article')
        .values(row)
        .returningAll()
        .executeTakeFirstOrThrow();
      if (authorIds.length > 0) {
        await trx
          .insertInto('articleAuthor')
          .values(
            authorIds.map((personId, position) => ({ articleId: article.id, personId, position })),
          )
          .execute();
      }
      if (tagIds.length > 0) {
        await trx
          .insertInto('articleTag')
          .values(tagIds.map((tagId, position) => ({ articleId: article.id, tagId, position })))
          .execute();
      }
      return article;
    };
    // Inside a caller's transaction (the demo loader's, an import's) there is none to open.
    return this.db.isTransaction ? write(this.db) : this.db.transaction().execute(write);
  }

  private published(
    filter: PublishedFilter,
    now: Timestamp,
  ): SelectQueryBuilder<Database, 'article', object> {
    let query = this.db
      .selectFrom('article')
      .where('article.status', '=', 'published')
      .where('article.publishedAt', '<=', now);
    if (filter.language !== undefined)
      query = query.where('article.language', '=', filter.language);
    if (filter.sectionIds !== undefined) {
      query =
        filter.sectionIds.length === 0
          ? query.where((eb) => eb.val(1), '=', 0)
          : query.where('article.sectionId', 'in', filter.sectionIds);
    }
    if (filter.type !== undefined) query = query.where('article.type', '=', filter.type);
    if (filter.notType !== undefined) query = query.where('article.type', '!=', filter.notType);
    if (filter.excludeIds !== undefined && filter.excludeIds.length > 0) {
      query = query.where('article.id', 'not in', filter.excludeIds);
    }
    if (filter.isFeatured !== undefined)
      query = query.where('article.isFeatured', '=', filter.isFeatured ? 1 : 0);
    if (filter.isBreaking !== undefined)
      query = query.where('article.isBreaking', '=', filter.isBreaking ? 1 : 0);
    if (filter.tagId !== undefined) {
      const tagId = filter.tagId;
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('articleTag')
            .select('articleTag.articleId')
            .whereRef('articleTag.articleId', '=', 'article.id')
            .where('articleTag.tagId', '=', tagId),
        ),
      );
    }
    if (filter.personId !== undefined) {
      const personId = filter.personId;
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('articleAuthor')
            .select('articleAuthor.articleId')
            .whereRef('articleAuthor.articleId', '=', 'article.id')
            .where('articleAuthor.personId', '=', personId),
        ),
      );
    }
    return query;
  }
}
