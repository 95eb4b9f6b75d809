/** Redirects from old paths (renamed or imported URLs) to current ones. */
import type { Kysely } from 'kysely';
import type { Database, RedirectRow } from '../db/schema.js';

export class RedirectRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findByPath(fromPath: string): Promise<RedirectRow | null> {
    const row = await this.db
      .selectFrom('redirect')
      .selectAll()
      .where('fromPath', '=', fromPath)
      .executeTakeFirst();
    return row ?? null;
  }

  async insert(
    fromPath: string,
    toPath: string,
    statusCode: 301 | 302,
    now: string,
  ): Promise<RedirectRow> {
    return this.db
      .insertInto('redirect')
      .values({ fromPath, toPath, statusCode, createdAt: now })
      .returningAll()
      .executeTakeFirstOrThrow();
  }
}
