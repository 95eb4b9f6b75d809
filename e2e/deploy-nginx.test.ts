/**
 * The production recipe's nginx part, run as written: the `nginx` block of docs/deploy.md,
 * with Debian's nginx, in front of two instances on one PostgreSQL database. Only what a
 * test machine cannot have is changed — the ports, and plain HTTP for the certificate.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresUrl } from '../src/test-support/databases.js';
import { makeArticle } from '../src/test-support/factories.js';
import { nginxPath } from '../src/test-support/global-setup.js';
import { freePort, startPostgresSites, type PostgresSites } from '../src/test-support/sites.js';

const recipe = fileURLToPath(new URL('../docs/deploy.md', import.meta.url));

/** The recipe's nginx site, on these ports, over plain HTTP. */
function siteConfig(upstreamPorts: number[], listenPort: number): string {
  const block = /```nginx\n([\s\S]*?)```/.exec(readFileSync(recipe, 'utf8'))?.[1];
  if (!block) throw new Error('docs/deploy.md has no nginx block');
  let servers = 0;
  return block
    .replace(/server 127\.0\.0\.1:\d+/g, (found) => {
      const port = upstreamPorts[servers++];
      if (port === undefined) throw new Error(`the recipe has more upstreams than ${found}`);
      return `server 127.0.0.1:${port}`;
    })
    .replace(/listen 443 ssl http2;/, `listen 127.0.0.1:${listenPort};`)
    .replace(/^\s*ssl_certificate.*$/gm, '');
}

describe.skipIf(!postgresUrl || !existsSync(nginxPath))('nginx in front of two instances', () => {
  let instances: PostgresSites;
  let nginx: ChildProcess;
  let prefix: string;
  let base: string;

  beforeAll(async () => {
    instances = await startPostgresSites(['one', 'two'], { MIDAD_TRUST_PROXY: '127.0.0.1' });
    await makeArticle(instances.site(0).services.context, {
      title: 'الذهب يسجل مستوى قياسيًا جديدًا',
    });

    prefix = mkdtempSync(path.join(tmpdir(), 'midad-nginx-'));
    mkdirSync(path.join(prefix, 'logs'));
    const listen = await freePort();
    const ports = instances.sites.map((site) => Number(new URL(site.address).port));
    writeFileSync(
      path.join(prefix, 'nginx.conf'),
      [
        'worker_processes 1;',
        `pid ${prefix}/nginx.pid;`,
        'error_log stderr warn;',
        'events { worker_connections 256; }',
        'http {',
        '  access_log off;',
        `  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy;`,
        `  fastcgi_temp_path ${prefix}/fastcgi; uwsgi_temp_path ${prefix}/uwsgi;`,
        `  scgi_temp_path ${prefix}/scgi;`,
        siteConfig(ports, listen),
        '}',
      ].join('\n'),
    );
    nginx = spawn(
      nginxPath,
      ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    base = `http://127.0.0.1:${listen}`;
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${base}/healthz`)).ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('nginx did not start');
  }, 60_000);

  afterAll(async () => {
    if (nginx.exitCode === null) {
      nginx.kill('SIGTERM');
      await once(nginx, 'exit');
    }
    await instances.close();
    rmSync(prefix, { recursive: true, force: true });
  });

  it('serves the Arabic site through nginx, spreading readers over both instances', async () => {
    for (let i = 0; i < 6; i++) {
      const response = await fetch(base, { headers: { 'accept-encoding': 'br' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe('br');
      const body = await response.text();
      expect(body).toContain('dir="rtl"');
      expect(body).toContain('الذهب يسجل مستوى قياسيًا جديدًا');
    }
    for (const site of instances.sites) {
      const { hits, misses } = site.app.midad.responses.cache.stats();
      expect(hits + misses).toBeGreaterThan(0);
    }
  });

  it('passes the strong ETag through, so a revisit is a 304', async () => {
    const first = await fetch(base, { headers: { 'accept-encoding': 'gzip' } });
    await first.arrayBuffer();
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+-gzip"$/);
    const revisit = await fetch(base, {
      headers: { 'accept-encoding': 'gzip', 'if-none-match': String(etag) },
    });
    expect(revisit.status).toBe(304);
  });

  it('keeps /metrics from the world', async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(403);
  });

  it('keeps serving when one instance goes away', async () => {
    await instances.sites.pop()?.close();
    for (let i = 0; i < 4; i++) {
      expect((await fetch(`${base}/`)).status).toBe(200);
    }
  });
});
