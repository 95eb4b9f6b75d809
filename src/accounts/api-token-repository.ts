/** API tokens for integrations and scripts; stored as SHA-256, recognised by their prefix. */
import type { Insertable } from 'kysely';
import { Repository } from '../db/repository.js';
import type { ApiTokenRow, ApiTokenTable, Role } from '../db/schema.js';

export type NewApiTokenRow = Insertable<ApiTokenTable>;
/** A token as lists show it: everything but its hash. */
export type ApiTokenSummaryRow = Omit<ApiTokenRow, 'tokenHash'>;

const summaryColumns = [
  'id',
  'name',
  'role',
  'userId',
  'tokenPrefix',
  'createdByUserId',
  'createdAt',
  'lastUsedAt',
  'expiresAt',
  'revokedAt',
] as const;

/** A token with what deciding on it needs to know about the user it acts for. */
export interface ApiTokenWithUser extends ApiTokenSummaryRow {
  userRole: Role | null;
  userName: string | null;
  userPersonId: number | null;
  userDisabledAt: string | null;
}

export class ApiTokenRepository extends Repository {
  async insert(row: NewApiTokenRow): Promise<ApiTokenSummaryRow> {
    return this.writer
      .insertInto('apiToken')
      .values(row)
      .returning(summaryColumns)
      .executeTakeFirstOrThrow();
  }

  /** Every token, newest first. */
  async list(): Promise<ApiTokenSummaryRow[]> {
    return this.db.selectFrom('apiToken').select(summaryColumns).orderBy('id', 'desc').execute();
  }

  async findById(id: number): Promise<ApiTokenSummaryRow | null> {
    const row = await this.db
      .selectFrom('apiToken')
      .select(summaryColumns)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ?? null;
  }

  async findByHashWithUser(tokenHash: string): Promise<ApiTokenWithUser | null> {
    const row = await this.db
      .selectFrom('apiToken')
      .leftJoin('userAccount', 'userAccount.id', 'apiToken.userId')
      .select(summaryColumns.map((c) => `apiToken.${c}` as const))
      .select([
        'userAccount.role as userRole',
        'userAccount.name as userName',
        'userAccount.personId as userPersonId',
        'userAccount.disabledAt as userDisabledAt',
      ])
      .where('apiToken.tokenHash', '=', tokenHash)
      .executeTakeFirst();
    return row ?? null;
  }

  async revoke(id: number, now: string): Promise<void> {
    await this.writer
      .updateTable('apiToken')
      .set({ revokedAt: now })
      .where('id', '=', id)
      .where('revokedAt', 'is', null)
      .execute();
  }

  /** Records use, unless it was recorded after `notSince`. */
  async touch(id: number, now: string, notSince: string): Promise<void> {
    await this.writer
      .updateTable('apiToken')
      .set({ lastUsedAt: now })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('lastUsedAt', 'is', null), eb('lastUsedAt', '<=', notSince)]))
      .execute();
  }
}
