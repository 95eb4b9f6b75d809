/**
 * Frozen: the newsroom's tables. Accounts (users, sessions, API tokens, recovery codes,
 * invitations, failed sign-ins), article revisions, the event outbox and the job queue; and
 * for articles a status `unpublished`, a scheduled time, an owner and slugs that are unique.
 *
 * SQLite cannot change a CHECK constraint in place: the article table is rebuilt the way
 * https://www.sqlite.org/lang_altertable.html#otheralter describes, which needs foreign keys
 * off for the whole migration (the runner turns them off before it begins, and this
 * migration checks every reference before it ends).
 */
import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter, sql } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the schema as it was then, not today's types
type AnyDb = Kysely<any>;

const roles = sql`('administrator', 'editor', 'author', 'contributor')`;
const statuses = sql`('draft', 'in_review', 'scheduled', 'published', 'unpublished', 'archived')`;
const oldStatuses = sql`('draft', 'in_review', 'scheduled', 'published', 'archived')`;

const articleColumns = [
  'id',
  'type',
  'slug',
  'title',
  'subtitle',
  'excerpt',
  'body',
  'language',
  'status',
  'published_at',
  'created_at',
  'updated_at',
  'section_id',
  'featured_media_id',
  'source_name',
  'source_url',
  'seo_title',
  'seo_description',
  'canonical_url',
  'is_breaking',
  'is_featured',
  'version',
];

