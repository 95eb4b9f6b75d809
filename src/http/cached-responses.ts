/**
 * The page cache on the wire. A route that opts in (`config: { pageCache: true }`) is
 * answered from the cache before its handler runs; when it is not there, the handler
 * renders and hands the response to `send`, which keeps it and sends it the same way. Every
 * such response carries a strong ETag (a revisit gets a 304), the encoding the client
 * prefers, compressed once, and what a CDN or Varnish caches by: `Cache-Control` with
 * `s-maxage` and `stale-while-revalidate`, and — when purging by tag — `Surrogate-Key` and
 * `Cache-Tag` listing the entry's tags.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { commonHeaders } from './common-headers.js';
import { RenderQueue } from './render-queue.js';
import fp from 'fastify-plugin';
import type { Clock } from '../core/clock.js';
import type {
  CacheableResponse,
  CachedResponse,
  ContentCoding,
  PageCache,
} from '../cache/page-cache.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Answer this GET route from the page cache; its handler calls `sendCacheable`. `'path'`:
     * the response does not depend on the query at all (a feed, a sitemap), so every query
     * shares the path's entry and none can fill the cache with copies.
     */
    pageCache?: boolean | 'path';
  }
}

/** How long a CDN may keep a page, and serve it stale while it asks again, in seconds. */
export interface EdgeCaching {
  maxAge: number;
  staleWhileRevalidate: number;
  /** Whether each response lists its tags (`Surrogate-Key`, `Cache-Tag`). */
  tagHeaders: boolean;
}

interface Claim {
  key: string;
  generation: number;
  release: (entry?: CachedResponse) => void;
}

const claims = new WeakMap<FastifyRequest, Claim>();

/** Which response `url` is: its path, and the listing page — other query parameters are ignored. */
export function cacheKey(url: string): string {
  const query = url.indexOf('?');
  if (query === -1) return url;
  const page = new URLSearchParams(url.slice(query + 1)).get('page');
  const path = url.slice(0, query);
  return page === null ? path : `${path}?page=${encodeURIComponent(page)}`;
}

