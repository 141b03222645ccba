import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SNAPSHOT_SCHEMA_VERSION, SYMBOL_FIELDS, ETF_FIELDS, FUNDAMENTALS_FIELDS, SnapshotSchema, type Snapshot } from '../snapshot-schema';
import { parseFundamentals } from './fundamentals';
import { crossCheckFedRange, parseFomcMeetings } from './fomc';
import { mergeSeries } from './macro';
import {
  parseEtfTable,
  parseFredColumns,
  parseFredCsv,
  parseSecTickers,
  parseSp500Constituents,
  parseSp500Financials,
} from './parse-sources';
import { applyRussell, estimateForRows, russellMeta } from './russell-membership';
import { parseScreener } from './screener';
import { parseScreenerJson, SCREENER_FILES, type ScreenerExchange } from './nasdaq-screener-json';
import { newestSourceDate, snapshotSources, SOURCE_CATALOG } from './source-catalog';
import { buildSymbolRows, encodeVocab } from './universe';

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
  const screenerOf = (dir: string) =>
    parseScreenerJson(
      Object.fromEntries((Object.entries(SCREENER_FILES) as [ScreenerExchange, string][]).map(([ex, file]) => [ex, text(`${dir}/${file}`)])),
    );

  const etfs = parseEtfTable(text('etfs/etfs.csv'));
  const sec = parseSecTickers(JSON.parse(text('sec-company-tickers/company_tickers_exchange.json')));
  const screener = parseScreener(text('fundamentals-nasdaq-sample-2025-05/nasdaq_final.csv'));
  const sp500 = parseSp500Constituents(text('sp500-constituents/constituents.csv'));
  const listings = screenerOf('nasdaq-screener-2026-08-21');
  const rankDay2026 = screenerOf('nasdaq-screener-rankday-2026-04-30');
  const rankDay2025 = screenerOf('nasdaq-screener-rankday-2025-04-30');
  const baseRows = buildSymbolRows({
    sec,
    listings,
    priorListings: [rankDay2026, rankDay2025],
    sp500,
    financials: parseSp500Financials(text('sp500-financials/constituents-financials.csv')),
    etfs,
  });
  // Ranked on the screener's caps only (one date), never on the 2026 S&P figures.
  const russell = estimateForRows(baseRows, sec, screener, new Set(sp500.keys()));
  const { rows, vocab } = encodeVocab(applyRussell(baseRows, russell));
  const fomc = parseFomcMeetings(JSON.parse(text('fomc-2026/meetings.json')));
  const rates = parseFredColumns(text('fred-rates-2026-08/rates.csv'), ['DFEDTARL', 'DFEDTARU', 'DGS2', 'DGS10', 'DGS30', 'DFF'], 'fred-rates-2026-08/rates.csv');
  const range = crossCheckFedRange(fomc.decisions, rates.DFEDTARL, rates.DFEDTARU);
  const fundamentals = parseFundamentals(text('fundamentals-nasdaq-sample-2025-05/data_final.csv'), new Set(rows.map((r) => r[0])));

  const snapshot: Snapshot = {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    builtAt: newestSourceDate(),
    sources: snapshotSources(),
    symbols: { fields: [...SYMBOL_FIELDS], vocab, rows },
    etfs: { source: 'etf', fields: [...ETF_FIELDS], rows: etfs },
    russell: russellMeta(russell, 'rus', RUSSELL_RANK_DAY, SOURCE_CATALOG.rus.asOf),
    fundamentals: { source: 'yf', fields: [...FUNDAMENTALS_FIELDS], rows: fundamentals },
    macro: {
      fedFunds: {
        source: 'fomc26',
        decisions: fomc.decisions,
        range: { source: 'fredr', ...range },
        nextMeeting: fomc.scheduled[0] ?? null,
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
