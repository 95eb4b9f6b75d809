/**
 * PostgreSQL through a pg pool that survives the server: an idle connection that dies (a
 * restart, a failover, an administrator's pg_terminate_backend) is logged and replaced
 * instead of crashing the process; connects, statements and transactions left idle all
 * have time limits. Commits are announced with NOTIFY inside the transaction (PostgreSQL
 * delivers it only if the transaction commits) and heard on one dedicated LISTEN
 * connection that reconnects by itself.
 */
import { CamelCasePlugin, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { CommitListener, Db, DbLog, OpenOptions, Trx } from './database.js';
import { guardedDialect, transactionMarker } from './guarded-dialect.js';
import { once } from './once.js';
import type { Database } from './schema.js';

/** Limits that keep one stuck request from holding a pooled connection for ever. */
export const postgresLimits = {
  poolSize: 10,
  connectTimeoutMs: 10_000,
  statementTimeoutMs: 30_000,
  idleInTransactionTimeoutMs: 60_000,
  idleConnectionMs: 30_000,
  /** NOTIFY payloads are limited to 8000 bytes; longer id lists are sent as "something changed". */
  maxPayloadBytes: 7900,
} as const;

// timestamptz and timestamp come back as the same ISO strings SQLite stores.
const TIMESTAMPTZ_OID = 1184;
const TIMESTAMP_OID = 1114;
const INT8_OID = 20;
pg.types.setTypeParser(TIMESTAMPTZ_OID, (value) => new Date(value).toISOString());
pg.types.setTypeParser(TIMESTAMP_OID, (value) => new Date(`${value}Z`).toISOString());
// count(*) is bigint in PostgreSQL; Midad's counts and ids fit in a double.
pg.types.setTypeParser(INT8_OID, (value) => Number(value));

export function openPostgres(url: string, options: OpenOptions & { log: DbLog }): Db {
  const settings = [
    `-c statement_timeout=${postgresLimits.statementTimeoutMs}`,
    `-c idle_in_transaction_session_timeout=${postgresLimits.idleInTransactionTimeoutMs}`,
    // Settings given in the URL (`?options=-c search_path=news`) are kept, and win.
    ...(optionsInUrl(url) ? [optionsInUrl(url) ?? ''] : []),
    ...(options.searchPath ? [`-c search_path=${options.searchPath}`] : []),
  ];
  const pool = new pg.Pool({
    connectionString: url,
    max: postgresLimits.poolSize,
    connectionTimeoutMillis: postgresLimits.connectTimeoutMs,
    idleTimeoutMillis: postgresLimits.idleConnectionMs,
    application_name: options.applicationName ?? 'midad',
    options: settings.join(' '),
  });
  // A lost connection is an 'error' event on its client, idle or checked out (between a
  // transaction's statements, say); unheard, it takes the process down. Each client is heard
  // for its whole life — the statement that needed it fails on its own, the pool replaces
  // it — and the pool's own re-emission of an idle client's error is already told.
  pool.on('connect', (client) => {
    client.on('error', (error) => {
      options.log.warn({ err: error }, 'a PostgreSQL connection was lost; the pool replaces it');
    });
  });
  pool.on('error', () => undefined);

  const marker = transactionMarker();
  const kysely = new Kysely<Database>({
    dialect: guardedDialect(new PostgresDialect({ pool }), { marker }),
    plugins: [new CamelCasePlugin()],
  });

  let channelName: Promise<string> | null = null;
  /** Looked up once, through the caller's transaction when there is one (never around it). */
  const channel = (executor: Kysely<Database> = kysely) =>
    (channelName ??= (
      options.searchPath
        ? Promise.resolve(channelFor(options.searchPath))
        : sql<{ schema: string }>`select current_schema() as schema`
            .execute(executor)
            .then(({ rows }) => channelFor(rows[0]?.schema ?? 'public'))
    ).catch((error: unknown) => {
      channelName = null;
      throw error;
    }));
  const listeners = new Set<() => Promise<void>>();

  return {
    kysely,
    dialect: 'postgres',
    transaction: (work) => kysely.transaction().execute((trx) => marker.run(() => work(trx))),
    async announceCommit(trx: Trx, eventIds: readonly number[]) {
      if (eventIds.length === 0) return;
      const payload = eventIds.join(',');
      await sql`select pg_notify(${await channel(trx)}, ${
        payload.length <= postgresLimits.maxPayloadBytes ? payload : ''
      })`.execute(trx);
    },
    watchCommits(listener) {
      const name = `${options.applicationName ?? 'midad'}-listen`;
      const stop = listenForCommits(url, name, () => channel(), listener, options.log);
      listeners.add(stop);
      return async () => {
        listeners.delete(stop);
        await stop();
      };
    },
    async lockForTransaction(trx: Trx, name: string) {
      await sql`select pg_advisory_xact_lock(hashtext(${name}))`.execute(trx);
    },
    poolStats: () => ({
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
      max: postgresLimits.poolSize,
    }),
    close: once(async () => {
      await Promise.all([...listeners].map((stop) => stop()));
      await kysely.destroy();
    }),
  };
}

function optionsInUrl(url: string): string | null {
  try {
    return new URL(url).searchParams.get('options');
  } catch {
    return null;
  }
}

/** One channel per schema, so two sites sharing a database do not hear each other. */
function channelFor(schema: string): string {
  return `midad_commits_${schema.toLowerCase().replace(/[^a-z0-9_]/g, '_')}`.slice(0, 63);
}

function parsePayload(payload: string | undefined): number[] | null {
  if (!payload) return null;
  const ids = payload.split(',').map(Number);
  return ids.every((id) => Number.isSafeInteger(id) && id > 0) ? ids : null;
}

/**
 * A dedicated connection (LISTEN does not work through a pool) that reconnects with backoff
 * after the server goes away. Each time it starts listening it reports `null`, so the caller
 * catches up on what was committed while it was not.
 */
function listenForCommits(
  url: string,
  applicationName: string,
  channel: () => Promise<string>,
  listener: CommitListener,
  log: DbLog,
): () => Promise<void> {
  let client: pg.Client | null = null;
  let isStopped = false;
  let delayMs = 500;
  let retry: NodeJS.Timeout | null = null;

  const reconnectLater = () => {
    if (isStopped || retry) return;
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, delayMs);
    retry.unref();
    delayMs = Math.min(delayMs * 2, 30_000);
  };

  const connect = async () => {
    const name = await channel().catch(() => null);
    if (name === null) return reconnectLater();
    const next = new pg.Client({
      connectionString: url,
      application_name: applicationName,
      connectionTimeoutMillis: postgresLimits.connectTimeoutMs,
    });
    next.on('error', (error) => {
      log.warn({ err: error }, 'the PostgreSQL LISTEN connection was lost; reconnecting');
      if (client === next) client = null;
      next.end().catch(() => undefined);
      reconnectLater();
    });
    next.on('notification', (message) => {
      if (message.channel === name) listener(parsePayload(message.payload));
    });
    try {
      await next.connect();
      await next.query(`listen "${name}"`);
    } catch (error) {
      log.warn({ err: error }, 'cannot LISTEN on PostgreSQL yet; retrying');
      next.end().catch(() => undefined);
      return reconnectLater();
    }
    if (isStopped) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    delayMs = 500;
    // What was committed before LISTEN took effect (at start, or while disconnected) was
    // not announced to us: the caller catches up.
    listener(null);
  };

  void connect();
  return async () => {
    isStopped = true;
    if (retry) clearTimeout(retry);
    const current = client;
    client = null;
    await current?.end().catch(() => undefined);
  };
}
