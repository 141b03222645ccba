import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { russellExpander } from '../expand-snapshot';
import { SNAPSHOT_SCHEMA_VERSION, SYMBOL_FIELDS, ETF_FIELDS, FUNDAMENTALS_FIELDS, VALUATION_FIELDS, SnapshotSchema, type Snapshot } from '../snapshot-schema';
import { buildBankBalance } from './bank-balance';
import { EMPTY_FIGURES, type DatasetFigures } from './dataset-figures';
import { parseFinvizExport } from './finviz-export';
import { parseFinvizFunds } from './finviz-funds';
import { parseFinvizQuotePages } from './finviz-quote-pages';
import { crossCheckFedRange, parseFomcMeetings } from './fomc';
import { parseTradingViewScan } from './tradingview-scan';
import type { Dataset } from './valuation-pick';
import { buildValuationTables } from './valuation-tables';
import { mergeSeries } from './macro-series';
import {
  parseEtfTable,
  parseFredColumns,
  parseFredCsv,
  parseSecTickers,
  parseSp500Constituents,
  parseSp500Financials,
} from './parse-sources';
import { applyRussell, estimateForRows, russellMeta } from './russell-membership';
import { finvizStructureExclusions } from './russell-finviz-structure';
import { parseFinvizIndexFlags } from './russell-published';
import { parseScreenerJson, SCREENER_FILES, type ScreenerExchange } from './nasdaq-screener-json';
import { newestSourceDate, snapshotSources, SOURCE_CATALOG } from './source-catalog';
import { buildSymbolRows, encodeVocab } from './universe';

const QUOTE_PAGES = 'finviz-quote-pages-2025-12-22/finviz_scored.csv.gz';

