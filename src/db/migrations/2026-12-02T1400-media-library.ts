/**
 * Frozen: the media library. The same stored bytes may back several library entries (the
 * same photo uploaded twice with other captions), so `storage_key` is indexed but no longer
 * unique; each entry gains a `version` (raised when its image changes, so its addresses
 * change), the uploaded file's name (shown, never used as a path), who uploaded it, when it
 * last changed, and `search_text`: its words as search sees them, filled here for the rows
 * that exist.
 *
 * SQLite cannot drop a column's UNIQUE constraint: the media table is rebuilt the way
 * https://www.sqlite.org/lang_altertable.html#otheralter describes, with foreign keys off
 * (the runner turns them off before it begins; this migration checks them before it ends).
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema as it was then, not today's types
type AnyDb = Kysely<any>;

const originalColumns = [
  'id',
  'storage_key',
  'mime',
  'width',
  'height',
  'byte_size',
  'alt',
  'caption',
  'credit',
  'created_at',
];

export async function up(db: AnyDb): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  if (isPostgres) {
    await sql`alter table media drop constraint media_storage_key_key`.execute(db);
    await db.schema
      .alterTable('media')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('original_name', 'text')
      .addColumn('uploaded_by_user_id', 'integer', (c) =>
        c.references('user_account.id').onDelete('set null'),
      )
      .addColumn('updated_at', sql`timestamptz`)
      .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await sql`update media set updated_at = created_at`.execute(db);
    await sql`alter table media alter column updated_at set not null`.execute(db);
  } else {
    await checkForeignKeysOff(db);
    await rebuildSqliteMedia(db, { isLibrary: true });
  }
  await createIndexes(db);
  await fillSearchText(db);
  if (!isPostgres) await checkForeignKeys(db);
}

export async function down(db: AnyDb): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from (
    select storage_key from media group by storage_key having count(*) > 1) shared`.execute(db);
  if (Number(rows[0]?.n ?? 0) > 0) {
    throw new Error('library entries share stored images; storage keys cannot become unique again');
  }
  await db.schema.dropIndex('media_uploaded_by_idx').execute();
  await db.schema.dropIndex('media_created_idx').execute();
  await db.schema.dropIndex('media_storage_key_idx').execute();
  if (isPostgres) {
    for (const column of [
      'search_text',
      'updated_at',
      'uploaded_by_user_id',
      'original_name',
      'version',
    ]) {
      await db.schema.alterTable('media').dropColumn(column).execute();
    }
    await sql`alter table media add constraint media_storage_key_key unique (storage_key)`.execute(
      db,
    );
  } else {
    await checkForeignKeysOff(db);
    await rebuildSqliteMedia(db, { isLibrary: false });
    await checkForeignKeys(db);
  }
}

/**
 * Rebuilds SQLite's media table as the library has it (`isLibrary`) or as it was before,
 * keeping every row and id: the tables that refer to media refer to it by name.
 */
async function rebuildSqliteMedia(db: AnyDb, { isLibrary }: { isLibrary: boolean }) {
  let table = db.schema
    .createTable('media_new')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('storage_key', 'text', (c) => (isLibrary ? c.notNull() : c.notNull().unique()))
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('alt', 'text', (c) => c.notNull())
    .addColumn('caption', 'text')
    .addColumn('credit', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull());
  if (isLibrary) {
    table = table
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('original_name', 'text')
      .addColumn('uploaded_by_user_id', 'integer', (c) =>
        c.references('user_account.id').onDelete('set null'),
      )
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''));
  }
  await table.execute();
  const columns = sql.raw(originalColumns.join(', '));
  await (
    isLibrary
      ? sql`insert into media_new (${columns}, updated_at) select ${columns}, created_at from media`
      : sql`insert into media_new (${columns}) select ${columns} from media`
  ).execute(db);
  await db.schema.dropTable('media').execute();
  await sql`alter table media_new rename to media`.execute(db);
}

async function createIndexes(db: AnyDb): Promise<void> {
  await db.schema.createIndex('media_storage_key_idx').on('media').column('storage_key').execute();
  await db.schema
    .createIndex('media_created_idx')
    .on('media')
    .columns(['created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('media_uploaded_by_idx')
    .on('media')
    .column('uploaded_by_user_id')
    .execute();
}

/**
 * Search's spelling of a text as it was when this migration was written (the application's
 * `normalizeArabic`, frozen here): NFKC, no tashkeel or tatweel, alef, yeh, teh marbuta and
 * hamza seats folded, Western digits, lower case.
 */
function searchSpelling(text: string): string {
  const folds: Record<string, string> = {
    أ: 'ا',
    إ: 'ا',
    آ: 'ا',
    ٱ: 'ا',
    ى: 'ي',
    ة: 'ه',
    ؤ: 'و',
    ئ: 'ي',
  };
  return text
    .normalize('NFKC')
    .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
    .replace(/[أإآٱىةؤئ]/g, (letter) => folds[letter] ?? letter)
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .toLowerCase();
}

async function fillSearchText(db: AnyDb): Promise<void> {
  const rows = await sql<{
    id: number;
    alt: string;
    caption: string | null;
    credit: string | null;
  }>`select id, alt, caption, credit from media`.execute(db);
  for (const row of rows.rows) {
    const text = searchSpelling([row.alt, row.caption, row.credit].filter(Boolean).join('\n'));
    await sql`update media set search_text = ${text} where id = ${row.id}`.execute(db);
  }
}

async function checkForeignKeysOff(db: AnyDb): Promise<void> {
  // The column's name depends on the caller's plugins (foreign_keys or foreignKeys).
  const { rows } = await sql<Record<string, number>>`pragma foreign_keys`.execute(db);
  if (Object.values(rows[0] ?? {})[0] !== 0) {
    throw new Error('this migration rebuilds a table: run it with foreign keys off');
  }
}

async function checkForeignKeys(db: AnyDb): Promise<void> {
  const { rows } = await sql`pragma foreign_key_check`.execute(db);
  if (rows.length > 0) throw new Error('the rebuilt media table breaks a foreign key');
}
