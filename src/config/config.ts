/**
 * Midad's configuration: read once from the environment at start, validated, typed.
 * A bad value stops the program with one message that names the variable (ConfigError);
 * nothing is written before the configuration is known to be good.
 */
import { isIP } from 'node:net';
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
  /** Log lines for people (on a terminal) or JSON, one object a line (for a log collector). */
  logFormat: 'pretty' | 'json';
  /** Whether each request is logged, one line at `info` when it is answered. */
  logRequests: boolean;
  /**
   * Which proxies' X-Forwarded-For / X-Forwarded-Proto to believe: none (false), any (true:
   * only when nothing but the proxy can reach Midad), or these addresses and networks.
   */
  trustProxy: boolean | string[];
  /** Where newsroom mail (invitations) is sent through; null: links are only shown to copy. */
  smtp: { url: string; from: string } | null;
  /** Whether this process runs scheduled jobs (publishing); off when cron runs them instead. */
  runJobs: boolean;
  /** The S3-compatible bucket images are kept in; null: files under `<dataDir>/media`. */
  mediaBucket: MediaBucketConfig | null;
  /** The page cache's bound in bytes; 0 renders every request. */
  pageCacheBytes: number;
  /**
   * What shared caches (a CDN, Varnish) are told: seconds to keep a page, to serve it stale,
   * and whether each page lists its tags (Surrogate-Key, Cache-Tag) for purges by tag.
   */
  edgeCaching: { maxAge: number; staleWhileRevalidate: number; tagHeaders: boolean };
  /** Where to send the tags of each purge, for a CDN or Varnish in front; null: nowhere. */
  purge: { url: string; token: string | null } | null;
  /** The bearer token /metrics asks for; null: it answers only requests from this machine. */
  metricsToken: string | null;
  /** How many articles each file of the article sitemap lists (the protocol allows 50 000). */
  sitemapUrlsPerFile: number;
  /** Which web origins may read the content API from a browser: none, any (`*`), or these. */
  apiCors: '*' | string[] | null;
}

export interface MediaBucketConfig {
  bucket: string;
  /** An S3-compatible server's address (addressed path-style); null for Amazon S3. */
  endpoint: string | null;
  region: string;
  /** Put before every key: empty, or ending in `/`. */
  prefix: string;
}

/**
 * The environment variables Midad reads: name, default, meaning, and how `midad doctor`
 * shows the value in effect. The README's configuration table says the same.
 */
