/**
 * Says loudly which suites cannot run here, and refuses to skip them in CI (CI=true):
 * PostgreSQL suites need MIDAD_TEST_DATABASE_URL; browser tests need Chromium; the nginx
 * recipe test needs nginx.
 */
import { existsSync } from 'node:fs';
import pg from 'pg';

export const chromiumPath = process.env.MIDAD_CHROMIUM ?? '/usr/bin/chromium';
/** Debian's nginx, for the test of the production recipe (docs/deploy.md). */
export const nginxPath = '/usr/sbin/nginx';

export default async function setup(): Promise<void> {
  const skipped: string[] = [];
  const url = process.env.MIDAD_TEST_DATABASE_URL?.trim();
  if (!url) {
    skipped.push(
      'PostgreSQL suites: MIDAD_TEST_DATABASE_URL is not set (database tests ran on SQLite only)',
    );
  } else {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      await client.query('select 1');
    } catch (error) {
      throw new Error(
        `MIDAD_TEST_DATABASE_URL is set but PostgreSQL is not reachable: ${(error as Error).message}`,
      );
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  if (!existsSync(chromiumPath)) {
    skipped.push(`browser tests: no Chromium at ${chromiumPath} (apt-get install -y chromium)`);
  }
  if (!existsSync(nginxPath)) {
    skipped.push(
      `the nginx recipe test: no nginx at ${nginxPath} (apt-get install -y nginx-light)`,
    );
  }
  if (skipped.length === 0) return;
  const banner = [
    '',
    '!'.repeat(78),
    '!!  SKIPPED SUITES',
    ...skipped.map((s) => `!!  - ${s}`),
    '!'.repeat(78),
    '',
  ];
  console.warn(banner.join('\n'));
  if (process.env.CI === 'true') {
    throw new Error('CI must run every suite; see the skipped suites above.');
  }
}
