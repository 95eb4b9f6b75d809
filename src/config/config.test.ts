import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, describeDatabase, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('runs with zero configuration on SQLite in ./data', () => {
    const config = loadConfig({}, '/srv/midad');
    expect(config).toMatchObject({
      port: 3000,
      host: 'localhost',
      dataDir: '/srv/midad/data',
      database: { dialect: 'sqlite', file: path.join('/srv/midad/data', 'midad.db') },
      publicUrl: 'http://localhost:3000',
      loadDemo: true,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        MIDAD_HOST: '0.0.0.0',
        MIDAD_DATA_DIR: '/var/lib/midad',
        MIDAD_DATABASE_URL: 'postgres://midad:secret@db:5432/news',
        MIDAD_PUBLIC_URL: 'https://news.example/',
        MIDAD_DEMO: '0',
        MIDAD_LOG_LEVEL: 'warn',
        MIDAD_LOG_FORMAT: 'pretty',
        MIDAD_LOG_REQUESTS: '1',
        MIDAD_PAGE_CACHE_MB: '256',
        MIDAD_SITEMAP_URLS: '10000',
        MIDAD_API_CORS: 'https://app.example, https://widgets.example:8443',
        MIDAD_CDN_MAX_AGE: '600',
        MIDAD_CDN_STALE: '0',
        MIDAD_PURGE_URL: 'https://cdn.example/purge',
        MIDAD_PURGE_TOKEN: 'abc.123',
      },
      '/',
    );
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/var/lib/midad',
      database: { dialect: 'postgres', url: 'postgres://midad:secret@db:5432/news' },
      publicUrl: 'https://news.example',
      loadDemo: false,
      logLevel: 'warn',
      logFormat: 'pretty',
      logRequests: true,
      pageCacheBytes: 256 * 1024 * 1024,
      sitemapUrlsPerFile: 10_000,
      apiCors: ['https://app.example', 'https://widgets.example:8443'],
      edgeCaching: { maxAge: 600, staleWhileRevalidate: 0, tagHeaders: true },
      purge: { url: 'https://cdn.example/purge', token: 'abc.123' },
    });
    expect(describeDatabase(config.database)).toBe('PostgreSQL postgres://midad:***@db:5432/news');
  });

  it('lists page tags for a CDN only when purges are sent, unless told', () => {
    expect(loadConfig({}).edgeCaching.tagHeaders).toBe(false);
    expect(
      loadConfig({ MIDAD_PURGE_URL: 'https://cdn.example/purge' }).edgeCaching.tagHeaders,
    ).toBe(true);
    expect(loadConfig({ MIDAD_CDN_TAGS: '1' }).edgeCaching.tagHeaders).toBe(true);
  });

  it('lets MIDAD_PORT win over PORT', () => {
    expect(loadConfig({ PORT: '1', MIDAD_PORT: '4000' }).port).toBe(4000);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ MIDAD_PORT: '-1' }, 'MIDAD_PORT'],
    [{ MIDAD_DATABASE_URL: 'mysql://root@localhost/x' }, 'MIDAD_DATABASE_URL'],
    [{ MIDAD_DATABASE_URL: 'not a url' }, 'MIDAD_DATABASE_URL'],
    [{ MIDAD_DATABASE_URL: 'postgres://localhost' }, 'MIDAD_DATABASE_URL'],
    [{ MIDAD_PUBLIC_URL: 'ftp://x' }, 'MIDAD_PUBLIC_URL'],
    [{ MIDAD_PUBLIC_URL: 'news.example' }, 'MIDAD_PUBLIC_URL'],
    [{ MIDAD_DEMO: 'maybe' }, 'MIDAD_DEMO'],
    [{ MIDAD_HOST: 'a host' }, 'MIDAD_HOST'],
    [{ MIDAD_LOG_LEVEL: 'loud' }, 'MIDAD_LOG_LEVEL'],
    [{ MIDAD_LOG_FORMAT: 'xml' }, 'MIDAD_LOG_FORMAT'],
    [{ MIDAD_LOG_REQUESTS: 'some' }, 'MIDAD_LOG_REQUESTS'],
    [{ MIDAD_PAGE_CACHE_MB: '-5' }, 'MIDAD_PAGE_CACHE_MB'],
    [{ MIDAD_PAGE_CACHE_MB: '1.5' }, 'MIDAD_PAGE_CACHE_MB'],
    [{ MIDAD_SITEMAP_URLS: '0' }, 'MIDAD_SITEMAP_URLS'],
    [{ MIDAD_API_CORS: 'app.example' }, 'MIDAD_API_CORS'],
    [{ MIDAD_API_CORS: 'https://app.example/path' }, 'MIDAD_API_CORS'],
    [{ MIDAD_SITEMAP_URLS: '50001' }, 'MIDAD_SITEMAP_URLS'],
    [{ MIDAD_CDN_MAX_AGE: 'a minute' }, 'MIDAD_CDN_MAX_AGE'],
    [{ MIDAD_CDN_STALE: '99999999999' }, 'MIDAD_CDN_STALE'],
    [{ MIDAD_PURGE_URL: 'varnish' }, 'MIDAD_PURGE_URL'],
    [{ MIDAD_PURGE_URL: 'ftp://cdn.example' }, 'MIDAD_PURGE_URL'],
    [{ MIDAD_PURGE_TOKEN: 'abc' }, 'MIDAD_PURGE_TOKEN'],
    [{ MIDAD_METRICS_TOKEN: 'short' }, 'MIDAD_METRICS_TOKEN'],
    [{ MIDAD_CDN_TAGS: 'maybe' }, 'MIDAD_CDN_TAGS'],
    [{ MIDAD_PURGE_URL: 'https://cdn.example', MIDAD_PURGE_TOKEN: 'a b' }, 'MIDAD_PURGE_TOKEN'],
  ])('rejects %j with a message naming %s', (env, variable) => {
    let caught: unknown;
    try {
      loadConfig(env);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).variable).toBe(variable);
    expect((caught as ConfigError).message.startsWith(`${variable}: `)).toBe(true);
  });
});

