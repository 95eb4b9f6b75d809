/**
 * Signed-in browsers. A session's id is the SHA-256 of the token in its cookie, so the table
 * alone never lets anyone sign in.
 */
import type { Insertable } from 'kysely';
import { Repository } from '../db/repository.js';
import type { Role, SessionRow, SessionTable } from '../db/schema.js';

export type NewSessionRow = Insertable<SessionTable>;

/** A session with what deciding on it needs to know about its user. */
export interface SessionWithUser extends SessionRow {
  userRole: Role;
  userName: string;
  userPersonId: number | null;
  userDisabledAt: string | null;
}

export class SessionRepository extends Repository {
  async insert(row: NewSessionRow): Promise<void> {
    await this.writer.insertInto('session').values(row).execute();
  }

  async findWithUser(id: string): Promise<SessionWithUser | null> {
    const row = await this.db
      .selectFrom('session')
      .innerJoin('userAccount', 'userAccount.id', 'session.userId')
      .selectAll('session')
      .select([
        'userAccount.role as userRole',
        'userAccount.name as userName',
        'userAccount.personId as userPersonId',
        'userAccount.disabledAt as userDisabledAt',
      ])
      .where('session.id', '=', id)
      .executeTakeFirst();
    return row ?? null;
  }

  /** Records activity, unless it was recorded after `notSince` (another request did it). */
  async touch(id: string, now: string, notSince: string): Promise<void> {
    await this.writer
      .updateTable('session')
      .set({ lastSeenAt: now })
      .where('id', '=', id)
      .where('lastSeenAt', '<=', notSince)
      .execute();
  }

  /** Ends a session; false when there was none (another request ended it first). */
  async delete(id: string): Promise<boolean> {
    const result = await this.writer.deleteFrom('session').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  /** Ends the user's sessions, but for `exceptId`; returns how many. */
  async deleteForUser(userId: number, exceptId: string | null = null): Promise<number> {
    let query = this.writer.deleteFrom('session').where('userId', '=', userId);
    if (exceptId !== null) query = query.where('id', '!=', exceptId);
    const result = await query.executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** Removes sessions past their absolute end or idle since `idleBefore`; returns how many. */
  async pruneExpired(now: string, idleBefore: string): Promise<number> {
    const result = await this.writer
      .deleteFrom('session')
      .where((eb) => eb.or([eb('expiresAt', '<=', now), eb('lastSeenAt', '<=', idleBefore)]))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