export async function up(db: AnyDb): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const time = isPostgres ? sql`timestamptz` : sql`text`;
  const id = (c: ColumnDefinitionBuilder) =>
    isPostgres ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement();
  if (!isPostgres) await checkForeignKeysOff(db);

  await db.schema
    .createTable('user_account')
    .addColumn('id', 'integer', id)
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ${roles}`))
    .addColumn('language', 'text', (c) => c.notNull().check(sql`language in ('ar', 'en')`))
    .addColumn('password_hash', 'text')
    .addColumn('person_id', 'integer', (c) => c.references('person.id').onDelete('set null'))
    .addColumn('totp_secret', 'text')
    .addColumn('totp_enabled_at', time)
    .addColumn('disabled_at', time)
    .addColumn('last_login_at', time)
    .addColumn('created_at', time, (c) => c.notNull())
    .addColumn('updated_at', time, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) =>
      c.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('is_mfa_pending', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('created_at', time, (c) => c.notNull())
    .addColumn('last_seen_at', time, (c) => c.notNull())
    .addColumn('expires_at', time, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('session_user_idx').on('session').column('user_id').execute();

  await db.schema
    .createTable('api_token')
    .addColumn('id', 'integer', id)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ${roles}`))
    .addColumn('user_id', 'integer', (c) => c.references('user_account.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('token_prefix', 'text', (c) => c.notNull())
    .addColumn('created_by_user_id', 'integer', (c) =>
      c.references('user_account.id').onDelete('set null'),
    )
    .addColumn('created_at', time, (c) => c.notNull())
    .addColumn('last_used_at', time)
    .addColumn('expires_at', time)
    .addColumn('revoked_at', time)
    .execute();

  await db.schema
    .createTable('recovery_code')
    .addColumn('id', 'integer', id)
    .addColumn('user_id', 'integer', (c) =>
      c.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('used_at', time)
    .addColumn('created_at', time, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('recovery_code_user_idx')
    .on('recovery_code')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('invitation')
    .addColumn('id', 'integer', id)
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ${roles}`))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('invited_by_user_id', 'integer', (c) =>
      c.references('user_account.id').onDelete('set null'),
    )
    .addColumn('created_at', time, (c) => c.notNull())
    .addColumn('expires_at', time, (c) => c.notNull())
    .addColumn('accepted_at', time)
    .addColumn('revoked_at', time)
    .execute();

  await db.schema
    .createTable('login_attempt')
    .addColumn('id', 'integer', id)
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('attempted_at', time, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('login_attempt_key_idx')
    .on('login_attempt')
    .columns(['key', 'attempted_at'])
    .execute();

  await changeArticleTable(db, isPostgres, time);

  await db.schema
    .createTable('article_revision')
    .addColumn('id', 'integer', id)
    .addColumn('article_id', 'integer', (c) =>
      c.notNull().references('article.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('created', 'saved', 'restored', 'status', 'refused')`),
    )
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'integer', (c) =>
      c.references('user_account.id').onDelete('set null'),
    )
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('created_at', time, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('article_revision_article_idx')
    .on('article_revision')
    .columns(['article_id', 'id'])
    .execute();

  await db.schema
    .createTable('event')
    .addColumn('id', 'integer', id)
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', time, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('event_created_idx').on('event').column('created_at').execute();

  await db.schema
    .createTable('job')
    .addColumn('id', 'integer', id)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('pending', 'running', 'done', 'failed', 'cancelled')`),
    )
    .addColumn('run_at', time, (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', time)
    .addColumn('last_error', 'text')
    .addColumn('created_at', time, (c) => c.notNull())
    .addColumn('updated_at', time, (c) => c.notNull())
    .addColumn('finished_at', time)
    .execute();
  await db.schema.createIndex('job_due_idx').on('job').columns(['status', 'run_at']).execute();

  if (!isPostgres) {
    const { rows } = await sql`pragma foreign_key_check`.execute(db);
    if (rows.length > 0) throw new Error('the rebuilt article table breaks a foreign key');
  }
}

async function checkForeignKeysOff(db: AnyDb): Promise<void> {
  // The column's name depends on the caller's plugins (foreign_keys or foreignKeys).
  const { rows } = await sql<Record<string, number>>`pragma foreign_keys`.execute(db);
  if (Object.values(rows[0] ?? {})[0] !== 0) {
    throw new Error('this migration rebuilds a table: run it with foreign keys off');
  }
}

/** Adds `unpublished`, `scheduled_at` and `owner_user_id`, and makes slugs unique. */
async function changeArticleTable(
  db: AnyDb,
  isPostgres: boolean,
  time: ReturnType<typeof sql>,
): Promise<void> {
  // Slugs become unique: any duplicate an older version let through keeps its id as a suffix.
  await sql`update article set slug = slug || '-' || cast(id as text)
    where id not in (select min(id) from article group by slug)`.execute(db);

  if (isPostgres) {
    await sql`alter table article drop constraint article_status_check`.execute(db);
    await sql`alter table article add constraint article_status_check check (status in ${statuses})`.execute(
      db,
    );
    await db.schema.alterTable('article').addColumn('scheduled_at', time).execute();
    await db.schema
      .alterTable('article')
      .addColumn('owner_user_id', 'integer', (c) =>
        c.references('user_account.id').onDelete('set null'),
      )
      .execute();
  } else {
    await rebuildSqliteArticle(db, { statuses, isNewsroom: true });
  }
  await db.schema.createIndex('article_slug_idx').on('article').column('slug').unique().execute();
  await db.schema.createIndex('article_owner_idx').on('article').column('owner_user_id').execute();
  await db.schema
    .createIndex('article_updated_idx')
    .on('article')
    .columns(['updated_at', 'id'])
    .execute();
}

/**
 * Rebuilds SQLite's article table with the given status list, with or without this
 * migration's columns, keeping every row, id and index.
 */
async function rebuildSqliteArticle(
  db: AnyDb,
  { statuses: allowed, isNewsroom }: { statuses: ReturnType<typeof sql>; isNewsroom: boolean },
): Promise<void> {
  let table = db.schema
    .createTable('article_new')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('type', 'text', (c) =>
      c.notNull().check(sql`type in ('news', 'analysis', 'opinion', 'interview', 'report')`),
    )
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('subtitle', 'text')
    .addColumn('excerpt', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull().check(sql`language in ('ar', 'en')`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ${allowed}`))
    .addColumn('published_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('section_id', 'integer', (c) => c.references('section.id').onDelete('set null'))
    .addColumn('featured_media_id', 'integer', (c) => c.references('media.id').onDelete('set null'))
    .addColumn('source_name', 'text')
    .addColumn('source_url', 'text')
    .addColumn('seo_title', 'text')
    .addColumn('seo_description', 'text')
    .addColumn('canonical_url', 'text')
    .addColumn('is_breaking', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_featured', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1));
  if (isNewsroom) {
    table = table
      .addColumn('scheduled_at', 'text')
      .addColumn('owner_user_id', 'integer', (c) =>
        c.references('user_account.id').onDelete('set null'),
      );
  }
  await table.execute();
  const columns = sql.raw(articleColumns.join(', '));
  await sql`insert into article_new (${columns}) select ${columns} from article`.execute(db);
  await db.schema.dropTable('article').execute();
  await sql`alter table article_new rename to article`.execute(db);
  await db.schema
    .createIndex('article_status_published_idx')
    .on('article')
    .columns(['status', 'published_at'])
    .execute();
  await db.schema
    .createIndex('article_section_published_idx')
    .on('article')
    .columns(['section_id', 'status', 'published_at'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  if (!isPostgres) await checkForeignKeysOff(db);
  for (const table of ['job', 'event', 'article_revision']) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.dropIndex('article_updated_idx').execute();
  await db.schema.dropIndex('article_owner_idx').execute();
  await db.schema.dropIndex('article_slug_idx').execute();
  // Articles in the new status go back to the nearest old one.
  await sql`update article set status = 'draft' where status = 'unpublished'`.execute(db);
  if (isPostgres) {
    await db.schema.alterTable('article').dropColumn('owner_user_id').execute();
    await db.schema.alterTable('article').dropColumn('scheduled_at').execute();
    await sql`alter table article drop constraint article_status_check`.execute(db);
    await sql`alter table article add constraint article_status_check check (status in ${oldStatuses})`.execute(
      db,
    );
  } else {
    await rebuildSqliteArticle(db, { statuses: oldStatuses, isNewsroom: false });
  }
  for (const table of [
    'login_attempt',
    'invitation',
    'recovery_code',
    'api_token',
    'session',
    'user_account',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  if (!isPostgres) {
    const { rows } = await sql`pragma foreign_key_check`.execute(db);
    if (rows.length > 0) throw new Error('the rebuilt article table breaks a foreign key');
  }
}
