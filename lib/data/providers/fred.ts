/**
 * FRED (Federal Reserve Bank of St. Louis) through its keyless graph CSV `fredgraph.csv?id=DGS10`.
 * A missing observation is "." or an empty cell.
 */
import { parseCsv } from '../../csv';
import { fetchText, ProviderError, type FetchOptions } from './http';
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
