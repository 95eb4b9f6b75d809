/**
 * Purging a CDN or Varnish in front, when `MIDAD_PURGE_URL` is set. The tags a change makes
 * stale are queued as a job in the same transaction as the change (a projection), so the
 * purge is sent once — by whichever instance claims the job — and retried with backoff if
 * the purge endpoint fails. Each request is a POST with the tags twice: as a JSON body
 * `{"tags": [...]}` (`{"purge_everything": true}` for a change to the site's settings) and as
 * a space-separated `Surrogate-Key` header, with `Authorization: Bearer <MIDAD_PURGE_TOKEN>`.
 */
import type { Projection } from '../core/unit-of-work.js';
import type { OutsideJobHandler } from '../jobs/job-runner.js';
import { everything, tagsToPurge } from './tags.js';

export const edgePurgeJobKind = 'edge.purge';

export interface PurgeEndpoint {
  url: string;
  token: string | null;
}

/** Queues one purge job for the tags of a unit of work's events, if they name any. */
export const edgePurgeProjection: Projection = {
  name: 'edge purge',
  async apply(uow, events) {
    const tags = [...new Set(events.flatMap(tagsToPurge))];
    if (tags.length === 0) return;
    await uow.jobs.enqueue(
      {
        kind: edgePurgeJobKind,
        payload: { tags: tags.includes(everything) ? [everything] : tags },
        runAt: uow.nowIso,
        dedupeKey: null,
      },
      uow.nowIso,
    );
  },
};

/**
 * Sends a queued purge, outside any transaction; with no endpoint configured (any more), it
 * is dropped. Sending one twice does no harm.
 */
export function edgePurge(endpoint: PurgeEndpoint | null): OutsideJobHandler {
  const outside = async (job: Parameters<OutsideJobHandler['outside']>[0]) => {
    if (endpoint === null) return 'done' as const;
    const listed = (job.payload as { tags?: unknown } | null)?.tags;
    const tags = Array.isArray(listed)
      ? listed.filter((t): t is string => typeof t === 'string')
      : [];
    if (tags.length === 0) return 'done' as const;
    const all = tags.includes(everything);
    const response = await fetch(endpoint.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'surrogate-key': tags.join(' '),
        ...(endpoint.token ? { authorization: `Bearer ${endpoint.token}` } : {}),
      },
      body: JSON.stringify(all ? { purge_everything: true } : { tags }),
      signal: AbortSignal.timeout(10_000),
      redirect: 'error',
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`the purge endpoint answered ${response.status}`);
    return 'done' as const;
  };
  return { outside };
}