/** FTSE Russell's rank days (30 April), each ranked on the Nasdaq screener taken that day. */
export const RUSSELL_RANK_DAYS = { 2025: '2025-04-30', 2026: '2026-04-30' } as const;

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
  const screenerOf = (dir: string) =>
    parseScreenerJson(
      Object.fromEntries((Object.entries(SCREENER_FILES) as [ScreenerExchange, string][]).map(([ex, file]) => [ex, text(`${dir}/${file}`)])),
    );

  const etfs = parseEtfTable(text('etfs/etfs.csv'));
  const finvizExport = text('finviz-2025-08-21/finviz_2025-08-21.csv');
  const sec = parseSecTickers(JSON.parse(text('sec-company-tickers/company_tickers_exchange.json')));
  const sp500 = parseSp500Constituents(text('sp500-constituents/constituents.csv'));
  const financials = parseSp500Financials(text('sp500-financials/constituents-financials.csv'));
  const listings = screenerOf('nasdaq-screener-2026-08-21');
  const rankDay2026 = screenerOf(`nasdaq-screener-rankday-${RUSSELL_RANK_DAYS[2026]}`);
  const rankDay2025 = screenerOf(`nasdaq-screener-rankday-${RUSSELL_RANK_DAYS[2025]}`);
  const baseRows = buildSymbolRows({
    sec,
    listings,
    priorListings: [rankDay2026, rankDay2025],
    sp500,
    financials,
    etfs,
    funds: parseFinvizFunds(finvizExport),
  });
  // Each reconstitution is ranked on its own rank-day screener only, never on later figures.
  const sp500Set = new Set(sp500.keys());
  const datasets = valuationDatasets(sourcesDir, text, financials, sp500Set);
  // Finviz's published Russell 2000 tags and headquarters countries (see russell-published):
  // quote pages (2025-12-22) first, the 2025-08-21 export for stocks under their $300M cut.
  const published = parseFinvizIndexFlags(gunzipSync(readFileSync(join(sourcesDir, QUOTE_PAGES))).toString('utf8'), SOURCE_CATALOG.fq25.asOf);
  const hq = new Map<string, string>();
  for (const d of ['fv25', 'fq25']) for (const [symbol, f] of datasets.find((x) => x.id === d)!.figures) if (f.country) hq.set(symbol, f.country);
  const structure = finvizStructureExclusions(finvizExport);
  // 2025: no 2024 membership may ship, so a band company keeps the index published after the
  // 2025 reconstitution (Finviz's Russell 2000 tag), else goes by rank.
  const russell2025 = estimateForRows(baseRows, sec, rankDay2025, sp500Set, null, { hq, published, structure });
  // 2026: the ±2.5% banding keeps the 2025 estimate's members in their index.
  const russell = estimateForRows(baseRows, sec, rankDay2026, sp500Set, russell2025, { hq, published, structure });
  const { rows, vocab } = encodeVocab(applyRussell(baseRows, russell, russell2025));
  const fomc = parseFomcMeetings(JSON.parse(text('fomc-2026/meetings.json')));
  const rates = parseFredColumns(text('fred-rates-2026-08/rates.csv'), ['DFEDTARL', 'DFEDTARU', 'DGS2', 'DGS10', 'DGS30', 'DFF'], 'fred-rates-2026-08/rates.csv');
  const range = crossCheckFedRange(fomc.decisions, rates.DFEDTARL, rates.DFEDTARU);
  const meta = russellMeta(russell, 'rus', RUSSELL_RANK_DAYS[2026], SOURCE_CATALOG.rus.asOf, 2026, 2025);
  // The small-vs-large series and coverage figures count the 2026 estimate's Russell 2000.
  const r2000 = russellExpander(meta);
  const tables = buildValuationTables(datasets, rows, (r) => r2000(r[14], r[15])?.r2000 === true);

  const snapshot: Snapshot = {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    builtAt: newestSourceDate(),
    sources: snapshotSources(),
    symbols: { fields: [...SYMBOL_FIELDS], vocab, rows },
    etfs: { source: 'etf', fields: [...ETF_FIELDS], rows: etfs },
    russell: meta,
    russell2025: russellMeta(russell2025, 'rus25', RUSSELL_RANK_DAYS[2025], SOURCE_CATALOG.rus25.asOf, 2025, null, `Finviz's Russell 2000 tags of ${published.asOf}`),
    fundamentals: { fields: [...FUNDAMENTALS_FIELDS], rows: tables.fundamentals },
    valuation: { fields: [...VALUATION_FIELDS], rows: tables.valuation },
    valuationRefs: tables.valuationRefs,
    smallVsLarge: { series: tables.smallVsLarge },
    bankBalance: buildBankBalance('tv25', datasets.find((d) => d.id === 'tv25')!.figures, new Set(rows.map((r) => r[0]))),
    macro: {
      fedFunds: {
        source: 'fomc26',
        decisions: fomc.decisions,
        range: { source: 'fredr', ...range },
        scheduled: fomc.scheduled,
      },
      // Parts in fetch order (fredh 2026-01, fredr 2026-08, fred26 2026-09): on a shared date the
      // later fetch wins, as it carries FRED's revisions.
      series: {
        DGS2: mergeSeries('DGS2', [
          { source: 'fredh', points: fred('fred-history/DGS2.csv') },
          { source: 'fredr', points: rates.DGS2 },
          { source: 'fred26', points: fred('fred-2026-ytd/DGS2.csv') },
        ]),
        DGS10: mergeSeries('DGS10', [
          { source: 'fredh', points: fred('fred-history/DGS10.csv') },
          { source: 'fredr', points: rates.DGS10 },
          { source: 'fred26', points: fred('fred-2026-ytd/DGS10.csv') },
        ]),
        // Only fred-rates-2026-08 has the 30-year yield (to 2026-08-20).
        DGS30: mergeSeries('DGS30', [{ source: 'fredr', points: rates.DGS30 }]),
        T10Y2Y: mergeSeries('T10Y2Y', [
          { source: 'fredh', points: fred('fred-history/T10Y2Y.csv') },
          { source: 'fred26', points: fred('fred-2026-ytd/T10Y2Y.csv') },
        ]),
        DFF: mergeSeries('DFF', [
          { source: 'fredr', points: rates.DFF },
          { source: 'fred26', points: fred('fred-2026-ytd/DFF.csv') },
        ]),
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
  const gz = readFileSync(join(sourcesDir, QUOTE_PAGES));
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
