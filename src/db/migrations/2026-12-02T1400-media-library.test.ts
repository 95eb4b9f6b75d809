import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openTestDatabase, testDialects } from '../../test-support/databases.js';
import { migrateDown, migrateTo } from '../migrate.js';

const time = '2026-11-30T10:00:00.000Z';
const later = '2026-12-01T08:00:00.000Z';

describe.each(testDialects)('the media library migration on %s', (dialect) => {
  it('keeps every image and what refers to it, and lets entries share stored bytes', async () => {
    const test = await openTestDatabase(dialect, { migrate: false });
    try {
      await migrateTo(test.db, '2026-12-02T0800-newsroom');
      const db = test.db.kysely;
      const insertImage = (storageKey: string, alt: string) =>
        sql<{
          id: number;
        }>`insert into media (storage_key, mime, width, height, byte_size, alt, caption, credit, created_at)
          values (${storageKey}, 'image/jpeg', 1600, 900, 1234, ${alt}, ${'ميناء رأس تنورة'}, null, ${time}) returning id`
          .execute(db)
          .then(({ rows }) => rows[0]?.id ?? 0);
      const image = await insertImage('originals/ab/ab.jpg', 'ناقِلةُ نفطٍ عند الفجر');
      const person = await sql<{
        id: number;
      }>`insert into person (slug, name, avatar_media_id, links, language, created_at)
        values ('ليلى', 'ليلى', ${image}, '[]', 'ar', ${time}) returning id`
        .execute(db)
        .then(({ rows }) => rows[0]?.id ?? 0);

      expect(await migrateTo(test.db, '2026-12-02T1400-media-library')).toEqual([
        '2026-12-02T1400-media-library',
      ]);

      expect(await db.selectFrom('media').selectAll().execute()).toEqual([
        {
          id: image,
          storageKey: 'originals/ab/ab.jpg',
          mime: 'image/jpeg',
          width: 1600,
          height: 900,
          byteSize: 1234,
          alt: 'ناقِلةُ نفطٍ عند الفجر',
          caption: 'ميناء رأس تنورة',
          credit: null,
          createdAt: time,
          version: 1,
          originalName: null,
          uploadedByUserId: null,
          updatedAt: time,
          searchText: 'ناقله نفط عند الفجر\nميناء راس تنوره',
        },
      ]);
      // Rebuilding the table on SQLite must not have cascaded to the portrait that shows it.
      expect(
        await db.selectFrom('person').select('avatarMediaId').where('id', '=', person).execute(),
      ).toEqual([{ avatarMediaId: image }]);
      const { id: twin } = await db
        .insertInto('media')
        .values({
          storageKey: 'originals/ab/ab.jpg',
          mime: 'image/jpeg',
          width: 1600,
          height: 900,
          byteSize: 1234,
          alt: 'نسخة ثانية',
          createdAt: later,
          updatedAt: later,
          searchText: 'نسخه ثانيه',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      expect(twin).toBeGreaterThan(image);

      await expect(migrateDown(test.db)).rejects.toThrow('share stored images');
      await db.deleteFrom('media').where('id', '=', twin).execute();
      expect(await migrateDown(test.db)).toEqual(['2026-12-02T1400-media-library']);
      await expect(insertImage('originals/ab/ab.jpg', 'مرة أخرى')).rejects.toThrow();
      expect(
        await db.selectFrom('person').select('avatarMediaId').where('id', '=', person).execute(),
      ).toEqual([{ avatarMediaId: image }]);
      expect(await migrateTo(test.db, '2026-12-02T1400-media-library')).toEqual([
        '2026-12-02T1400-media-library',
      ]);
    } finally {
      await test.close();
    }
  });
});
