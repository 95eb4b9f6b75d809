/**
 * Webhooks: the domain events an administrator's endpoints hear. Each change's events are
 * turned into deliveries — a row and a job each — in the same transaction as the change (a
 * projection), so a restart loses none and, however many instances run, each is sent once:
 * by whichever instance claims its job. Sending happens after the commit, never in the way of
 * publishing; a failure is retried with exponential backoff (the job runner's), and every
 * attempt is recorded with its status and the start of the answer.
 *
 * Each delivery is a POST of JSON signed with the webhook's secret:
 * `X-Midad-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` (docs/webhooks.md
 * shows how to check it). An endpoint on a loopback, private or link-local address is refused
 * — when it is registered, and again on every connection, after DNS — unless an administrator
 * allowed it for that webhook: no request forgery against the inside of the network.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import type { PendingEvent } from '../events/domain-events.js';
import { inTransaction, type Projection, type UnitOfWorkContext } from '../core/unit-of-work.js';
import { readRepositories } from '../core/repositories.js';
import type { OutsideJobHandler } from '../jobs/job-runner.js';
import { articlePath } from '../content/permalinks.js';

export const webhookJobKind = 'webhook.deliver';
const answerWithinMs = 5_000;
/** Ten attempts: the last about an hour and a half after the first, with the runner's backoff. */
export const deliveryAttempts = 10;

export const webhookEvents = [
  'article.published',
  'article.updated',
  'article.unpublished',
  'article.deleted',
  'section.changed',
  'tag.changed',
] as const;
export type WebhookEvent = (typeof webhookEvents)[number];

/** A new webhook's secret: 32 random bytes, hex. */
export function newSecret(): string {
  return `whsec_${randomBytes(32).toString('hex')}`;
}

