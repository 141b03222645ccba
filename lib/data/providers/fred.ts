/**
 * FRED (Federal Reserve Bank of St. Louis). Two doors to the same data:
 *  - the keyless graph CSV `fredgraph.csv?id=DGS10` (what CapLens uses by default), and
 *  - the keyed JSON API `series/observations` (optional; the user's key is sent only to
 *    api.stlouisfed.org and is redacted from every error message by http.ts).
 * Both mark a missing observation with "." (the graph CSV sometimes with an empty cell instead).
 */
import { z } from 'zod';
import { parseCsv } from '../../csv';
import { fetchJson, fetchText, ProviderError, type FetchOptions } from './http';
import { isIsoDate, parseCell, toSeries, type ParseResult, type Series } from './series';

export function fredSource(seriesId: string): string {
  return `FRED, Federal Reserve Bank of St. Louis (${seriesId})`;
}

// Encoded rather than rejected: an unknown id simply comes back as HTTP 404 from FRED.
function checkId(seriesId: string): string {
  return encodeURIComponent(seriesId.trim().toUpperCase());
}

/** Keyless CSV. `start` (ISO) limits the download via FRED's `cosd` parameter. */
export function fredGraphCsvUrl(seriesId: string, start?: string): string {
  const id = checkId(seriesId);
  return `https://fred.stlouisfed.org/graph/fredgraph.csv?id=${id}${start ? `&cosd=${start}` : ''}`;
}

export function fredObservationsUrl(seriesId: string, apiKey: string, start?: string): string {
  const id = checkId(seriesId);
  const params = new URLSearchParams({ series_id: decodeURIComponent(id), api_key: apiKey, file_type: 'json' });
  if (start) params.set('observation_start', start);
  return `https://api.stlouisfed.org/fred/series/observations?${params.toString()}`;
}

export interface FredParsed extends Series {
  /** Observations present in the file but marked missing ("." or blank), e.g. market holidays. */
  missing: number;
}

const DATE_HEADERS = new Set(['observation_date', 'date']);
const MAX_ERRORS = 20;

/**
 * Parses `observation_date,DGS10` (current), `DATE,DGS10` (pre-2024 files) or `date,value` (re-saved
 * copies). The value column is the one named after `seriesId` when given, else the second column.
 * Never throws; a wrong header yields an empty series and an error.
 */
export function parseFredCsv(text: string, seriesId?: string): ParseResult<FredParsed> {
  const table = parseCsv(typeof text === 'string' ? text : '');
  const header = (table[0] ?? []).map((h) => h.trim());
  const fail = (msg: string): ParseResult<FredParsed> => ({
    value: { ...toSeries(seriesId ?? '', [], 'percent', fredSource(seriesId ?? '?')), missing: 0 },
    errors: [msg],
  });
  if (header.length < 2 || !DATE_HEADERS.has(header[0]!.toLowerCase())) {
    return fail(`not a FRED graph CSV: header ${JSON.stringify(header.slice(0, 3))}`);
  }
  const named = seriesId ? header.findIndex((h) => h.toUpperCase() === seriesId.toUpperCase()) : -1;
  const col = named > 0 ? named : 1;
  const id = seriesId?.toUpperCase() ?? header[col]!;
  const errors: string[] = [];
  const points: [string, number][] = [];
  let missing = 0;
  let bad = 0;
  for (let r = 1; r < table.length; r++) {
    const cells = table[r]!;
    if (cells.length === 1 && cells[0]!.trim() === '') continue;
    const date = (cells[0] ?? '').trim();
    if (!isIsoDate(date)) {
      if (++bad <= MAX_ERRORS) errors.push(`row ${r + 1}: unreadable date ${JSON.stringify(date)}`);
      continue;
    }
    const raw = (cells[col] ?? '').trim();
    const v = parseCell(raw);
    if (v === null) {
      if (raw !== '' && raw !== '.' && ++bad <= MAX_ERRORS) errors.push(`row ${r + 1}: unreadable value ${JSON.stringify(raw)}`);
      missing++;
      continue;
    }
    points.push([date, v]);
  }
  if (bad > MAX_ERRORS) errors.push(`… ${bad - MAX_ERRORS} more unreadable rows`);
  return { value: { ...toSeries(id, points, 'percent', fredSource(id)), missing }, errors };
}

/** The JSON API's observation list; extra fields FRED adds are ignored. */
export const FredObservationsSchema = z.object({
  observations: z.array(
    z.object({
      date: z.string().refine(isIsoDate, 'expected yyyy-mm-dd'),
      value: z.string(),
    }),
  ),
});
export type FredObservations = z.infer<typeof FredObservationsSchema>;

export function fredObservationsToSeries(seriesId: string, body: FredObservations): FredParsed {
  const id = seriesId.toUpperCase();
  let missing = 0;
  const points: [string, number][] = [];
  for (const o of body.observations) {
    const v = parseCell(o.value);
    if (v === null) missing++;
    else points.push([o.date, v]);
  }
  return { ...toSeries(id, points, 'percent', fredSource(id)), missing };
}

type NetOptions = Omit<FetchOptions<string>, 'schema'>;

/** Keyless download; an empty result is a 'schema' error (FRED changed the CSV or the id is unknown). */
export async function fetchFredSeries(seriesId: string, options: NetOptions & { start?: string } = {}): Promise<FredParsed> {
  const url = fredGraphCsvUrl(seriesId, options.start);
  const text = await fetchText(url, { label: 'FRED', ...options });
  const { value, errors } = parseFredCsv(text, seriesId);
  if (value.dates.length === 0) {
    throw new ProviderError('schema', `FRED: no observations for ${seriesId} (${errors.join('; ') || 'empty file'})`, {
      url,
      issues: errors,
    });
  }
  return value;
}

export async function fetchFredSeriesWithKey(
  seriesId: string,
  apiKey: string,
  options: Omit<FetchOptions<FredObservations>, 'schema'> & { start?: string } = {},
): Promise<FredParsed> {
  const url = fredObservationsUrl(seriesId, apiKey, options.start);
  const body = await fetchJson(url, { label: 'FRED API', ...options, schema: FredObservationsSchema });
  return fredObservationsToSeries(seriesId, body);
}
