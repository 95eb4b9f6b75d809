/**
 * Rendered responses kept in memory, so a page read by a thousand readers is rendered once.
 *
 * - Bounded by bytes, least recently used first out (lru-cache): the bodies and their
 *   compressed forms count, so the bound is what the entries really hold.
 * - Each body is compressed once per encoding (brotli, gzip), the first time a client asks
 *   for it, off the event loop; its strong ETag is the hash of the body.
 * - Each entry carries the tags of what it shows; `purge(tags)` removes exactly the entries
 *   carrying one of them. An entry also expires by itself (the masthead's date at midnight),
 *   by the app's clock.
 * - A render that began before a purge is served but not kept: it may show what the purge
 *   was about. Concurrent requests for a page being rendered wait for that one render.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { LRUCache } from 'lru-cache';
import type { Clock } from '../core/clock.js';
import { everything } from './tags.js';

export type ContentCoding = 'br' | 'gzip';

/** A response as a route hands it to the cache. */
export interface CacheableResponse {
  contentType: string;
  /** Headers of its own (a Content-Security-Policy), sent with every copy. */
  headers: Readonly<Record<string, string>>;
  body: Buffer;
  tags: readonly string[];
  /** When it goes stale by itself, in milliseconds since the epoch (the app's clock). */
  expiresAt: number;
}

export interface CachedResponse extends CacheableResponse {
  /** The route that rendered it, for the metrics of requests the cache answers. */
  route: string;
  /** The body's SHA-1, base64url: the ETag is built on it. */
  hash: string;
  encoded: Partial<Record<ContentCoding, Buffer>>;
}

export interface PageCacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
  purgedEntries: number;
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** The best compression: each body is compressed once and sent many times. */
const compressors: Record<ContentCoding, (body: Buffer) => Promise<Buffer>> = {
  br: (body) =>
    brotli(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body) => gzip(body, { level: 9 }),
};

/** What a render waits on while another request renders the same page. */
type Render = Promise<CachedResponse | undefined>;

export class PageCache {
  private readonly entries: LRUCache<string, CachedResponse> | null;
  private readonly keysByTag = new Map<string, Set<string>>();
  private readonly renders = new Map<
    string,
    { done: Render; settle: (e?: CachedResponse) => void }
  >();
  private readonly compressing = new Map<string, Promise<Buffer>>();
  private purges = 0;
  private readonly counts = { hits: 0, misses: 0, purgedEntries: 0 };

  constructor(
    private readonly clock: Clock,
    /** 0 keeps nothing: every request is rendered (the responses still carry ETags). */
    readonly maxBytes: number,
  ) {
    this.entries =
      maxBytes > 0
        ? new LRUCache<string, CachedResponse>({
            maxSize: maxBytes,
            sizeCalculation: sizeOf,
            dispose: (entry, key) => this.unindex(key, entry.tags),
          })
        : null;
  }

  get enabled(): boolean {
    return this.entries !== null;
  }

  /** Counts every purge: a render stores its result only if none happened meanwhile. */
  get generation(): number {
    return this.purges;
  }

  /** The fresh entry under `key`, counted as a hit, or nothing (counted as a miss). */
  get(key: string): CachedResponse | undefined {
    const entry = this.peekFresh(key);
    if (entry) this.counts.hits += 1;
    else this.counts.misses += 1;
    return entry;
  }

  /** The fresh entry under `key`, uncounted: the caller counts the hit if it uses it. */
  peekFresh(key: string): CachedResponse | undefined {
    const entry = this.entries?.get(key);
    if (!entry || entry.expiresAt > this.clock().getTime()) return entry;
    this.entries?.delete(key);
    return undefined;
  }

  countHit(): void {
    this.counts.hits += 1;
  }

  /** The render of `key` in progress, if another request started one. */
  pending(key: string): Render | undefined {
    return this.renders.get(key)?.done;
  }

