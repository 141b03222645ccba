import { aggregatePe, type AggregatePe, type BenchmarkConstituent } from '../../metrics/benchmarks';
import { median } from '../../metrics/num';
import { percentileRank } from '../../metrics/valuation';
import { MIN_SECTOR_PEERS } from '../../metrics/benchmarks';
import { forwardPeVerdict, peVerdict, type Dataset } from './valuation-pick';
import { quantile } from './quantile';

/**
 * Reference figures computed at build time over each FULL dataset (every company in it, not only
 * the symbols whose figures were picked from it), so a stock is always compared with a benchmark
 * and an industry of the same dataset and date as its own P/E.
 */

const r2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100 + 0);
const r3 = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000 + 0);

/** Who is in a set (S&P 500, estimated Russell 2000), with the CIK so share classes count once. */
export interface SetMember {
  symbol: string;
  cik: number | null;
}

/** One entry per company: the first listed symbol of a CIK that the dataset has. */
function perCompany(d: Dataset, members: readonly SetMember[]): { present: string[]; total: number } {
  const seen = new Set<string>();
  const present: string[] = [];
  const companies = new Set<string>();
  for (const m of members) {
    const key = m.cik === null ? `S:${m.symbol}` : `C:${m.cik}`;
    companies.add(key);
    if (seen.has(key) || !d.figures.has(m.symbol)) continue;
    seen.add(key);
    present.push(m.symbol);
  }
  return { present, total: companies.size };
}

export interface SetAggregates {
  /** Companies in the set and how many the dataset has. */
  total: number;
  present: number;
  trailing: AggregatePe;
  forward: AggregatePe;
}

/**
 * Trailing: Σ cap ÷ Σ TTM net income (signed; cap ÷ P/E when the dataset has no income line), both
 * from this dataset. Forward: Σ cap ÷ Σ (cap ÷ forward P/E), over members with a positive forward
 * P/E (a negative estimate gives no forward P/E in the data, so losses cannot enter it).
 */
export function setAggregates(d: Dataset, members: readonly SetMember[]): SetAggregates {
  const { present, total } = perCompany(d, members);
  const trailing: BenchmarkConstituent[] = [];
  const forward: BenchmarkConstituent[] = [];
  for (const symbol of present) {
    const f = d.figures.get(symbol)!;
    const pe = peVerdict(f);
    const earnings = f.netIncome ?? (pe && 'value' in pe && f.marketCap ? f.marketCap / pe.value : null);
    trailing.push({ symbol, marketCap: f.marketCap, earnings });
    const fwd = forwardPeVerdict(f);
    forward.push({ symbol, marketCap: f.marketCap, pe: fwd && 'value' in fwd ? fwd.value : null });
  }
  return { total, present: present.length, trailing: aggregatePe(trailing), forward: aggregatePe(forward) };
}

/** Compact benchmark as stored: P/Es rounded to 2 decimals, cap coverage to 3. */
export interface StoredBenchmark {
  /** Trailing P/E, loss-makers excluded (the figure a single positive P/E is compared with). */
  pe: number | null;
  /** Trailing P/E with losses in. */
  peAll: number | null;
  forwardPe: number | null;
  total: number;
  present: number;
  used: number;
  lossMakers: number;
  forwardUsed: number;
  capCoverage: number | null;
}

export function storedBenchmark(a: SetAggregates): StoredBenchmark {
  return {
    pe: r2(a.trailing.peExNegative),
    peAll: r2(a.trailing.pe),
    forwardPe: r2(a.forward.pe),
    total: a.total,
    present: a.present,
    used: a.trailing.used,
    lossMakers: a.trailing.lossMakers,
    forwardUsed: a.forward.used,
    capCoverage: r3(a.trailing.capCoverage),
  };
}

/**
 * [peers with a positive P/E, median, first quartile, third quartile, 10th percentile, 90th
 * percentile]; all but the count null under MIN_SECTOR_PEERS. The card draws the stock's P/E as a
 * dot on this range; p10/p90 rather than min/max, which a single P/E of 2,000 would stretch.
 */
export type IndustryStat = [number, number | null, number | null, number | null, number | null, number | null];

export interface DatasetRefs {
  benchmark: StoredBenchmark;
  industries: Record<string, IndustryStat>;
  /** Percentile (0–100, mid-rank, the stock itself left out) of each positive P/E within its industry. */
  percentiles: Map<string, number>;
}

export function datasetRefs(d: Dataset, sp500: readonly SetMember[]): DatasetRefs {
  const byIndustry = new Map<string, { symbol: string; pe: number }[]>();
  for (const [symbol, f] of d.figures) {
    const v = peVerdict(f);
    if (!f.industry || !v || !('value' in v)) continue;
    const list = byIndustry.get(f.industry) ?? [];
    list.push({ symbol, pe: v.value });
    byIndustry.set(f.industry, list);
  }
  const industries: Record<string, IndustryStat> = {};
  const percentiles = new Map<string, number>();
  for (const [name, list] of [...byIndustry].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const pes = list.map((x) => x.pe).sort((a, b) => a - b);
    const enough = pes.length >= MIN_SECTOR_PEERS;
    const q = (p: number) => (enough ? r2(quantile(pes, p)) : null);
    industries[name] = [pes.length, enough ? r2(median(pes)) : null, q(0.25), q(0.75), q(0.1), q(0.9)];
    if (!enough) continue;
    for (const x of list) {
      const others = [...pes];
      others.splice(others.indexOf(x.pe), 1);
      percentiles.set(x.symbol, Math.round(percentileRank(x.pe, others)!));
    }
  }
  return { benchmark: storedBenchmark(setAggregates(d, sp500)), industries, percentiles };
}
