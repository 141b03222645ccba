import type { CachedQuery, CachedResult, QueryOptions } from './cached-query';

/** What the live-data gatherer needs of a cache: one query that may answer from storage. */
export type QueryCache = Pick<CachedQuery, 'query'>;

/**
 * The no-cache stand-in (Node CLI, one-shot lookups): every query fetches, and the answer is
 * validated with the same schema a cached one would be, so both paths hand the same shapes on.
 */
export function passThroughQuery(now: () => number = Date.now): QueryCache {
  return {
    async query<T>(q: QueryOptions<T>): Promise<CachedResult<T>> {
      return { value: q.schema.parse(await q.fetch()), fetchedAt: now(), stale: false };
    },
  };
}
