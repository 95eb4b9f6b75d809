/**
 * What `/metrics` tells Prometheus (prom-client, a registry of Midad's own): requests by
 * route and status with their latency, the page cache's hits, misses, size and purges, the
 * database pool, the job queue, and Node's own figures (memory, event-loop delay, GC).
 * Counted as requests are answered — those the page cache's fast path sends included, under
 * the route that rendered the page.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { PageCache } from '../cache/page-cache.js';

export interface MetricsSources {
  cache: PageCache;
  /** The database pool's connections; null on SQLite (one connection, no pool). */
  pool: () => { total: number; idle: number; waiting: number; max: number } | null;
  /** Jobs by state, read when Prometheus scrapes. */
  jobs: () => Promise<{ due: number; scheduled: number; running: number; failed: number }>;
}

export class Metrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'method' | 'route' | 'status'>;
  private readonly duration: Histogram<'method' | 'route'>;

  constructor(sources: MetricsSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'midad_' });
    this.requests = new Counter({
      name: 'midad_http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status.',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.duration = new Histogram({
      name: 'midad_http_request_duration_seconds',
      help: 'Time from request to response, by method and route pattern.',
      labelNames: ['method', 'route'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    type CacheStats = ReturnType<PageCache['stats']>;
    // The cache keeps its own counts; each scrape copies them.
    const cacheCounter = (name: string, help: string, read: (stats: CacheStats) => number) =>
      new Counter({
        name,
        help,
        registers,
        collect() {
          this.reset();
          this.inc(read(sources.cache.stats()));
        },
      });
    const cacheGauge = (name: string, help: string, read: (stats: CacheStats) => number) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          this.set(read(sources.cache.stats()));
        },
      });
    cacheCounter('midad_page_cache_hits_total', 'Pages answered from the cache.', (s) => s.hits);
    cacheCounter(
      'midad_page_cache_misses_total',
      'Pages rendered for want of a cached copy.',
      (s) => s.misses,
    );
    cacheCounter(
      'midad_page_cache_purged_total',
      'Cached pages removed by changes.',
      (s) => s.purgedEntries,
    );
    cacheGauge('midad_page_cache_entries', 'Pages in the cache.', (s) => s.entries);
    cacheGauge('midad_page_cache_bytes', 'Bytes the cached pages hold.', (s) => s.bytes);
    new Gauge({
      name: 'midad_page_cache_max_bytes',
      help: 'The cache’s bound (MIDAD_PAGE_CACHE_MB).',
      registers,
      collect() {
        this.set(sources.cache.maxBytes);
      },
    });
    new Gauge({
      name: 'midad_db_pool_connections',
      help: 'PostgreSQL pool connections by state (absent on SQLite).',
      labelNames: ['state'],
      registers,
      collect() {
        const pool = sources.pool();
        if (!pool) return;
        this.set({ state: 'total' }, pool.total);
        this.set({ state: 'idle' }, pool.idle);
        this.set({ state: 'waiting' }, pool.waiting);
        this.set({ state: 'max' }, pool.max);
      },
    });
    new Gauge({
      name: 'midad_jobs',
      help: 'Jobs in the queue by state: due (waiting for a runner), scheduled, running, failed.',
      labelNames: ['state'],
      registers,
      async collect() {
        const jobs = await sources.jobs();
        for (const [state, count] of Object.entries(jobs)) this.set({ state }, count);
      },
    });
  }

  /** Counts one answered request; `seconds` from its arrival to its response. */
  observe(method: string, route: string, status: number, seconds: number): void {
    this.requests.inc({ method, route, status: String(status) });
    this.duration.observe({ method, route }, seconds);
  }
}
