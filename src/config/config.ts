/**
 * Midad's configuration: read once from the environment at start, validated, typed.
 * A bad value stops the program with one message that names the variable (ConfigError);
 * nothing is written before the configuration is known to be good.
 */
import path from 'node:path';

export type DatabaseConfig =
  { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseConfig;
  /** Absolute base URL readers reach the site at, without a trailing slash. */
  publicUrl: string;
  /** Load the demo content into an empty database on start. */
  loadDemo: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

/** The environment variables Midad reads, with their defaults, for docs and `midad doctor`. */
export const configVariables = [
  ['PORT', '3000', 'TCP port to listen on (MIDAD_PORT is read too, and wins).'],
  ['MIDAD_HOST', 'localhost', 'Address to listen on; 0.0.0.0 for every interface.'],
  ['MIDAD_DATA_DIR', './data', 'Directory for the SQLite database and media files.'],
  [
    'MIDAD_DATABASE_URL',
    '(SQLite file in the data dir)',
    'postgres://user@host:5432/db to use PostgreSQL.',
  ],
  [
    'MIDAD_PUBLIC_URL',
    'http://localhost:PORT',
    'The address readers use; canonical links and feeds are built on it.',
  ],
  ['MIDAD_DEMO', '1', 'Load the demo content into an empty database on start (0 starts empty).'],
  ['MIDAD_LOG_LEVEL', 'info', 'fatal, error, warn, info, debug, trace or silent.'],
] as const;

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const port = readPort(env);
  const host = readHost(env);
  const dataDir = path.resolve(cwd, nonEmpty(env, 'MIDAD_DATA_DIR') ?? './data');
  return {
    port,
    host,
    dataDir,
    database: readDatabase(env, dataDir),
    publicUrl: readPublicUrl(env, port),
    loadDemo: readFlag(env, 'MIDAD_DEMO', true),
    logLevel: readLogLevel(env),
  };
}

function nonEmpty(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function readPort(env: Env): number {
  const name = nonEmpty(env, 'MIDAD_PORT') !== undefined ? 'MIDAD_PORT' : 'PORT';
  const raw = nonEmpty(env, name);
  if (raw === undefined) return 3000;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
    throw new ConfigError(name, `"${raw}" is not a TCP port (a whole number from 1 to 65535).`);
  }
  return port;
}

function readHost(env: Env): string {
  const raw = nonEmpty(env, 'MIDAD_HOST') ?? 'localhost';
  if (!/^[A-Za-z0-9.:[\]-]+$/.test(raw)) {
    throw new ConfigError('MIDAD_HOST', `"${raw}" is not a host name or IP address.`);
  }
  return raw;
}

function readDatabase(env: Env, dataDir: string): DatabaseConfig {
  const raw = nonEmpty(env, 'MIDAD_DATABASE_URL');
  if (raw === undefined) return { dialect: 'sqlite', file: path.join(dataDir, 'midad.db') };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      'MIDAD_DATABASE_URL',
      'is not a URL; expected postgres://user@host:5432/database.',
    );
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(
      'MIDAD_DATABASE_URL',
      `"${url.protocol}" is not supported; use postgres://… (leave it unset for SQLite in the data dir).`,
    );
  }
  if (url.pathname.length <= 1) {
    throw new ConfigError(
      'MIDAD_DATABASE_URL',
      'names no database; expected postgres://user@host:5432/database.',
    );
  }
  return { dialect: 'postgres', url: raw };
}

function readPublicUrl(env: Env, port: number): string {
  const raw = nonEmpty(env, 'MIDAD_PUBLIC_URL');
  if (raw === undefined) return `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      'MIDAD_PUBLIC_URL',
      `"${raw}" is not a URL; expected e.g. https://news.example.`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError('MIDAD_PUBLIC_URL', 'must start with http:// or https://.');
  }
  if (url.search !== '' || url.hash !== '') {
    throw new ConfigError('MIDAD_PUBLIC_URL', 'must not carry a query string or fragment.');
  }
  return url.href.replace(/\/+$/, '');
}

function readFlag(env: Env, name: string, fallback: boolean): boolean {
  const raw = nonEmpty(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `"${raw}" is not a yes/no value; use 1 or 0.`);
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function readLogLevel(env: Env): Config['logLevel'] {
  const raw = nonEmpty(env, 'MIDAD_LOG_LEVEL') ?? 'info';
  const level = logLevels.find((l) => l === raw);
  if (level === undefined) {
    throw new ConfigError('MIDAD_LOG_LEVEL', `"${raw}" is not one of ${logLevels.join(', ')}.`);
  }
  return level;
}

/** The database URL with any password hidden, for logs and `midad doctor`. */
export function describeDatabase(database: DatabaseConfig): string {
  if (database.dialect === 'sqlite') return `SQLite ${database.file}`;
  const url = new URL(database.url);
  if (url.password !== '') url.password = '***';
  return `PostgreSQL ${url.href}`;
}
