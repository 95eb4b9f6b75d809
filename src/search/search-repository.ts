/**
 * The search index's rows and its one query, on both databases. Terms arrive analyzed (see
 * `index-terms.ts`): letters and digits only, so they pass through FTS5's `unicode61` and
 * PostgreSQL's `simple` configuration unchanged, and a query built from them can never be
 * read as either engine's operators.
 *
 * Ranking is the engine's text score (FTS5's BM25, PostgreSQL's `ts_rank`, both with the
 * fields weighted headline 8 : standfirst 4 : tags and section 2 : body 1) times a recency
 * factor that halves an article's weight a year after publication, so of two equally good
 * matches the newer comes first.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Dialect } from '../db/database.js';
import { Repository } from '../db/repository.js';
import type { ArticleRow, Database, Language } from '../db/schema.js';

export interface SearchDocument {
  articleId: number;
  language: Language;
  sectionId: number | null;
  publishedAt: string;
  title: readonly string[];
  dek: readonly string[];
  meta: readonly string[];
  body: readonly string[];
  /** Its suggestible terms, each with a way the article wrote it (see `index-terms.ts`). */
  vocabulary: ReadonlyMap<string, string>;
}

/** What the index is built from: an article's row, the columns indexing reads. */
export type ArticleToIndex = Pick<
  ArticleRow,
  | 'id'
  | 'language'
  | 'status'
  | 'publishedAt'
  | 'sectionId'
  | 'title'
  | 'subtitle'
  | 'excerpt'
  | 'body'
>;

/** A term of the vocabulary, as written somewhere. */
export interface VocabularyTerm {
  term: string;
  word: string;
}

/**
 * What to look for, as index tokens: all of `terms`, each phrase word after word, one of the
 * spellings (term sequences) of each of `anyOf`, none of `exclude` and none of
 * `excludePhrases`.
 */
export interface IndexQuery {
  terms: readonly string[];
  phrases: readonly (readonly string[])[];
  anyOf?: readonly (readonly (readonly string[])[])[];
  exclude: readonly string[];
  excludePhrases?: readonly (readonly string[])[];
}

export interface SearchFilter {
  language: Language;
  sectionIds?: readonly number[];
  personId?: number;
  /** ISO instants, inclusive. */
  from?: string;
  to?: string;
}

export interface SearchHit {
  articleId: number;
  score: number;
}

export type SearchOrder = 'relevance' | 'newest';

const weights = { title: 8, dek: 4, meta: 2, body: 1 };
/** Rows per insert and ids per delete: well under both engines' limit on bound values. */
const vocabularyChunk = 300;
const documentsPerInsert = 100;
const idsPerDelete = 500;
/** However large the vocabulary, a suggestion weighs at most this many candidates. */
const maxCandidates = 20_000;
const yearMs = 365 * 24 * 60 * 60 * 1000;
/**
 * How many matches a search ranks: the newest this many that pass its filters. Scoring every
 * match of two common words is most of a search's time at 100 000 articles (tens of
 * thousands of rows), and what a reader wants of so many is the recent ones; a search that
 * matches fewer is ranked whole. Pages list this many at most (`listed`).
 */
export const rankedMatches = 1000;

