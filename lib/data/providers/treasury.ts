/**
 * U.S. Treasury "Daily Treasury Par Yield Curve Rates" CSV (home.treasury.gov, no key, public domain).
 * Columns are mapped by name, never by position: Treasury added "1.5 Month" in 2025 and has carried
 * "4 Mo" and "6 Wk" only in some years, so a positional parser would silently read the wrong tenor.
 * Rows arrive newest first; the output is ascending.
 */
import { parseCsv } from '../../csv';
import { fetchText, ProviderError, type FetchOptions } from './http';
import { differenceSeries, isIsoDate, parseCell, toSeries, usDateToIso, type ParseResult, type Series } from './series';

export const TREASURY_SOURCE = 'U.S. Treasury daily par yield curve (home.treasury.gov)';
const MAX_ERRORS = 20;

export function treasuryCsvUrl(year: number): string {
  return (
    'https://home.treasury.gov/resource-center/data-chart-center/interest-rates/daily-treasury-rates.csv/' +
    `${year}/all?type=daily_treasury_yield_curve&field_tdr_date_value=${year}&page&_format=csv`
  );
}

export interface TreasuryRow {
  /** ISO yyyy-mm-dd. */
  date: string;
  /** Percent yield by tenor key ("1m", "1.5m", "6w", "2y", "10y", …); a blank cell is simply absent. */
  yields: Record<string, number>;
}

export interface TreasuryCurve {
  /** Tenor keys found in the header, in header order. */
  tenors: string[];
  /** Ascending by date. */
  rows: TreasuryRow[];
}

/** "2 Yr" → "2y", "1.5 Month" → "1.5m", "6 Wk" → "6w"; null for anything that is not a tenor. */
export function tenorKey(header: string): string | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*-?\s*(wks?|weeks?|mos?|mths?|months?|yrs?|years?)\s*$/i.exec(header);
  if (!m) return null;
  const unit = m[2]!.toLowerCase();
  const suffix = unit.startsWith('w') ? 'w' : unit.startsWith('m') ? 'm' : 'y';
  return `${Number(m[1])}${suffix}`;
}

/** Never throws: a missing Date column or bad rows are reported in `errors`. */
export function parseTreasuryCsv(text: string): ParseResult<TreasuryCurve> {
  const errors: string[] = [];
  const empty = (msg: string): ParseResult<TreasuryCurve> => ({ value: { tenors: [], rows: [] }, errors: [msg] });
  const table = parseCsv(typeof text === 'string' ? text : '');
  const header = table[0];
  if (!header) return empty('empty CSV');
  const dateCol = header.findIndex((h) => h.trim().toLowerCase() === 'date');
  if (dateCol < 0) return empty(`no "Date" column in header: ${JSON.stringify(header.slice(0, 6))}`);
  const tenorCols: [number, string][] = [];
  header.forEach((h, i) => {
    const key = tenorKey(h);
    if (key !== null && !tenorCols.some(([, k]) => k === key)) tenorCols.push([i, key]);
  });
  if (tenorCols.length === 0) return empty('no tenor columns ("1 Mo", "2 Yr", …) in header');

  const byDate = new Map<string, TreasuryRow>();
  let bad = 0;
  for (let r = 1; r < table.length; r++) {
    const cells = table[r]!;
    if (cells.every((c) => c.trim() === '')) continue;
    const rawDate = (cells[dateCol] ?? '').trim();
    // Treasury writes MM/DD/YYYY; accept ISO too in case a mirror or a future format uses it.
    const date = usDateToIso(rawDate) ?? (isIsoDate(rawDate) ? rawDate : null);
    if (date === null) {
      if (++bad <= MAX_ERRORS) errors.push(`row ${r + 1}: unreadable date ${JSON.stringify(cells[dateCol] ?? '')}`);
      continue;
    }
    const yields: Record<string, number> = {};
    for (const [col, key] of tenorCols) {
      const v = parseCell(cells[col]);
      if (v !== null) yields[key] = v;
    }
    byDate.set(date, { date, yields });
  }
  if (bad > MAX_ERRORS) errors.push(`… ${bad - MAX_ERRORS} more rows with unreadable dates`);
  const rows = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { value: { tenors: tenorCols.map(([, k]) => k), rows }, errors };
}

export interface TreasurySeries {
  ust2y: Series;
  ust10y: Series;
  /** 10y − 2y in percentage points, on dates that have both. */
  spread2s10s: Series;
}

export function treasurySeries(rows: readonly TreasuryRow[]): TreasurySeries {
  const pick = (key: string) =>
    rows.flatMap((r): [string, number][] => (r.yields[key] === undefined ? [] : [[r.date, r.yields[key]!]]));
  const ust2y = toSeries('UST2Y', pick('2y'), 'percent', TREASURY_SOURCE);
  const ust10y = toSeries('UST10Y', pick('10y'), 'percent', TREASURY_SOURCE);
  const spread2s10s = differenceSeries('UST2S10S', ust10y, ust2y, 'percentage points', `${TREASURY_SOURCE}, 10y − 2y derived`);
  return { ust2y, ust10y, spread2s10s };
}

/** Merges several years' rows (later arguments win on a shared date), ascending. */
export function mergeTreasuryRows(...parts: readonly (readonly TreasuryRow[])[]): TreasuryRow[] {
  const byDate = new Map<string, TreasuryRow>();
  for (const part of parts) for (const row of part) byDate.set(row.date, row);
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/**
 * Downloads the given calendar years (e.g. [2025, 2026] for two years of history) and merges them.
 * A year whose CSV has no readable rows is a 'schema' error: Treasury changed the format.
 */
export async function fetchTreasuryCurve(
  years: readonly number[],
  options: Omit<FetchOptions<string>, 'schema'> = {},
): Promise<TreasuryCurve & TreasurySeries & { warnings: string[] }> {
  const parts: TreasuryRow[][] = [];
  const warnings: string[] = [];
  let tenors: string[] = [];
  for (const year of years) {
    const url = treasuryCsvUrl(year);
    const text = await fetchText(url, { label: 'U.S. Treasury', ...options });
    const { value, errors } = parseTreasuryCsv(text);
    if (value.rows.length === 0) {
      throw new ProviderError('schema', `U.S. Treasury: no yield rows in ${year} CSV (${errors.join('; ') || 'empty'})`, {
        url,
        issues: errors,
      });
    }
    warnings.push(...errors.map((e) => `${year}: ${e}`));
    tenors = [...new Set([...tenors, ...value.tenors])];
    parts.push(value.rows);
  }
  const rows = mergeTreasuryRows(...parts);
  return { tenors, rows, ...treasurySeries(rows), warnings };
}
