/** `midad serve`, `migrate`, `demo` and `doctor`: running the site and looking after its database. */
import { existsSync } from 'node:fs';
import { configVariables, describeDatabase } from '../config/config.js';
import { openDatabase, serverVersion } from '../db/database.js';
import { migrateToLatest, migrationStates } from '../db/migrate.js';
import { loadDemo } from '../demo/load-demo.js';
import { withServices } from './database.js';
import type { Command } from './main.js';
import { serve } from './serve.js';

export const siteCommands: Command[] = [
  {
    name: 'serve',
    summary:
      'migrate the database, load the demo content into an empty one (unless MIDAD_DEMO=0), and serve the site',
    run: async ({ config }) => {
      await serve(config);
      return 0;
    },
  },
  {
    name: 'migrate',
    summary: 'bring the database schema up to date',
    run: async ({ config, io }) => {
      const db = openDatabase(config.database);
      try {
        const ran = await migrateToLatest(db);
        io.print(
          ran.length === 0
            ? 'The database schema is up to date.'
            : `Ran ${ran.length} migration(s): ${ran.join(', ')}`,
        );
        return 0;
      } finally {
        await db.close();
      }
    },
  },
  {
    name: 'demo',
    summary: 'load the demo content into an empty database',
    run: ({ config, io }) =>
      withServices(config, async (services) => {
        const result = await loadDemo(services.context, services.mediaStore);
        if (result.loaded) {
          io.print(
            `Loaded the demo content: ${result.articles} articles, ${result.images} images.`,
          );
          return 0;
        }
        io.print(
          result.reason === 'already-loaded'
            ? 'The demo content is already loaded; nothing was changed.'
            : 'The database already holds articles; the demo content was not loaded.',
        );
        return 0;
      }),
  },
  {
    name: 'doctor',
    summary: 'show the configuration, the database and its migration state (writes nothing)',
    run: async ({ config, io }) => {
      io.print('Configuration');
      for (const variable of configVariables) {
        io.print(`  ${variable.name.padEnd(20)} ${variable.show(config)}`);
      }
      io.print('Database');
      if (config.database.dialect === 'sqlite' && !existsSync(config.database.file)) {
        io.print(
          `  ${describeDatabase(config.database)}: not created yet (midad serve or midad migrate creates it)`,
        );
        return 0;
      }
      const db = openDatabase(config.database, { readonly: true });
      try {
        io.print(`  dialect: ${db.dialect}`);
        io.print(`  server:  ${await serverVersion(db)}`);
        const states = await migrationStates(db);
        const pending = states.filter((s) => s.executedAt === null);
        io.print(
          `Migrations: ${states.length - pending.length} applied, ${pending.length} pending`,
        );
        for (const state of states) {
          io.print(`  ${state.executedAt ? 'applied' : 'pending'}  ${state.name}`);
        }
        return 0;
      } catch (error) {
        io.error(`midad doctor: cannot reach the database: ${(error as Error).message}`);
        return 1;
      } finally {
        await db.close();
      }
    },
  },
];
