/**
 * Reads a database's constraint failure in either dialect, so that a race the rules inside a
 * transaction could not see (two editors taking one slug at the same instant on PostgreSQL)
 * becomes the same clear error as the rule itself, instead of a 500.
 */

export interface UniqueViolation {
  kind: 'unique';
  table: string;
  /** snake_case column names, as in SQL. */
  columns: string[];
}

export interface ForeignKeyViolation {
  kind: 'foreign_key';
}

export type ConstraintViolation = UniqueViolation | ForeignKeyViolation;

export function constraintViolation(error: unknown): ConstraintViolation | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, message } = error as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : '';
  // better-sqlite3: code SQLITE_CONSTRAINT_UNIQUE, "UNIQUE constraint failed: section.slug"
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    const columns = /constraint failed: (.+)$/.exec(text)?.[1]?.split(', ') ?? [];
    const table = columns[0]?.split('.')[0] ?? '';
    return { kind: 'unique', table, columns: columns.map((c) => c.split('.')[1] ?? c) };
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return { kind: 'foreign_key' };
  // pg: code 23505, table, detail "Key (slug)=(energy) already exists."
  if (code === '23505') {
    const { table, detail } = error as { table?: unknown; detail?: unknown };
    const keys = typeof detail === 'string' ? /^Key \((.+?)\)=/.exec(detail)?.[1] : undefined;
    return {
      kind: 'unique',
      table: typeof table === 'string' ? table : '',
      columns: keys?.split(', ').map((c) => c.replace(/^lower\((.+)\)$/, '$1')) ?? [],
    };
  }
  if (code === '23503') return { kind: 'foreign_key' };
  return null;
}
