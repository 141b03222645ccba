import { normalizeSymbol } from '../normalize-symbol';
import type { FundamentalsRow } from '../snapshot-schema';
import { parseCsvObjects } from './csv';
import { parseNumber } from './numbers';

/**
 * data_final.csv (fundamentals-nasdaq-sample-2025-05): a 570-company random sample with
 * yfinance statement items as of early May 2025. Balance-sheet items (debt, cash, equity,
 * shares issued) are as of the latest reported quarter end; income items (EBITDA, operating
 * income, net income) are that one quarter, NOT trailing twelve months (AVGO revenue 14.9B is
 * one quarter). They are stored as reported and labelled "latest quarter"; nothing is annualised
 * here, so no one can mistake a quarter for a year.
 */

/** Column of data_final.csv for each snapshot field, in FUNDAMENTALS_FIELDS order after the symbol. */
export const FUNDAMENTALS_COLUMNS = [
  ['totalDebt', 'Total Debt'],
  ['cash', 'Cash And Cash Equivalents'],
  ['ebitdaQuarter', 'EBITDA'],
  ['operatingIncomeQuarter', 'Operating Income'],
  ['netIncomeQuarter', 'Net Income'],
  ['stockholdersEquity', 'Stockholders Equity'],
  ['sharesIssued', 'Share Issued'],
] as const;

// yfinance writes raw floats ("66579000000.0"); NaN and blanks are missing.
const figure = (raw: string | undefined): number | null => {
  const n = parseNumber(raw);
  return n === null ? null : Math.round(n);
};

/**
 * Rows for symbols in `universe` (others are dropped: a figure must hang off a known symbol),
 * first occurrence kept, rows with no figure at all skipped. Debt, cash and shares cannot be
 * negative; a negative value there is a data error and becomes null.
 */
export function parseFundamentals(csvText: string, universe: ReadonlySet<string>): FundamentalsRow[] {
  const out: FundamentalsRow[] = [];
  const seen = new Set<string>();
  for (const r of parseCsvObjects(csvText)) {
    const symbol = normalizeSymbol(r['Ticker']);
    if (!symbol || seen.has(symbol) || !universe.has(symbol)) continue;
    seen.add(symbol);
    const values = FUNDAMENTALS_COLUMNS.map(([field, column]) => {
      const v = figure(r[column]);
      const nonNegative = field === 'totalDebt' || field === 'cash' || field === 'sharesIssued';
      return nonNegative && v !== null && v < 0 ? null : v;
    });
    if (values.every((v) => v === null)) continue;
    out.push([symbol, ...values] as FundamentalsRow);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
