/** Redirects from old paths (renamed or imported URLs) to current ones. */
import { Repository } from '../db/repository.js';
import type { RedirectRow } from '../db/schema.js';

export class RedirectRepository extends Repository {
  async findByPath(fromPath: string): Promise<RedirectRow | null> {
    const row = await this.db
      .selectFrom('redirect')
      .selectAll()
      .where('fromPath', '=', fromPath)
      .executeTakeFirst();
    return row ?? null;
  }

  /**
   * Points `fromPath` at `toPath`, replacing any redirect from the same path; and redirects
   * that pointed at `fromPath` now point at `toPath`, so a renamed-twice page is one hop away.
   */
  async upsert(
    fromPath: string,
    toPath: string,
    statusCode: 301 | 302,
    now: string,
  ): Promise<RedirectRow> {
    await this.writer
      .updateTable('redirect')
      .set({ toPath })
      .where('toPath', '=', fromPath)
      .execute();
    // A page that moves back to an address it once had is no longer redirected from it.
    await this.writer.deleteFrom('redirect').where('fromPath', '=', toPath).execute();
    return this.writer
      .insertInto('redirect')
      .values({ fromPath, toPath, statusCode, createdAt: now })
      .onConflict((oc) => oc.column('fromPath').doUpdateSet({ toPath, statusCode }))
      .returningAll()
      .executeTakeFirstOrThrow();
  }
}
