/**
 * Several `midad serve` on one PostgreSQL database behave as one site: three instances on
 * three ports, each with its own page cache, job runner and connections.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../core/actor.js';
import { postgresUrl } from '../test-support/databases.js';
import { paragraphs } from '../test-support/factories.js';
import { addMember } from '../test-support/newsroom.js';
import { freePort, startPostgresSites, type PostgresSites } from '../test-support/sites.js';
import type { RunningSite } from './serve.js';

const editor = systemActor('cli');

describe.skipIf(!postgresUrl)('three instances on one PostgreSQL database', () => {
  let instances: PostgresSites;

  beforeAll(async () => {
    instances = await startPostgresSites(['a', 'b', 'c'], {}, { jobPollMs: 200 });
  }, 60_000);
  afterAll(() => instances.close());

  const a = () => instances.site(0);
  const b = () => instances.site(1);
  const c = () => instances.site(2);
  const database = () => instances.database;

  /** Fetches `path` from `site` until `seen` holds, or a second has passed. */
  async function within(site: RunningSite, path: string, seen: (body: string) => boolean) {
    const started = Date.now();
    for (;;) {
      const body = await (await fetch(`${site.address}${path}`)).text();
      if (seen(body)) return Date.now() - started;
      if (Date.now() - started > 1000) return Infinity;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  it('shows a story published on one instance on the others within a second', async () => {
    const draft = await a().services.articles.create(editor, {
      language: 'ar',
      type: 'news',
      title: 'البنك المركزي يثبت سعر الفائدة',
      body: paragraphs('ثبت البنك المركزي سعر الفائدة.'),
    });
    // B and C have the home page in their caches before the story is out.
    for (const site of [b(), c()]) {
      await fetch(site.address);
      const again = await fetch(site.address);
      expect(again.headers.get('x-cache')).toBe('HIT');
      expect(await again.text()).not.toContain('البنك المركزي يثبت سعر الفائدة');
    }
    await a().services.articles.transition(editor, draft.id, 'publish', {});
    const seen = (body: string) => body.includes('البنك المركزي يثبت سعر الفائدة');
    expect(await within(b(), '/', seen)).toBeLessThan(1000);
    expect(await within(c(), '/', seen)).toBeLessThan(1000);

    await c().services.articles.transition(editor, draft.id, 'unpublish', {});
    const gone = (body: string) => !seen(body);
    expect(await within(a(), '/', gone)).toBeLessThan(1000);
    expect(await within(b(), '/', gone)).toBeLessThan(1000);
  });

  it('publishes a scheduled story once, whichever instance runs the job', async () => {
    const draft = await b().services.articles.create(editor, {
      language: 'ar',
      type: 'news',
      title: 'موعد نشر تقرير التضخم',
      body: paragraphs('يصدر التقرير في موعده.'),
    });
    const at = new Date(Date.now() + 1500).toISOString();
    await b().services.articles.transition(editor, draft.id, 'schedule', { scheduledAt: at });
    const deadline = Date.now() + 10_000;
    let status = 'scheduled';
    while (status !== 'published' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = (await a().services.articles.get(editor, draft.id)).status;
    }
    expect(status).toBe('published');
    // Give the other runners their chance to (wrongly) run it again.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const { rows } = await sql<{ count: string }>`
      select count(*) as count from event
      where type = 'article.published' and payload like ${`{"articleId":${draft.id},%`}
    `.execute(a().db.kysely);
    expect(Number(rows[0]?.count)).toBe(1);
    const seen = (body: string) => body.includes('موعد نشر تقرير التضخم');
    for (const site of [a(), b(), c()]) expect(await within(site, '/', seen)).toBeLessThan(1000);
  });

  it('loses no acknowledged write when an instance is killed with SIGKILL mid-request', async () => {
    const { token } = await addMember(a().services, 'editor', 'محررة الليل');
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'serve'], {
      env: {
        ...process.env,
        MIDAD_DATABASE_URL: database().url ?? '',
        MIDAD_DATA_DIR: database().dataDir,
        PORT: String(port),
        MIDAD_HOST: '127.0.0.1',
        MIDAD_DEMO: '0',
        MIDAD_JOBS: '0',
        MIDAD_LOG_LEVEL: 'error',
      },
      stdio: 'ignore',
    });
    const exited = once(child, 'exit');
    const base = `http://127.0.0.1:${port}`;
    try {
      await waitForReady(`${base}/readyz`, 30_000);
      const acknowledged: number[] = [];
      let failed = 0;
      let stop = false;
      const writer = async (n: number) => {
        for (let i = 0; !stop; i++) {
          try {
            const response = await fetch(`${base}/api/v1/admin/articles`, {
              method: 'POST',
              headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
              body: JSON.stringify({
                title: `خبر الليل ${n}-${i}`,
                tagNames: [`وسم ${n}-${i}`],
                body: paragraphs('كتب في الليل.'),
              }),
            });
            if (response.status === 201)
              acknowledged.push(((await response.json()) as { id: number }).id);
            else await response.body?.cancel();
          } catch {
            failed += 1;
            return;
          }
        }
      };
      const writers = Array.from({ length: 6 }, (_, n) => writer(n));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      child.kill('SIGKILL');
      await exited;
      stop = true;
      await Promise.all(writers);
      expect(acknowledged.length).toBeGreaterThan(5);
      expect(failed).toBeGreaterThan(0);
      // Every write the killed instance acknowledged is there, whole: its tag and revision too.
      for (const id of acknowledged) {
        const article = await a().services.articles.get(editor, id);
        expect(article.tagIds).toHaveLength(1);
      }
      const { rows } = await sql<{ orphans: string }>`
        select count(*) as orphans from article
        where title like 'خبر الليل %'
          and not exists (select 1 from article_revision r where r.article_id = article.id)
      `.execute(a().db.kysely);
      expect(Number(rows[0]?.orphans)).toBe(0);
      // The instances that stayed serve on.
      expect((await fetch(`${b().address}/readyz`)).status).toBe(200);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }, 60_000);
});

async function waitForReady(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer 200 in ${timeoutMs} ms`);
}
