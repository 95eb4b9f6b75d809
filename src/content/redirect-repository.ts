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

  /** Points `fromPath` at `toPath`, replacing any redirect from the same path. */
  async upsert(
    fromPath: string,
    toPath: string,
    statusCode: 301 | 302,
    now: string,
  ): Promise<RedirectRow> {
    return this.writer
      .insertInto('redirect')
      .values({ fromPath, toPath, statusCode, createdAt: now })
      .onConflict((oc) => oc.column('fromPath').doUpdateSet({ toPath, statusCode }))
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** Redirects that led to `oldTarget` lead to `newTarget` now: one hop, however often renamed. */
  async repoint(oldTarget: string, newTarget: string): Promise<void> {
    await this.writer
      .updateTable('redirect')
      .set({ toPath: newTarget })
      .where('toPath', '=', oldTarget)
      .execute();
  }

  async deleteFrom(fromPath: string): Promise<void> {
    await this.writer.deleteFrom('redirect').where('fromPath', '=', fromPath).execute();
  }
}
