/**
 * A PostgreSQL restart under load: while readers keep asking, every connection the site has
 * is cut (what a restart does to them). It may cost the requests made meanwhile — a 503 page,
 * never a reset connection — and it must never cost the process; then the site serves again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { postgresUrl } from '../test-support/databases.js';
import { makeArticle } from '../test-support/factories.js';
import {
  applicationNameOf,
  startPostgresSites,
  type PostgresSites,
} from '../test-support/sites.js';
import type { RunningSite } from './serve.js';

describe.skipIf(!postgresUrl)('a PostgreSQL restart under load', () => {
  let instances: PostgresSites;
  let site: RunningSite;
  let applicationName: string;

  beforeAll(async () => {
    // Every request goes to the database: nothing is answered from memory.
    instances = await startPostgresSites(['restart'], { MIDAD_PAGE_CACHE_MB: '0' });
    site = instances.site(0);
    applicationName = applicationNameOf(instances.database, 'restart');
    await makeArticle(site.services.context, { title: 'النفط يتراجع مع ارتفاع المخزونات' });
  });
  afterAll(() => instances.close());

  it('costs some requests a 503, never the process, and serves again after', async () => {
    const statuses: number[] = [];
    let resets = 0;
    let stop = false;
    const reader = async () => {
      while (!stop) {
        try {
          const response = await fetch(site.address);
          await response.arrayBuffer();
          statuses.push(response.status);
        } catch {
          resets += 1;
        }
      }
    };
    const readers = Array.from({ length: 8 }, () => reader());
    await new Promise((resolve) => setTimeout(resolve, 300));

    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    for (let i = 0; i < 3; i++) {
      await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where application_name like $1',
        [`${applicationName}%`],
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await admin.end();
    await new Promise((resolve) => setTimeout(resolve, 700));
    stop = true;
    await Promise.all(readers);

    expect(resets).toBe(0);
    expect(new Set(statuses)).toEqual(new Set([200, ...(statuses.includes(503) ? [503] : [])]));
    expect(statuses.at(-1)).toBe(200);
    const after = await fetch(site.address);
    expect(after.status).toBe(200);
    expect(await after.text()).toContain('النفط يتراجع مع ارتفاع المخزونات');
    expect((await fetch(`${site.address}/readyz`)).status).toBe(200);
  });
});
