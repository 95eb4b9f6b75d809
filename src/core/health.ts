/** Whether the database answers: what `/readyz` reports to load balancers. */
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

export async function isDatabaseReady(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db.kysely);
    return true;
  } catch {
    return false;
  }
}
