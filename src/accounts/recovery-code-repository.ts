/** One-time recovery codes, for a user who lost their authenticator; stored as SHA-256. */
import { Repository } from '../db/repository.js';

export class RecoveryCodeRepository extends Repository {
  /** Replaces the user's codes with new ones. */
  async replace(userId: number, codeHashes: readonly string[], now: string): Promise<void> {
    await this.deleteForUser(userId);
    if (codeHashes.length === 0) return;
    await this.writer
      .insertInto('recoveryCode')
      .values(codeHashes.map((codeHash) => ({ userId, codeHash, usedAt: null, createdAt: now })))
      .execute();
  }

  /**
   * Uses one of the user's unused codes; false when there is none with this hash. The
   * condition is in the update, so a code works once even when sent twice at the same instant.
   */
  async use(userId: number, codeHash: string, now: string): Promise<boolean> {
    const result = await this.writer
      .updateTable('recoveryCode')
      .set({ usedAt: now })
      .where('userId', '=', userId)
      .where('codeHash', '=', codeHash)
      .where('usedAt', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) >= 1;
  }

  async deleteForUser(userId: number): Promise<void> {
    await this.writer.deleteFrom('recoveryCode').where('userId', '=', userId).execute();
  }
}
