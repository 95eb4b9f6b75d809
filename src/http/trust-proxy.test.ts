/**
 * The client's address is what rate limits and the sign-in throttle count by: a header any
 * client can send must not change it, unless a proxy the configuration names sent it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test-support/app.js';

const opened: TestApp[] = [];
afterEach(async () => {
  for (const test of opened.splice(0)) await test.close();
});

async function addressSeen(trustProxy: boolean | string[], from: string, forwarded: string) {
  const test = await buildTestApp('sqlite', { config: { trustProxy } });
  opened.push(test);
  test.app.get('/whoami', async (request) => ({ ip: request.ip, protocol: request.protocol }));
  const response = await test.app.inject({
    url: '/whoami',
    remoteAddress: from,
    headers: { 'x-forwarded-for': forwarded, 'x-forwarded-proto': 'https' },
  });
  return JSON.parse(response.body) as { ip: string; protocol: string };
}

describe('trusting proxies', () => {
  it('ignores X-Forwarded-For by default', async () => {
    expect(await addressSeen(false, '203.0.113.9', '198.51.100.1')).toEqual({
      ip: '203.0.113.9',
      protocol: 'http',
    });
  });

  it('believes only the proxies named', async () => {
    expect(await addressSeen(['127.0.0.1'], '127.0.0.1', '198.51.100.1')).toEqual({
      ip: '198.51.100.1',
      protocol: 'https',
    });
    expect((await addressSeen(['127.0.0.1'], '203.0.113.9', '198.51.100.1')).ip).toBe(
      '203.0.113.9',
    );
  });
});
