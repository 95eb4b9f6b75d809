import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openTestDatabase, postgresUrl, testDialects } from '../test-support/databases.js';
import { migrateDown, migrateTo, migrateToLatest, migrationStates } from './migrate.js';

const allMigrations = [
  '2026-11-29T0600-initial',
  '2026-12-02T0800-newsroom',
  '2026-12-02T1400-media-library',
  '2026-12-02T1600-search',
  '2026-12-02T1800-search-terms',
  '2026-12-04T1900-webhooks',
  '2026-12-04T2300-translations',
];
const time = '2026-11-30T10:00:00.000Z';

describe.skipIf(!postgresUrl)('migrations on PostgreSQL', () => {
  it('keep each schema’s own record, so two sites can share one database', async () => {
    const first = await openTestDatabase('postgres');
    const second = await openTestDatabase('postgres', { migrate: false });
    try {
      expect((await migrationStates(second.db)).every((m) => m.executedAt === null)).toBe(true);
      expect(await migrateToLatest(second.db)).toEqual(allMigrations);
      for (const { db } of [first, second]) {
        const { rows } = await sql<{
          n: number;
        }>`select count(*) as n from kysely_migration`.execute(db.kysely);
        expect(Number(rows[0]?.n)).toBe(allMigrations.length);
        await expect(db.kysely.selectFrom('article').select('id').execute()).resolves.toEqual([]);
      }
    } finally {
      await first.close();
      await second.close();
    }
  });
});

describe.each(testDialects)('the newsroom migration on %s', (dialect) => {
  it('keeps every article, byline and tag, and makes slugs unique', async () => {
    const test = await openTestDatabase(dialect, { migrate: false });
    try {
      await migrateTo(test.db, '2026-11-29T0600-initial');
      const db = test.db.kysely;
      const person = await db
        .insertInto('person')
        .values({
          slug: 'ليلى',
          name: 'ليلى',
          jobTitle: null,
          bio: null,
          avatarMediaId: null,
          links: '[]',
          language: 'ar',
          createdAt: time,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const tag = await db
        .insertInto('tag')
        .values({ slug: 'النفط', name: 'النفط', language: 'ar', createdAt: time })
        .returning('id')
        .executeTakeFirstOrThrow();
      const article = (slug: string) =>
        sql<{
          id: number;
        }>`insert into article (type, slug, title, body, language, status, published_at, created_at, updated_at, is_breaking, is_featured, version)
          values ('news', ${slug}, 'خبر', '{"type":"doc","content":[{"type":"paragraph"}]}', 'ar', 'published', ${time}, ${time}, ${time}, 0, 0, 3) returning id`
          .execute(db)
          .then(({ rows }) => rows[0]?.id ?? 0);
      const first = await article('خبر-النفط');
      const twin = await article('خبر-النفط');
      await db
        .insertInto('articleAuthor')
        .values({ articleId: first, personId: person.id, position: 0 })
        .execute();
      await db
        .insertInto('articleTag')
        .values({ articleId: twin, tagId: tag.id, position: 0 })
        .execute();

      expect(await migrateTo(test.db, '2026-12-02T0800-newsroom')).toEqual([
        '2026-12-02T0800-newsroom',
      ]);

      const rows = await db
        .selectFrom('article')
        .select(['id', 'slug', 'version', 'scheduledAt', 'ownerUserId'])
        .orderBy('id')
        .execute();
      expect(rows).toEqual([
        { id: first, slug: 'خبر-النفط', version: 3, scheduledAt: null, ownerUserId: null },
        { id: twin, slug: `خبر-النفط-${twin}`, version: 3, scheduledAt: null, ownerUserId: null },
      ]);
      // Rebuilding the table on SQLite must not have cascaded to the bylines and tags.
      expect(await db.selectFrom('articleAuthor').selectAll().execute()).toHaveLength(1);
      expect(await db.selectFrom('articleTag').selectAll().execute()).toHaveLength(1);
      await db
        .updateTable('article')
        .set({ status: 'unpublished' })
        .where('id', '=', first)
        .execute();
      await expect(article('خبر-النفط')).rejects.toThrow();
      await expect(
        db
          .updateTable('article')
          .set({ status: 'gone' as 'draft' })
          .where('id', '=', first)
          .execute(),
      ).rejects.toThrow();
      if (dialect === 'sqlite') {
        const { rows: pragma } = await sql<{ foreignKeys: number }>`pragma foreign_keys`.execute(
          db,
        );
        expect(pragma[0]?.foreignKeys).toBe(1);
      }

      expect(await migrateDown(test.db)).toEqual(['2026-12-02T0800-newsroom']);
      expect(
        await db.selectFrom('article').select(['id', 'status']).orderBy('id').execute(),
      ).toEqual([
        { id: first, status: 'draft' },
        { id: twin, status: 'published' },
      ]);
      expect(await db.selectFrom('articleAuthor').selectAll().execute()).toHaveLength(1);
      expect(await migrateToLatest(test.db)).toEqual(allMigrations.slice(1));
      expect((await migrationStates(test.db)).every((m) => m.executedAt !== null)).toBe(true);
    } finally {
      await test.close();
    }
  });
});
