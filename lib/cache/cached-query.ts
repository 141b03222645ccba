import type { IDBPDatabase } from 'idb';
import type { z } from 'zod';
import { DEFAULT_TTL, type CacheEntry, type CacheKind } from './cache-entry';
import type { CapLensDB } from './db';

export interface CachedResult<T> {
  value: T;
  fetchedAt: number;
  /** True when served past its maxAge (a refresh is running or just failed). */
  stale: boolean;
  /** Why a refresh failed, when the value shown is older than it should be. */
  error?: string;
}

export interface QueryOptions<T> {
  key: string;
  kind: CacheKind;
  fetch: () => Promise<T>;
  /** Records read back are validated; an invalid one is dropped and refetched, never shown. */
  schema: z.ZodType<T>;
  maxAge?: number;
  staleFor?: number;
}

export interface CacheOptions {
  /** Total bytes of cache entries before least-recently-used ones are evicted. */
  maxBytes?: number;
  now?: () => number;
}

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Cached provider queries with maxAge + stale-while-revalidate, in-flight de-duplication,
 * per-kind TTLs, an LRU size cap and a quota-error path that evicts and retries once.
 * Only the `cache` store is ever evicted; watchlists live elsewhere and are never touched.
 */
export function createCachedQuery(db: IDBPDatabase<CapLensDB>, opts: CacheOptions = {}) {
  const now = opts.now ?? Date.now;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const inFlight = new Map<string, Promise<CachedResult<unknown>>>();

  async function read<T>(key: string, schema: z.ZodType<T>): Promise<CacheEntry | undefined> {
    const entry = await db.get('cache', key);
    if (!entry) return undefined;
    if (!schema.safeParse(entry.value).success) {
      await db.delete('cache', key);
      return undefined;
    }
    return entry;
  }

  async function write(entry: CacheEntry): Promise<void> {
    try {
      await db.put('cache', entry);
    } catch (e) {
      if (!isQuotaError(e)) throw e;
      // Storage is full: free half of the cache (oldest first), then try once more.
      await evictUntil(Math.floor((await totalBytes()) / 2));
      await db.put('cache', entry);
    }
    if ((await totalBytes()) > maxBytes) await evictUntil(maxBytes);
  }

  async function totalBytes(): Promise<number> {
    let sum = 0;
    let cursor = await db.transaction('cache').store.openCursor();
    while (cursor) {
      sum += cursor.value.size;
      cursor = await cursor.continue();
    }
    return sum;
  }

  async function evictUntil(limit: number): Promise<number> {
    let total = await totalBytes();
    let evicted = 0;
    const tx = db.transaction('cache', 'readwrite');
    let cursor = await tx.store.index('byLastAccess').openCursor();
    while (cursor && total > limit) {
      total -= cursor.value.size;
      await cursor.delete();
      evicted++;
      cursor = await cursor.continue();
    }
    await tx.done;
    return evicted;
  }

  function refresh<T>(q: QueryOptions<T>): Promise<CachedResult<T>> {
    const running = inFlight.get(q.key);
    if (running) return running as Promise<CachedResult<T>>;
    const p = (async (): Promise<CachedResult<T>> => {
      const value = q.schema.parse(await q.fetch());
      const at = now();
      await write({ key: q.key, kind: q.kind, value, fetchedAt: at, lastAccess: at, size: JSON.stringify(value)?.length ?? 0 });
      return { value, fetchedAt: at, stale: false };
    })().finally(() => inFlight.delete(q.key));
    inFlight.set(q.key, p);
    return p;
  }

  return {
    async query<T>(q: QueryOptions<T>): Promise<CachedResult<T>> {
      const ttl = DEFAULT_TTL[q.kind];
      const maxAge = q.maxAge ?? ttl.maxAge;
      const staleFor = q.staleFor ?? ttl.staleFor;
      const entry = await read(q.key, q.schema);
      if (entry) {
        const age = now() - entry.fetchedAt;
        void db.put('cache', { ...entry, lastAccess: now() }).catch(() => undefined);
        const cached = { value: entry.value as T, fetchedAt: entry.fetchedAt };
        if (age < maxAge) return { ...cached, stale: false };
        if (age < maxAge + staleFor) {
          // Serve now, refresh behind; a failed refresh keeps the old value.
          refresh(q).catch(() => undefined);
          return { ...cached, stale: true };
        }
        try {
          return await refresh(q);
        } catch (e) {
          return { ...cached, stale: true, error: messageOf(e) };
        }
      }
      return refresh(q);
    },
    totalBytes,
    evictUntil,
    /**
     * "Refresh now": every entry is treated as past its life, so the next request refetches it
     * first; the old value stays and is still shown (marked stale) if the refetch fails.
     */
    async expireAll(): Promise<number> {
      const tx = db.transaction('cache', 'readwrite');
      let n = 0;
      let cursor = await tx.store.openCursor();
      while (cursor) {
        await cursor.update({ ...cursor.value, fetchedAt: 0 });
        n++;
        cursor = await cursor.continue();
      }
      await tx.done;
      return n;
    },
    async clear(): Promise<void> {
      await db.clear('cache');
    },
  };
}

export type CachedQuery = ReturnType<typeof createCachedQuery>;

function isQuotaError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: string }).name === 'QuotaExceededError';
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