/** The signature header of a body sent at `seconds` (Unix time). */
export function signature(secret: string, seconds: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${seconds}.${body}`).digest('hex');
  return `t=${seconds},v1=${mac}`;
}

/**
 * What readers' world hears of an event, if anything: an article made public, changed while
 * public, withdrawn or deleted; a section or a tag changed. Drafts are nobody's business.
 */
export function announced(
  pending: PendingEvent,
): { event: WebhookEvent; data: Record<string, unknown> } | null {
  const { type, payload } = pending as { type: string; payload: Record<string, unknown> };
  if (type.startsWith('article.')) {
    const change = payload as {
      wasEverPublic?: boolean;
      articleId: number;
      language: string;
      status: string;
      wasPublic: boolean;
      isPublic: boolean;
    };
    const data = { articleId: change.articleId, language: change.language, status: change.status };
    // A deleted article that readers saw once (published, or withdrawn since) is announced.
    if (type === 'article.deleted') {
      return change.wasPublic || change.wasEverPublic ? { event: 'article.deleted', data } : null;
    }
    if (change.isPublic && !change.wasPublic) return { event: 'article.published', data };
    if (change.isPublic) return { event: 'article.updated', data };
    if (change.wasPublic) return { event: 'article.unpublished', data };
    return null;
  }
  if (type === 'section.changed' || type === 'tag.changed') {
    return { event: type, data: payload };
  }
  return null;
}

/** Queues a delivery for each active webhook that asked for each announced event. */
export function webhookProjection(publicUrl: string): Projection {
  return {
    name: 'webhooks',
    async apply(uow, events) {
      const announcements = events.flatMap((event) => announced(event) ?? []);
      if (announcements.length === 0) return;
      const hooks = await uow.webhooks.listActive();
      if (hooks.length === 0) return;
      for (const { event, data } of announcements) {
        const listeners = hooks.filter((hook) => eventsOf(hook.events).includes(event));
        if (listeners.length === 0) continue;
        let url: string | null = null;
        if (event === 'article.published' || event === 'article.updated') {
          const row = await uow.articles.findById(Number(data.articleId));
          url = row ? new URL(articlePath(row), `${publicUrl}/`).href : null;
        }
        for (const hook of listeners) {
          const delivery = await uow.webhooks.insertDelivery({
            webhookId: hook.id,
            event,
            payload: JSON.stringify({
              event,
              occurredAt: uow.nowIso,
              data: { ...data, ...(url ? { url } : {}) },
            }),
            status: 'pending',
            attempts: 0,
            lastStatus: null,
            lastResponse: null,
            lastError: null,
            createdAt: uow.nowIso,
            updatedAt: uow.nowIso,
            deliveredAt: null,
          });
          await uow.jobs.enqueue(
            {
              kind: webhookJobKind,
              payload: { deliveryId: delivery.id },
              runAt: uow.nowIso,
              dedupeKey: null,
              maxAttempts: deliveryAttempts,
            },
            uow.nowIso,
          );
        }
      }
    },
  };
}

/** The events a webhook row lists. */
export function eventsOf(stored: string): WebhookEvent[] {
  try {
    const list = JSON.parse(stored) as unknown;
    return Array.isArray(list) ? webhookEvents.filter((event) => list.includes(event)) : [];
  } catch {
    return [];
  }
}

const inside = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  inside.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  inside.addSubnet(network, prefix, 'ipv6');
}

/** Whether an address is loopback, private, link-local, shared, multicast or reserved. */
export function isInsideAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isInsideAddress(mapped);
  const family = isIP(address);
  if (family === 0) return true;
  return inside.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

function resolveAll(hostname: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    );
  });
}

/**
 * Whether `url` reaches only the outside world: every address its host resolves to is
 * public. Null when the host cannot be resolved.
 */
export async function reachesOnlyOutside(url: URL): Promise<boolean | null> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0) return !isInsideAddress(host);
  try {
    const addresses = await resolveAll(host);
    return addresses.length > 0 && addresses.every((a) => !isInsideAddress(a.address));
  } catch {
    return null;
  }
}

/** A DNS lookup that refuses to connect to an inside address: checked at connection time. */
const outsideLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    const list = addresses;
    const blocked = list.find((a) => isInsideAddress(a.address));
    if (blocked || list.length === 0) {
      const refusal = Object.assign(
        new Error(`${hostname} resolves to a private address (${blocked?.address ?? 'none'})`),
        { code: 'EPRIVATE' },
      );
      return callback(refusal, '', 0);
    }
    if (options.all) return callback(null, list);
    const [first] = list;
    return callback(null, first?.address ?? '', first?.family ?? 4);
  });
};

export interface Sent {
  status: number | null;
  response: string | null;
  error: string | null;
}

/**
 * POSTs one delivery; never follows a redirect; five seconds at most, answer included: the
 * job runner that sends it also publishes scheduled stories, which must not wait long.
 */
export async function post(
  target: string,
  body: string,
  headers: Record<string, string>,
  allowInside: boolean,
): Promise<Sent> {
  const url = new URL(target);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowInside && isIP(host) !== 0 && isInsideAddress(host)) {
    return { status: null, response: null, error: `${host} is a private address` };
  }
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const request = send(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        ...(allowInside ? {} : { lookup: outsideLookup }),
      },
      (response: IncomingMessage) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          if (text.length < 2000) text += chunk;
        });
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? null,
            response: text.slice(0, 500),
            error: null,
          }),
        );
        response.on('error', (error) =>
          resolve({
            status: response.statusCode ?? null,
            response: text.slice(0, 500),
            error: error.message,
          }),
        );
      },
    );
    const deadline = setTimeout(
      () => request.destroy(new Error('no answer within 5 seconds')),
      answerWithinMs,
    );
    request.on('close', () => clearTimeout(deadline));
    request.on('error', (error) => resolve({ status: null, response: null, error: error.message }));
    request.end(body);
  });
}

/**
 * Sends a queued delivery, outside any transaction, then records how it went. A failure is
 * thrown after it is recorded, so the runner tries again later; the last attempt marks the
 * delivery failed. A delivery whose webhook was removed or switched off is dropped.
 */
export function webhookDelivery(context: UnitOfWorkContext): OutsideJobHandler {
  return {
    outside: async (job) => {
      const deliveryId = Number((job.payload as { deliveryId?: unknown } | null)?.deliveryId);
      const read = readRepositories(context.db).webhooks;
      const delivery = Number.isSafeInteger(deliveryId)
        ? await read.findDelivery(deliveryId)
        : null;
      if (!delivery || delivery.status !== 'pending') return 'done';
      const hook = await read.findById(delivery.webhookId);
      const now = () => context.clock().toISOString();
      if (!hook || hook.isActive !== 1) {
        await inTransaction(context, (uow) =>
          uow.webhooks.recordAttempt(delivery.id, {
            status: 'failed',
            lastStatus: null,
            lastResponse: null,
            lastError: 'the webhook was switched off or removed',
            at: now(),
          }),
        );
        return 'done';
      }
      const seconds = Math.floor(context.clock().getTime() / 1000);
      const sent = await post(
        hook.url,
        delivery.payload,
        {
          'content-type': 'application/json',
          'user-agent': 'Midad-Webhooks/1',
          'x-midad-event': delivery.event,
          'x-midad-delivery': String(delivery.id),
          'x-midad-signature': signature(hook.secret, seconds, delivery.payload),
        },
        hook.allowPrivate === 1,
      );
      const isDelivered = sent.status !== null && sent.status >= 200 && sent.status < 300;
      const isLast = job.attempts >= job.maxAttempts;
      await inTransaction(context, (uow) =>
        uow.webhooks.recordAttempt(delivery.id, {
          status: isDelivered ? 'delivered' : isLast ? 'failed' : 'pending',
          lastStatus: sent.status,
          lastResponse: sent.response,
          lastError: isDelivered ? null : (sent.error ?? `answered ${sent.status}`),
          at: now(),
        }),
      );
      if (!isDelivered) {
        throw new Error(`webhook ${hook.id}: ${sent.error ?? `answered ${sent.status}`}`);
      }
      return 'done';
    },
  };
}