/** brotli, else gzip, else none — whichever `Accept-Encoding` allows, by its q-values. */
export function preferredCoding(header: string | undefined): ContentCoding | null {
  if (!header) return null;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    weights.set(name.trim(), q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  const weight = (coding: string) => weights.get(coding) ?? weights.get('*') ?? 0;
  const br = weight('br');
  const gzip = weight('gzip');
  if (br > 0 && br >= gzip) return 'br';
  return gzip > 0 ? 'gzip' : null;
}

/** Whether `If-None-Match` names the entry, in any of its encodings (or is `*`). */
function notModified(header: string | undefined, hash: string): boolean {
  if (!header) return false;
  return header.split(',').some((listed) => {
    const tag = listed.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
    return tag === '*' || tag === hash || tag === `${hash}-br` || tag === `${hash}-gzip`;
  });
}

/**
 * The page cache's HTTP side: `plugin` adds the hook that answers from the cache (and puts
 * renders in turn), `answer` is the fast path in front of Fastify, and routes send what they
 * render through `send`.
 */
export class CachedResponses {
  private readonly renders: RenderQueue;

  constructor(
    readonly cache: PageCache,
    private readonly edge: EdgeCaching,
    private readonly clock: Clock,
    /** Renders at once: few on SQLite, whose queries hold the loop; more for a server. */
    renderConcurrency: number,
  ) {
    this.renders = new RenderQueue(renderConcurrency);
  }

  readonly plugin = fp(
    async (app: FastifyInstance) => {
      const { cache } = this;
      app.addHook('onRequest', async (request, reply) => {
        if (!request.routeOptions.config.pageCache) return undefined;
        if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
        if (cache.enabled) {
          const key =
            request.routeOptions.config.pageCache === 'path'
              ? (request.url.split('?')[0] ?? '/')
              : cacheKey(request.url);
          // No await unless another render is under way: the claim below must come first.
          const pending = cache.pending(key);
          const entry = cache.get(key) ?? (pending ? await pending : undefined);
          if (entry) {
            await this.sendEntry(request, reply, entry, key, 'HIT');
            return reply;
          }
          const release = cache.claim(key);
          claims.set(request, { key, generation: cache.generation, release });
          // A render that ends in a redirect, an error or a closed connection keeps nothing.
          reply.raw.once('close', () => release());
        }
        const place = this.renders.enter();
        reply.raw.once('close', place.leave);
        await place.ready;
        return undefined;
      });
    },
    { name: 'midad-cached-responses' },
  );

  /** Sends a rendered response, keeping it for the next request when its route claimed it. */
  async send(
    request: FastifyRequest,
    reply: FastifyReply,
    response: CacheableResponse,
  ): Promise<FastifyReply> {
    const claim = claims.get(request);
    claims.delete(request);
    const stored = this.cache.store(
      claim?.key ?? null,
      response,
      claim?.generation ?? -1,
      request.routeOptions.url ?? '',
    );
    claim?.release(stored.kept ? stored.entry : undefined);
    const key = stored.kept ? (claim?.key ?? null) : null;
    return this.sendEntry(request, reply, stored.entry, key, 'MISS');
  }

  private async sendEntry(
    request: FastifyRequest,
    reply: FastifyReply,
    entry: CachedResponse,
    key: string | null,
    outcome: 'HIT' | 'MISS',
  ): Promise<FastifyReply> {
    const coding = preferredCoding(request.headers['accept-encoding']);
    reply.headers(this.headers(entry, coding, outcome));
    if (notModified(request.headers['if-none-match'], entry.hash)) return reply.code(304).send();
    const body = await this.cache.body(entry, coding, key);
    if (coding) reply.header('content-encoding', coding);
    return reply.code(200).send(body);
  }

  /**
   * Answers a request straight from the cache, before Fastify sees it, when the page is
   * there with its body already in the encoding asked for; returns whether it did. This is
   * the path a traffic spike takes: a lookup and one write. Anything else (a miss, a body
   * still to compress) goes on to Fastify and the route.
   */
  answer(request: IncomingMessage, response: ServerResponse): boolean {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const started = performance.now();
    const key = cacheKey(request.url ?? '/');
    const entry = this.cache.peekFresh(key);
    if (!entry) return false;
    const coding = preferredCoding(request.headers['accept-encoding']);
    const body = coding ? entry.encoded[coding] : entry.body;
    if (!body) return false;
    this.cache.countHit();
    if (notModified(request.headers['if-none-match'], entry.hash)) {
      response.writeHead(304, this.wireHeaders(entry, coding, false)).end();
    } else {
      response.writeHead(200, this.wireHeaders(entry, coding, true));
      response.end(request.method === 'HEAD' ? undefined : body);
    }
    this.onAnswered?.(request, response, entry.route, (performance.now() - started) / 1000);
    return true;
  }

  /** The fast path's headers, made once per entry and encoding while the page is fresh. */
  private wireHeaders(
    entry: CachedResponse,
    coding: ContentCoding | null,
    withBody: boolean,
  ): OutgoingHttpHeaders {
    const untilExpiry = (entry.expiresAt - this.clock().getTime()) / 1000;
    const made = untilExpiry > this.edge.maxAge ? this.wire.get(entry) : undefined;
    const slot = `${coding ?? 'identity'}:${withBody ? 200 : 304}`;
    const known = made?.[slot];
    if (known) return known;
    const headers: OutgoingHttpHeaders = {
      ...commonHeaders,
      ...this.headers(entry, coding, 'HIT'),
    };
    if (withBody) {
      if (coding) headers['content-encoding'] = coding;
      headers['content-length'] = (coding ? entry.encoded[coding] : entry.body)?.length ?? 0;
    }
    if (untilExpiry > this.edge.maxAge) this.wire.set(entry, { ...made, [slot]: headers });
    return headers;
  }

  private readonly wire = new WeakMap<CachedResponse, Record<string, OutgoingHttpHeaders>>();

  /** Told of each request `answer` served, with its route and time: the log, the metrics. */
  onAnswered:
    | ((request: IncomingMessage, response: ServerResponse, route: string, seconds: number) => void)
    | null = null;

  private headers(
    entry: CachedResponse,
    coding: ContentCoding | null,
    outcome: 'HIT' | 'MISS',
  ): Record<string, string> {
    return {
      ...entry.headers,
      'content-type': entry.contentType,
      etag: `"${entry.hash}${coding ? `-${coding}` : ''}"`,
      vary: 'accept-encoding',
      'cache-control': this.cacheControl(entry),
      ...(this.edge.tagHeaders
        ? { 'surrogate-key': entry.tags.join(' '), 'cache-tag': entry.tags.join(',') }
        : {}),
      'x-cache': outcome,
    };
  }

  /**
   * Browsers ask again every time (a 304 when nothing changed); a shared cache keeps the
   * page for `maxAge` seconds — never past its own expiry — and may serve it stale a while
   * longer while it asks again.
   */
  private cacheControl(entry: CachedResponse): string {
    const untilExpiry = Math.floor((entry.expiresAt - this.clock().getTime()) / 1000);
    const maxAge = Math.max(0, Math.min(this.edge.maxAge, untilExpiry));
    const stale = this.edge.staleWhileRevalidate;
    return `public, max-age=0, s-maxage=${maxAge}, stale-while-revalidate=${stale}`;
  }
}
