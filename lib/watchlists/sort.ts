import type { WatchlistEntry } from './model';

/**
 * Sort keys a list can be sorted by. A sort is a one-off action that rewrites the stored
 * order (manual moves still work afterwards). Metric keys (lib/watchlists/metric-sort.ts) are
 * resolved by the background, which owns the symbol records, and passed in as `metric`.
 */
export const ORDER_KEYS = ['symbol-asc', 'symbol-desc', 'added-asc', 'added-desc'] as const;
export const METRIC_KEYS = ['cap-desc', 'pe-asc', 'gap-asc', 'rate-desc'] as const;
export const SORT_KEYS = [...ORDER_KEYS, ...METRIC_KEYS] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type MetricKey = (typeof METRIC_KEYS)[number];

export const isMetricKey = (k: SortKey): k is MetricKey => (METRIC_KEYS as readonly string[]).includes(k);

export const SORT_LABELS: Record<SortKey, string> = {
  'symbol-asc': 'Symbol, A to Z',
  'symbol-desc': 'Symbol, Z to A',
  'added-asc': 'Date added, oldest first',
  'added-desc': 'Date added, newest first',
  'cap-desc': 'Market cap, largest first',
  'pe-asc': 'P/E, lowest first',
  'gap-asc': 'P/E gap to large caps, cheapest first',
  'rate-desc': 'Rate sensitivity, highest first',
};

type Compare = (a: WatchlistEntry, b: WatchlistEntry) => number;

const bySymbol: Compare = (a, b) => (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0);
const byAdded: Compare = (a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0);

const COMPARE: Record<(typeof ORDER_KEYS)[number], Compare> = {
  'symbol-asc': bySymbol,
  'symbol-desc': (a, b) => bySymbol(b, a),
  'added-asc': byAdded,
  'added-desc': (a, b) => byAdded(b, a),
};

/**
 * Returns a new array; stable (ties keep their current order). `metric`, when given, sorts by a
 * numeric value per symbol (descending, unknown values last) — the seam for card metrics.
 */
export function sortEntries(
  entries: readonly WatchlistEntry[],
  key: SortKey,
  metric?: (symbol: string) => number | null,
): WatchlistEntry[] {
  if (isMetricKey(key)) {
    // Without values (nothing resolvable) the order stays as it is rather than scrambling.
    if (!metric) return [...entries];
    const v = (e: WatchlistEntry) => metric(e.symbol);
    return [...entries].sort((a, b) => {
      const x = v(a);
      const y = v(b);
      if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
      return y - x;
    });
  }
  return [...entries].sort(COMPARE[key]);
}

/** Moves the item at `from` to `to` (both clamped); returns a new array. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items];
  if (from < 0 || from >= out.length) return out;
  const [item] = out.splice(from, 1);
  out.splice(Math.max(0, Math.min(to, out.length)), 0, item as T);
  return out;
}

/** True when `next` holds exactly the same keys as `current` (any order, no repeats). */
export function isPermutation(current: readonly string[], next: readonly string[]): boolean {
  if (current.length !== next.length) return false;
  const set = new Set(current);
  const seen = new Set<string>();
  for (const k of next) {
    if (!set.has(k) || seen.has(k)) return false;
    seen.add(k);
  }
  return true;
}
