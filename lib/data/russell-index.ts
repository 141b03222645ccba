import type { RussellCode, RussellMeta, Snapshot } from './snapshot-schema';

/**
 * Which index a snapshot Russell cell puts a symbol in. Shared by the build (last year's
 * membership for banding), the record expander and the `--index` CLI, so the three cannot drift:
 * `rk` follows the rank and the meta's breakpoints; `b1`/`b2` are members kept by banding; `sp`
 * is an S&P 500 company counted above the Russell 1000 breakpoint. Null: excluded or unknown.
 */
export type RussellIndexId = 'r1000' | 'r2000' | 'micro';

export function russellIndexOf(
  rank: number | null,
  code: RussellCode | null,
  meta: Pick<RussellMeta, 'r1000LastRank' | 'r2000LastRank'>,
): RussellIndexId | null {
  if (code === 'sp' || code === 'b1') return 'r1000';
  if (code === 'b2') return 'r2000';
  if (code !== 'rk' || rank === null) return null;
  if (rank <= meta.r1000LastRank) return 'r1000';
  return rank <= meta.r2000LastRank ? 'r2000' : 'micro';
}

/** Canonical symbols (every listed share class) in one index of one reconstitution, sorted. */
export function russellIndexMembers(snapshot: Snapshot, reconstitution: 2025 | 2026, index: RussellIndexId): string[] {
  const meta = reconstitution === 2026 ? snapshot.russell : snapshot.russell2025;
  const [ri, ci] = reconstitution === 2026 ? ([14, 15] as const) : ([16, 17] as const);
  return snapshot.symbols.rows
    .filter((r) => russellIndexOf(r[ri], r[ci], meta) === index)
    .map((r) => r[0])
    .sort();
}