export const configVariables: readonly {
  name: string;
  fallback: string;
  meaning: string;
  show: (config: Config) => string;
}[] = [
  {
    name: 'PORT',
    fallback: '3000',
    meaning: 'TCP port to listen on (MIDAD_PORT is read too, and wins).',
    show: (c) => String(c.port),
  },
  {
    name: 'MIDAD_HOST',
    fallback: 'localhost',
    meaning: 'Address to listen on; 0.0.0.0 for every interface.',
    show: (c) => c.host,
  },
  {
    name: 'MIDAD_DATA_DIR',
    fallback: './data',
    meaning: 'Directory for the SQLite database and media files.',
    show: (c) => c.dataDir,
  },
  {
    name: 'MIDAD_DATABASE_URL',
    fallback: '(SQLite file in the data dir)',
    meaning: 'postgres://user@host:5432/db to use PostgreSQL.',
    show: (c) => describeDatabase(c.database),
  },
  {
    name: 'MIDAD_PUBLIC_URL',
    fallback: 'http://localhost:PORT',
    meaning: 'The address readers use; canonical links and feeds are built on it.',
    show: (c) => c.publicUrl,
  },
  {
    name: 'MIDAD_DEMO',
    fallback: '1',
    meaning: 'Load the demo content into an empty database on start (0 starts empty).',
    show: (c) => (c.loadDemo ? '1' : '0'),
  },
  {
    name: 'MIDAD_LOG_LEVEL',
    fallback: 'info',
    meaning: 'fatal, error, warn, info, debug, trace or silent.',
    show: (c) => c.logLevel,
  },
  {
    name: 'MIDAD_LOG_FORMAT',
    fallback: 'pretty on a terminal, else json',
    meaning: 'pretty (readable lines) or json (one JSON object a line, for a log collector).',
    show: (c) => c.logFormat,
  },
  {
    name: 'MIDAD_LOG_REQUESTS',
    fallback: '0',
    meaning: 'Log one line per request answered (method, path, status, time): 1 or 0.',
    show: (c) => (c.logRequests ? '1' : '0'),
  },
  {
    name: 'MIDAD_TRUST_PROXY',
    fallback: '0',
    meaning: 'Proxies whose X-Forwarded-* headers to believe: 0, 1 (any), or addresses/CIDRs.',
    show: (c) =>
      c.trustProxy === true ? '1' : c.trustProxy === false ? '0' : c.trustProxy.join(','),
  },
  {
    name: 'MIDAD_SMTP_URL',
    fallback: '(unset: no mail)',
    meaning: 'smtp://user:password@host:587 or smtps://… to e-mail invitations.',
    show: (c) => (c.smtp ? hidePassword(c.smtp.url) : '(unset)'),
  },
  {
    name: 'MIDAD_MAIL_FROM',
    fallback: 'Midad <no-reply@PUBLIC_URL host>',
    meaning: 'The sender of newsroom mail.',
    show: (c) => c.smtp?.from ?? '(unset)',
  },
  {
    name: 'MIDAD_JOBS',
    fallback: '1',
    meaning:
      'Run scheduled publishing in this process (0 when cron runs midad article publish-due).',
    show: (c) => (c.runJobs ? '1' : '0'),
  },
  {
    name: 'MIDAD_MEDIA_S3_BUCKET',
    fallback: '(unset: files in the data dir)',
    meaning: 'Keep images in this S3-compatible bucket, shared by every instance.',
    show: (c) => c.mediaBucket?.bucket ?? '(unset)',
  },
  {
    name: 'MIDAD_MEDIA_S3_ENDPOINT',
    fallback: '(unset: Amazon S3)',
    meaning: 'https://host:port of an S3-compatible server (MinIO, Ceph …), addressed path-style.',
    show: (c) => c.mediaBucket?.endpoint ?? '(unset)',
  },
  {
    name: 'MIDAD_MEDIA_S3_REGION',
    fallback: 'AWS_REGION, else us-east-1',
    meaning: 'The bucket’s region.',
    show: (c) => c.mediaBucket?.region ?? '(unset)',
  },
  {
    name: 'MIDAD_MEDIA_S3_PREFIX',
    fallback: '(empty)',
    meaning: 'Put before every key, e.g. midad/ to share a bucket.',
    show: (c) => c.mediaBucket?.prefix ?? '(unset)',
  },
  {
    name: 'MIDAD_PAGE_CACHE_MB',
    fallback: '64',
    meaning: 'Memory for rendered pages, in MB (0 renders every request).',
    show: (c) => String(c.pageCacheBytes / 1024 / 1024),
  },
  {
    name: 'MIDAD_SITEMAP_URLS',
    fallback: '50000',
    meaning: 'Articles listed in each file of the article sitemap, 1 to 50000.',
    show: (c) => String(c.sitemapUrlsPerFile),
  },
  {
    name: 'MIDAD_API_CORS',
    fallback: '(unset: no other site)',
    meaning: 'Web origins whose pages may read the content API: * or https://a.example,…',
    show: (c) => (c.apiCors === null ? '(unset)' : c.apiCors === '*' ? '*' : c.apiCors.join(',')),
  },
  {
    name: 'MIDAD_CDN_MAX_AGE',
    fallback: '60',
    meaning: 'Seconds a CDN or proxy may keep a page (Cache-Control s-maxage).',
    show: (c) => String(c.edgeCaching.maxAge),
  },
  {
    name: 'MIDAD_CDN_STALE',
    fallback: '30',
    meaning: 'Seconds it may then serve it stale while it asks again (stale-while-revalidate).',
    show: (c) => String(c.edgeCaching.staleWhileRevalidate),
  },
  {
    name: 'MIDAD_CDN_TAGS',
    fallback: '1 with MIDAD_PURGE_URL, else 0',
    meaning: 'List what each page shows in Surrogate-Key and Cache-Tag headers (1 or 0).',
    show: (c) => (c.edgeCaching.tagHeaders ? '1' : '0'),
  },
  {
    name: 'MIDAD_PURGE_URL',
    fallback: '(unset)',
    meaning: 'POST the tags of each purge here (JSON and a Surrogate-Key header) for a CDN.',
    show: (c) => c.purge?.url ?? '(unset)',
  },
  {
    name: 'MIDAD_PURGE_TOKEN',
    fallback: '(unset)',
    meaning: 'Sent as Authorization: Bearer with each purge request.',
    show: (c) => (c.purge?.token ? '***' : '(unset)'),
  },
  {
    name: 'MIDAD_METRICS_TOKEN',
    fallback: '(unset: /metrics for this machine only)',
    meaning: 'The bearer token Prometheus sends to read /metrics.',
    show: (c) => (c.metricsToken ? '***' : '(unset)'),
  },
];

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
    logFormat: readLogFormat(env),
    logRequests: readFlag(env, 'MIDAD_LOG_REQUESTS', false),
    trustProxy: readTrustProxy(env),
    smtp: readSmtp(env, readPublicUrl(env, port)),
    runJobs: readFlag(env, 'MIDAD_JOBS', true),
    mediaBucket: readMediaBucket(env),
    pageCacheBytes: readWholeNumber(env, 'MIDAD_PAGE_CACHE_MB', 64, 65_536) * 1024 * 1024,
    edgeCaching: {
      maxAge: readWholeNumber(env, 'MIDAD_CDN_MAX_AGE', 60, 31_536_000),
      staleWhileRevalidate: readWholeNumber(env, 'MIDAD_CDN_STALE', 30, 31_536_000),
      // The tags are for purging by tag: a page's can run to kilobytes, for nobody otherwise.
      tagHeaders: readFlag(env, 'MIDAD_CDN_TAGS', nonEmpty(env, 'MIDAD_PURGE_URL') !== undefined),
    },
    purge: readPurge(env),
    metricsToken: readMetricsToken(env),
    sitemapUrlsPerFile: readSitemapUrls(env),
    apiCors: readApiCors(env),
  };
}

