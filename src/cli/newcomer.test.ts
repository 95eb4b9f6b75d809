/**
 * What the README promises a newcomer with curl, done against the real server (`midad serve`
 * with its job runner, listening on a port) on each database: set up the administrator,
 * create an editor and a contributor, have the contributor write and submit an Arabic
 * article, have the editor schedule it a moment ahead — and see it on the public site on
 * time, published by the scheduler and nobody else.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import { createLogger } from '../logging.js';
import { openTestDatabase, testDialects, type TestDatabase } from '../test-support/databases.js';
import { startSite, type RunningSite } from './serve.js';

const password = 'كلمة سر طويلة جدًا';

/** A client that keeps its session cookie and CSRF token, as `curl -c jar -b jar` would. */
function client(base: string) {
  let cookie = '';
  let csrf = '';
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}/api/v1/admin${path}`, {
      method,
      headers: {
        'accept-language': 'ar',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie ? { cookie } : {}),
        ...(csrf ? { 'x-csrf-token': csrf } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0] ?? '';
    const text = await response.text();
    const json = (text === '' ? {} : JSON.parse(text)) as Record<string, unknown>;
    if (typeof json.csrfToken === 'string') csrf = json.csrfToken;
    return { status: response.status, json };
  };
  return {
    post: (path: string, body?: unknown) => call('POST', path, body),
    get: (path: string) => call('GET', path),
    cookie: () => cookie,
  };
}

describe.each(testDialects)('a newcomer’s first story on %s', (dialect) => {
  let database: TestDatabase;
  let site: RunningSite;

  beforeAll(async () => {
    database = await openTestDatabase(dialect, { migrate: false });
    const config = loadConfig({
      MIDAD_DATA_DIR: database.dataDir,
      MIDAD_HOST: '127.0.0.1',
      MIDAD_DEMO: '0',
      ...(database.url ? { MIDAD_DATABASE_URL: database.url } : {}),
    });
    site = await startSite({ ...config, port: 0 }, { log: createLogger('silent'), jobPollMs: 500 });
  });
  afterAll(async () => {
    await site.close();
    await database.close();
    rmSync(database.dataDir, { recursive: true, force: true });
  });

  it('goes from setup to an article published on schedule', async () => {
    const admin = client(site.address);
    expect((await admin.get('/setup')).json).toEqual({ needsSetup: true });
    const setup = await admin.post('/setup', {
      email: 'admin@news.example',
      name: 'مديرة الموقع',
      password,
    });
    expect(setup.status).toBe(201);
    expect(admin.cookie()).toMatch(/^midad_session=mds_/);
    // Without the CSRF token, a cookie alone changes nothing.
    const forged = await fetch(`${site.address}/api/v1/admin/users`, {
      method: 'POST',
      headers: { cookie: admin.cookie(), 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'x@news.example', name: 'x', role: 'editor' }),
    });
    expect(forged.status).toBe(403);

    for (const [email, name, role] of [
      ['editor@news.example', 'رئيس التحرير', 'editor'],
      ['reporter@news.example', 'مراسلة متعاونة', 'contributor'],
    ]) {
      expect((await admin.post('/users', { email, name, role, password })).status).toBe(201);
    }

    const reporter = client(site.address);
    expect(
      (await reporter.post('/session', { email: 'reporter@news.example', password })).status,
    ).toBe(200);
    const written = await reporter.post('/articles', {
      title: 'افتتاح أكبر محطة للطاقة الشمسية في المنطقة',
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'افتُتحت اليوم محطة جديدة.' }] },
        ],
      },
    });
    expect(written.status).toBe(201);
    const id = written.json.id as number;
    expect((await reporter.post(`/articles/${id}/submit`)).json.status).toBe('in_review');

    const editor = client(site.address);
    await editor.post('/session', { email: 'editor@news.example', password });
    const at = new Date(Date.now() + 2000);
    const scheduled = await editor.post(`/articles/${id}/schedule`, {
      scheduledAt: at.toISOString(),
    });
    expect(scheduled.json.status).toBe('scheduled');
    const path = `/article/${id}/${encodeURIComponent(written.json.slug as string)}`;
    expect((await fetch(`${site.address}${path}`)).status).toBe(404);

    let appearedAt = 0;
    while (Date.now() < at.getTime() + 8000) {
      const page = await fetch(`${site.address}${path}`);
      if (page.status === 200) {
        appearedAt = Date.now();
        expect(await page.text()).toContain('افتتاح أكبر محطة للطاقة الشمسية في المنطقة');
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(appearedAt).toBeGreaterThanOrEqual(at.getTime());
    // On time: the runner woke for it, it did not wait for its next round.
    expect(appearedAt - at.getTime()).toBeLessThan(1500);
    const history = await editor.get(`/articles/${id}/revisions`);
    const items = history.json.items as { kind: string; actorName: string }[];
    expect(items[0]).toMatchObject({ kind: 'status', actorName: '@scheduler' });
  }, 60_000);
});
