import type { SourcedValue } from '../context/ticker-context';
import type { FigureCellValue, MultipleCellValue, NmCode, Snapshot } from './snapshot-schema';
import type { Fundamentals, IndustryName, PeriodValue, SymbolValuation, ValuationFigure } from './symbol-record';

/**
 * The snapshot's valuation and fundamentals rows → per-symbol record parts, with each figure's
 * source name and as-of spelled out and every n/m code turned into a sentence naming the figure
 * that decided it and its dataset. Pure (runs in the service worker).
 */

const usd = (n: number) => {
  const a = Math.abs(n);
  const [d, s] = a >= 1e9 ? [1e9, 'B'] : a >= 1e6 ? [1e6, 'M'] : a >= 1e3 ? [1e3, 'K'] : [1, ''];
  return `${n < 0 ? '−' : ''}$${(a / d).toFixed(a >= 1e3 ? 1 : 0)}${s}`;
};
const num = (n: number) => (n < 0 ? `−${Math.abs(n)}` : String(n));

function nmReason(code: NmCode, basis: number | null, industry: string | null): string {
  switch (code) {
    case 'ni':
      return `loss-maker: TTM net income ${basis === null ? '' : `${usd(basis)} `}≤ 0`;
    case 'eps':
      return basis === null ? 'TTM earnings ≤ 0 (the provider\'s P/E is ≤ 0)' : `TTM EPS ${num(basis)} ≤ 0 (break-even or loss per share)`;
    case 'feps':
      return `next-year EPS estimate ${basis === null ? '' : `${num(basis)} `}≤ 0`;
    case 'eq':
      return `book value (equity) ${basis === null ? '' : `${usd(basis)} `}≤ 0`;
    case 'fin':
      return `not meaningful for banks, lenders and insurers${industry ? ` (${industry})` : ''}: debt is operating funding and interest an operating cost`;
    case 'ebitda':
      return `TTM EBITDA ${basis === null ? '' : `${usd(basis)} `}≤ 0`;
    case 'ev':
      return `the provider's EV/EBITDA is ${basis === null ? '≤ 0' : num(basis)} (negative EBITDA or net cash above market cap)`;
  }
}

const SCHEME: Record<string, string> = { fq25: 'Finviz', fv25: 'Finviz', tv25: 'TradingView' };

export interface ValuationParts {
  valuation: SymbolValuation | null;
  fundamentals: Fundamentals | null;
  debtToEquity: SourcedValue | null;
  industry: IndustryName | null;
}

export function valuationExpander(snapshot: Snapshot): (symbol: string) => ValuationParts {
  const { sources } = snapshot;
  const vRows = new Map(snapshot.valuation.rows.map((r) => [r[0], r]));
  const fRows = new Map(snapshot.fundamentals.rows.map((r) => [r[0], r]));

  const multiple = (c: MultipleCellValue, industry: string | null, netIncome: FigureCellValue = null): ValuationFigure | null => {
    const src = c ? sources[c[1]] : undefined;
    if (!c || !src) return null;
    const base = { sourceId: c[1], source: src.name, asOf: src.asOf };
    if (c[0] !== null) return { ...base, value: c[0], nm: null };
    // EPS ≤ 0 with a positive net income (preferred dividends, share classes): say both.
    const ni = c[2] === 'eps' && netIncome?.[1] === c[1] ? `; TTM net income ${usd(netIncome[0] * 1e6)}` : '';
    return { ...base, value: null, nm: `${nmReason(c[2], c[3], industry)}${ni} (${src.name}, ${src.asOf})` };
  };
  // Stored in $M (snapshot-schema FUNDAMENTALS_FIELDS); records hold USD.
  const figure = (c: FigureCellValue, period: PeriodValue['period']): PeriodValue | null => {
    const src = c ? sources[c[1]] : undefined;
    if (!c || !src) return null;
    const label = period === 'ttm' ? 'trailing twelve months' : 'latest quarter end';
    return { value: Math.round(c[0] * 1e6), asOf: src.asOf, source: `${src.name} (${label})`, period };
  };

  return (symbol) => {
    const v = vRows.get(symbol);
    const f = fRows.get(symbol);
    const ind = v?.[5] ?? null;
    const indSrc = ind ? sources[ind[1]] : undefined;
    const industry: IndustryName | null = ind && indSrc ? { name: ind[0], scheme: SCHEME[ind[1]] ?? indSrc.name, source: indSrc.name, asOf: indSrc.asOf, sourceId: ind[1] } : null;
    const valuation: SymbolValuation | null = v
      ? {
          pe: multiple(v[1], ind?.[0] ?? null, f?.[1] ?? null),
          forwardPe: multiple(v[2], ind?.[0] ?? null),
          pb: multiple(v[3], ind?.[0] ?? null),
          evEbitda: multiple(v[4], ind?.[0] ?? null),
          industryPercentile: v[6],
        }
      : null;
    const fundamentals: Fundamentals | null = f
      ? {
          netIncome: figure(f[1], 'ttm'),
          ebitda: figure(f[2], 'ttm'),
          totalDebt: figure(f[3], 'quarter-end'),
          cash: figure(f[4], 'quarter-end'),
          netDebt: figure(f[5], 'quarter-end'),
          stockholdersEquity: figure(f[7], 'quarter-end'),
          operatingIncome: null,
          sharesIssued: null,
        }
      : null;
    const de = f?.[6] ?? null;
    const deSrc = de ? sources[de[1]] : undefined;
    return { valuation, fundamentals, debtToEquity: de && deSrc ? { value: de[0], asOf: deSrc.asOf, source: `${deSrc.name} (latest quarter end)` } : null, industry };
  };
}
