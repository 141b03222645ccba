import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { russellExpander } from '../expand-snapshot';
import { SNAPSHOT_SCHEMA_VERSION, SYMBOL_FIELDS, ETF_FIELDS, FUNDAMENTALS_FIELDS, VALUATION_FIELDS, SnapshotSchema, type Snapshot } from '../snapshot-schema';
import { EMPTY_FIGURES, type DatasetFigures } from './dataset-figures';
import { parseFinvizExport } from './finviz-export';
import { parseFinvizQuotePages } from './finviz-quote-pages';
import { parseTradingViewScan } from './tradingview-scan';
import type { Dataset } from './valuation-pick';
import { buildValuationTables } from './valuation-tables';
import { mergeSeries } from './macro';
import {
  parseEtfTable,
  parseFomcDecisions,
  parseFredCsv,
  parseSecTickers,
  parseSp500Constituents,
  parseSp500Financials,
} from './parse-sources';
import { applyRussell, estimateForRows, russellMeta } from './russell-membership';
import { parseScreener } from './screener';
import { newestSourceDate, snapshotSources, SOURCE_CATALOG } from './source-catalog';
import { buildSymbolRows } from './universe';

/** FTSE Russell's 2025 rank day; the screener caps (2025-05-02) stand in for it. */
export const RUSSELL_RANK_DAY = '2025-04-30';

/** Reads data/sources/ (the layout described in each folder's SOURCE.md) and returns a validated snapshot. */
export function buildSnapshot(sourcesDir: string): Snapshot {
  const text = (rel: string) => {
    try {
      return readFileSync(join(sourcesDir, rel), 'utf8');
    } catch (e) {
      throw new Error(`Cannot read source file ${join(sourcesDir, rel)}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const fred = (rel: string) => parseFredCsv(text(rel));

  const etfs = parseEtfTable(text('etfs/etfs.csv'));
  const sec = parseSecTickers(JSON.parse(text('sec-company-tickers/company_tickers_exchange.json')));
  const screener = parseScreener(text('fundamentals-nasdaq-sample-2025-05/nasdaq_final.csv'));
  const sp500 = parseSp500Constituents(text('sp500-constituents/constituents.csv'));
  const financials = parseSp500Financials(text('sp500-financials/constituents-financials.csv'));
  const baseRows = buildSymbolRows({ sec, screener, sp500, financials, etfs });
  // Ranked on the screener's caps only (one date), never on the 2026 S&P figures.
  const russell = estimateForRows(baseRows, sec, screener, new Set(sp500.keys()));
  const rows = applyRussell(baseRows, russell);
  const meta = russellMeta(russell, 'rus', RUSSELL_RANK_DAY, SOURCE_CATALOG.rus.asOf);
  const r2000 = russellExpander(meta);
  const tables = buildValuationTables(valuationDatasets(sourcesDir, text, financials, new Set(sp500.keys())), rows, (r) => r2000(r[14], r[15])?.r2000 === true);

  const snapshot: Snapshot = {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    builtAt: newestSourceDate(),
    sources: snapshotSources(),
    symbols: { fields: [...SYMBOL_FIELDS], rows },
    etfs: { source: 'etf', fields: [...ETF_FIELDS], rows: etfs },
    russell: meta,
    fundamentals: { fields: [...FUNDAMENTALS_FIELDS], rows: tables.fundamentals },
    valuation: { fields: [...VALUATION_FIELDS], rows: tables.valuation },
    valuationRefs: tables.valuationRefs,
    smallVsLarge: { series: tables.smallVsLarge },
    macro: {
      fedFunds: { source: 'fomc', decisions: parseFomcDecisions(text('fomc/target-range-decisions.csv')) },
      series: {
        DGS2: mergeSeries('DGS2', [
          { source: 'fredh', points: fred('fred-history/DGS2.csv') },
          { source: 'fred26', points: fred('fred-2026-ytd/DGS2.csv') },
        ]),
        DGS10: mergeSeries('DGS10', [
          { source: 'fredh', points: fred('fred-history/DGS10.csv') },
          { source: 'fred26', points: fred('fred-2026-ytd/DGS10.csv') },
        ]),
        T10Y2Y: mergeSeries('T10Y2Y', [
          { source: 'fredh', points: fred('fred-history/T10Y2Y.csv') },
          { source: 'fred26', points: fred('fred-2026-ytd/T10Y2Y.csv') },
        ]),
        // fred-history has no DFF; the daily series starts 2026-01-01.
        DFF: mergeSeries('DFF', [{ source: 'fred26', points: fred('fred-2026-ytd/DFF.csv') }]),
      },
    },
  };
  const checked = SnapshotSchema.safeParse(snapshot);
  if (!checked.success) throw new Error(`Built snapshot is invalid: ${checked.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return checked.data;
}

/**
 * The valuation datasets, newest first: the pick order. The S&P 500 financials (2026-08-22) come
 * last although they are newer: they have no forward P/E, no net income (loss-makers are blank,
 * with no reason to give) and no industry, so taking their P/E would put a 2026 trailing P/E next
 * to a 2025 forward P/E and compare it with a benchmark lacking an industry median. Members
 * therefore take all four multiples from one Finviz/TradingView dataset and date, with that
 * dataset's benchmark and industry median; the S&P figures fill in only for members absent from
 * all three datasets, and such a P/E is then compared with the S&P financials' own benchmark.
 */
function valuationDatasets(
  sourcesDir: string,
  text: (rel: string) => string,
  financials: ReturnType<typeof parseSp500Financials>,
  members: ReadonlySet<string>,
): Dataset[] {
  const gz = readFileSync(join(sourcesDir, 'finviz-quote-pages-2025-12-22/finviz_scored.csv.gz'));
  const tv = 'tradingview-us-2025-10-24/';
  const spf = new Map<string, DatasetFigures>();
  for (const [symbol, f] of financials) {
    // Rows under $100M are the file's stale or broken ones (see the spf catalog note).
    if (!members.has(symbol) || f.marketCap === null || f.marketCap < 1e8) continue;
    spf.set(symbol, { ...EMPTY_FIGURES, marketCap: f.marketCap, pe: f.pe, pb: f.pb, ebitda: f.ebitda });
  }
  return [
    { id: 'fq25', asOf: SOURCE_CATALOG.fq25.asOf, figures: parseFinvizQuotePages(gunzipSync(gz).toString('utf8')) },
    {
      id: 'tv25',
      asOf: SOURCE_CATALOG.tv25.asOf,
      figures: parseTradingViewScan({ income: text(`${tv}income_statement.csv`), balance: text(`${tv}balance_sheet.csv`), stocks: text(`${tv}tradingview_all_stocks.csv`) }),
    },
    { id: 'fv25', asOf: SOURCE_CATALOG.fv25.asOf, figures: parseFinvizExport(text('finviz-2025-08-21/finviz_2025-08-21.csv')) },
    { id: 'spf', asOf: SOURCE_CATALOG.spf.asOf, figures: spf },
  ];
}
