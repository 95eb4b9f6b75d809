/**
 * The one way to change data. `inTransaction(context, async (uow) => …)` opens a write
 * transaction and hands out repositories bound to it; the rules run inside it, so what they
 * check is still true when the rows are written; the domain events the work emits are
 * written to the outbox in the same transaction and announced to other processes on commit;
 * after the commit, and only then, this process's listeners run. All or nothing: if the
 * work throws, nothing was written and no listener hears of it.
 *
 * Nothing slow belongs inside: images are made and files written before the transaction,
 * network calls happen in listeners or jobs after it.
 */
import type { Db, Trx } from '../db/database.js';
import type { DomainEvents, DomainEventType, PendingEvent } from '../events/domain-events.js';
import type { EventBus } from '../events/event-bus.js';
import type { Clock } from './clock.js';
import { RepositorySet } from './repositories.js';

export interface UnitOfWorkContext {
  db: Db;
  bus: EventBus;
  clock: Clock;
  /** Kept up to date inside every transaction, from its events (the search index). */
  projections?: readonly Projection[];
}

/**
 * Data derived from the rest and written in the same transaction as the change it follows,
 * never as a separate step that could be missed: it hears the work's events just before the
 * commit, and if it throws, nothing of the work is written.
 */
export interface Projection {
  readonly name: string;
  apply(uow: UnitOfWork, events: readonly PendingEvent[]): Promise<void>;
}

/** A transaction's repositories (`uow.articles`, `uow.taxonomy` …), its moment and its events. */
export class UnitOfWork extends RepositorySet {
  private readonly pending: PendingEvent[] = [];

  constructor(
    readonly trx: Trx,
    readonly db: Db,
    /** The moment of this change: every timestamp it writes is this one. */
    readonly now: Date,
  ) {
    super(trx, db.dialect);
  }

  /** `now` as stored: an ISO-8601 UTC string. */
  get nowIso(): string {
    return this.now.toISOString();
  }

  /** Records an event, written with the change and delivered after it commits. */
  emit<K extends DomainEventType>(type: K, payload: DomainEvents[K]): void {
    this.pending.push({ type, payload });
  }

  /** Holds a lock named `name` until this transaction ends, across processes. */
  lock(name: string): Promise<void> {
    return this.db.lockForTransaction(this.trx, name);
  }

  /** The events emitted so far, in order. */
  get emitted(): readonly PendingEvent[] {
    return this.pending;
  }

  /** @internal Writes the pending events; called once, just before the commit. */
  async flushEvents() {
    const stored = await this.events.insert(this.pending, this.nowIso);
    await this.db.announceCommit(
      this.trx,
      stored.map((e) => e.id),
    );
    return stored;
  }
}

export async function inTransaction<T>(
  context: UnitOfWorkContext,
  work: (uow: UnitOfWork) => Promise<T>,
): Promise<T> {
  const { result, events } = await context.db.transaction(async (trx) => {
    const uow = new UnitOfWork(trx, context.db, context.clock());
    const result = await work(uow);
    for (const projection of context.projections ?? []) {
      if (uow.emitted.length > 0) await projection.apply(uow, uow.emitted);
    }
    return { result, events: await uow.flushEvents() };
  });
  await context.bus.deliver(events);
  return result;
}
