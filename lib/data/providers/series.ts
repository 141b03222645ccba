/**
 * Shared shapes for time series coming from CSV/JSON providers (date arithmetic: lib/dates.ts).
 * Parsers here never throw: real downloads contain holidays, blank cells and odd rows, and one bad
 * row must not cost the user the whole curve. Problems are collected in `errors` instead.
 */

/** Parallel arrays, ascending by date (ISO yyyy-mm-dd); one value per date, missing dates omitted. */
export interface Series {
  id: string;
  dates: string[];
  values: number[];
  /** Units of `values`, e.g. "percent" or "percentage points". */
  unit: string;
  /** Human-readable provenance, e.g. "U.S. Treasury daily par yield curve". */
  source: string;
  /** Date of the last observation, or null for an empty series. */
  asOf: string | null;
}

/** Outcome of a text parser: whatever could be read, plus what could not (never an exception). */
export interface ParseResult<T> {
  value: T;
  errors: string[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in ISO form (rejects 2023-02-30). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  return isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

function isCalendarDate(y: number, mo: number, d: number): boolean {
  if (y < 1000 || mo < 1 || mo > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** Parses a numeric cell; blanks, ".", "N/A", "N/D" and anything non-finite are missing (null). */
export function parseCell(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const t = raw.trim();
  if (t === '' || t === '.' || /^(n\/?a|n\/d|nan|null|-)$/i.test(t)) return null;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/**
 * Builds an ascending series from (date, value) pairs in any order. A duplicate date keeps the
 * value seen last in input order (a re-download or correction is appended later).
 */
export function toSeries(id: string, points: Iterable<[string, number]>, unit: string, source: string): Series {
  const byDate = new Map<string, number>();
  for (const [date, value] of points) byDate.set(date, value);
  const dates = [...byDate.keys()].sort();
  const values = dates.map((d) => byDate.get(d)!);
  return { id, dates, values, unit, source, asOf: dates.at(-1) ?? null };
}
