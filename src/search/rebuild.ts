/**
 * Rebuilding the search index from the articles, while the site keeps serving: a batch of
 * articles per transaction (so no write waits long behind it), indexed as the projection
 * would but read and written a batch at a time, then every row of an article no longer
 * published is dropped, and the index is marked as written by this version of the analyzer.
 * Run by `midad search reindex`, and by `serve` when it finds published articles the index
 * lacks (a database from before the index, or restored from a backup) or an index written by
 * another version of the analyzer.
 */
import { readRepositories } from '../core/repositories.js';
import { inTransaction, type UnitOfWorkContext } from '../core/unit-of-work.js';
import { indexVersion } from './index-terms.js';
import { indexArticles } from './search-projection.js';

/** The setting that records which `indexVersion` the last full rebuild wrote. */
export const indexVersionSetting = 'search.indexVersion';

export interface RebuildProgress {
  done: number;
  total: number;
}

const batchSize = 200;

export async function rebuildSearchIndex(
  context: UnitOfWorkContext,
  onProgress: (progress: RebuildProgress) => void = () => undefined,
  /** Stops between batches (the server is closing); what was indexed stays. */
  signal?: AbortSignal,
): Promise<RebuildProgress> {
  const read = readRepositories(context.db);
  const published = await read.search.publishedIds();
  const total = published.length;
  for (let start = 0; start < total; start += batchSize) {
    if (signal?.aborted) return { done: start, total };
    const batch = published.slice(start, start + batchSize);
    await inTransaction(context, (uow) => indexArticles(uow, batch));
    onProgress({ done: Math.min(total, start + batch.length), total });
  }
  const stale = new Set(await read.search.indexedIds());
  for (const id of published) stale.delete(id);
  await inTransaction(context, async (uow) => {
    if (stale.size > 0) await uow.search.removeAll([...stale]);
    await uow.settings.set(indexVersionSetting, indexVersion);
  });
  return { done: total, total };
}

/**
 * Whether the index needs a rebuild: some published article is missing from it, or it was
 * last rebuilt by another version of the analyzer (or never, for a database from before the
 * version was recorded), so its terms may not be the ones a query now looks for.
 */
/**
 * Records that the index is whole and written by this analyzer — after a rebuild, or after
 * content was written through units of work whose search projection indexed it as it went.
 */
export async function recordIndexVersion(context: UnitOfWorkContext): Promise<void> {
  await inTransaction(context, (uow) => uow.settings.set(indexVersionSetting, indexVersion));
}

export async function isIndexIncomplete(context: UnitOfWorkContext): Promise<boolean> {
  const read = readRepositories(context.db);
  if ((await read.settings.get(indexVersionSetting)) !== indexVersion) return true;
  return read.search.hasUnindexed();
}
