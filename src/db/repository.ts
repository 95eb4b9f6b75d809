/**
 * What every repository shares: the Kysely it queries through, and the rule that only a
 * unit of work's repositories write. A repository built on the root connection serves reads;
 * its write methods refuse, so a change can never escape the transaction that owns it.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export class WriteOutsideUnitOfWorkError extends Error {
  override name = 'WriteOutsideUnitOfWorkError';
}

export abstract class Repository {
  constructor(protected readonly db: Kysely<Database>) {}

  /** The transaction to write through. */
  protected get writer(): Kysely<Database> {
    if (!this.db.isTransaction) {
      throw new WriteOutsideUnitOfWorkError(
        `${this.constructor.name} was built outside a unit of work and cannot write`,
      );
    }
    return this.db;
  }
}
