/**
 * Frozen: translations. `article_translation` links an article to the one it translates
 * (in the other language). An original has at most one translation and a translation is
 * no one's original, so each pair is one row; deleting either article deletes the link.
 */
import { type Kysely, sql } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema as it was then, not today's types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('article_translation')
    .addColumn('article_id', 'integer', (c) =>
      c.primaryKey().references('article.id').onDelete('cascade'),
    )
    .addColumn('translation_of_id', 'integer', (c) =>
      c.notNull().references('article.id').onDelete('cascade'),
    )
    .addCheckConstraint('article_translation_not_itself', sql`article_id <> translation_of_id`)
    .execute();
  await db.schema
    .createIndex('article_translation_of')
    .on('article_translation')
    .column('translation_of_id')
    .unique()
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('article_translation').execute();
}
