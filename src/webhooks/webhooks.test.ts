import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../core/actor.js';
import { inTransaction } from '../core/unit-of-work.js';
import { buildTestApp, type TestApp } from '../test-support/app.js';
import { testDialects } from '../test-support/databases.js';
import { makeSection, paragraphs } from '../test-support/factories.js';
import { otherInstances, until } from '../test-support/job-workers.js';
import { isInsideAddress, post, signature } from './webhooks.js';

const cli = systemActor('cli');

interface Received {
  headers: IncomingHttpHeaders;
  raw: string;
  body: { event: string; occurredAt: string; data: Record<string, unknown> };
}

describe('which addresses are inside the network', () => {
  it('knows loopback, private, link-local and mapped addresses from public ones', () => {
    for (const inside of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.10',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      'not an address',
    ]) {
      expect(isInsideAddress(inside), inside).toBe(true);
    }
    for (const outside of ['93.184.215.14', '8.8.8.8', '172.32.0.1', '2606:4700::6810:84e5']) {
      expect(isInsideAddress(outside), outside).toBe(false);
    }
  });

  it('gives an endpoint five seconds to answer, the answer included', async () => {
    const hanging = createServer((_request, response) => {
      response.writeHead(200);
      response.write('a start, and then nothing');
    });
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = hanging.address() as AddressInfo;
      const sent = await post(`http://127.0.0.1:${port}/`, '{}', {}, true);
      expect(sent.error).toBe('no answer within 5 seconds');
    } finally {
      hanging.closeAllConnections();
      hanging.close();
    }
  });

  it('signs the timestamp and the body with the secret', () => {
    const expected = createHmac('sha256', 'whsec_x').update('1700000000.{"a":1}').digest('hex');
    expect(signature('whsec_x', 1_700_000_000, '{"a":1}')).toBe(`t=1700000000,v1=${expected}`);
  });
});

