import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SNAPSHOT_SCHEMA_VERSION, SYMBOL_FIELDS, ETF_FIELDS, FUNDAMENTALS_FIELDS, SnapshotSchema, type Snapshot } from '../snapshot-schema';
import { parseFundamentals } from './fundamentals';
import { mergeSeries } from './macro';
import {
  parseEtfTable,
  parseFomcDecisions,
  parseFredCsv,
  parseSecTickers,
  parseSp500Constituents,
  parseSp500Financials,
} from './parse-sources';
import { parseScreenerJson, SCREENER_FILES, type ScreenerExchange } from './nasdaq-screener-json';
import { applyRussell, estimateForRows, russellMeta } from './russell-membership';
import { parseScreener } from './screener';
import { newestSourceDate, snapshotSources, SOURCE_CATALOG } from './source-catalog';
import { buildSymbolRows } from './universe';

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

  const etfs = parseEtfTable(text('etfs/etfs.csv'));
  const sec = parseSecTickers(JSON.parse(text('sec-company-tickers/company_tickers_exchange.json')));
  const screener = parseScreener(text('fundamentals-nasdaq-sample-2025-05/nasdaq_final.csv'));
  const sp500 = parseSp500Constituents(text('sp500-constituents/constituents.csv'));
  const baseRows = buildSymbolRows({
    sec,
    screener,
    sp500,
    financials: parseSp500Financials(text('sp500-financials/constituents-financials.csv')),
    etfs,
  });
  // Each reconstitution is ranked on its own rank-day screener only, never on later figures.
  const rankDay = (year: 2025 | 2026) =>
    parseScreenerJson(
      Object.fromEntries(
        (Object.entries(SCREENER_FILES) as [ScreenerExchange, string][]).map(([ex, file]) => [ex, text(`nasdaq-screener-rankday-${RUSSELL_RANK_DAYS[year]}/${file}`)]),
      ),
    );
  const sp500Set = new Set(sp500.keys());
  // 2025 has no earlier estimate to band against (no 2024 membership may ship): ranks alone.
  const russell2025 = estimateForRows(baseRows, sec, rankDay(2025), sp500Set);
  // 2026: the ±2.5% banding keeps the 2025 estimate's members in their index.
  const russell = estimateForRows(baseRows, sec, rankDay(2026), sp500Set, russell2025);
  const rows = applyRussell(baseRows, russell, russell2025);
  const fundamentals = parseFundamentals(text('fundamentals-nasdaq-sample-2025-05/data_final.csv'), new Set(rows.map((r) => r[0])));

  const snapshot: Snapshot = {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    builtAt: newestSourceDate(),
    sources: snapshotSources(),
    symbols: { fields: [...SYMBOL_FIELDS], rows },
    etfs: { source: 'etf', fields: [...ETF_FIELDS], rows: etfs },
    russell: russellMeta(russell, 'rus', RUSSELL_RANK_DAYS[2026], SOURCE_CATALOG.rus.asOf, 2026, 2025),
    russell2025: russellMeta(russell2025, 'rus25', RUSSELL_RANK_DAYS[2025], SOURCE_CATALOG.rus25.asOf, 2025, null),
    fundamentals: { source: 'yf', fields: [...FUNDAMENTALS_FIELDS], rows: fundamentals },
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
