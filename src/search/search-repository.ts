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
import type { Database, Language } from '../db/schema.js';

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
/** Rows per vocabulary insert: well under both engines' limit on bound values. */
const vocabularyChunk = 300;
/** However large the vocabulary, a suggestion weighs at most this many candidates. */
const maxCandidates = 20_000;
const yearMs = 365 * 24 * 60 * 60 * 1000;

export class SearchRepository extends Repository {
  constructor(
    db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {
    super(db);
  }

  /** Puts an article in the index (or replaces what the index had of it). */
  async put(document: SearchDocument): Promise<void> {
    await this.remove(document.articleId);
    const fields = {
      titleTerms: document.title.join(' '),
      dekTerms: document.dek.join(' '),
      metaTerms: document.meta.join(' '),
      bodyTerms: document.body.join(' '),
    };
    await this.writer
      .insertInto('searchDocument')
      .values({
        articleId: document.articleId,
        language: document.language,
        sectionId: document.sectionId,
        publishedAt: document.publishedAt,
        ...fields,
      })
      .execute();
    if (this.dialect === 'sqlite') {
      await sql`insert into search_fts (rowid, title, dek, meta, body) values (${document.articleId},
        ${fields.titleTerms}, ${fields.dekTerms}, ${fields.metaTerms}, ${fields.bodyTerms})`.execute(
        this.writer,
      );
    }
    await this.addVocabulary(document.language, document.vocabulary);
  }

  /** Adds terms to the vocabulary; a term already there keeps the shorter of its spellings. */
  private async addVocabulary(language: Language, vocabulary: ReadonlyMap<string, string>) {
    const rows = [...vocabulary].map(([term, word]) => {
      const letters = [...term];
      return { language, term, word, initial: letters[0] ?? '', length: letters.length };
    });
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
    await this.writer.deleteFrom('searchDocument').where('articleId', '=', articleId).execute();
    if (this.dialect === 'sqlite') {
      await sql`delete from search_fts where rowid = ${articleId}`.execute(this.writer);
    }
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
    if (query.terms.length === 0 && query.phrases.length === 0 && !query.anyOf?.length) {
      return { hits: [], total: 0 };
    }
    return this.dialect === 'sqlite'
      ? this.searchSqlite(query, filter, page)
      : this.searchPostgres(query, filter, page);
  }

  private async searchSqlite(
    query: IndexQuery,
    filter: SearchFilter,
    page: { limit: number; offset: number; order: SearchOrder; now: Date },
  ) {
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
    const match = positive.join(' AND ') + negative.map((q) => ` NOT ${q}`).join('');
    const rank = sql<number>`(-bm25(search_fts, ${weights.title}, ${weights.dek}, ${weights.meta}, ${weights.body}))
      / (1.0 + max(0, (${page.now.getTime()} - (julianday(d.published_at) - 2440587.5) * 86400000.0)) / ${yearMs})`;
    const base = this.db
      .selectFrom(sql`search_fts`.as('f'))
      .innerJoin('searchDocument as d', (join) => join.on(sql`d.article_id`, '=', sql`f.rowid`))
      .where(sql<boolean>`search_fts match ${match}`);
    const filtered = base.where((eb) => eb.and(this.conditions(filter)));
    const [rows, count] = await Promise.all([
      filtered
        .select(['d.articleId as articleId', rank.as('score')])
        .orderBy(page.order === 'newest' ? sql`d.published_at` : sql`score`, 'desc')
        .orderBy('d.articleId', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
      filtered.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    ]);
    return { hits: rows.map(hitOf), total: Number(count?.n ?? 0) };
  }

  private async searchPostgres(
    query: IndexQuery,
    filter: SearchFilter,
    page: { limit: number; offset: number; order: SearchOrder; now: Date },
  ) {
    const sequence = (terms: readonly string[]) => `(${terms.join(' <-> ')})`;
    const positive = [
      ...query.terms,
      ...query.phrases.map(sequence),
      ...(query.anyOf ?? []).map((spellings) => `(${spellings.map(sequence).join(' | ')})`),
    ].join(' & ');
    const negative = [...query.exclude, ...(query.excludePhrases ?? []).map(sequence)];
    const tsquery = positive + negative.map((t) => ` & !${t}`).join('');
    const weighted = `{${weights.body / 8}, ${weights.meta / 8}, ${weights.dek / 8}, ${weights.title / 8}}`;
    const rank = sql<number>`ts_rank(${weighted}::float4[], d.terms, to_tsquery('simple', ${tsquery}), 1)
      / (1.0 + greatest(0, ${page.now.getTime()} - extract(epoch from d.published_at::timestamptz) * 1000) / ${yearMs})`;
    const base = this.db
      .selectFrom('searchDocument as d')
      .where(sql<boolean>`d.terms @@ to_tsquery('simple', ${tsquery})`);
    const filtered = base.where((eb) => eb.and(this.conditions(filter)));
    const [rows, count] = await Promise.all([
      filtered
        .select(['d.articleId as articleId', rank.as('score')])
        .orderBy(page.order === 'newest' ? sql`d.published_at` : sql`score`, 'desc')
        .orderBy('d.articleId', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
      filtered.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    ]);
    return { hits: rows.map(hitOf), total: Number(count?.n ?? 0) };
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

function hitOf(row: { articleId: number; score: number }): SearchHit {
  return { articleId: row.articleId, score: Number(row.score) };
}
