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
}

export interface DerivedRefs {
  valuation: ValuationRefs;
  smallVsLarge: SmallVsLarge;
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

export function deriveRefs(records: readonly SymbolRecord[]): DerivedRefs {
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
  return {
    valuation: {
      benchmarkPe: agg.pe,
      benchmarkMedianPe: large.median.pe,
      benchmark: `S&P 500 aggregate P/E (Σ market cap ÷ Σ earnings) over ${agg.used} of ${agg.total} members with data`,
      sectors,
      asOf,
    },
    smallVsLarge: smallVsLarge(universe, { largeBasis: 'sp500', asOf: asOf ?? undefined }),
  };
}
