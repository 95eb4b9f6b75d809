/**
 * The `midad` command. Every command reads the same environment, prints what it did, and
 * fails with one clear line and a non-zero exit code (2 for bad configuration or usage, 1
 * for anything else). Arguments are parsed by `node:util`'s parseArgs; `--help` works at
 * every level (`midad --help`, `midad user --help`, `midad user create --help`).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, type Config, loadConfig } from '../config/config.js';
import { MidadError, presentError } from '../errors.js';
import { articleCommands } from './article-commands.js';
import { backupCommands } from './backup-commands.js';
import { importCommands } from './import-commands.js';
import { searchCommands } from './search-commands.js';
import { siteCommands } from './site-commands.js';
import { tokenCommands } from './token-commands.js';
import { userCommands } from './user-commands.js';
import type { CliIo } from './io.js';
import { processIo } from './io.js';

export interface Command {
  name: string;
  summary: string;
  /** What follows the command's name in its usage line, e.g. `--email ADDRESS --name NAME`. */
  usage?: string;
  options?: ParseArgsConfig['options'];
  allowPositionals?: boolean;
  /** Commands that do not need a valid configuration (help) leave this false. */
  run(input: CommandInput): Promise<number>;
}

export interface CommandInput {
  config: Config;
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  io: CliIo;
}

export interface CommandGroup {
  name: string;
  summary: string;
  commands: Command[];
}

const groups: (Command | CommandGroup)[] = [
  ...siteCommands,
  ...backupCommands,
  userCommands,
  tokenCommands,
  articleCommands,
  importCommands,
  searchCommands,
];

function isGroup(entry: Command | CommandGroup): entry is CommandGroup {
  return 'commands' in entry;
}

function usageOf(path: string, entries: readonly (Command | CommandGroup)[]): string {
  const width = Math.max(...entries.map((e) => e.name.length)) + 2;
  return [
    `usage: ${path} <command>${path === 'midad' ? '' : ' [options]'}`,
    '',
    'commands:',
    ...entries.map((e) => `  ${e.name.padEnd(width)}${e.summary}`),
    '',
    `${path} <command> --help shows a command's options.`,
  ].join('\n');
}

function commandUsage(path: string, command: Command): string {
  const lines = [`usage: ${path} ${command.usage ?? ''}`.trimEnd(), '', command.summary];
  const options = Object.entries(command.options ?? {});
  if (options.length > 0) {
    lines.push('', 'options:');
    for (const [name, option] of options) {
      lines.push(`  --${name}${option.type === 'string' ? ' VALUE' : ''}`);
    }
  }
  return lines.join('\n');
}

const isHelp = (arg: string | undefined) => arg === 'help' || arg === '--help' || arg === '-h';

export async function run(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  io: CliIo = processIo(),
): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || isHelp(first)) {
    io.print(usageOf('midad', groups));
    return first === undefined ? 2 : 0;
  }
  const entry = groups.find((e) => e.name === first);
  if (!entry) {
    io.error(`midad: unknown command "${first}"\n\n${usageOf('midad', groups)}`);
    return 2;
  }
  let command: Command;
  let path = `midad ${entry.name}`;
  let args = rest;
  if (isGroup(entry)) {
    const [sub, ...subArgs] = rest;
    if (sub === undefined || isHelp(sub)) {
      io.print(usageOf(path, entry.commands));
      return sub === undefined ? 2 : 0;
    }
    const found = entry.commands.find((c) => c.name === sub);
    if (!found) {
      io.error(`${path}: unknown command "${sub}"\n\n${usageOf(path, entry.commands)}`);
      return 2;
    }
    command = found;
    path = `${path} ${sub}`;
    args = subArgs;
  } else {
    command = entry;
  }
  if (args.some(isHelp)) {
    io.print(commandUsage(path, command));
    return 0;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args,
      options: command.options ?? {},
      allowPositionals: command.allowPositionals ?? false,
      strict: true,
    });
  } catch (error) {
    io.error(`${path}: ${(error as Error).message}\n\n${commandUsage(path, command)}`);
    return 2;
  }
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.error(`midad: bad setting ${error.message}`);
      return 2;
    }
    throw error;
  }
  try {
    return await command.run({
      config,
      values: parsed.values as CommandInput['values'],
      positionals: parsed.positionals,
      io,
    });
  } catch (error) {
    if (error instanceof MidadError) {
      io.error(`${path}: ${describe(error)}`);
      return error.status >= 500 ? 1 : 2;
    }
    throw error;
  }
}

/** A Midad error on one line, in English (the command line's language), fields included. */
function describe(error: MidadError): string {
  const presented = presentError(error, 'en', (moment) => moment.toISOString());
  const fields = presented.fields?.map((f) => f.message).join(' ') ?? '';
  return fields === '' ? presented.message : fields;
}
