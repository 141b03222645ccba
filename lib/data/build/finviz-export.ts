import { normalizeSymbol } from '../normalize-symbol';
import {
  DatasetError, EMPTY_FIGURES, debtFromRatio, displayNumber, ebitdaFromRatio, readTable, text, times, type DatasetFigures,
} from './dataset-figures';

/**
 * finviz-2025-08-21/finviz_2025-08-21.csv: Finviz Elite full export (pre-market 2025-08-21,
 * fundamentals mostly through the June-2025 quarter). Quirks handled here: money columns are in
 * $M and share counts in millions; percentages carry "%"; EV, EV/EBITDA and Cash/sh are blank for
 * banks (so their cash and EBITDA stay null, not 0); ETFs are rows too (Industry "Exchange Traded
 * Fund") and are dropped. No forward EPS column exists, so a blank forward P/E stays "not available".
 */

const NUMERIC = [
  'Market Cap', 'Price', 'P/E', 'Forward P/E', 'P/B', 'EV/EBITDA', 'Income', 'Enterprise Value',
  'Total Debt/Equity', 'Book/sh', 'Cash/sh', 'Shares Outstanding', 'EPS (ttm)',
] as const;
type Col = (typeof NUMERIC)[number];

const REQUIRED = ['Ticker', 'Sector', 'Industry', 'Country', ...NUMERIC];
const DATASET = 'finviz-2025-08-21';
const M = 1e6;

export function parseFinvizExport(csvText: string): Map<string, DatasetFigures> {
  const { rows, lines } = readTable(DATASET, csvText, REQUIRED);
  const out = new Map<string, DatasetFigures>();
  rows.forEach((r, i) => {
    const where = `${DATASET} row ${lines[i]} (${r['Ticker']})`;
    if (r['Industry'] === 'Exchange Traded Fund') return;
    const symbol = normalizeSymbol(r['Ticker']);
    if (!symbol) throw new DatasetError(`${where}: "${r['Ticker']}" is not a ticker`);
    if (out.has(symbol)) throw new DatasetError(`${where}: ${symbol} appears twice`);
    const v = Object.fromEntries(NUMERIC.map((c) => [c, displayNumber(r[c], `${where} ${c}`)])) as Record<Col, number | null>;
    const mil = (x: number | null) => (x === null ? null : x * M);
    const shares = mil(v['Shares Outstanding']);
    const equity = times(v['Book/sh'], shares);
    const totalDebt = debtFromRatio(v['Total Debt/Equity'], equity);
    const cash = times(v['Cash/sh'], shares);
    const ev = mil(v['Enterprise Value']);
    out.set(symbol, {
      ...EMPTY_FIGURES,
      marketCap: mil(v['Market Cap']),
      price: v.Price,
      pe: v['P/E'],
      forwardPe: v['Forward P/E'],
      pb: v['P/B'],
      evEbitda: v['EV/EBITDA'],
      netIncome: mil(v.Income),
      ebitda: ebitdaFromRatio(ev, v['EV/EBITDA']),
      totalDebt,
      cash,
      netDebt: totalDebt !== null && cash !== null ? totalDebt - cash : null,
      debtToEquity: v['Total Debt/Equity'],
      equity,
      eps: v['EPS (ttm)'],
      sector: text(r['Sector']),
      industry: text(r['Industry']),
      country: text(r['Country']),
    });
  });
  return out;
}
