/**
 * The `midad` command: `serve`, `migrate`, `demo`, `doctor`. Every command reads the same
 * environment, prints what it did, and fails with one clear line and a non-zero exit code
 * (2 for bad configuration or usage, 1 for anything else).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  ConfigError,
  type Config,
  configVariables,
  describeDatabase,
  loadConfig,
} from '../config/config.js';
import { openDatabase, serverVersion } from '../db/database.js';
import { migrateToLatest, migrationStates } from '../db/migrate.js';
import { loadDemo } from '../demo/load-demo.js';
import { MediaStore } from '../media/media-store.js';
import { serve } from './serve.js';

const usage = `usage: midad <command>

commands:
  serve     migrate the database, load the demo content into an empty one (unless MIDAD_DEMO=0), and serve the site
  migrate   bring the database schema up to date
  demo      load the demo content into an empty database
  doctor    show the configuration, the database and its migration state`;

type Print = (line: string) => void;

export async function run(
  argv: string[],
  env = process.env,
  print: Print = console.log,
): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    print(usage);
    return command === undefined ? 2 : 0;
  }
  if (rest.length > 0) {
    console.error(`midad ${command}: unexpected argument "${rest[0]}"\n\n${usage}`);
    return 2;
  }
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`midad: bad setting ${error.message}`);
      return 2;
    }
    throw error;
  }
  switch (command) {
    case 'serve':
      await serve(config);
      return 0;
    case 'migrate':
      return migrate(config, print);
    case 'demo':
      return demo(config, print);
    case 'doctor':
      return doctor(config, print);
    default:
      console.error(`midad: unknown command "${command}"\n\n${usage}`);
      return 2;
  }
}

async function migrate(config: Config, print: Print): Promise<number> {
  const db = openDatabase(config.database);
  try {
    const ran = await migrateToLatest(db);
    print(
      ran.length === 0
        ? 'The database schema is up to date.'
        : `Ran ${ran.length} migration(s): ${ran.join(', ')}`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

async function demo(config: Config, print: Print): Promise<number> {
  const db = openDatabase(config.database);
  try {
    await migrateToLatest(db);
    const result = await loadDemo(db, new MediaStore(path.join(config.dataDir, 'media')));
    if (result.loaded) {
      print(`Loaded the demo content: ${result.articles} articles, ${result.images} images.`);
      return 0;
    }
    print(
      result.reason === 'already-loaded'
        ? 'The demo content is already loaded; nothing was changed.'
        : 'The database already holds articles; the demo content was not loaded.',
    );
    return 0;
  } finally {
    await db.close();
  }
}

/** Reports without writing: a SQLite file that does not exist yet is not created. */
async function doctor(config: Config, print: Print): Promise<number> {
  print('Configuration');
  const values: Record<string, string> = {
    PORT: String(config.port),
    MIDAD_HOST: config.host,
    MIDAD_DATA_DIR: config.dataDir,
    MIDAD_DATABASE_URL: describeDatabase(config.database),
    MIDAD_PUBLIC_URL: config.publicUrl,
    MIDAD_DEMO: config.loadDemo ? '1' : '0',
    MIDAD_LOG_LEVEL: config.logLevel,
  };
  for (const [name] of configVariables) print(`  ${name.padEnd(20)} ${values[name] ?? ''}`);
  print('Database');
  if (config.database.dialect === 'sqlite' && !existsSync(config.database.file)) {
    print(
      `  ${describeDatabase(config.database)}: not created yet (midad serve or midad migrate creates it)`,
    );
    return 0;
  }
  const db = openDatabase(config.database, { readonly: true });
  try {
    print(`  dialect: ${db.dialect}`);
    print(`  server:  ${await serverVersion(db)}`);
    const states = await migrationStates(db);
    const pending = states.filter((s) => s.executedAt === null);
    print(`Migrations: ${states.length - pending.length} applied, ${pending.length} pending`);
    for (const state of states) {
      print(`  ${state.executedAt ? 'applied' : 'pending'}  ${state.name}`);
    }
    return 0;
  } catch (error) {
    console.error(`midad doctor: cannot reach the database: ${(error as Error).message}`);
    return 1;
  } finally {
    await db.close();
  }
}
