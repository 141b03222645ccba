import { isNum, isPositive, median } from './num';
import { gapPct } from './valuation';

/**
 * Benchmark P/Es built from a list of securities: the large-cap aggregate and median, sector
 * medians, and the small-vs-large discount. Pure; the caller passes whatever universe it has
 * (the snapshot, or live data) with whatever membership flags exist.
 */

export interface BenchmarkConstituent {
  symbol: string;
  /** 'etf' and 'fund' rows are skipped: a fund's market value would count its holdings twice. */
  kind?: string | null;
  marketCap: number | null;
  /** Trailing net income, USD; may be negative. Preferred over `pe` because its sign is explicit. */
  earnings?: number | null;
  /** Trailing P/E; implies earnings = marketCap / pe. */
  pe?: number | null;
  sector?: string | null;
  sp500?: boolean | null;
  /** Estimated membership (rank-based), not FTSE Russell's list. */
  russell1000?: boolean | null;
  russell2000?: boolean | null;
}

/** Earnings used for aggregation: given earnings, else market cap ÷ P/E; null when neither is usable. */
export function impliedEarnings(c: BenchmarkConstituent): number | null {
  if (isNum(c.earnings)) return c.earnings;
  if (isPositive(c.marketCap) && isNum(c.pe) && c.pe !== 0) return c.marketCap / c.pe;
  return null;
}

const isFund = (c: BenchmarkConstituent) => c.kind === 'etf' || c.kind === 'fund';

export interface AggregatePe {
  /** Σ market cap ÷ Σ earnings over members with both, losses included (S&P DJI's index-EPS convention). */
  pe: number | null;
  /** The same over profitable members only (the convention of FTSE Russell and iShares fact sheets). */
  peExNegative: number | null;
  /** Members with a market cap and earnings. */
  used: number;
  /** Members in the set (funds excluded). */
  total: number;
  /** Members used whose earnings are negative. */
  lossMakers: number;
  /** used / total; null for an empty set. */
  coverage: number | null;
  /** Market cap of the members used ÷ market cap of all members with a market cap. */
  capCoverage: number | null;
  reason: string | null;
}

/**
 * Aggregate ("harmonic-mean-by-weight") P/E: Σ cap ÷ Σ earnings equals the cap-weighted harmonic
 * mean of the members' P/Es, i.e. the price of owning the whole set divided by its earnings.
 * Losses are included in the headline figure because the set's owner bears them; a set whose
 * earnings sum to ≤ 0 has no meaningful P/E. Members whose loss is unknown (a provider that
 * drops P/E for losses) cannot be included, which the coverage figures expose.
 */
export function aggregatePe(members: readonly BenchmarkConstituent[]): AggregatePe {
  const set = members.filter((c) => !isFund(c));
  let capAll = 0;
  let capUsed = 0;
  let earnAll = 0;
  let capPos = 0;
  let earnPos = 0;
  let used = 0;
  let lossMakers = 0;
  for (const c of set) {
    if (!isPositive(c.marketCap)) continue;
    capAll += c.marketCap;
    const e = impliedEarnings(c);
    if (e === null) continue;
    used++;
    capUsed += c.marketCap;
    earnAll += e;
    if (e > 0) {
      capPos += c.marketCap;
      earnPos += e;
    } else if (e < 0) lossMakers++;
  }
  const total = set.length;
  const base = {
    used,
    total,
    lossMakers,
    coverage: total > 0 ? used / total : null,
    capCoverage: capAll > 0 ? capUsed / capAll : null,
    peExNegative: earnPos > 0 ? capPos / earnPos : null,
  };
  if (total === 0) return { ...base, pe: null, reason: 'no members' };
  if (used === 0) return { ...base, pe: null, reason: 'no member has both market cap and earnings' };
  if (earnAll <= 0) return { ...base, pe: null, reason: 'aggregate earnings ≤ 0 (losses exceed profits)' };
  return { ...base, pe: capUsed / earnAll, reason: null };
}

/** Positive P/E of a member (given, or implied by earnings); null for losses and gaps. */
export function positivePe(c: BenchmarkConstituent): number | null {
  if (isNum(c.earnings)) return c.earnings > 0 && isPositive(c.marketCap) ? c.marketCap / c.earnings : null;
  return isPositive(c.pe) ? c.pe : null;
}

export interface MedianPe {
  /** Median of the positive P/Es (loss-makers are n/m and left out, as a median cannot hold them). */
  pe: number | null;
  n: number;
  reason: string | null;
}

export function medianPe(members: readonly BenchmarkConstituent[], minPeers = 1): MedianPe {
  const pes = members.filter((c) => !isFund(c)).map(positivePe).filter(isNum);
  if (pes.length < Math.max(1, minPeers)) {
    return { pe: null, n: pes.length, reason: `${pes.length} with a positive P/E, need ${Math.max(1, minPeers)}` };
  }
  return { pe: median(pes), n: pes.length, reason: null };
}

/** Default minimum peers for a sector median: fewer than five makes one outlier the median. */
export const MIN_SECTOR_PEERS = 5;