describe.each(testDialects)('webhooks on %s', (dialect) => {
  let test: TestApp;
  let server: Server;
  let port = 0;
  let clock = new Date('2026-06-01T09:00:00Z');
  const received: Received[] = [];
  let status = 200;
  let admin = '';
  let editor = '';
  let sectionId = 0;

  beforeAll(async () => {
    server = createServer((request, response) => {
      let raw = '';
      request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      request.on('end', () => {
        received.push({ headers: request.headers, raw, body: JSON.parse(raw) as Received['body'] });
        response.writeHead(status, { 'content-type': 'text/plain' }).end(`answered ${status}`);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    test = await buildTestApp(dialect, { now: () => clock });
    admin = (await test.services.accounts.createToken(cli, { name: 'ops', role: 'administrator' }))
      .token;
    editor = (await test.services.accounts.createToken(cli, { name: 'desk', role: 'editor' }))
      .token;
    sectionId = (await makeSection(test.services.context, { slug: 'energy', name: 'طاقة' })).id;
  });
  afterAll(async () => {
    await test.close();
    server.close();
  });

  const api = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    token: string,
    payload?: object,
  ) =>
    test.app.inject({
      method,
      url: `/api/v1/admin${url}`,
      headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' },
      ...(payload ? { payload } : {}),
    });
  const endpoint = () => `http://127.0.0.1:${port}/hooks/midad`;
  const publish = async (title: string) => {
    const article = await test.services.articles.create(cli, {
      language: 'ar',
      type: 'news',
      title,
      body: paragraphs('نص الخبر.'),
      sectionId,
    });
    await test.services.articles.transition(cli, article.id, 'publish', {});
    return article.id;
  };
  const deliveries = async (id: number) =>
    (await api('GET', `/webhooks/${id}/deliveries`, admin)).json<{
      items: {
        event: string;
        status: string;
        attempts: number;
        lastStatus: number | null;
        lastResponse: string | null;
        lastError: string | null;
      }[];
    }>().items;

  it('refuses an endpoint inside the network unless allowed, and anyone but administrators', async () => {
    for (const url of [
      'http://127.0.0.1:9/hook',
      'http://localhost/hook',
      'http://10.0.0.5/hook',
      'http://[::1]/hook',
      'http://169.254.169.254/latest/meta-data',
    ]) {
      const response = await api('POST', '/webhooks', admin, {
        url,
        events: ['article.published'],
      });
      expect(response.statusCode, url).toBe(400);
      expect(
        response.json<{ error: { fields: { rule: string }[] } }>().error.fields[0]?.rule,
        url,
      ).toBe('private_address');
    }
    for (const url of ['ftp://example.com/hook', 'http://user:pw@example.com/', 'not a url']) {
      const response = await api('POST', '/webhooks', admin, {
        url,
        events: ['article.published'],
      });
      expect(response.statusCode, url).toBe(400);
    }
    const events = await api('POST', '/webhooks', admin, {
      url: endpoint(),
      events: ['nothing'],
      allowPrivate: true,
    });
    expect(events.statusCode).toBe(400);
    const byEditor = await api('POST', '/webhooks', editor, {
      url: endpoint(),
      events: ['article.published'],
      allowPrivate: true,
    });
    expect(byEditor.statusCode).toBe(403);
    expect((await api('GET', '/webhooks', admin)).json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('delivers a publish after it commits, signed, without delaying it', async () => {
    const created = await api('POST', '/webhooks', admin, {
      url: endpoint(),
      events: ['article.published', 'article.updated', 'article.unpublished', 'article.deleted'],
      allowPrivate: true,
      description: 'تطبيق الهاتف',
    });
    expect(created.statusCode).toBe(201);
    const { webhook, secret } = created.json<{
      webhook: { id: number; secretHint: string };
      secret: string;
    }>();
    expect(secret).toMatch(/^whsec_[0-9a-f]{64}$/);
    const listed = (await api('GET', '/webhooks', admin)).json<{
      items: Record<string, unknown>[];
    }>();
    expect(JSON.stringify(listed)).not.toContain(secret);

    const id = await publish('النفط يرتفع');
    // Published and answered before anything was sent: the delivery waits in the queue.
    expect(received).toEqual([]);
    expect((await deliveries(webhook.id)).map((d) => [d.event, d.status])).toEqual([
      ['article.published', 'pending'],
    ]);
    await test.services.jobs.runDue();
    const [delivery] = received.splice(0);
    expect(delivery?.body).toMatchObject({
      event: 'article.published',
      occurredAt: clock.toISOString(),
      data: { articleId: id, language: 'ar', status: 'published' },
    });
    expect(String(delivery?.body.data.url)).toMatch(
      new RegExp(`^https://news\\.example/article/${id}/`),
    );
    expect(delivery?.headers['x-midad-event']).toBe('article.published');
    const seconds = Math.floor(clock.getTime() / 1000);
    const mac = createHmac('sha256', secret).update(`${seconds}.${delivery?.raw}`).digest('hex');
    expect(delivery?.headers['x-midad-signature']).toBe(`t=${seconds},v1=${mac}`);
    expect((await deliveries(webhook.id))[0]).toMatchObject({
      status: 'delivered',
      attempts: 1,
      lastStatus: 200,
      lastResponse: 'answered 200',
    });

    const { version } = await test.services.articles.get(cli, id);
    await test.services.articles.update(cli, id, { version, title: 'النفط يرتفع بقوة' });
    await test.services.articles.transition(cli, id, 'unpublish', {});
    await test.services.articles.delete(cli, id, null);
    // A draft's changes are no one's business.
    await test.services.articles.create(cli, {
      language: 'ar',
      type: 'news',
      title: 'مسودة',
      body: paragraphs('نص.'),
    });
    await test.services.jobs.runDue();
    // Each is its own delivery, sent as soon as it can be: in any order (`occurredAt` tells).
    expect(
      received
        .splice(0)
        .map((r) => r.body.event)
        .sort(),
    ).toEqual(['article.deleted', 'article.unpublished', 'article.updated']);
    await api('DELETE', `/webhooks/${webhook.id}`, admin);
  });

  it('retries a failed delivery with backoff, records each answer, and gives up at last', async () => {
    const created = await api('POST', '/webhooks', admin, {
      url: endpoint(),
      events: ['article.published'],
      allowPrivate: true,
    });
    const { webhook } = created.json<{ webhook: { id: number } }>();
    status = 503;
    try {
      await publish('خبر أول');
      await test.services.jobs.runDue();
      expect(received.splice(0)).toHaveLength(1);
      expect((await deliveries(webhook.id))[0]).toMatchObject({
        status: 'pending',
        attempts: 1,
        lastStatus: 503,
        lastResponse: 'answered 503',
        lastError: 'answered 503',
      });
      // Not again at once: only after the backoff.
      await test.services.jobs.runDue();
      expect(received).toHaveLength(0);
      status = 200;
      clock = new Date(clock.getTime() + 60_000);
      await test.services.jobs.runDue();
      expect(received.splice(0)).toHaveLength(1);
      expect((await deliveries(webhook.id))[0]).toMatchObject({ status: 'delivered', attempts: 2 });

      // A delivery on its last attempt that fails is marked failed.
      status = 500;
      await publish('خبر ثان');
      await sql`update job set max_attempts = 1 where kind = 'webhook.deliver' and status = 'pending'`.execute(
        test.services.db.kysely,
      );
      await test.services.jobs.runDue();
      expect((await deliveries(webhook.id))[0]).toMatchObject({ status: 'failed', attempts: 1 });
    } finally {
      status = 200;
      received.splice(0);
      await api('DELETE', `/webhooks/${webhook.id}`, admin);
    }
  });

  it('sends each delivery once, however many instances run the queue', async () => {
    const created = await api('POST', '/webhooks', admin, {
      url: endpoint(),
      events: ['article.published'],
      allowPrivate: true,
    });
    const { webhook } = created.json<{ webhook: { id: number } }>();
    try {
      const ids: number[] = [];
      for (let i = 1; i <= 8; i++) ids.push(await publish(`خبر عاجل رقم ${i}`));
      // Three instances on the one database look at the queue at the same moment: two other
      // processes (another `midad serve` would do the same) and this one.
      const startAt = Date.now() + 2500;
      const others = otherInstances(2, test.database, startAt, clock.getTime());
      await until(startAt);
      await test.services.jobs.runDue();
      await others;
      const sent = received.splice(0).map((r) => Number(r.body.data.articleId));
      expect(sent.sort((a, b) => a - b)).toEqual(ids);
      const states = (await deliveries(webhook.id)).map((d) => [d.status, d.attempts]);
      expect(states).toEqual(ids.map(() => ['delivered', 1]));
    } finally {
      received.splice(0);
      await api('DELETE', `/webhooks/${webhook.id}`, admin);
    }
  });

  it('never connects to an inside address it was not allowed, whatever the name resolves to', async () => {
    // Stored as if `localhost` had resolved to a public address when it was registered.
    const hook = await inTransaction(test.services.context, (uow) =>
      uow.webhooks.insert({
        url: `http://localhost:${port}/hooks/midad`,
        description: null,
        events: JSON.stringify(['article.published']),
        secret: 'whsec_test',
        allowPrivate: 0,
        isActive: 1,
        createdByUserId: null,
        createdAt: uow.nowIso,
        updatedAt: uow.nowIso,
      }),
    );
    await publish('خبر ثالث');
    await test.services.jobs.runDue();
    expect(received).toEqual([]);
    expect((await deliveries(hook.id))[0]?.lastError).toContain('private address');
    // Switched off, its queued deliveries are dropped.
    await api('PATCH', `/webhooks/${hook.id}`, admin, { isActive: false });
    const changed = await api('PATCH', `/webhooks/${hook.id}`, admin, { allowPrivate: false });
    expect(changed.statusCode).toBe(400);
    await api('DELETE', `/webhooks/${hook.id}`, admin);
  });
});
