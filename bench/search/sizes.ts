/**
 * How much room the search index takes next to the articles it indexes, tables and their
 * indexes together. SQLite: the pages of each table and index by `dbstat` (the FTS5 table's
 * shadow tables are named `search_fts_*`). PostgreSQL: `pg_total_relation_size`, which counts
 * a table's indexes and TOAST as well.
 */
import { sql } from 'kysely';
import type { Db } from '../../src/db/database.js';

export interface StorageSizes {
  /** article, article_author and article_tag. */
  articleBytes: number;
  /** search_document (with search_fts on SQLite) and search_term. */
  searchBytes: number;
}

const articleTables = ['article', 'article_author', 'article_tag'];
const searchTables = ['search_document', 'search_term'];

export async function storageSizes(db: Db): Promise<StorageSizes> {
  return db.dialect === 'sqlite' ? sqliteSizes(db) : postgresSizes(db);
}

async function sqliteSizes(db: Db): Promise<StorageSizes> {
  const { rows } = await sql<{ table: string; bytes: number }>`
    select s.tbl_name as "table", sum(d.pgsize) as bytes
    from dbstat as d join sqlite_schema as s on s.name = d.name
    group by s.tbl_name`.execute(db.kysely);
  const total = (belongs: (table: string) => boolean) =>
    rows.filter((row) => belongs(row.table)).reduce((sum, row) => sum + Number(row.bytes), 0);
  return {
    articleBytes: total((table) => articleTables.includes(table)),
    searchBytes: total((table) => searchTables.includes(table) || table.startsWith('search_fts')),
  };
}

async function postgresSizes(db: Db): Promise<StorageSizes> {
  const total = async (tables: readonly string[]) => {
    const { rows } = await sql<{ bytes: number }>`
      select sum(pg_total_relation_size(to_regclass(name))) as bytes
      from unnest(${[...tables]}::text[]) as name`.execute(db.kysely);
    return Number(rows[0]?.bytes ?? 0);
  };
  return { articleBytes: await total(articleTables), searchBytes: await total(searchTables) };
}
