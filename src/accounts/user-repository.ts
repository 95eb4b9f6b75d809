/** Newsroom accounts: who may sign in, with which role, in which interface language. */
import type { Insertable, Updateable } from 'kysely';
import { Repository } from '../db/repository.js';
import type { UserAccountRow, UserAccountTable } from '../db/schema.js';

export type NewUserRow = Insertable<UserAccountTable>;
export type UserRowUpdate = Updateable<UserAccountTable>;

export class UserRepository extends Repository {
  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('userAccount')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  /** Administrators who can still sign in: the site must never be left without one. */
  async countActiveAdministrators(): Promise<number> {
    const row = await this.db
      .selectFrom('userAccount')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('role', '=', 'administrator')
      .where('disabledAt', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async list(): Promise<UserAccountRow[]> {
    return this.db.selectFrom('userAccount').selectAll().orderBy('name').orderBy('id').execute();
  }

  async findById(id: number): Promise<UserAccountRow | null> {
    const row = await this.db
      .selectFrom('userAccount')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ?? null;
  }

  /** `email` as stored: lower-cased. */
  async findByEmail(email: string): Promise<UserAccountRow | null> {
    const row = await this.db
      .selectFrom('userAccount')
      .selectAll()
      .where('email', '=', email)
      .executeTakeFirst();
    return row ?? null;
  }

  async insert(row: NewUserRow): Promise<UserAccountRow> {
    return this.writer
      .insertInto('userAccount')
      .values(row)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async update(id: number, changes: UserRowUpdate): Promise<UserAccountRow | null> {
    const row = await this.writer
      .updateTable('userAccount')
      .set(changes)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row ?? null;
  }
}
