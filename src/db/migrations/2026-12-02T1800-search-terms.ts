/**
 * Frozen: the search vocabulary, what «did you mean …» suggestions are drawn from. One row
 * per indexed term and language, with the shortest way an article wrote it (what the
 * suggestion shows), and its first letter and length, by which the candidates for a
 * misspelled word are found (the index on them keeps that a short range scan). Rows are added as articles are indexed and never counted or removed:
 * a suggestion is only offered after a search shows that it finds something.
 */
import { type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema as it was then, not today's types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('search_term')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('word', 'text', (c) => c.notNull())
    .addColumn('initial', 'text', (c) => c.notNull())
    .addColumn('length', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_term_pkey', ['language', 'term'])
    .execute();
  await db.schema
    .createIndex('search_term_initial_length')
    .on('search_term')
    .columns(['language', 'initial', 'length'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('search_term').execute();
}
