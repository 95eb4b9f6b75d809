/** The outbox table: events written with the change that caused them, read back by id. */
import { Repository } from '../db/repository.js';
import type { EventRow } from '../db/schema.js';
import {
  domainEventTypes,
  type DomainEventType,
  type PendingEvent,
  type StoredEvent,
} from './domain-events.js';

function toEvent(row: EventRow): StoredEvent | null {
  if (!domainEventTypes.includes(row.type as DomainEventType)) return null;
  try {
    return {
      id: row.id,
      type: row.type,
      payload: JSON.parse(row.payload) as unknown,
      createdAt: row.createdAt,
    } as StoredEvent;
  } catch {
    return null;
  }
}

export class EventRepository extends Repository {
  async insert(events: readonly PendingEvent[], now: string): Promise<StoredEvent[]> {
    if (events.length === 0) return [];
    const rows = await this.writer
      .insertInto('event')
      .values(
        events.map((e) => ({ type: e.type, payload: JSON.stringify(e.payload), createdAt: now })),
      )
      .returningAll()
      .execute();
    return rows.flatMap((row) => toEvent(row) ?? []);
  }

  async findByIds(ids: readonly number[]): Promise<StoredEvent[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('event')
      .selectAll()
      .where('id', 'in', [...ids])
      .orderBy('id')
      .execute();
    return rows.flatMap((row) => toEvent(row) ?? []);
  }

  async listAfter(id: number, limit = 500): Promise<StoredEvent[]> {
    const rows = await this.db
      .selectFrom('event')
      .selectAll()
      .where('id', '>', id)
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.flatMap((row) => toEvent(row) ?? []);
  }

  async latestId(): Promise<number> {
    const row = await this.db
      .selectFrom('event')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirst();
    return Number(row?.id ?? 0);
  }

  /** Removes events older than `before`; returns how many. */
  async pruneBefore(before: string): Promise<number> {
    const result = await this.writer
      .deleteFrom('event')
      .where('createdAt', '<', before)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
