import type { SymbolRecord } from '../data/symbol-record';
import type { EarningsFrame } from '../data/providers/sec-frames';
import { smallVsLarge, type BenchmarkConstituent, type SmallVsLarge } from '../metrics/benchmarks';
import { constituentOf } from './derive';

/**
 * The small-vs-large discount with small-cap earnings from SEC frames (live): each estimated
 * Russell 2000 company's annual net income for the year trailing its rank-day market cap, one
 * entry per company (share classes summed, earnings counted once). The large-cap side stays the
 * S&P 500 aggregate of the embedded data. Pure.
 */
export function smallVsLargeWithFrame(records: readonly SymbolRecord[], frame: EarningsFrame, largeAsOf: string | null): SmallVsLarge {
  const others: BenchmarkConstituent[] = [];
  const small = new Map<string, BenchmarkConstituent>();
  let capsAsOf: string | null = null;
  for (const r of records) {
    const c = constituentOf(r);
    if (r.russell?.r2000 !== true || r.cik === null) {
      others.push(c);
      continue;
    }
    // The large-cap side keeps the record as it is (an S&P 500 member ranked into the Russell 2000
    // band keeps its own P/E there); the small-cap side gets one entry per company.
    others.push({ ...c, russell2000: false });
    capsAsOf ??= r.marketCap?.asOf ?? r.russell.asOf;
    const key = String(r.cik);
    const prev = small.get(key);
    if (prev) {
      prev.marketCap = (prev.marketCap ?? 0) + (c.marketCap ?? 0) || null;
      continue;
    }
    const e = frame.values[key];
    // Earnings replace any P/E the record had, so a company is never counted with two conventions.
    small.set(key, { ...c, symbol: `CIK${key}`, sp500: false, russell1000: false, pe: null, earnings: e ?? null });
  }
  const universe = [...others, ...small.values()];
  const result = smallVsLarge(universe, { largeBasis: 'sp500', asOf: capsAsOf });
  const fallbacks = Object.entries(frame.perTag)
    .slice(1)
    .filter(([, n]) => n > 0)
    .map(([tag, n]) => `${n} via ${tag}`);
  return {
    ...result,
    method:
      `${result.method}. Small caps counted per company (share classes summed); earnings: ${frame.source}` +
      `${fallbacks.length ? ` (${fallbacks.join(', ')})` : ''}, annual net income for the year trailing the market caps of ${capsAsOf ?? 'n/a'}; ` +
      `large caps: S&P 500 trailing P/E of ${largeAsOf ?? 'the embedded snapshot'}. The two sides are as of different dates.`,
  };
}
