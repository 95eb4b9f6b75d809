/**
 * Real `midad serve` instances for tests of several processes' worth of behaviour: each
 * started with `startSite` on a free port of 127.0.0.1, all on one fresh PostgreSQL schema.
 */
import { once } from 'node:events';
import { createServer } from 'node:net';
import { startSite, type RunningSite, type StartOptions } from '../cli/serve.js';
import { loadConfig } from '../config/config.js';
import { createLogger } from '../logging.js';
import { openTestDatabase, type TestDatabase } from './databases.js';

export interface PostgresSites {
  database: TestDatabase;
  sites: RunningSite[];
  /** The instance started `i`-th; throws if it did not start. */
  site(i: number): RunningSite;
  close(): Promise<void>;
}

/**
 * One instance per name on one new PostgreSQL schema, started one after the other (the
 * first migrates), with an empty site unless `env` says otherwise. Each names its
 * connections `<schema>-<name>`, so a test can cut them.
 */
export async function startPostgresSites(
  names: readonly string[],
  env: Record<string, string> = {},
  options: Omit<StartOptions, 'log' | 'applicationName'> = {},
): Promise<PostgresSites> {
  const database = await openTestDatabase('postgres', { migrate: false });
  const config = loadConfig({
    MIDAD_DATA_DIR: database.dataDir,
    MIDAD_HOST: '127.0.0.1',
    MIDAD_DATABASE_URL: database.url ?? '',
    MIDAD_DEMO: '0',
    ...env,
  });
  const sites: RunningSite[] = [];
  for (const name of names) {
    sites.push(
      await startSite(
        { ...config, port: 0 },
        {
          ...options,
          log: createLogger('silent'),
          applicationName: applicationNameOf(database, name),
        },
      ),
    );
  }
  return {
    database,
    sites,
    site(i) {
      const found = sites[i];
      if (!found) throw new Error(`no instance ${i}: the sites did not start`);
      return found;
    },
    async close() {
      for (const site of sites.splice(0)) await site.close();
      await database.close();
    },
  };
}

/** How the instance called `name` names its PostgreSQL connections. */
export function applicationNameOf(database: TestDatabase, name: string): string {
  return `${database.searchPath}-${name}`;
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}
