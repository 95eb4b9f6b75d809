/** Invitations to join the newsroom: a link, single use, for a limited time. */
import type { Insertable } from 'kysely';
import { Repository } from '../db/repository.js';
import type { InvitationRow, InvitationTable } from '../db/schema.js';

export type NewInvitationRow = Insertable<InvitationTable>;
export type InvitationSummaryRow = Omit<InvitationRow, 'tokenHash'>;

const summaryColumns = [
  'id',
  'email',
  'name',
  'role',
  'invitedByUserId',
  'createdAt',
  'expiresAt',
  'acceptedAt',
  'revokedAt',
] as const;

export class InvitationRepository extends Repository {
  async insert(row: NewInvitationRow): Promise<InvitationSummaryRow> {
    return this.writer
      .insertInto('invitation')
      .values(row)
      .returning(summaryColumns)
      .executeTakeFirstOrThrow();
  }

  /** The newest invitations first. */
  async list(limit = 200): Promise<InvitationSummaryRow[]> {
    return this.db
      .selectFrom('invitation')
      .select(summaryColumns)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
  }

  async findById(id: number): Promise<InvitationSummaryRow | null> {
    const row = await this.db
      .selectFrom('invitation')
      .select(summaryColumns)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ?? null;
  }

  /** The invitation a link names, if it can still be accepted at `now`. */
  async findUsableByHash(tokenHash: string, now: string): Promise<InvitationSummaryRow | null> {
    const row = await this.db
      .selectFrom('invitation')
      .select(summaryColumns)
      .where('tokenHash', '=', tokenHash)
      .where('acceptedAt', 'is', null)
      .where('revokedAt', 'is', null)
      .where('expiresAt', '>', now)
      .executeTakeFirst();
    return row ?? null;
  }

  /**
   * Marks a usable invitation accepted; false when it no longer was. The condition is in the
   * update itself, so of two people accepting one link at the same instant only one wins.
   */
  async accept(id: number, now: string): Promise<boolean> {
    const result = await this.writer
      .updateTable('invitation')
      .set({ acceptedAt: now })
      .where('id', '=', id)
      .where('acceptedAt', 'is', null)
      .where('revokedAt', 'is', null)
      .where('expiresAt', '>', now)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async revoke(id: number, now: string): Promise<void> {
    await this.writer
      .updateTable('invitation')
      .set({ revokedAt: now })
      .where('id', '=', id)
      .where('acceptedAt', 'is', null)
      .where('revokedAt', 'is', null)
      .execute();
  }

  /** Revokes the invitations to `email` still waiting, when a new one replaces them. */
  async revokePendingFor(email: string, now: string): Promise<void> {
    await this.writer
      .updateTable('invitation')
      .set({ revokedAt: now })
      .where('email', '=', email)
      .where('acceptedAt', 'is', null)
      .where('revokedAt', 'is', null)
      .execute();
  }

  /** Removes invitations that ran out, unaccepted, before `before`; returns how many. */
  async pruneExpiredBefore(before: string): Promise<number> {
    const result = await this.writer
      .deleteFrom('invitation')
      .where('acceptedAt', 'is', null)
      .where('expiresAt', '<', before)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
