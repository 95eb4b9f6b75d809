import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../core/actor.js';
import { buildTestApp, type TestApp } from '../test-support/app.js';
import { makeArticle, makeSection } from '../test-support/factories.js';

interface Received {
  headers: IncomingMessage['headers'];
  body: unknown;
}

describe('purging a CDN in front', () => {
  let test: TestApp;
  let server: Server;
  const received: Received[] = [];
  let status = 200;
  /** Something the endpoint does before it answers. */
  let beforeAnswering: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ headers: request.headers, body: JSON.parse(body) as unknown });
        void beforeAnswering().finally(() => response.writeHead(status).end());
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    test = await buildTestApp('sqlite', {
      config: { purge: { url: `http://127.0.0.1:${port}/purge`, token: 's3cret-token' } },
    });
  });
  afterAll(async () => {
    await test.close();
    server.close();
  });

  const pendingPurges = async () =>
    (
      await sql<{
        n: number;
      }>`select count(*) as n from job where kind = 'edge.purge' and status = 'pending'`.execute(
        test.services.db.kysely,
      )
    ).rows[0]?.n;

  it('sends the tags of a published story once, with the token', async () => {
    const section = await makeSection(test.services.context, { slug: 'energy', name: 'طاقة' });
    const id = await makeArticle(test.services.context, { sectionId: section.id });
    expect(await test.services.jobs.runDue()).toBeGreaterThanOrEqual(1);
    const [purge] = received.splice(0);
    expect(purge?.headers.authorization).toBe('Bearer s3cret-token');
    expect((purge?.body as { tags: string[] }).tags).toEqual(
      expect.arrayContaining([`article:${id}`, 'home:ar', `section:${section.id}`]),
    );
    expect(String(purge?.headers['surrogate-key']).split(' ')).toContain(`article:${id}`);
    expect(await test.services.jobs.runDue()).toBe(0);
    expect(received).toEqual([]);
  });

  it('keeps a purge the endpoint refused, to try again later', async () => {
    status = 503;
    await makeArticle(test.services.context);
    await test.services.jobs.runDue();
    expect(received.splice(0)).toHaveLength(1);
    expect(await pendingPurges()).toBe(1);
    status = 200;
  });

  it('waits on the endpoint outside any transaction: the newsroom writes meanwhile', async () => {
    await makeArticle(test.services.context);
    let written = false;
    beforeAnswering = async () => {
      // On SQLite a purge sent inside its job's transaction would hold the write lock.
      await makeSection(test.services.context, { slug: 'markets', name: 'أسواق' });
      written = true;
    };
    const started = Date.now();
    await test.services.jobs.runDue();
    beforeAnswering = async () => undefined;
    expect(written).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(received.splice(0)).toHaveLength(1);
    expect(await pendingPurges()).toBe(1);
  });

  it('asks for everything when the site’s settings change', async () => {
    await sql`update job set run_at = '2000-01-01T00:00:00.000Z' where kind = 'edge.purge'`.execute(
      test.services.db.kysely,
    );
    await test.services.taxonomy.updateSettings(systemActor('cli'), { timeZone: 'Asia/Riyadh' });
    await test.services.jobs.runDue();
    expect(received.map((r) => r.body)).toContainEqual({ purge_everything: true });
    expect(await pendingPurges()).toBe(0);
  });
});