function readWholeNumber(env: Env, name: string, fallback: number, max: number): number {
  const raw = nonEmpty(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value > max) {
    throw new ConfigError(name, `"${raw}" is not a whole number from 0 to ${max}.`);
  }
  return value;
}

/** `*`, or origins (`https://app.example`), comma-separated. */
function readApiCors(env: Env): Config['apiCors'] {
  const raw = nonEmpty(env, 'MIDAD_API_CORS');
  if (raw === undefined) return null;
  if (raw.trim() === '*') return '*';
  const origins = raw
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = null;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigError(
        'MIDAD_API_CORS',
        `"${origin}" is not an origin like https://app.example (scheme, host and port only).`,
      );
    }
  }
  return origins;
}

function readSitemapUrls(env: Env): number {
  const value = readWholeNumber(env, 'MIDAD_SITEMAP_URLS', 50_000, 50_000);
  if (value === 0) {
    throw new ConfigError('MIDAD_SITEMAP_URLS', '"0" is not a whole number from 1 to 50000.');
  }
  return value;
}

/** A bearer token: printable ASCII, no spaces (it goes in an Authorization header). */
function readToken(env: Env, name: string, minLength: number): string | null {
  const token = nonEmpty(env, name) ?? null;
  if (token !== null && (token.length < minLength || !/^[\x21-\x7e]+$/.test(token))) {
    throw new ConfigError(
      name,
      `must be at least ${minLength} printable ASCII characters, no spaces.`,
    );
  }
  return token;
}

function readMetricsToken(env: Env): string | null {
  return readToken(env, 'MIDAD_METRICS_TOKEN', 16);
}

