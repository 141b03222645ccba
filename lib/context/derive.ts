import type { DatasetRefs, Snapshot, SmallVsLargePoint } from '../data/snapshot-schema';
import type { SymbolRecord } from '../data/symbol-record';
import { largeCapBenchmark, sectorMedianPes, smallVsLarge, type BenchmarkConstituent, type SmallVsLarge } from '../metrics/benchmarks';

/**
 * Cross-symbol reference figures, computed once per snapshot load (they need the whole
 * universe) and stored by the background; cards look them up instead of recomputing.
 */
export interface ValuationRefs {
  /** Large-cap benchmark P/E: Σ market cap ÷ Σ earnings (cap-weighted harmonic mean). */
  benchmarkPe: number | null;
  benchmarkMedianPe: number | null;
  benchmark: string;
  /** Per GICS sector: median P/E and the peers' P/Es (for percentiles). */
  sectors: Record<string, { medianPe: number | null; peers: number[] }>;
  asOf: string | null;
  /**
   * Per snapshot dataset (fq25, tv25, fv25, spf), computed at build time over the whole dataset: its
   * S&P 500 benchmark and industry medians. A stock's P/E is compared with those of its own dataset.
   */
  datasets?: Record<string, DatasetRefs & { name: string; asOf: string }>;
}

/** The small-vs-large figure plus, from the snapshot, its basis and the full dated series. */
export type SmallVsLargeRefs = SmallVsLarge & { basis?: SmallVsLargePoint['basis'] | 'sec-frames'; series?: SmallVsLargePoint[] };

export interface DerivedRefs {
  valuation: ValuationRefs;
  smallVsLarge: SmallVsLargeRefs;
}

/** The parts of the snapshot deriveRefs reads besides the records. */
export type EmbeddedRefs = Pick<Snapshot, 'valuationRefs' | 'smallVsLarge' | 'sources'>;

const BASIS_WORDS: Record<SmallVsLargePoint['basis'], string> = {
  forward: 'forward P/E (Σ market cap ÷ Σ market cap/forward P/E, companies with a positive forward P/E)',
  'trailing-ex-losses': 'trailing P/E excluding loss-makers (Σ market cap ÷ Σ positive TTM net income)',
  'trailing-all': 'trailing P/E with losses netted in',
};

const pct = (x: number | null) => (x === null ? 'n/a' : `${Math.round(x * 100)}%`);

/** The contract's headline: the latest dated forward point, or (no forward figure) the latest ex-loss trailing one. */
export function headlineSmallVsLarge(series: readonly SmallVsLargePoint[], names: Record<string, { name: string }>): SmallVsLargeRefs | null {
  const latest = (basis: SmallVsLargePoint['basis']) => [...series].filter((p) => p.basis === basis && p.smallPe !== null).sort((a, b) => (a.asOf < b.asOf ? -1 : 1)).at(-1);
  const p = latest('forward') ?? latest('trailing-ex-losses');
  if (!p) return null;
  const name = names[p.source]?.name ?? p.source;
  const side = (c: SmallVsLargePoint['small']) => `${c.used} of ${c.total} companies with data (${c.present} in the dataset; ${pct(c.capCoverage)} of their market cap)`;
  const agg = (c: SmallVsLargePoint['small'], pe: number | null) => ({
    pe, peExNegative: pe, used: c.used, total: c.total, lossMakers: c.lossMakers, coverage: c.total ? c.used / c.total : null, capCoverage: c.capCoverage, reason: null,
  });
  return {
    smallPe: p.smallPe,
    largePe: p.largePe,
    discountPct: p.discountPct,
    coverage: p.small.total ? p.small.used / p.small.total : null,
    asOf: p.asOf,
    method:
      `${name} of ${p.asOf}, both sides from that one dataset and date: aggregate ${BASIS_WORDS[p.basis]} of estimated Russell 2000 members, ` +
      `${side(p.small)}, vs S&P 500 members, ${side(p.large)}; discount = (small ÷ large − 1) × 100. Each company counted once (share classes by CIK). ` +
      'Other dates and bases: series.',
    small: agg(p.small, p.smallPe),
    large: agg(p.large, p.largePe),
    largeBasis: 'sp500',
    reason: null,
    basis: p.basis,
    series: [...series],
  };
}

export function constituentOf(r: SymbolRecord): BenchmarkConstituent {
  return {
    symbol: r.symbol,
    kind: r.kind,
    marketCap: r.marketCap?.value ?? null,
    pe: r.pe?.value ?? null,
    sector: r.sector,
    sp500: r.sp500,
    russell1000: r.russell?.r1000 ?? null,
    russell2000: r.russell?.r2000 ?? null,
  };
}

export function deriveRefs(records: readonly SymbolRecord[], embedded?: EmbeddedRefs): DerivedRefs {
  const universe = records.map(constituentOf);
  // P/E in the embedded data exists for S&P 500 members only, so they are the benchmark set.
  const large = largeCapBenchmark(universe, 'sp500');
  const sectors: ValuationRefs['sectors'] = {};
  for (const [sector, m] of sectorMedianPes(universe)) {
    const peers = universe.filter((c) => c.sector === sector && c.sp500 && (c.pe ?? 0) > 0).map((c) => c.pe!);
    sectors[sector] = { medianPe: m.pe, peers };
  }
  const asOf = records.find((r) => r.sp500 && r.pe)?.pe?.asOf ?? null;
  const agg = large.aggregate;
  const datasets = embedded
    ? Object.fromEntries(
        Object.entries(embedded.valuationRefs).flatMap(([id, r]) => {
          const src = embedded.sources[id];
          return src ? [[id, { ...r, name: src.name, asOf: src.asOf }]] : [];
        }),
      )
    : undefined;
  const fromRecords: SmallVsLargeRefs = smallVsLarge(universe, { largeBasis: 'sp500', asOf: asOf ?? undefined });
  const series = embedded?.smallVsLarge.series ?? [];
  return {
    valuation: {
      benchmarkPe: agg.pe,
      benchmarkMedianPe: large.median.pe,
      benchmark: `S&P 500 aggregate P/E (Σ market cap ÷ Σ earnings) over ${agg.used} of ${agg.total} members with data`,
      sectors,
      asOf,
      ...(datasets ? { datasets } : {}),
    },
    smallVsLarge: (embedded && headlineSmallVsLarge(series, embedded.sources)) ?? (embedded ? { ...fromRecords, series } : fromRecords),
  };
}
