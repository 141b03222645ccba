import type { SnapshotSource } from '../snapshot-schema';

/**
 * Every source the snapshot draws on, by short id, with the file(s) read from data/sources/.
 * `name` is what the UI shows next to a figure; the as-of dates come from each folder's SOURCE.md.
 */
export interface CatalogEntry extends SnapshotSource {
  files: string[];
}

export const SOURCE_CATALOG = {
  sec: {
    name: 'SEC company tickers',
    url: 'https://www.sec.gov/files/company_tickers_exchange.json',
    asOf: '2025-12-14',
    license: 'U.S. government work (SEC public data)',
    note: 'Ticker, CIK and exchange universe; the file carries no date, dated from its mirror commit (~mid-December 2025).',
    files: ['sec-company-tickers/company_tickers_exchange.json'],
  },
  spc: {
    name: 'S&P 500 constituents list (datasets/s-and-p-500-companies)',
    url: 'https://github.com/datasets/s-and-p-500-companies',
    asOf: '2026-08-08',
    license: 'ODC-PDDL-1.0',
    note: 'Membership, GICS sector and sub-industry, scraped from Wikipedia by the dataset\'s daily job.',
    files: ['sp500-constituents/constituents.csv'],
  },
  spf: {
    name: 'S&P 500 financials (Yahoo via datasets/s-and-p-500-companies-financials)',
    url: 'https://github.com/datasets/s-and-p-500-companies-financials',
    asOf: '2026-08-22',
    license: 'Dataset ODC-PDDL-1.0; figures from Yahoo Finance, shipped as derived per-symbol figures with attribution',
    note: 'Market cap, trailing P/E, P/B and EBITDA, used for current S&P 500 members only; rows with a market cap under $100M are treated as bad and skipped.',
    files: ['sp500-financials/constituents-financials.csv'],
  },
  nq: {
    name: 'Nasdaq screener',
    url: 'https://www.nasdaq.com/market-activity/stocks/screener',
    asOf: '2025-05-02',
    license: 'Nasdaq.com data (via github.com/mdlancaster/Data-Wrangling-Project); shipped as derived per-symbol figures with attribution',
    note: 'Market cap of all US-listed common stocks and ADRs; preferred, note, warrant and unit rows are ignored because the screener repeats the issuer\'s market cap on them.',
    files: ['fundamentals-nasdaq-sample-2025-05/nasdaq_final.csv'],
  },
  rus: {
    name: 'CapLens Russell estimate (FTSE Russell rules on Nasdaq screener caps)',
    url: 'https://www.lseg.com/en/ftse-russell/indices/russell-us',
    asOf: '2025-05-02',
    license: 'CapLens estimate; ranks derived from Nasdaq.com screener market caps (attributed above). Russell index names are FTSE Russell trademarks.',
    note: 'Russell 1000/2000 membership estimated, not official: eligible US common stocks ranked by total market cap as of 2025-05-02 (two trading days after the 30 April 2025 rank day behind the June 2025 reconstitution); ranks 1-1000 Russell 1000, 1001-3000 Russell 2000. Exclusions and their limits: lib/data/build/russell-rules.ts. Not applied: FTSE Russell banding (needs last year\'s members), float and voting-rights minimums, quarterly IPO additions, deletions after rank day.',
    files: ['fundamentals-nasdaq-sample-2025-05/nasdaq_final.csv', 'sec-company-tickers/company_tickers_exchange.json', 'sp500-constituents/constituents.csv'],
  },
  fq25: {
    name: 'Finviz quote pages',
    url: 'https://finviz.com/ (via github.com/alienorsutinn/finviz-scraper)',
    asOf: '2025-12-22',
    license: 'Finviz data; derived per-symbol figures with attribution',
    note: 'Quote-page fundamentals of 2,945 US-listed stocks with market cap ≥ $300M at the 2025-12-22 close; TTM/MRQ figures mostly through the September-2025 quarter. P/E, forward P/E, P/B and EV/EBITDA are Finviz\'s own (price and earnings of that date). Total debt = debt/equity × book value, cash = cash per share × shares, EBITDA = EV ÷ EV/EBITDA: rebuilt from rounded display figures. Banks have no EV, EBITDA or cash.',
    files: ['finviz-quote-pages-2025-12-22/finviz_scored.csv.gz'],
  },
  tv25: {
    name: 'TradingView scan',
    url: 'https://www.tradingview.com/screener/ (via github.com/MehdiAminazadeh/trading-view)',
    asOf: '2025-10-24',
    license: 'TradingView data; derived per-symbol figures with attribution',
    note: 'US exchange-listed stocks (OTC dropped) scanned intraday 2025-10-24: TTM net income and EBITDA; total debt, cash and short-term investments, net debt and equity of the latest quarter (Q3-2025 for early reporters, Q2-2025 for the rest). P/E is TradingView\'s; P/B = its market cap ÷ equity and EV/EBITDA = (market cap + net debt) ÷ EBITDA, all of that day. No forward P/E; REITs absent.',
    files: ['tradingview-us-2025-10-24/income_statement.csv', 'tradingview-us-2025-10-24/balance_sheet.csv', 'tradingview-us-2025-10-24/tradingview_all_stocks.csv'],
  },
  fv25: {
    name: 'Finviz export',
    url: 'https://finviz.com/ (Elite export via github.com/Thyge1232/AktieScreener)',
    asOf: '2025-08-21',
    license: 'Finviz data; derived per-symbol figures with attribution',
    note: 'Full Finviz export of 2025-08-21 (pre-market prices; fundamentals mostly through the June-2025 quarter), 5,911 stocks. P/E, forward P/E, P/B and EV/EBITDA are Finviz\'s own; debt, cash and EBITDA rebuilt from ratios as for the quote pages.',
    files: ['finviz-2025-08-21/finviz_2025-08-21.csv'],
  },
  etf: {
    name: 'Issuer fund facts',
    url: 'data/sources/etfs/SOURCE.md (CapLens repository)',
    asOf: '2026-11-25',
    license: 'Public fund facts from issuers\' fund pages and prospectuses',
    note: 'Hand-written table: fund name, issuer, tracked index, size segment and daily leverage. No prices, no AUM.',
    files: ['etfs/etfs.csv'],
  },
  fomc: {
    name: 'FOMC statements',
    url: 'https://www.federalreserve.gov/monetarypolicy/openmarket.htm',
    asOf: '2025-12-10',
    license: 'Public record',
    note: 'Federal funds target-range decisions 2023-07 to 2025-12-10. The embedded table ends at the 2025-12-10 decision: the range shown is as of that decision and must be refreshed live.',
    files: ['fomc/target-range-decisions.csv'],
  },
  fredh: {
    name: 'FRED (Federal Reserve H.15), history to 2025',
    url: 'https://fred.stlouisfed.org/',
    asOf: '2025-12-31',
    license: 'Public domain (Federal Reserve H.15)',
    note: 'DGS2, DGS10, T10Y2Y daily, fetched 2026-01-02; only 2024-01-01 onward is kept.',
    files: ['fred-history/DGS2.csv', 'fred-history/DGS10.csv', 'fred-history/T10Y2Y.csv'],
  },
  fred26: {
    name: 'FRED (Federal Reserve H.15), 2026 to date',
    url: 'https://fred.stlouisfed.org/',
    asOf: '2026-09-11',
    license: 'Public domain (Federal Reserve H.15)',
    note: 'DGS2, DGS10 and DFF to 2026-09-10, T10Y2Y to 2026-09-11.',
    files: ['fred-2026-ytd/DGS2.csv', 'fred-2026-ytd/DGS10.csv', 'fred-2026-ytd/T10Y2Y.csv', 'fred-2026-ytd/DFF.csv'],
  },
} satisfies Record<string, CatalogEntry>;

export type SourceId = keyof typeof SOURCE_CATALOG;

/** The catalog as stored in the snapshot (without build-time file paths). */
export function snapshotSources(): Record<string, SnapshotSource> {
  return Object.fromEntries(
    Object.entries(SOURCE_CATALOG).map(([id, { files: _files, ...meta }]) => [id, meta]),
  );
}

/** Newest as-of date over all sources: the snapshot's `builtAt`, so rebuilds do not depend on the clock. */
export function newestSourceDate(): string {
  return Object.values(SOURCE_CATALOG)
    .map((s) => s.asOf)
    .sort()
    .at(-1)!;
}
