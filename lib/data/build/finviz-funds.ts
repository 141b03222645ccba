import { normalizeSymbol } from '../normalize-symbol';
import { DatasetError, readTable } from './dataset-figures';

/**
 * The funds of finviz-2025-08-21/finviz_2025-08-21.csv: its rows whose Industry is "Exchange
 * Traded Fund" (4,466: ETFs and ETNs, all US-listed), symbol → name as Finviz gives it. The SEC
 * ticker file lists most funds under their trust (iShares, Vanguard and SPDR series share one
 * CIK), so without these EEM, TLT or SMH are no ticker at all, and funds the SEC file does list
 * by an issuer's name ("BARCLAYS BANK PLC" for VXX) read as a company that is no longer listed.
 * Names only: Finviz leaves a fund's cap, P/E and fundamentals blank.
 */
const DATASET = 'finviz-2025-08-21';
const FUND_INDUSTRY = 'Exchange Traded Fund';

export function parseFinvizFunds(csvText: string): Map<string, string> {
  const { rows, lines } = readTable(DATASET, csvText, ['Ticker', 'Company', 'Industry']);
  const out = new Map<string, string>();
  rows.forEach((r, i) => {
    if (r['Industry'] !== FUND_INDUSTRY) return;
    const where = `${DATASET} row ${lines[i]} (${r['Ticker']})`;
    const symbol = normalizeSymbol(r['Ticker']);
    if (!symbol) throw new DatasetError(`${where}: "${r['Ticker']}" is not a ticker`);
    if (out.has(symbol)) throw new DatasetError(`${where}: ${symbol} appears twice`);
    const name = r['Company']!.trim();
    if (name === '') throw new DatasetError(`${where}: no fund name`);
    out.set(symbol, name);
  });
  return out;
}
