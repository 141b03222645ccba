import { normalizeSymbol } from '../normalize-symbol';
import { DatasetError, EMPTY_FIGURES, displayNumber, readTable, text, type DatasetFigures } from './dataset-figures';

/**
 * tradingview-us-2025-10-24: the TradingView "america" scanner, intraday 2025-10-24, split over
 * one CSV per column group, joined here on `ticker`. Quirks handled: tickers are EXCHANGE:SYMBOL
 * and OTC rows are dropped (not exchange-listed); preferreds (slash in the symbol) are dropped too,
 * as they repeat the issuer's figures; money is "$845,000,000" strings (USD, not thousands) or
 * plain numbers; ~100 tickers repeat (the live sort shifted between pages): the first row is kept;
 * `debt_to_equity_fq` is mangled ("$0", "$1") and recomputed from debt and equity. The scan has
 * no forward P/E and no P/B: P/B is the scan's own market cap ÷ its equity (one dataset, one date).
 * REITs are absent (TradingView types them as funds).
 */

export interface TradingViewFiles {
  income: string;
  balance: string;
  stocks: string;
}

const DATASET = 'tradingview-us-2025-10-24';
const LISTED = new Set(['NASDAQ', 'NYSE', 'AMEX', 'CBOE']);

type Row = Record<string, string>;

/** First row per listed ticker; an unknown exchange prefix is an error, OTC and preferreds are skipped. */
function byTicker(file: string, csv: string, required: string[]): Map<string, Row> {
  const { rows, lines } = readTable(`${DATASET}/${file}`, csv, ['ticker', ...required]);
  const out = new Map<string, Row>();
  rows.forEach((r, i) => {
    const m = /^([A-Z]+):(.+)$/.exec(r['ticker']!.trim());
    if (!m) throw new DatasetError(`${DATASET}/${file} row ${lines[i]}: ticker "${r['ticker']}" is not EXCHANGE:SYMBOL`);
    const [, exchange, raw] = m;
    if (exchange === 'OTC' || raw!.includes('/')) return;
    if (!LISTED.has(exchange!)) throw new DatasetError(`${DATASET}/${file} row ${lines[i]}: unknown exchange "${exchange}"`);
    const symbol = normalizeSymbol(raw);
    if (!symbol) throw new DatasetError(`${DATASET}/${file} row ${lines[i]}: "${raw}" is not a ticker`);
    if (!out.has(symbol)) out.set(symbol, r);
  });
  return out;
}

export function parseTradingViewScan(files: TradingViewFiles): Map<string, DatasetFigures> {
  const income = byTicker('income_statement.csv', files.income, ['net_income_ttm', 'ebitda_ttm']);
  const balance = byTicker('balance_sheet.csv', files.balance, ['total_assets_fq', 'cash_n_short_term_invest_fq', 'total_debt_fq', 'net_debt_fq', 'total_equity_fq']);
  const stocks = byTicker('tradingview_all_stocks.csv', files.stocks, ['close', 'market_cap_basic', 'price_earnings_ttm', 'sector', 'industry']);
  const symbols = [...new Set([...stocks.keys(), ...income.keys(), ...balance.keys()])].sort();
  const out = new Map<string, DatasetFigures>();
  for (const symbol of symbols) {
    const s = stocks.get(symbol) ?? {};
    const inc = income.get(symbol) ?? {};
    const bal = balance.get(symbol) ?? {};
    const num = (row: Row, col: string) => displayNumber(row[col], `${DATASET} ${symbol} ${col}`);
    const marketCap = num(s, 'market_cap_basic');
    const equity = num(bal, 'total_equity_fq');
    const totalDebt = num(bal, 'total_debt_fq');
    const netIncome = num(inc, 'net_income_ttm');
    const ebitda = num(inc, 'ebitda_ttm');
    const netDebt = num(bal, 'net_debt_fq');
    const ev = marketCap !== null && netDebt !== null ? marketCap + netDebt : null;
    out.set(symbol, {
      ...EMPTY_FIGURES,
      marketCap: marketCap !== null && marketCap > 0 ? marketCap : null,
      price: num(s, 'close'),
      pe: num(s, 'price_earnings_ttm'),
      // Book value ≤ 0 gives no P/B (the pick reports it as n/m from `equity`).
      pb: marketCap !== null && marketCap > 0 && equity !== null && equity > 0 ? marketCap / equity : null,
      // EV = cap + net debt, both from this scan; ≤ 0 EBITDA or EV is left to the pick's n/m rules.
      evEbitda: ev !== null && ebitda !== null && ebitda > 0 && ev > 0 ? ev / ebitda : null,
      netIncome,
      ebitda,
      totalDebt,
      cash: num(bal, 'cash_n_short_term_invest_fq'),
      netDebt,
      debtToEquity: totalDebt !== null && equity !== null && equity > 0 ? totalDebt / equity : null,
      equity,
      totalAssets: num(bal, 'total_assets_fq'),
      sector: text(s['sector']),
      industry: text(s['industry']),
      country: null,
    });
  }
  return out;
}
