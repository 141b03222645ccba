/** Kinds of cached live data; each has its own freshness (see DEFAULT_TTL). */
export type CacheKind = 'price' | 'history' | 'fundamentals' | 'macro' | 'universe';

export interface CacheEntry {
  key: string;
  kind: CacheKind;
  value: unknown;
  /** When the provider produced it (ms since epoch). */
  fetchedAt: number;
  /** For least-recently-used eviction. */
  lastAccess: number;
  /** Approximate bytes (JSON length), for the size cap. */
  size: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** maxAge: served as fresh; staleFor: served as stale while a refresh runs; after that, refetched first. */
export const DEFAULT_TTL: Record<CacheKind, { maxAge: number; staleFor: number }> = {
  price: { maxAge: 15 * MINUTE, staleFor: 6 * HOUR },
  history: { maxAge: 12 * HOUR, staleFor: 3 * DAY },
  fundamentals: { maxAge: 3 * DAY, staleFor: 30 * DAY },
  macro: { maxAge: 12 * HOUR, staleFor: 7 * DAY },
  universe: { maxAge: 14 * DAY, staleFor: 60 * DAY },
};
