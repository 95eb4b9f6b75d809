/**
 * Rebuilding the search index from the articles, while the site keeps serving: a batch of
 * articles per transaction (so no write waits long behind it), indexed as the projection
 * would but read and written a batch at a time, then every row of an article no longer
 * published is dropped. Run by
 * `midad search reindex`, and by `serve` when it finds published articles the index lacks
 * (a database from before the index, or restored from a backup).
 */
import { readRepositories } from '../core/repositories.js';
import { inTransaction, type UnitOfWorkContext } from '../core/unit-of-work.js';
import { indexArticles } from './search-projection.js';

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
  if (stale.size > 0) {
    await inTransaction(context, (uow) => uow.search.removeAll([...stale]));
  }
  return { done: total, total };
}

/** Whether some published article is missing from the index. */
export function isIndexIncomplete(context: UnitOfWorkContext): Promise<boolean> {
  return readRepositories(context.db).search.hasUnindexed();
}
