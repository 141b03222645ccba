import type { NmCode } from '../snapshot-schema';
import type { DatasetFigures } from './dataset-figures';

/**
 * Per-symbol selection of valuation figures across datasets (pure). Each figure comes from the
 * newest dataset that has it for that symbol — a value or a reason it is not meaningful (n/m) —
 * and records which dataset that was, so the card can date every figure separately.
 *
 * Multiples are the datasets' own (P/E = that dataset's price ÷ its own TTM EPS): CapLens never
 * divides a market cap of one date by earnings of another.
 */

export interface Dataset {
  /** Source id in the snapshot catalog (fq25, tv25, fv25, spf). */
  id: string;
  asOf: string;
  figures: ReadonlyMap<string, DatasetFigures>;
}

/**
 * n/m codes (NM_CODES in the snapshot schema), each with the figure that decided it (`basis`):
 * ni  TTM net income ≤ 0            eps  TTM EPS ≤ 0 (net income may round to a small profit)
 * feps next-year EPS estimate ≤ 0   eq   book value ≤ 0
 * fin bank / lender / insurer (EV and EBITDA do not apply)   ebitda  EBITDA ≤ 0
 * ev  the dataset's EV/EBITDA ≤ 0 (negative EBITDA or net cash above market cap)
 */

export type Verdict = { value: number } | { nm: NmCode; basis: number | null };
export type Picked = Verdict & { src: string };

/** Trailing P/E in one dataset: a loss (net income or EPS ≤ 0) is n/m whatever the P/E column says. */
export function peVerdict(f: DatasetFigures): Verdict | null {
  if (f.netIncome !== null && f.netIncome <= 0) return { nm: 'ni', basis: f.netIncome };
  if (f.eps !== null && f.eps <= 0) return { nm: 'eps', basis: f.eps };
  if (f.pe !== null) return f.pe > 0 ? { value: f.pe } : { nm: 'eps', basis: null };
  return null;
}

export function forwardPeVerdict(f: DatasetFigures): Verdict | null {
  if (f.forwardPe !== null && f.forwardPe > 0) return { value: f.forwardPe };
  if (f.epsNextYear !== null && f.epsNextYear <= 0) return { nm: 'feps', basis: f.epsNextYear };
  return null;
}

export function pbVerdict(f: DatasetFigures): Verdict | null {
  if (f.equity !== null && f.equity <= 0) return { nm: 'eq', basis: f.equity };
  if (f.pb !== null) return f.pb > 0 ? { value: f.pb } : { nm: 'eq', basis: null };
  return null;
}

/**
 * Industries (Finviz and TradingView names) where EV/EBITDA means nothing: debt and deposits are
 * the raw material of banks, lenders and insurers, and interest is an operating cost. Asset
 * managers, exchanges and insurance brokers are valued like service businesses and keep it.
 */
const LENDER_INDUSTRY = [
  /\bbanks?\b/i, /^insurance - (?!brokers)/i, /insurance$/i, /credit services/i, /mortgage/i, /savings/i,
  /investment banks/i, /financial conglomerates/i,
];
export const isLenderIndustry = (industry: string | null) => !!industry && LENDER_INDUSTRY.some((re) => re.test(industry));

export function evEbitdaVerdict(f: DatasetFigures): Verdict | null {
  if (isLenderIndustry(f.industry)) return { nm: 'fin', basis: null };
  if (f.ebitda !== null && f.ebitda <= 0) return { nm: 'ebitda', basis: f.ebitda };
  if (f.evEbitda !== null) return f.evEbitda > 0 ? { value: f.evEbitda } : { nm: 'ev', basis: f.evEbitda };
  return null;
}

/** The first dataset (newest first) with a verdict for this symbol. */
export function pickVerdict(datasets: readonly Dataset[], symbol: string, verdict: (f: DatasetFigures) => Verdict | null): Picked | null {
  for (const d of datasets) {
    const f = d.figures.get(symbol);
    const v = f ? verdict(f) : null;
    if (v) return { ...v, src: d.id };
  }
  return null;
}

export type FigureKey = 'netIncome' | 'ebitda' | 'totalDebt' | 'cash' | 'netDebt' | 'debtToEquity' | 'equity';

/** The newest dataset's value of one statement figure. */
export function pickFigure(datasets: readonly Dataset[], symbol: string, key: FigureKey | 'industry'): { value: number | string; src: string } | null {
  for (const d of datasets) {
    const v = d.figures.get(symbol)?.[key];
    if (v !== null && v !== undefined) return { value: v, src: d.id };
  }
  return null;
}

export interface SymbolValuation {
  pe: Picked | null;
  forwardPe: Picked | null;
  pb: Picked | null;
  evEbitda: Picked | null;
  /** Industry in the P/E's dataset when it has one (so the median compared against is that dataset's), else the newest. */
  industry: { name: string; src: string } | null;
}

export function pickValuation(datasets: readonly Dataset[], symbol: string): SymbolValuation {
  const pe = pickVerdict(datasets, symbol, peVerdict);
  const own = pe ? datasets.find((d) => d.id === pe.src)?.figures.get(symbol)?.industry : null;
  const newest = pickFigure(datasets, symbol, 'industry');
  return {
    pe,
    forwardPe: pickVerdict(datasets, symbol, forwardPeVerdict),
    pb: pickVerdict(datasets, symbol, pbVerdict),
    evEbitda: pickVerdict(datasets, symbol, evEbitdaVerdict),
    industry: own && pe ? { name: own, src: pe.src } : newest ? { name: String(newest.value), src: newest.src } : null,
  };
}
