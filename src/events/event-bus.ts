/**
 * In-process listeners for domain events, run after the transaction that wrote them has
 * committed — never before, never for one that rolled back. Events committed by other
 * processes (another instance, a CLI import) reach the same listeners through the outbox:
 * the database says that something was committed (PostgreSQL NOTIFY, SQLite data_version),
 * the bus reads what it has not yet seen. Each event is delivered once per process.
 */
import type { Db } from '../db/database.js';
import type { DomainEventType, StoredEvent } from './domain-events.js';
import { EventRepository } from './event-repository.js';

export type EventListener<K extends DomainEventType = DomainEventType> = (
  event: StoredEvent<K>,
) => void | Promise<void>;

export interface EventLog {
  error(details: object, message: string): void;
}

/** How many delivered ids to remember, to skip an event heard twice (locally and by NOTIFY). */
const rememberedIds = 10_000;

export class EventBus {
  private readonly listeners = new Map<DomainEventType | '*', Set<EventListener>>();
  private readonly delivered = new Set<number>();
  /** The outbox position up to which events from elsewhere have been read. */
  private cursor = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly log: EventLog) {}

  on<K extends DomainEventType>(type: K | '*', listener: EventListener<K>): () => void {
    const set = this.listeners.get(type) ?? new Set();
    set.add(listener as EventListener);
    this.listeners.set(type, set);
    return () => set.delete(listener as EventListener);
  }

  /** Runs the listeners of each event not delivered yet; a listener's failure is logged. */
  async deliver(events: readonly StoredEvent[]): Promise<void> {
    for (const event of events) {
      if (this.delivered.has(event.id)) continue;
      this.remember(event.id);
      const listeners = [
        ...(this.listeners.get(event.type) ?? []),
        ...(this.listeners.get('*') ?? []),
      ];
      for (const listener of listeners) {
        try {
          await listener(event);
        } catch (error) {
          this.log.error(
            { err: error, event: event.type, id: event.id },
            'an event listener failed',
          );
        }
      }
    }
  }

  /**
   * Delivers what other connections commit from now on. Returns the function that stops it.
   * `watchCommits` says which events were written when it knows (PostgreSQL), or only that
   * something was (SQLite, a reconnect): then everything after the cursor is read.
   */
  async watch(db: Db): Promise<() => Promise<void>> {
    const events = new EventRepository(db.kysely);
    this.cursor = Math.max(this.cursor, await events.latestId());
    const catchUp = (ids: number[] | null) => {
      this.queue = this.queue
        .then(async () => {
          if (ids) {
            const fresh = ids.filter((id) => !this.delivered.has(id));
            const found = await events.findByIds(fresh);
            await this.deliver(found);
            this.cursor = Math.max(this.cursor, ...found.map((e) => e.id));
            return;
          }
          for (;;) {
            const batch = await events.listAfter(this.cursor);
            if (batch.length === 0) return;
            await this.deliver(batch);
            this.cursor = batch.at(-1)?.id ?? this.cursor;
          }
        })
        .catch((error: unknown) => {
          this.log.error({ err: error }, 'events committed elsewhere could not be read');
        });
    };
    const stop = db.watchCommits(catchUp);
    return async () => {
      await stop();
      await this.queue;
    };
  }

  private remember(id: number): void {
    this.delivered.add(id);
    if (this.delivered.size > rememberedIds) {
      const oldest = this.delivered.values().next().value;
      if (oldest !== undefined) this.delivered.delete(oldest);
    }
  }
}
