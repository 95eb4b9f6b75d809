/**
 * Frozen: the search index. One row per published article in `search_document`, holding the
 * article's words as the analyzer gives them (normalized and stemmed terms, separated by
 * spaces) in four fields weighted apart: headline, standfirst, tags and section, body.
 *
 * The terms are Midad's own, so neither database's tokenizer ever sees raw Arabic (FTS5's
 * splits words at diacritics; PostgreSQL's `arabic` configuration mangles stems):
 * - SQLite: an FTS5 table `search_fts` over the four term fields, its rowid the article's id,
 *   tokenized on spaces only by `unicode61` (the terms hold letters and digits alone).
 * - PostgreSQL: a `tsvector` column built with the `simple` configuration (which only splits
 *   and lowercases), weighted A–D, with a GIN index.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema as it was then, not today's types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('search_document')
    .addColumn('article_id', 'integer', (c) =>
      c.primaryKey().references('article.id').onDelete('cascade'),
    )
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('section_id', 'integer')
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('title_terms', 'text', (c) => c.notNull())
    .addColumn('dek_terms', 'text', (c) => c.notNull())
    .addColumn('meta_terms', 'text', (c) => c.notNull())
    .addColumn('body_terms', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('search_document_language_published')
    .on('search_document')
    .columns(['language', 'published_at'])
    .execute();
  if (isPostgres) {
    await sql`
      alter table search_document add column terms tsvector generated always as (
        setweight(to_tsvector('simple', title_terms), 'A') ||
        setweight(to_tsvector('simple', dek_terms), 'B') ||
        setweight(to_tsvector('simple', meta_terms), 'C') ||
        setweight(to_tsvector('simple', body_terms), 'D')
      ) stored`.execute(db);
    await sql`create index search_document_terms on search_document using gin (terms)`.execute(db);
  } else {
    await sql`
      create virtual table search_fts using fts5(
        title, dek, meta, body,
        tokenize = 'unicode61 remove_diacritics 0'
      )`.execute(db);
  }
}

export async function down(db: AnyDb): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  if (!isPostgres) await sql`drop table if exists search_fts`.execute(db);
  await db.schema.dropTable('search_document').execute();
}
