import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PageCache, type CacheableResponse } from './page-cache.js';

const now = new Date('2026-06-01T12:00:00Z');
const hourLater = now.getTime() + 3_600_000;

function page(body: string, tags: string[], expiresAt = hourLater): CacheableResponse {
  return { contentType: 'text/html', headers: {}, body: Buffer.from(body), tags, expiresAt };
}

describe('page cache', () => {
  it('purges exactly the entries that carry a purged tag', () => {
    const cache = new PageCache(() => now, 1_000_000);
    cache.store('/a', page('a', ['article:1', 'section:1']), cache.generation);
    cache.store('/b', page('b', ['article:2', 'section:1']), cache.generation);
    cache.store('/c', page('c', ['article:3', 'section:2']), cache.generation);
    expect(cache.purge(['article:2'])).toBe(1);
    expect([cache.has('/a'), cache.has('/b'), cache.has('/c')]).toEqual([true, false, true]);
    expect(cache.purge(['section:1', 'section:2'])).toBe(2);
    expect(cache.stats().entries).toBe(0);
  });

  it('does not keep a render that a purge overtook, but still returns it to send', () => {
    const cache = new PageCache(() => now, 1_000_000);
    const began = cache.generation;
    cache.purge(['article:1']);
    const { entry, kept } = cache.store('/a', page('old', ['article:1']), began);
    expect(kept).toBe(false);
    expect(entry.body.toString()).toBe('old');
    expect(cache.get('/a')).toBeUndefined();
  });

  it('lets an entry go at its own expiry, by the clock it is given', () => {
    let clock = now;
    const cache = new PageCache(() => clock, 1_000_000);
    cache.store('/a', page('a', []), cache.generation);
    expect(cache.get('/a')?.body.toString()).toBe('a');
    clock = new Date(hourLater);
    expect(cache.get('/a')).toBeUndefined();
  });

  it('stays within its bytes, dropping the least recently used and forgetting its tags', () => {
    const cache = new PageCache(() => now, 6_000);
    const body = 'x'.repeat(2_000);
    cache.store('/1', page(body, ['article:1']), cache.generation);
    cache.store('/2', page(body, ['article:2']), cache.generation);
    cache.get('/1');
    cache.store('/3', page(body, ['article:3']), cache.generation);
    expect([cache.has('/1'), cache.has('/2'), cache.has('/3')]).toEqual([true, false, true]);
    expect(cache.stats().bytes).toBeLessThanOrEqual(6_000);
    expect(cache.purge(['article:2'])).toBe(0);
    // Larger than the whole cache: sent, never kept.
    expect(cache.store('/big', page('y'.repeat(10_000), []), cache.generation).kept).toBe(false);
  });

  it('compresses a body once per encoding, and counts the compressed bytes', async () => {
    const cache = new PageCache(() => now, 1_000_000);
    const text = '<p>أسعار النفط تقفز بعد قرار خفض الإنتاج</p>'.repeat(200);
    const { entry } = cache.store('/a', page(text, []), cache.generation);
    const before = cache.stats().bytes;
    const [br, again] = await Promise.all([
      cache.body(entry, 'br', '/a'),
      cache.body(entry, 'br', '/a'),
    ]);
    expect(again).toBe(br);
    expect(brotliDecompressSync(br).toString()).toBe(text);
    expect(gunzipSync(await cache.body(entry, 'gzip', '/a')).toString()).toBe(text);
    expect(br.length).toBeLessThan(entry.body.length / 10);
    expect(cache.stats().bytes).toBeGreaterThan(before);
  });

  it('keeps nothing when its size is 0', () => {
    const cache = new PageCache(() => now, 0);
    expect(cache.enabled).toBe(false);
    expect(cache.store('/a', page('a', []), cache.generation).kept).toBe(false);
    expect(cache.get('/a')).toBeUndefined();
  });
});
