import type { DatasetRefs, FundamentalsRow, MultipleCellValue, SmallVsLargePoint, SymbolRow, ValuationRow } from '../snapshot-schema';
import { smallVsLargeSeries } from './small-vs-large-series';
import { pickFigure, pickValuation, type Dataset, type FigureKey, type Picked } from './valuation-pick';
import { datasetRefs, type SetMember } from './valuation-refs';

/**
 * Dataset figures → the snapshot's valuation, fundamentals, valuationRefs and smallVsLarge
 * sections. Rows are stored for symbols of the universe only; references use every company of
 * each dataset. Ratios are rounded to 2 decimals and USD to 3 significant digits ($M in the
 * fundamentals table), which is the
 * precision the sources display anyway (Finviz shows "823.00M").
 */

// "+ 0" turns -0 into 0, which JSON cannot tell apart (the snapshot must survive a round trip unchanged).
const r2 = (x: number) => Math.round(x * 100) / 100 + 0;
const sig3 = (x: number) => Number(x.toPrecision(3)) + 0;

function cell(p: Picked | null): MultipleCellValue {
  if (!p) return null;
  // A ratio that rounds to 0.00 would fail the "positive" rule; it is stored at the smallest shown value.
  return 'value' in p ? [Math.max(0.01, r2(p.value)), p.src] : [null, p.src, p.nm, p.basis === null ? null : Math.abs(p.basis) >= 1000 ? sig3(p.basis) : r2(p.basis)];
}

const USD: readonly FigureKey[] = ['netIncome', 'ebitda', 'totalDebt', 'cash', 'netDebt', 'equity'];
const FIGURES: readonly FigureKey[] = ['netIncome', 'ebitda', 'totalDebt', 'cash', 'netDebt', 'debtToEquity', 'equity'];

export interface ValuationTables {
  valuation: ValuationRow[];
  fundamentals: FundamentalsRow[];
  valuationRefs: Record<string, DatasetRefs>;
  smallVsLarge: SmallVsLargePoint[];
}

/**
 * `datasets` newest first (the pick order); `rows` are the built symbol rows; `isR2000` the
 * rows' Russell 2000 verdict (the estimate is another module's: it is only consumed here).
 */
export function buildValuationTables(datasets: readonly Dataset[], rows: readonly SymbolRow[], isR2000: (row: SymbolRow) => boolean): ValuationTables {
  const member = (r: SymbolRow): SetMember => ({ symbol: r[0], cik: r[2] });
  const sp500 = rows.filter((r) => r[7] === 1).map(member);
  const r2000 = rows.filter(isR2000).map(member);
  const refs = new Map(datasets.map((d) => [d.id, datasetRefs(d, sp500)]));

  const valuation: ValuationRow[] = [];
  const fundamentals: FundamentalsRow[] = [];
  for (const row of rows) {
    const symbol = row[0];
    if (row[4] === 'etf' || row[4] === 'fund') continue;
    const v = pickValuation(datasets, symbol);
    if (v.pe || v.forwardPe || v.pb || v.evEbitda || v.industry) {
      const pct = v.pe && 'value' in v.pe ? (refs.get(v.pe.src)?.percentiles.get(symbol) ?? null) : null;
      valuation.push([symbol, cell(v.pe), cell(v.forwardPe), cell(v.pb), cell(v.evEbitda), v.industry ? [v.industry.name, v.industry.src] : null, pct]);
    }
    const figures = FIGURES.map((k) => {
      const p = pickFigure(datasets, symbol, k);
      if (!p || typeof p.value !== 'number') return null;
      // USD in millions: 3 significant digits of "99200" instead of "99200000000" (the snapshot's largest table).
      return [USD.includes(k) ? sig3(p.value / 1e6) : r2(p.value), p.src] as [number, string];
    });
    if (figures.some((f) => f !== null)) fundamentals.push([symbol, ...figures] as FundamentalsRow);
  }
  const valuationRefs = Object.fromEntries([...refs].map(([id, r]) => [id, { benchmark: r.benchmark, industries: r.industries }]));
  // The S&P 500 financials are not a full-market dataset: they have no Russell 2000 side.
  const series = smallVsLargeSeries(datasets.filter((d) => d.id !== 'spf'), r2000, sp500);
  return { valuation, fundamentals, valuationRefs, smallVsLarge: series };
}
