/**
 * Short-lived, keyed moments that slow down guessing: failed sign-ins (`account:<email>`,
 * `ip:<address>`), and the last TOTP step each user signed in with (`totp:<userId>`, at the
 * step's start), so a code seen over someone's shoulder cannot be used a second time
 * (RFC 6238 §5.2). All of them are forgotten after a day.
 */
import { Repository } from '../db/repository.js';

export class LoginAttemptRepository extends Repository {
  async record(keys: readonly string[], at: string): Promise<void> {
    if (keys.length === 0) return;
    await this.writer
      .insertInto('loginAttempt')
      .values(keys.map((key) => ({ key, attemptedAt: at })))
      .execute();
  }

  /** The moments recorded for `key` after `since`, oldest first. */
  async since(key: string, since: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('loginAttempt')
      .select('attemptedAt')
      .where('key', '=', key)
      .where('attemptedAt', '>', since)
      .orderBy('attemptedAt')
      .execute();
    return rows.map((r) => r.attemptedAt);
  }

  async clear(key: string): Promise<void> {
    await this.writer.deleteFrom('loginAttempt').where('key', '=', key).execute();
  }

  /** Removes what was recorded before `before`; returns how many. */
  async pruneBefore(before: string): Promise<number> {
    const result = await this.writer
      .deleteFrom('loginAttempt')
      .where('attemptedAt', '<', before)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
