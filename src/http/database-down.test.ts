/**
 * A database that cannot be reached is the site being down for a moment, not a bug: every
 * surface answers 503 with `Retry-After` — the reader's page in the reader's language, the
 * newsroom's page, the API's JSON — and `/readyz` says unavailable, so a load balancer
 * takes the instance out until the database is back.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { openDatabase, type Db } from '../db/database.js';
import { createLogger } from '../logging.js';
import { createServices } from '../services.js';
import { testConfig } from '../test-support/app.js';

describe('a site whose database is down', () => {
  let dataDir: string;
  let db: Db;
  let app: FastifyInstance;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-down-'));
    // Nothing listens on port 1: every connection is refused, as when PostgreSQL is stopped.
    const database = { dialect: 'postgres', url: 'postgres://midad@127.0.0.1:1/midad' } as const;
    db = openDatabase(database, { log: { warn: () => undefined } });
    const services = createServices(testConfig({ dataDir, config: database }), db, {
      log: createLogger('silent'),
    });
    app = await buildApp(services);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const get = (url: string) => app.inject({ method: 'GET', url });

  it('answers a reader with a 503 page in Arabic, right to left, asking to come back', async () => {
    for (const url of ['/', '/article/1/x', '/search?q=طاقة']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(503);
      expect(response.headers['retry-after'], url).toBe('30');
      const { document } = parseHTML(response.body);
      expect(document.documentElement.getAttribute('lang')).toBe('ar');
      expect(document.documentElement.getAttribute('dir')).toBe('rtl');
      expect(document.querySelector('h1')?.textContent).toBe('الموقع غير متاح مؤقتًا');
    }
    const english = parseHTML((await get('/en/')).body).document;
    expect(english.querySelector('h1')?.textContent).toBe('The site is briefly unavailable');
  });

  it('answers the API with a 503 error in JSON, and the newsroom with its 503 page', async () => {
    const api = await get('/api/v1/search?q=x');
    expect(api.statusCode).toBe(503);
    expect(api.headers['retry-after']).toBe('30');
    expect(api.json<{ error: { code: string } }>().error.code).toBe('unavailable');
    const newsroom = await get('/admin');
    expect(newsroom.statusCode).toBe(503);
    expect(newsroom.headers['content-type']).toMatch(/text\/html/);
  });

  it('says unavailable at /readyz and alive at /healthz', async () => {
    expect((await get('/readyz')).statusCode).toBe(503);
    expect((await get('/healthz')).statusCode).toBe(200);
  });
});
