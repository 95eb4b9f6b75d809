import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openTestDatabase, postgresUrl } from '../test-support/databases.js';
import { migrateToLatest, migrationStates } from './migrate.js';

describe.skipIf(!postgresUrl)('migrations on PostgreSQL', () => {
  it('keep each schema’s own record, so two sites can share one database', async () => {
    const first = await openTestDatabase('postgres');
    const second = await openTestDatabase('postgres', { migrate: false });
    try {
      expect((await migrationStates(second.db)).every((m) => m.executedAt === null)).toBe(true);
      expect(await migrateToLatest(second.db)).toEqual(['2026-11-29T0600-initial']);
      for (const { db } of [first, second]) {
        const { rows } = await sql<{
          n: number;
        }>`select count(*) as n from kysely_migration`.execute(db.kysely);
        expect(Number(rows[0]?.n)).toBe(1);
        await expect(db.kysely.selectFrom('article').select('id').execute()).resolves.toEqual([]);
      }
    } finally {
      await first.close();
      await second.close();
    }
  });
});
