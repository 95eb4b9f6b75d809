/**
 * A Kysely dialect wrapper that makes two transaction mistakes impossible to miss:
 *
 * - Code running inside a transaction that queries through the database's root `Kysely`
 *   (a service built for the whole app, say) would, on SQLite, wait for ever for the one
 *   connection the transaction holds, and on PostgreSQL silently run outside the transaction.
 *   The wrapper notices (the transaction's async context is marked) and throws at once.
 * - SQLite transactions are opened with `BEGIN IMMEDIATE`: they take the write lock first, so
 *   a read-then-write transaction never fails with SQLITE_BUSY when another process committed
 *   in between, and busy_timeout applies to the whole transaction.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type QueryCompiler,
  type TransactionSettings,
} from 'kysely';

/** Thrown when a query escapes the transaction it was issued in. */
export class QueryOutsideTransactionError extends Error {
  override name = 'QueryOutsideTransactionError';
  constructor() {
    super(
      'a query was sent through the root database connection while a transaction of the same ' +
        'database was running in this call chain; use the repositories of the unit of work instead',
    );
  }
}

export interface TransactionMarker {
  /** Runs `work` marked as being inside a transaction of this database. */
  run<T>(work: () => Promise<T>): Promise<T>;
  isInside(): boolean;
}

export function transactionMarker(): TransactionMarker {
  const storage = new AsyncLocalStorage<true>();
  return {
    run: (work) => storage.run(true, work),
    isInside: () => storage.getStore() === true,
  };
}

export interface GuardOptions {
  marker: TransactionMarker;
  /** The statement that opens a transaction, e.g. `begin immediate` on SQLite. */
  begin?: string;
  /** Replaces the dialect's adapter (SQLite's claims transactional DDL, which it has). */
  adapter?: DialectAdapter;
  /**
   * Hands the one connection to waiting queries first come, first served (SQLite). Kysely's
   * own mutex wakes every waiter at each release and the fastest takes it: under load that
   * is work growing with the square of the waiters, and requests starved for seconds.
   */
  queue?: boolean;
}

/** A lock handed to its waiters in the order they asked. */
class FifoLock {
  private held = false;
  private readonly waiters: (() => void)[] = [];

  acquire(): Promise<void> {
    if (!this.held) {
      this.held = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  release(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.held = false;
  }
}

export function guardedDialect(inner: Dialect, options: GuardOptions): Dialect {
  return {
    createDriver: () => new GuardedDriver(inner.createDriver(), options),
    createQueryCompiler: () => inner.createQueryCompiler(),
    createAdapter: () => options.adapter ?? inner.createAdapter(),
    createIntrospector: (db) => inner.createIntrospector(db),
  };
}

class GuardedDriver implements Driver {
  private readonly lock: FifoLock | null;

  constructor(
    private readonly inner: Driver,
    private readonly options: GuardOptions,
  ) {
    this.lock = options.queue ? new FifoLock() : null;
  }

  init(): Promise<void> {
    return this.inner.init();
  }

  /** Root queries acquire a connection per query; a transaction's own queries never do. */
  async acquireConnection(): Promise<DatabaseConnection> {
    if (this.options.marker.isInside()) throw new QueryOutsideTransactionError();
    await this.lock?.acquire();
    try {
      return await this.inner.acquireConnection();
    } catch (error) {
      this.lock?.release();
      throw error;
    }
  }

  async beginTransaction(
    connection: DatabaseConnection,
    settings: TransactionSettings,
  ): Promise<void> {
    if (this.options.begin === undefined) return this.inner.beginTransaction(connection, settings);
    await connection.executeQuery(CompiledQuery.raw(this.options.begin));
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.commitTransaction(connection);
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.rollbackTransaction(connection);
  }

  async savepoint(
    connection: DatabaseConnection,
    name: string,
    compileQuery: QueryCompiler['compileQuery'],
  ): Promise<void> {
    await this.inner.savepoint?.(connection, name, compileQuery);
  }

  async rollbackToSavepoint(
    connection: DatabaseConnection,
    name: string,
    compileQuery: QueryCompiler['compileQuery'],
  ): Promise<void> {
    await this.inner.rollbackToSavepoint?.(connection, name, compileQuery);
  }

  async releaseSavepoint(
    connection: DatabaseConnection,
    name: string,
    compileQuery: QueryCompiler['compileQuery'],
  ): Promise<void> {
    await this.inner.releaseSavepoint?.(connection, name, compileQuery);
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    try {
      await this.inner.releaseConnection(connection);
    } finally {
      this.lock?.release();
    }
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}