function readPurge(env: Env): Config['purge'] {
  const raw = nonEmpty(env, 'MIDAD_PURGE_URL');
  const token = readToken(env, 'MIDAD_PURGE_TOKEN', 1);
  if (raw === undefined) {
    if (token !== null)
      throw new ConfigError('MIDAD_PURGE_TOKEN', 'is set without MIDAD_PURGE_URL.');
    return null;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('MIDAD_PURGE_URL', `"${raw}" is not a URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError('MIDAD_PURGE_URL', `"${raw}" is not an http:// or https:// URL.`);
  }
  return { url: url.href, token };
}

/** https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html */
const bucketName = /^(?!\d+\.\d+\.\d+\.\d+$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const keyPrefix = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*\/?$/;

function readMediaBucket(env: Env): Config['mediaBucket'] {
  const bucket = nonEmpty(env, 'MIDAD_MEDIA_S3_BUCKET');
  if (bucket === undefined) {
    const stray = [
      'MIDAD_MEDIA_S3_ENDPOINT',
      'MIDAD_MEDIA_S3_REGION',
      'MIDAD_MEDIA_S3_PREFIX',
    ].find((name) => nonEmpty(env, name) !== undefined);
    if (stray !== undefined) {
      throw new ConfigError(
        'MIDAD_MEDIA_S3_BUCKET',
        `is not set, but ${stray} is; name the bucket.`,
      );
    }
    return null;
  }
  if (!bucketName.test(bucket) || bucket.includes('..')) {
    throw new ConfigError(
      'MIDAD_MEDIA_S3_BUCKET',
      `"${bucket}" is not a bucket name (3 to 63 lower-case letters, digits, dots and hyphens).`,
    );
  }
  const prefix = nonEmpty(env, 'MIDAD_MEDIA_S3_PREFIX') ?? '';
  if (
    prefix !== '' &&
    (!keyPrefix.test(prefix) || prefix.split('/').some((p) => /^\.\.?$/.test(p)))
  ) {
    throw new ConfigError(
      'MIDAD_MEDIA_S3_PREFIX',
      `"${prefix}" is not a key prefix; use letters, digits, . _ - and /, e.g. midad/.`,
    );
  }
  return {
    bucket,
    endpoint: readMediaEndpoint(env),
    region: nonEmpty(env, 'MIDAD_MEDIA_S3_REGION') ?? nonEmpty(env, 'AWS_REGION') ?? 'us-east-1',
    prefix: prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`,
  };
}

function readMediaEndpoint(env: Env): string | null {
  const raw = nonEmpty(env, 'MIDAD_MEDIA_S3_ENDPOINT');
  if (raw === undefined) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      'MIDAD_MEDIA_S3_ENDPOINT',
      `"${raw}" is not a URL; expected e.g. https://s3.example:9000.`,
    );
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname.length > 1) {
    throw new ConfigError(
      'MIDAD_MEDIA_S3_ENDPOINT',
      'must be http:// or https:// with a host and port only; the bucket is MIDAD_MEDIA_S3_BUCKET.',
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new ConfigError(
      'MIDAD_MEDIA_S3_ENDPOINT',
      'must not carry credentials; set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY instead.',
    );
  }
  return url.origin;
}

function readTrustProxy(env: Env): Config['trustProxy'] {
  const raw = nonEmpty(env, 'MIDAD_TRUST_PROXY');
  if (raw === undefined || ['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  const entries = raw.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    const [address = '', bits, ...rest] = entry.split('/');
    const version = isIP(address);
    const maxBits = version === 6 ? 128 : 32;
    const isCidrOk =
      bits === undefined ||
      (/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits && rest.length === 0);
    if (version === 0 || !isCidrOk) {
      throw new ConfigError(
        'MIDAD_TRUST_PROXY',
        `"${entry}" is not an IP address or network; use 1, 0, or e.g. 127.0.0.1,10.0.0.0/8.`,
      );
    }
  }
  return entries;
}

function readSmtp(env: Env, publicUrl: string): Config['smtp'] {
  const raw = nonEmpty(env, 'MIDAD_SMTP_URL');
  if (raw === undefined) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      'MIDAD_SMTP_URL',
      'is not a URL; expected smtp://user:password@host:587.',
    );
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new ConfigError('MIDAD_SMTP_URL', 'must start with smtp:// or smtps://.');
  }
  const from =
    nonEmpty(env, 'MIDAD_MAIL_FROM') ?? `Midad <no-reply@${new URL(publicUrl).hostname}>`;
  if (!/^[^\r\n<>@]*<?[^\s@<>]+@[^\s@<>]+>?$/.test(from)) {
    throw new ConfigError('MIDAD_MAIL_FROM', `"${from}" is not a mail address.`);
  }
  return { url: raw, from };
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

function readLogFormat(env: Env): Config['logFormat'] {
  const raw = nonEmpty(env, 'MIDAD_LOG_FORMAT');
  if (raw === undefined) return process.stdout.isTTY ? 'pretty' : 'json';
  if (raw === 'pretty' || raw === 'json') return raw;
  throw new ConfigError('MIDAD_LOG_FORMAT', `"${raw}" is not pretty or json.`);
}

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
  return `PostgreSQL ${hidePassword(database.url)}`;
}

function hidePassword(raw: string): string {
  const url = new URL(raw);
  if (url.password !== '') url.password = '***';
  return url.href;
}
