/**
 * The log a person reads: with `MIDAD_LOG_REQUESTS=1` each request answered is one line —
 * method, path, status, time, its request id — and without it requests write nothing, so
 * the log holds what matters (errors, start-up, jobs).
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createServices } from '../services.js';
import { testConfig } from '../test-support/app.js';
import { openTestDatabase, type TestDatabase } from '../test-support/databases.js';

interface Line {
  level: number;
  msg: string;
  reqId?: string;
}

describe('the request log', () => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });

  async function requestsLogged(logRequests: boolean): Promise<Line[]> {
    database = await openTestDatabase('sqlite');
    const lines: Line[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const text of chunk.toString('utf8').split('\n').filter(Boolean)) {
          lines.push(JSON.parse(text) as Line);
        }
        done();
      },
    });
    const log = pino({ level: 'info' }, sink);
    const services = createServices(testConfig(database, { logRequests }), database.db, { log });
    const app = await buildApp(services);
    try {
      expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: '/no-such-page' })).statusCode).toBe(404);
    } finally {
      await app.close();
    }
    return lines;
  }

  it('writes one line per request when asked', async () => {
    const lines = await requestsLogged(true);
    const requests = lines.filter((line) => /^GET /.test(line.msg));
    expect(requests.map((line) => line.msg.replace(/ [\d.]+ ms$/, ''))).toEqual([
      'GET /healthz 200',
      'GET /no-such-page 404',
    ]);
    expect(requests.every((line) => line.level === 30 && line.reqId)).toBe(true);
    expect(lines.some((line) => /incoming request|request completed/.test(line.msg))).toBe(false);
  });

  it('writes nothing of requests otherwise', async () => {
    const lines = await requestsLogged(false);
    expect(
      lines.filter((line) => /^GET |incoming request|request completed/.test(line.msg)),
    ).toEqual([]);
  });
});
