/** Webhooks and their deliveries. The only place their SQL is written. */
import type { Insertable, Selectable } from 'kysely';
import { Repository } from '../db/repository.js';
import type { DeliveryStatus, WebhookDeliveryTable, WebhookTable } from '../db/schema.js';

export type WebhookRow = Selectable<WebhookTable>;
export type NewWebhookRow = Insertable<WebhookTable>;
export type DeliveryRow = Selectable<WebhookDeliveryTable>;

export class WebhookRepository extends Repository {
  async insert(row: NewWebhookRow): Promise<WebhookRow> {
    return this.writer.insertInto('webhook').values(row).returningAll().executeTakeFirstOrThrow();
  }

  async update(
    id: number,
    changes: Partial<
      Pick<
        WebhookRow,
        'url' | 'description' | 'events' | 'allowPrivate' | 'isActive' | 'secret' | 'updatedAt'
      >
    >,
  ): Promise<WebhookRow | null> {
    const row = await this.writer
      .updateTable('webhook')
      .set(changes)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row ?? null;
  }

  async delete(id: number): Promise<boolean> {
    const result = await this.writer.deleteFrom('webhook').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async findById(id: number): Promise<WebhookRow | null> {
    const row = await this.db
      .selectFrom('webhook')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ?? null;
  }

  async list(): Promise<WebhookRow[]> {
    return this.db.selectFrom('webhook').selectAll().orderBy('id').execute();
  }

  async listActive(): Promise<WebhookRow[]> {
    return this.db
      .selectFrom('webhook')
      .selectAll()
      .where('isActive', '=', 1)
      .orderBy('id')
      .execute();
  }

  async insertDelivery(row: Insertable<WebhookDeliveryTable>): Promise<DeliveryRow> {
    return this.writer
      .insertInto('webhookDelivery')
      .values(row)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async findDelivery(id: number): Promise<DeliveryRow | null> {
    const row = await this.db
      .selectFrom('webhookDelivery')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ?? null;
  }

  /** Records one attempt at a delivery: how it went, and whether it is over. */
  async recordAttempt(
    id: number,
    attempt: {
      status: DeliveryStatus;
      lastStatus: number | null;
      lastResponse: string | null;
      lastError: string | null;
      at: string;
    },
  ): Promise<void> {
    await this.writer
      .updateTable('webhookDelivery')
      .set((eb) => ({
        status: attempt.status,
        attempts: eb('attempts', '+', 1),
        lastStatus: attempt.lastStatus,
        lastResponse: attempt.lastResponse,
        lastError: attempt.lastError,
        updatedAt: attempt.at,
        ...(attempt.status === 'delivered' ? { deliveredAt: attempt.at } : {}),
      }))
      .where('id', '=', id)
      .execute();
  }

  /** A webhook's newest deliveries first. */
  async listDeliveries(webhookId: number, limit: number): Promise<DeliveryRow[]> {
    return this.db
      .selectFrom('webhookDelivery')
      .selectAll()
      .where('webhookId', '=', webhookId)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
  }

  /** Forgets deliveries finished before `before`. */
  async pruneDeliveriesBefore(before: string): Promise<number> {
    const result = await this.writer
      .deleteFrom('webhookDelivery')
      .where('status', '!=', 'pending')
      .where('updatedAt', '<', before)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
