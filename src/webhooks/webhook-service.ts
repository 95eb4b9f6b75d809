/**
 * Webhooks for administrators: register an address and the events it hears, change or
 * switch it off, remove it, and read how its deliveries went. The secret is shown when a
 * webhook is made (and when it is renewed), never listed again in full.
 */
import { Type, type Static } from 'typebox';
import type { Actor } from '../core/actor.js';
import { authorize } from '../core/permissions.js';
import { readRepositories, type RepositorySet } from '../core/repositories.js';
import { inTransaction, type UnitOfWorkContext } from '../core/unit-of-work.js';
import { validator } from '../core/validation.js';
import { MidadError, ValidationError } from '../errors.js';
import type { DeliveryRow, WebhookRow } from './webhook-repository.js';
import {
  eventsOf,
  newSecret,
  reachesOnlyOutside,
  webhookEvents,
  type WebhookEvent,
} from './webhooks.js';

const fields = {
  url: Type.String({ minLength: 1, maxLength: 2000, description: 'http:// or https://' }),
  description: Type.Union([Type.String({ maxLength: 200 }), Type.Null()]),
  events: Type.Array(Type.Enum([...webhookEvents]), { minItems: 1, uniqueItems: true }),
  allowPrivate: Type.Boolean({
    description: 'allow a loopback or private address (an endpoint inside your network)',
  }),
  isActive: Type.Boolean(),
};
export const WebhookCreateSchema = Type.Object(
  {
    url: fields.url,
    description: Type.Optional(fields.description),
    events: fields.events,
    allowPrivate: Type.Optional(fields.allowPrivate),
  },
  { additionalProperties: false },
);
export const WebhookUpdateSchema = Type.Object(
  {
    url: Type.Optional(fields.url),
    description: Type.Optional(fields.description),
    events: Type.Optional(fields.events),
    allowPrivate: Type.Optional(fields.allowPrivate),
    isActive: Type.Optional(fields.isActive),
    renewSecret: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
const checkCreate = validator(WebhookCreateSchema);
const checkUpdate = validator(WebhookUpdateSchema);

export interface Webhook {
  id: number;
  url: string;
  description: string | null;
  events: WebhookEvent[];
  allowPrivate: boolean;
  isActive: boolean;
  /** Its first characters only, to tell it apart; in full once, when it is made or renewed. */
  secretHint: string;
  createdAt: string;
  updatedAt: string;
}

export interface Delivery {
  id: number;
  event: string;
  status: DeliveryRow['status'];
  attempts: number;
  lastStatus: number | null;
  lastResponse: string | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
  deliveredAt: string | null;
}

function present(row: WebhookRow): Webhook {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: eventsOf(row.events),
    allowPrivate: row.allowPrivate === 1,
    isActive: row.isActive === 1,
    secretHint: `${row.secret.slice(0, 12)}…`,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function presentDelivery(row: DeliveryRow): Delivery {
  const { webhookId: _webhookId, payload: _payload, ...delivery } = row;
  return delivery;
}

/** An endpoint's address: http(s), no credentials in it, and outside unless allowed. */
async function checkTarget(raw: string, allowPrivate: boolean): Promise<string> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw ValidationError.of('url', 'unsafe_url', { allowsMail: 'no' });
  }
  if (!/^https?:$/.test(url.protocol) || url.username !== '' || url.password !== '') {
    throw ValidationError.of('url', 'unsafe_url', { allowsMail: 'no' });
  }
  if (!allowPrivate) {
    const outside = await reachesOnlyOutside(url);
    if (outside === null) throw ValidationError.of('url', 'unresolvable_host');
    if (!outside) throw ValidationError.of('url', 'private_address');
  }
  return url.href;
}

export class WebhookService {
  private readonly read: RepositorySet;

  constructor(private readonly context: UnitOfWorkContext) {
    this.read = readRepositories(context.db);
  }

  async list(actor: Actor): Promise<Webhook[]> {
    authorize(actor, 'webhooks.manage');
    return (await this.read.webhooks.list()).map(present);
  }

  async get(actor: Actor, id: number): Promise<Webhook> {
    authorize(actor, 'webhooks.manage');
    const row = await this.read.webhooks.findById(id);
    if (!row) throw new MidadError('not_found');
    return present(row);
  }

  /** Registers a webhook; its secret is returned this once. */
  async create(actor: Actor, raw: unknown): Promise<{ webhook: Webhook; secret: string }> {
    authorize(actor, 'webhooks.manage');
    const input: Static<typeof WebhookCreateSchema> = checkCreate(raw);
    const allowPrivate = input.allowPrivate ?? false;
    const url = await checkTarget(input.url, allowPrivate);
    const secret = newSecret();
    const row = await inTransaction(this.context, (uow) =>
      uow.webhooks.insert({
        url,
        description: input.description?.trim() || null,
        events: JSON.stringify(input.events),
        secret,
        allowPrivate: allowPrivate ? 1 : 0,
        isActive: 1,
        createdByUserId: actor.userId ?? null,
        createdAt: uow.nowIso,
        updatedAt: uow.nowIso,
      }),
    );
    return { webhook: present(row), secret };
  }

  /** Changes a webhook; with `renewSecret`, the new secret is returned this once. */
  async update(
    actor: Actor,
    id: number,
    raw: unknown,
  ): Promise<{ webhook: Webhook; secret: string | null }> {
    authorize(actor, 'webhooks.manage');
    const input: Static<typeof WebhookUpdateSchema> = checkUpdate(raw);
    const current = await this.read.webhooks.findById(id);
    if (!current) throw new MidadError('not_found');
    const allowPrivate = input.allowPrivate ?? current.allowPrivate === 1;
    const url =
      input.url !== undefined || input.allowPrivate === false
        ? await checkTarget(input.url ?? current.url, allowPrivate)
        : current.url;
    const secret = input.renewSecret ? newSecret() : null;
    const row = await inTransaction(this.context, (uow) =>
      uow.webhooks.update(id, {
        url,
        ...(input.description !== undefined
          ? { description: input.description?.trim() || null }
          : {}),
        ...(input.events ? { events: JSON.stringify(input.events) } : {}),
        allowPrivate: allowPrivate ? 1 : 0,
        ...(input.isActive !== undefined ? { isActive: input.isActive ? 1 : 0 } : {}),
        ...(secret ? { secret } : {}),
        updatedAt: uow.nowIso,
      }),
    );
    if (!row) throw new MidadError('not_found');
    return { webhook: present(row), secret };
  }

  async delete(actor: Actor, id: number): Promise<void> {
    authorize(actor, 'webhooks.manage');
    const deleted = await inTransaction(this.context, (uow) => uow.webhooks.delete(id));
    if (!deleted) throw new MidadError('not_found');
  }

  /** A webhook's latest deliveries, newest first. */
  async deliveries(actor: Actor, id: number, limit = 50): Promise<Delivery[]> {
    authorize(actor, 'webhooks.manage');
    if (!(await this.read.webhooks.findById(id))) throw new MidadError('not_found');
    return (await this.read.webhooks.listDeliveries(id, limit)).map(presentDelivery);
  }
}
