/** The database server's name and version, for `midad doctor`. */
import { sql } from 'kysely';
import type { Db } from './database.js';

/** E.g. "SQLite 3.51.2" or "PostgreSQL 15.19". */
export async function serverVersion(db: Db): Promise<string> {
  if (db.dialect === 'sqlite') {
    const { rows } = await sql<{ version: string }>`select sqlite_version() as version`.execute(
      db.kysely,
    );
    return `SQLite ${rows[0]?.version ?? '?'}`;
  }
  const { rows } = await sql<{
    version: string;
  }>`select current_setting('server_version') as version`.execute(db.kysely);
  return `PostgreSQL ${rows[0]?.version ?? '?'}`;
}
