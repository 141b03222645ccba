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
  nq26: {
    name: 'Nasdaq.com screener',
    url: 'https://www.nasdaq.com/market-activity/stocks/screener',
    asOf: '2026-08-21',
    license: 'Nasdaq.com data (via github.com/rreichel3/US-Stock-Symbols); shipped as derived per-symbol figures with attribution, not the files',
    note: 'Close of 2026-08-21: market cap, last sale, headquarters country, Nasdaq sector and industry of every NASDAQ, NYSE and NYSE American listing (7,182). Market cap is the issuer total; preferred, note, warrant and unit rows repeat it and lend it to no symbol. A stock absent from it is shown as not listed on that date. S&P 500 members take their cap from it too (one date for every cap class); the S&P financials only fill a member it lacks.',
    files: [
      'nasdaq-screener-2026-08-21/nasdaq_full_tickers.json',
      'nasdaq-screener-2026-08-21/nyse_full_tickers.json',
      'nasdaq-screener-2026-08-21/amex_full_tickers.json',
    ],
  },
  rus: {
    name: 'CapLens Russell estimate, 2026 reconstitution (FTSE Russell rules on Nasdaq screener caps)',
    url: 'https://www.lseg.com/en/ftse-russell/indices/russell-us',
    asOf: '2026-04-30',
    license: 'CapLens estimate; ranks derived from Nasdaq.com screener market caps of the rank day. Russell index names are FTSE Russell trademarks.',
    note:
      'Russell 1000/2000 membership after the June 2026 reconstitution, estimated, not official. Ranked on the Nasdaq screener at the close of the 30 April 2026 rank day: ' +
      'companies (all listed common share classes together) by total market cap, price at least $1, total cap at least $30M; ' +
      'US companies only: S&P 500 members and companies Finviz tagged Russell 2000 on 2025-12-22 (FTSE Russell already assigned them to the US), then a US headquarters on Finviz, then the screener country ' +
      '(US, Puerto Rico and FTSE Russell\'s benefit-driven-incorporation countries such as Bermuda or the Cayman Islands count as US; a blank country falls back to Finviz\'s headquarters, then name hints); ' +
      'funds, BDCs, SPACs, partnerships, preferreds, warrants, rights and units excluded (by the screener description, and by Finviz\'s industry: closed-end funds, shell companies, asset managers yielding 8% or more). ' +
      'Ranks 1-1000 Russell 1000, 1001-3000 Russell 2000, ' +
      'except that a company inside the ±2.5% cumulative-cap band around the 1000 breakpoint keeps last year\'s index (banding): Russell 2000 when Finviz tagged it so on 2025-12-22, else its index in the 2025 estimate. ' +
      'Not applied: unlisted share classes, FTSE Russell\'s assets/revenue country test, float and voting-rights minimums, the 30-day average price for members under $1, banding at the 3000 breakpoint, quarterly IPO additions, deletions after rank day.',
    files: [
      'nasdaq-screener-rankday-2026-04-30/nasdaq_full_tickers.json',
      'nasdaq-screener-rankday-2026-04-30/nyse_full_tickers.json',
      'nasdaq-screener-rankday-2026-04-30/amex_full_tickers.json',
      'sec-company-tickers/company_tickers_exchange.json',
      'sp500-constituents/constituents.csv',
      'finviz-quote-pages-2025-12-22/finviz_scored.csv.gz',
      'finviz-2025-08-21/finviz_2025-08-21.csv',
    ],
  },
  rus25: {
    name: 'CapLens Russell estimate, 2025 reconstitution (FTSE Russell rules on Nasdaq screener caps)',
    url: 'https://www.lseg.com/en/ftse-russell/indices/russell-us',
    asOf: '2025-04-30',
    license: 'CapLens estimate; ranks derived from Nasdaq.com screener market caps of the rank day. Russell index names are FTSE Russell trademarks.',
    note:
      'Russell 1000/2000 membership after the June 2025 reconstitution, estimated, not official, by the same rules as the 2026 estimate on the Nasdaq screener of the evening of 30 April 2025 ' +
      '(its prices may include after-hours trades). Banding: the 2024 membership is not available from any source we may ship, so a company inside the ±2.5% band around the 1000 ' +
      'breakpoint keeps the index Finviz\'s quote pages of 2025-12-22 show it in after this reconstitution (tagged Russell 2000, else, being covered there, Russell 1000); a band company Finviz does not cover (cap under $300M) is placed by rank. ' +
      'This estimate is last year\'s membership for the 2026 banding.',
    files: [
      'nasdaq-screener-rankday-2025-04-30/nasdaq_full_tickers.json',
      'nasdaq-screener-rankday-2025-04-30/nyse_full_tickers.json',
      'nasdaq-screener-rankday-2025-04-30/amex_full_tickers.json',
      'sec-company-tickers/company_tickers_exchange.json',
      'sp500-constituents/constituents.csv',
      'finviz-quote-pages-2025-12-22/finviz_scored.csv.gz',
      'finviz-2025-08-21/finviz_2025-08-21.csv',
    ],
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
  fomc26: {
    name: 'Federal Reserve (FOMC statements)',
    url: 'https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm',
    asOf: '2026-07-29',
    license: 'Public record (Federal Reserve); dates and ranges taken from github.com/yiranzhimo/fed-rate-monitor, whose summaries and vote text are not shipped',
    note: 'Every FOMC rate decision 2021-01-27 to 2026-07-29 (cut, hike or hold; range after the decision; effective date) and the meeting calendar to 2027-12. Each range is checked against FRED DFEDTARL/DFEDTARU on its effective date when the snapshot is built. Meetings after 2026-07-29 are scheduled, not decided.',
    files: ['fomc-2026/meetings.json'],
  },
  fredr: {
    name: 'FRED DFEDTARU/DFEDTARL (Federal Reserve)',
    url: 'https://fred.stlouisfed.org/series/DFEDTARU',
    asOf: '2026-08-21',
    license: 'Public domain (Federal Reserve H.15 / FRED); copied from github.com/heliar-k/market-base',
    note: 'Daily fed funds target range (DFEDTARL/DFEDTARU) to 2026-08-21, and DGS2, DGS10, DGS30, DFF to 2026-08-20; only 2024-01-01 onward is kept for the yields. The file\'s other columns (including ACMTP10 and JP10Y) are not read.',
    files: ['fred-rates-2026-08/rates.csv'],
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
