import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test-support/app.js';
import { makeArticle } from '../test-support/factories.js';

describe('operations endpoints', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await buildTestApp('sqlite', { config: { runJobs: true } });
    await makeArticle(test.services.context, { title: 'الأسواق تغلق على ارتفاع' });
  });
  afterAll(() => test.close());

  const get = (url: string, options: { remoteAddress?: string; token?: string } = {}) =>
    test.app.inject({
      method: 'GET',
      url,
      ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}),
      headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
    });

  it('counts requests by route and status, and the page cache’s hits, for Prometheus', async () => {
    await get('/');
    await get('/');
    await get('/no-such-page');
    const metrics = await get('/metrics');
    expect(metrics.statusCode).toBe(200);
    expect(metrics.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = metrics.body;
    expect(text).toMatch(/^midad_http_requests_total\{method="GET",route="\/",status="200"\} 2$/m);
    expect(text).toMatch(/^midad_http_requests_total\{.*route="unmatched",status="404"\} 1$/m);
    expect(text).toMatch(
      /^midad_http_request_duration_seconds_count\{method="GET",route="\/"\} 2$/m,
    );
    expect(text).toMatch(/^midad_page_cache_hits_total 1$/m);
    expect(text).toMatch(/^midad_page_cache_entries 1$/m);
    expect(text).toMatch(/^midad_jobs\{state="due"\} \d+$/m);
    expect(text).toMatch(/^midad_process_resident_memory_bytes \d+/m);
    expect(text).toMatch(/^midad_nodejs_eventloop_lag_p99_seconds /m);
  });

  it('shows the metrics to this machine only, unless a token is configured', async () => {
    expect((await get('/metrics', { remoteAddress: '203.0.113.9' })).statusCode).toBe(403);
    const withToken = await buildTestApp('sqlite', {
      config: { metricsToken: 'prometheus-reads-this' },
    });
    try {
      const ask = (token?: string) =>
        withToken.app.inject({
          method: 'GET',
          url: '/metrics',
          remoteAddress: '203.0.113.9',
          headers: token ? { authorization: `Bearer ${token}` } : {},
        });
      expect((await ask()).statusCode).toBe(403);
      expect((await ask('prometheus-reads-thiS')).statusCode).toBe(403);
      expect((await ask('prometheus-reads-this')).statusCode).toBe(200);
    } finally {
      await withToken.close();
    }
  });

  it('is ready while the database answers and the job runner does its rounds', async () => {
    test.services.jobs.start();
    expect((await get('/readyz')).json()).toEqual({
      status: 'ok',
      database: 'sqlite',
      jobs: 'running',
    });
    await test.services.jobs.stop();
    const stopped = await get('/readyz');
    expect(stopped.statusCode).toBe(503);
    expect(stopped.json()).toMatchObject({ status: 'unavailable', jobs: 'stopped' });
    expect((await get('/healthz')).statusCode).toBe(200);
  });
});