describe('MIDAD_TRUST_PROXY', () => {
  it('believes no proxy unless told, then any, or only the ones named', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ MIDAD_TRUST_PROXY: '1' }).trustProxy).toBe(true);
    expect(loadConfig({ MIDAD_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1' }).trustProxy).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
    ]);
    for (const bad of ['nginx', '10.0.0.0/33', '300.1.1.1']) {
      expect(() => loadConfig({ MIDAD_TRUST_PROXY: bad }), bad).toThrow(ConfigError);
    }
  });

  it('reads the mail server and refuses one that is not SMTP', () => {
    expect(loadConfig({ MIDAD_PUBLIC_URL: 'https://news.example' }).smtp).toBeNull();
    expect(
      loadConfig({
        MIDAD_SMTP_URL: 'smtp://u:p@mail:587',
        MIDAD_PUBLIC_URL: 'https://news.example',
      }).smtp,
    ).toEqual({ url: 'smtp://u:p@mail:587', from: 'Midad <no-reply@news.example>' });
    expect(() => loadConfig({ MIDAD_SMTP_URL: 'http://mail' })).toThrow(ConfigError);
  });
});

describe('the media bucket', () => {
  it('keeps images in the data directory unless a bucket is named', () => {
    expect(loadConfig({}).mediaBucket).toBeNull();
    expect(loadConfig({ MIDAD_MEDIA_S3_BUCKET: 'news-media' }).mediaBucket).toEqual({
      bucket: 'news-media',
      endpoint: null,
      region: 'us-east-1',
      prefix: '',
    });
    expect(
      loadConfig({
        MIDAD_MEDIA_S3_BUCKET: 'news-media',
        MIDAD_MEDIA_S3_ENDPOINT: 'https://s3.news.example:9000/',
        MIDAD_MEDIA_S3_REGION: 'eu-west-1',
        MIDAD_MEDIA_S3_PREFIX: 'sites/midad',
      }).mediaBucket,
    ).toEqual({
      bucket: 'news-media',
      endpoint: 'https://s3.news.example:9000',
      region: 'eu-west-1',
      prefix: 'sites/midad/',
    });
    expect(
      loadConfig({ MIDAD_MEDIA_S3_BUCKET: 'news-media', AWS_REGION: 'me-south-1' }).mediaBucket
        ?.region,
    ).toBe('me-south-1');
  });

  it.each([
    [{ MIDAD_MEDIA_S3_ENDPOINT: 'https://s3.news.example' }, 'MIDAD_MEDIA_S3_BUCKET'],
    [{ MIDAD_MEDIA_S3_BUCKET: 'News_Media' }, 'MIDAD_MEDIA_S3_BUCKET'],
    [{ MIDAD_MEDIA_S3_BUCKET: 'ab' }, 'MIDAD_MEDIA_S3_BUCKET'],
    [
      { MIDAD_MEDIA_S3_BUCKET: 'media', MIDAD_MEDIA_S3_ENDPOINT: 'ftp://x' },
      'MIDAD_MEDIA_S3_ENDPOINT',
    ],
    [
      { MIDAD_MEDIA_S3_BUCKET: 'media', MIDAD_MEDIA_S3_ENDPOINT: 'https://s3.example/media' },
      'MIDAD_MEDIA_S3_ENDPOINT',
    ],
    [
      { MIDAD_MEDIA_S3_BUCKET: 'media', MIDAD_MEDIA_S3_ENDPOINT: 'https://key:secret@s3.example' },
      'MIDAD_MEDIA_S3_ENDPOINT',
    ],
    [
      { MIDAD_MEDIA_S3_BUCKET: 'media', MIDAD_MEDIA_S3_PREFIX: '../other' },
      'MIDAD_MEDIA_S3_PREFIX',
    ],
    [{ MIDAD_MEDIA_S3_BUCKET: 'media', MIDAD_MEDIA_S3_PREFIX: '/root' }, 'MIDAD_MEDIA_S3_PREFIX'],
  ])('refuses %j with a message naming %s', (env, variable) => {
    const attempt = () => loadConfig(env);
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(new RegExp(`^${variable}: `));
    expect(attempt).toThrow(expect.objectContaining({ variable }));
  });
});