/** Median P/E per sector over the universe given; sectors below `minPeers` get null with the reason. */
export function sectorMedianPes(universe: readonly BenchmarkConstituent[], minPeers = MIN_SECTOR_PEERS): Map<string, MedianPe> {
  const bySector = new Map<string, BenchmarkConstituent[]>();
  for (const c of universe) {
    if (!c.sector || isFund(c)) continue;
    const list = bySector.get(c.sector) ?? [];
    list.push(c);
    bySector.set(c.sector, list);
  }
  const out = new Map<string, MedianPe>();
  for (const [sector, members] of bySector) out.set(sector, medianPe(members, minPeers));
  return out;
}

/**
 * When no member in the sum has a loss while some members lack data, the data most likely omits
 * P/E for loss-makers (as the embedded snapshot does), so "losses included" would overstate what
 * was done: say so in the method.
 */
function lossNote(...aggs: AggregatePe[]): string {
  const silent = aggs.every((a) => a.lossMakers === 0) && aggs.some((a) => a.used < a.total);
  return silent ? '; no losses visible in the data (members without a P/E, loss-makers among them, are left out)' : '';
}

export type LargeCapBasis = 'sp500' | 'russell1000';

const BASIS_NAMES: Record<LargeCapBasis, string> = {
  sp500: 'S&P 500',
  russell1000: 'estimated Russell 1000',
};

/** 'auto' uses the Russell 1000 estimate when any member carries the flag, so that small and large come from one rule book. */
export function resolveLargeBasis(universe: readonly BenchmarkConstituent[], basis: LargeCapBasis | 'auto' = 'auto'): LargeCapBasis {
  if (basis !== 'auto') return basis;
  return universe.some((c) => c.russell1000 === true) ? 'russell1000' : 'sp500';
}

export interface LargeCapBenchmark {
  basis: LargeCapBasis;
  aggregate: AggregatePe;
  median: MedianPe;
  method: string;
}

export function largeCapBenchmark(universe: readonly BenchmarkConstituent[], basis: LargeCapBasis | 'auto' = 'auto'): LargeCapBenchmark {
  const b = resolveLargeBasis(universe, basis);
  const members = universe.filter((c) => c[b] === true);
  const aggregate = aggregatePe(members);
  const med = medianPe(members);
  return {
    basis: b,
    aggregate,
    median: med,
    method: `${BASIS_NAMES[b]} members: aggregate P/E = Σ market cap ÷ Σ trailing earnings (losses included), ${aggregate.used} of ${aggregate.total} with data; median of ${med.n} positive P/Es${lossNote(aggregate)}`,
  };
}

export interface SmallVsLargeOptions {
  largeBasis?: LargeCapBasis | 'auto';
  /** Minimum share of each set with data before a figure is shown; below it the sample is too unrepresentative. */
  minCoverage?: number;
  /** As-of of the inputs (passed through: this module has no clock). */
  asOf?: string | null;
}

export interface SmallVsLarge {
  smallPe: number | null;
  largePe: number | null;
  /** (small ÷ large − 1) × 100: −26 means small caps trade at a 26% discount. */
  discountPct: number | null;
  /** Share (0–1) of the small-cap set with usable earnings (contract 2 meaning). */
  coverage: number | null;
  asOf: string | null;
  method: string;
  small: AggregatePe;
  large: AggregatePe;
  largeBasis: LargeCapBasis;
  reason: string | null;
}

export const DEFAULT_MIN_COVERAGE = 0.5;

/** Estimated Russell 2000 aggregate P/E vs the large-cap aggregate P/E. */
export function smallVsLarge(universe: readonly BenchmarkConstituent[], opts: SmallVsLargeOptions = {}): SmallVsLarge {
  const minCoverage = opts.minCoverage ?? DEFAULT_MIN_COVERAGE;
  const largeBasis = resolveLargeBasis(universe, opts.largeBasis);
  const small = aggregatePe(universe.filter((c) => c.russell2000 === true));
  const large = aggregatePe(universe.filter((c) => c[largeBasis] === true));
  const pct = (x: number | null) => (x === null ? 'n/a' : `${Math.round(x * 100)}%`);
  const method =
    `Aggregate P/E (Σ market cap ÷ Σ trailing earnings, losses included) of estimated Russell 2000 members ` +
    `(${small.used} of ${small.total} with data, ${pct(small.capCoverage)} of their market cap) vs ${BASIS_NAMES[largeBasis]} members ` +
    `(${large.used} of ${large.total}, ${pct(large.capCoverage)} of market cap); discount = (small ÷ large − 1) × 100${lossNote(small, large)}`;

  let reason: string | null = null;
  if (small.total === 0) reason = 'no Russell 2000 membership estimate in the data';
  else if (large.total === 0) reason = `no ${BASIS_NAMES[largeBasis]} members in the data`;
  else if ((small.coverage ?? 0) < minCoverage) reason = `small-cap coverage ${pct(small.coverage)} below the ${pct(minCoverage)} minimum`;
  else if ((large.coverage ?? 0) < minCoverage) reason = `large-cap coverage ${pct(large.coverage)} below the ${pct(minCoverage)} minimum`;
  else if (small.pe === null) reason = `small caps: ${small.reason}`;
  else if (large.pe === null) reason = `large caps: ${large.reason}`;

  const shown = reason === null;
  return {
    smallPe: shown ? small.pe : null,
    largePe: shown ? large.pe : null,
    discountPct: shown ? gapPct(small.pe, large.pe) : null,
    coverage: small.coverage,
    asOf: opts.asOf ?? null,
    method,
    small,
    large,
    largeBasis,
    reason,
  };
}