  /**
   * Says that this request renders `key`: others wait for it instead of rendering too.
   * The returned function ends the claim (with the entry, or with nothing when the route
   * sent something that is not kept: a redirect, an error); calling it again does nothing.
   */
  claim(key: string): (entry?: CachedResponse) => void {
    let settle: (entry?: CachedResponse) => void = () => undefined;
    const done: Render = new Promise((resolve) => (settle = resolve));
    const render = { done, settle };
    this.renders.set(key, render);
    return (entry) => {
      if (this.renders.get(key) !== render) return;
      this.renders.delete(key);
      settle(entry);
    };
  }

  /**
   * The entry for a rendered response, kept under `key` unless a purge happened since the
   * render began (`generation` is what it was then) or it is already stale.
   */
  store(
    key: string | null,
    response: CacheableResponse,
    generation: number,
    route = '',
  ): { entry: CachedResponse; kept: boolean } {
    const entry: CachedResponse = {
      ...response,
      route,
      tags: [...new Set(response.tags)],
      hash: createHash('sha1').update(response.body).digest('base64url'),
      encoded: {},
    };
    const fresh = generation === this.purges && entry.expiresAt > this.clock().getTime();
    if (!this.entries || key === null || !fresh) return { entry, kept: false };
    this.entries.set(key, entry);
    // lru-cache refuses an entry larger than the whole cache.
    const kept = this.entries.peek(key) === entry;
    if (kept) this.index(key, entry.tags);
    return { entry, kept };
  }

  /** The body in `coding`, compressed the first time it is asked for. */
  async body(entry: CachedResponse, coding: ContentCoding | null, key: string | null) {
    if (coding === null) return entry.body;
    const done = entry.encoded[coding];
    if (done) return done;
    const job = `${entry.hash}:${coding}`;
    let compressing = this.compressing.get(job);
    if (!compressing) {
      compressing = compressors[coding](entry.body).finally(() => this.compressing.delete(job));
      this.compressing.set(job, compressing);
    }
    const encoded = await compressing;
    if (!entry.encoded[coding]) {
      entry.encoded[coding] = encoded;
      // Counted again with its new size, if it is still the one kept.
      if (key !== null && this.entries?.peek(key) === entry) this.entries.set(key, entry);
    }
    return encoded;
  }

  /** Removes every entry carrying one of `tags` (`all`: every entry); returns how many. */
  purge(tags: Iterable<string>): number {
    this.purges += 1;
    const keys = new Set<string>();
    for (const tag of tags) {
      if (tag === everything) return this.clear();
      for (const key of this.keysByTag.get(tag) ?? []) keys.add(key);
    }
    for (const key of keys) this.entries?.delete(key);
    this.counts.purgedEntries += keys.size;
    return keys.size;
  }

  clear(): number {
    this.purges += 1;
    const count = this.entries?.size ?? 0;
    this.entries?.clear();
    this.counts.purgedEntries += count;
    return count;
  }

  has(key: string): boolean {
    return this.entries?.has(key) ?? false;
  }

  stats(): PageCacheStats {
    return {
      ...this.counts,
      entries: this.entries?.size ?? 0,
      bytes: this.entries?.calculatedSize ?? 0,
    };
  }

  private index(key: string, tags: readonly string[]): void {
    for (const tag of tags) {
      const keys = this.keysByTag.get(tag) ?? new Set<string>();
      keys.add(key);
      this.keysByTag.set(tag, keys);
    }
  }

  private unindex(key: string, tags: readonly string[]): void {
    for (const tag of tags) {
      const keys = this.keysByTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.keysByTag.delete(tag);
    }
  }
}

/** An entry's weight: its bodies, and a little for its headers and tags. */
function sizeOf(entry: CachedResponse): number {
  const encoded = (entry.encoded.br?.length ?? 0) + (entry.encoded.gzip?.length ?? 0);
  return entry.body.length + encoded + 512 + entry.tags.length * 32;
}