export class SearchRepository extends Repository {
  constructor(
    db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {
    super(db);
  }

  /**
   * Puts articles in the index (or replaces what the index had of them): multi-row inserts
   * and one vocabulary write for all of them, which is what lets a rebuild keep up.
   */
  async putAll(documents: readonly SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.removeAll(documents.map((document) => document.articleId));
    for (let start = 0; start < documents.length; start += documentsPerInsert) {
      const rows = documents.slice(start, start + documentsPerInsert).map((document) => ({
        articleId: document.articleId,
        language: document.language,
        sectionId: document.sectionId,
        publishedAt: document.publishedAt,
        titleTerms: document.title.join(' '),
        dekTerms: document.dek.join(' '),
        metaTerms: document.meta.join(' '),
        bodyTerms: document.body.join(' '),
      }));
      await this.writer.insertInto('searchDocument').values(rows).execute();
      if (this.dialect === 'sqlite') {
        const values = rows.map(
          (row) =>
            sql`(${row.articleId}, ${row.titleTerms}, ${row.dekTerms}, ${row.metaTerms}, ${row.bodyTerms})`,
        );
        await sql`insert into search_fts (rowid, title, dek, meta, body) values ${sql.join(values)}`.execute(
          this.writer,
        );
      }
    }
    await this.addVocabulary(vocabularyOf(documents));
  }

  /** Adds terms to the vocabulary; a term already there keeps the shorter of its spellings. */
  private async addVocabulary(rows: readonly NewVocabularyTerm[]) {
    for (let start = 0; start < rows.length; start += vocabularyChunk) {
      await this.writer
        .insertInto('searchTerm')
        .values(rows.slice(start, start + vocabularyChunk))
        .onConflict((conflict) =>
          conflict
            .columns(['language', 'term'])
            .doUpdateSet({ word: (eb) => eb.ref('excluded.word') })
            .where(sql<boolean>`length(excluded.word) < length(search_term.word)`),
        )
        .execute();
    }
  }

  /**
   * The vocabulary's terms that start with one of `initials` and whose length differs from
   * `length` by at most `spread`: where a misspelling's correction is looked for.
   */
  async termsNear(
    language: Language,
    { initials, length, spread }: { initials: readonly string[]; length: number; spread: number },
  ): Promise<VocabularyTerm[]> {
    if (initials.length === 0) return [];
    return this.db
      .selectFrom('searchTerm')
      .select(['term', 'word'])
      .where('language', '=', language)
      .where('initial', 'in', [...initials])
      .where('length', '>=', length - spread)
      .where('length', '<=', length + spread)
      .limit(maxCandidates)
      .execute();
  }

  async remove(articleId: number): Promise<void> {
    await this.removeAll([articleId]);
  }

  /** Takes articles out of the index. */
  async removeAll(articleIds: readonly number[]): Promise<void> {
    for (let start = 0; start < articleIds.length; start += idsPerDelete) {
      const ids = articleIds.slice(start, start + idsPerDelete);
      await this.writer.deleteFrom('searchDocument').where('articleId', 'in', ids).execute();
      if (this.dialect === 'sqlite') {
        await sql`delete from search_fts where rowid in (${sql.join(ids)})`.execute(this.writer);
      }
    }
  }

  /** The rows of some articles as indexing reads them (`search-projection.ts`). */
  async articlesToIndex(ids: readonly number[]): Promise<ArticleToIndex[]> {
    if (ids.length === 0) return [];
    return this.db
      .selectFrom('article')
      .select([
        'id',
        'language',
        'status',
        'publishedAt',
        'sectionId',
        'title',
        'subtitle',
        'excerpt',
        'body',
      ])
      .where('id', 'in', [...ids])
      .execute();
  }

  /** The published articles of a section (its own and its subsections'), to index again. */
  async publishedInSection(sectionId: number): Promise<number[]> {
    const rows = await this.db
      .selectFrom('article')
      .select('id')
      .where('status', '=', 'published')
      .where((eb) =>
        eb.or([
          eb('sectionId', '=', sectionId),
          eb(
            'sectionId',
            'in',
            eb.selectFrom('section').select('id').where('parentId', '=', sectionId),
          ),
        ]),
      )
      .execute();
    return rows.map((row) => row.id);
  }

  /** The bodies of some articles (their stored JSON), for the results' snippets. */
  async bodiesOf(ids: readonly number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('article')
      .select(['id', 'body'])
      .where('id', 'in', [...ids])
      .execute();
    return new Map(rows.map((row) => [row.id, row.body]));
  }

  /** Whether a published article has no index row (one query, for the start-up check). */
  async hasUnindexed(): Promise<boolean> {
    const row = await this.db
      .selectFrom('article')
      .select('id')
      .where('status', '=', 'published')
      .where('id', 'not in', this.db.selectFrom('searchDocument').select('articleId'))
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Every published article's id, oldest first: what a rebuild indexes. */
  async publishedIds(): Promise<number[]> {
    const rows = await this.db
      .selectFrom('article')
      .select('id')
      .where('status', '=', 'published')
      .orderBy('id')
      .execute();
    return rows.map((row) => row.id);
  }

  /** Every indexed article's id, for a rebuild to know what to drop. */
  async indexedIds(): Promise<number[]> {
    const rows = await this.db.selectFrom('searchDocument').select('articleId').execute();
    return rows.map((row) => row.articleId);
  }

  /** The matching articles' ids, best first, and how many match in all. */
  async search(
    query: IndexQuery,
    filter: SearchFilter,
    page: { limit: number; offset: number; order: SearchOrder; now: Date },
  ): Promise<{ hits: SearchHit[]; total: number }> {
    if (isNothing(query)) return { hits: [], total: 0 };
    const [rows, total] = await Promise.all([
      this.dialect === 'sqlite'
        ? this.rankSqlite(query, filter, page)
        : this.rankPostgres(query, filter, page),
      this.count(query, filter),
    ]);
    return { hits: rows.map(hitOf), total };
  }

  /** How many articles match, without ranking any: what a suggestion weighs. */
  async count(query: IndexQuery, filter: SearchFilter): Promise<number> {
    if (isNothing(query)) return 0;
    if (this.dialect === 'sqlite') {
      const match = ftsMatch(query);
      const row = this.isLanguageOnly(filter)
        ? await this.countInLanguage(match, filter.language)
        : await this.sqliteMatches(match, filter)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirst();
      return Number(row?.n ?? 0);
    }
    const row = await this.postgresMatches(tsqueryOf(query), filter)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /**
   * The matching rows, FTS5's first: the join is a cross join, because SQLite then keeps the
   * order of the tables as written. Left to choose, the planner read every row of the
   * language and ran the match once for each.
   */
  private sqliteMatches(match: string, filter: SearchFilter) {
    return this.db
      .selectFrom(sql`search_fts`.as('f'))
      .crossJoin('searchDocument as d')
      .where(sql<boolean>`d.article_id = f.rowid`)
      .where(sql<boolean>`search_fts match ${match}`)
      .where((eb) => eb.and(this.conditions(filter)));
  }

  private postgresMatches(tsquery: string, filter: SearchFilter) {
    return this.db
      .selectFrom('searchDocument as d')
      .where(sql<boolean>`d.terms @@ to_tsquery('simple', ${tsquery})`)
      .where((eb) => eb.and(this.conditions(filter)));
  }

  private async rankSqlite(
    query: IndexQuery,
    filter: SearchFilter,
    page: { limit: number; offset: number; order: SearchOrder; now: Date },
  ) {
    const match = ftsMatch(query);
    const textScore = sql<number>`-bm25(search_fts, ${weights.title}, ${weights.dek}, ${weights.meta}, ${weights.body})`;
    const recency = sql<number>`(1.0 + max(0, (${page.now.getTime()} - (julianday(d.published_at) - 2440587.5) * 86400000.0)) / ${yearMs})`;
    // The newest `rankedMatches` matches that pass the filter, read from FTS5 newest first
    // (its rowid is the article's id) and joined to their rows one by one, which stops there;
    // bm25() is computed for the window's rows alone.
    const window = this.sqliteMatches(match, filter)
      .select([
        'd.articleId as articleId',
        'd.publishedAt as publishedAt',
        sql<number>`${textScore} / ${recency}`.as('score'),
      ])
      .modifyEnd(sql`order by f.rowid desc limit ${rankedMatches}`);
    const order = page.order === 'newest' ? sql`w.published_at` : sql`w.score`;
    return this.db
      .selectFrom(window.as('w'))
      .select(['w.articleId', 'w.score'])
      .modifyEnd(
        sql`order by ${order} desc, w.article_id desc limit ${page.limit} offset ${page.offset}`,
      )
      .execute();
  }

  private isLanguageOnly(filter: SearchFilter): boolean {
    return (
      !filter.sectionIds?.length && filter.personId === undefined && !filter.from && !filter.to
    );
  }

  /**
   * How many articles of `language` match, counted by FTS5 alone (which counts matches
   * without reading a row), less the matches in other languages: every indexed article has
   * one row in each table, written and removed together. Counting through the join read the
   * row of each match, most of a common word's search.
   */
  private async countInLanguage(match: string, language: Language) {
    const { rows } = await sql<{ n: number }>`
      select count(*) as n from search_fts where search_fts match ${match} and rowid not in (
        select article_id from search_document where language < ${language} or language > ${language}
      )`.execute(this.db);
    return rows[0];
  }

  private async rankPostgres(
    query: IndexQuery,
    filter: SearchFilter,
    page: { limit: number; offset: number; order: SearchOrder; now: Date },
  ) {
    const tsquery = tsqueryOf(query);
    const weighted = `{${weights.body / 8}, ${weights.meta / 8}, ${weights.dek / 8}, ${weights.title / 8}}`;
    const rank = sql<number>`ts_rank(${weighted}::float4[], d.terms, to_tsquery('simple', ${tsquery}), 1)
      / (1.0 + greatest(0, ${page.now.getTime()} - extract(epoch from d.published_at::timestamptz) * 1000) / ${yearMs})`;
    // As on SQLite: the newest `rankedMatches` matches, ranked; ts_rank() reads each one's
    // terms, so it runs on the window alone.
    const window = this.postgresMatches(tsquery, filter)
      .select([
        'd.articleId as articleId',
        'd.publishedAt as publishedAt',
        sql`d.terms`.as('terms'),
      ])
      .orderBy('d.articleId', 'desc')
      .limit(rankedMatches);
    return this.db
      .selectFrom(window.as('d'))
      .select(['d.articleId as articleId', rank.as('score')])
      .orderBy(page.order === 'newest' ? sql`d.published_at` : sql`score`, 'desc')
      .orderBy('d.articleId', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
  }

  /** The filter as conditions on the index rows (`d`). */
  private conditions(filter: SearchFilter): RawBuilder<boolean>[] {
    const conditions = [sql<boolean>`d.language = ${filter.language}`];
    if (filter.sectionIds && filter.sectionIds.length > 0) {
      conditions.push(sql<boolean>`d.section_id in (${sql.join(filter.sectionIds)})`);
    }
    if (filter.personId !== undefined) {
      conditions.push(
        sql<boolean>`exists (select 1 from article_author a where a.article_id = d.article_id and a.person_id = ${filter.personId})`,
      );
    }
    if (filter.from) conditions.push(sql<boolean>`d.published_at >= ${filter.from}`);
    if (filter.to) conditions.push(sql<boolean>`d.published_at <= ${filter.to}`);
    return conditions;
  }
}

interface NewVocabularyTerm extends VocabularyTerm {
  language: Language;
  initial: string;
  length: number;
}

/**
 * The documents' vocabularies as one set of rows, each term once per language with the
 * shortest of its spellings (the first of them on a tie): what writing each document's
 * vocabulary in turn would leave, in one write (and PostgreSQL refuses a row twice in one).
 */
function vocabularyOf(documents: readonly SearchDocument[]): NewVocabularyTerm[] {
  const byLanguage = new Map<Language, Map<string, string>>();
  for (const document of documents) {
    const words = byLanguage.get(document.language) ?? new Map<string, string>();
    byLanguage.set(document.language, words);
    for (const [term, word] of document.vocabulary) {
      const known = words.get(term);
      if (known === undefined || word.length < known.length) words.set(term, word);
    }
  }
  return [...byLanguage].flatMap(([language, words]) =>
    [...words].map(([term, word]) => {
      const letters = [...term];
      return { language, term, word, initial: letters[0] ?? '', length: letters.length };
    }),
  );
}

/** A query with nothing to look for (only exclusions, or nothing at all) matches nothing. */
function isNothing(query: IndexQuery): boolean {
  return query.terms.length === 0 && query.phrases.length === 0 && !query.anyOf?.length;
}

/** The query in FTS5's syntax: each term and phrase quoted, so none is read as an operator. */
function ftsMatch(query: IndexQuery): string {
  const quote = (tokens: readonly string[]) => `"${tokens.join(' ')}"`;
  const positive = [
    ...query.terms.map((t) => quote([t])),
    ...query.phrases.map(quote),
    ...(query.anyOf ?? []).map((spellings) => `(${spellings.map(quote).join(' OR ')})`),
  ];
  const negative = [
    ...query.exclude.map((t) => quote([t])),
    ...(query.excludePhrases ?? []).map(quote),
  ];
  return positive.join(' AND ') + negative.map((q) => ` NOT ${q}`).join('');
}

/** The query as a PostgreSQL `tsquery` (the terms are letters and digits alone). */
function tsqueryOf(query: IndexQuery): string {
  const sequence = (terms: readonly string[]) => `(${terms.join(' <-> ')})`;
  const positive = [
    ...query.terms,
    ...query.phrases.map(sequence),
    ...(query.anyOf ?? []).map((spellings) => `(${spellings.map(sequence).join(' | ')})`),
  ].join(' & ');
  const negative = [...query.exclude, ...(query.excludePhrases ?? []).map(sequence)];
  return positive + negative.map((t) => ` & !${t}`).join('');
}

function hitOf(row: { articleId: number; score: number }): SearchHit {
  return { articleId: row.articleId, score: Number(row.score) };
}
