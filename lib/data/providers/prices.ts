/**
 * Free price sources for the last price and one year of daily closes.
 *  - Yahoo chart JSON v8 (no key; undocumented, personal-use terms; can 429 without notice).
 *  - Stooq CSV daily history (no key; fallback; answers "No data"/"N/D" for unknown symbols).
 * Both are parsed into the same `PriceHistory` so the cache does not care which one answered.
 */
import { z } from 'zod';
import { parseCsv } from '../../csv';
import { normalizeSymbol } from '../normalize-symbol';
import { fetchJson, fetchText, ProviderError, type FetchOptions } from './http';
import { isIsoDate, parseCell, type ParseResult } from './series';

export interface DailyClose {
  /** Exchange-local trading date, ISO yyyy-mm-dd. */
  date: string;
  close: number;
}

export interface PriceHistory {
  symbol: string;
  currency: string | null;
  /** Last traded price (Yahoo) or last daily close (Stooq). */
  regularMarketPrice: number | null;
  previousClose: number | null;
  /** ISO timestamp of regularMarketPrice (Yahoo) or the last close's date (Stooq). */
  asOf: string | null;
  /** Ascending, one per trading day, nulls removed. */
  closes: DailyClose[];
  source: string;
}

// ---------- symbol mapping ----------

/** CapLens `BRK.B` → Yahoo `BRK-B`; index symbols (`^TNX`) pass through. Null when not a ticker. */
export function toYahooSymbol(symbol: string): string | null {
  const t = symbol.trim();
  if (/^\^[A-Za-z0-9.]{1,10}$/.test(t)) return t.toUpperCase();
  return normalizeSymbol(t)?.replace(/\./g, '-') ?? null;
}

/** Yahoo `BRK-B` → CapLens `BRK.B`. */
export function fromYahooSymbol(symbol: string): string | null {
  const t = symbol.trim();
  if (t.startsWith('^')) return t.toUpperCase();
  return normalizeSymbol(t);
}

/** CapLens `BRK.B` → Stooq `brk-b.us` (US listings only). Indexes have other Stooq names: null. */
export function toStooqSymbol(symbol: string): string | null {
  const n = normalizeSymbol(symbol);
  return n === null ? null : `${n.replace(/\./g, '-').toLowerCase()}.us`;
}

// ---------- Yahoo ----------

export function yahooChartUrl(symbol: string, range = '1y', interval = '1d'): string {
  const params = new URLSearchParams({ range, interval });
  return `https://query1.finance.yahoo.com/v8/finance/chart/${encodeURIComponent(symbol)}?${params.toString()}`;
}

const nullableNumbers = z.array(z.number().nullable());

/** Only the fields CapLens reads are required; Yahoo adds meta fields often and they are ignored. */
export const YahooChartSchema = z.object({
  chart: z.object({
    result: z
      .array(
        z.object({
          meta: z.object({
            symbol: z.string(),
            currency: z.string().nullable().optional(),
            regularMarketPrice: z.number(),
            regularMarketTime: z.number().optional(),
            previousClose: z.number().nullable().optional(),
            chartPreviousClose: z.number().nullable().optional(),
            gmtoffset: z.number().optional(),
            range: z.string().optional(),
          }),
          // Absent when the range has no bars (e.g. a halted symbol).
          timestamp: z.array(z.number()).optional(),
          indicators: z.object({ quote: z.array(z.object({ close: nullableNumbers.optional() })) }),
        }),
      )
      .nullable(),
    error: z.object({ code: z.string(), description: z.string().nullable().optional() }).nullable().optional(),
  }),
});
export type YahooChart = z.infer<typeof YahooChartSchema>;

export const YAHOO_SOURCE = 'Yahoo Finance chart API';

/** Validated chart → PriceHistory. Throws ProviderError('http') when Yahoo answered with its error object. */
export function parseYahooChart(body: YahooChart): PriceHistory {
  const result = body.chart.result?.[0];
  if (!result) {
    const err = body.chart.error;
    const text = err ? `${err.code}${err.description ? ` — ${err.description}` : ''}` : 'empty chart result';
    throw new ProviderError('http', `Yahoo: ${text}`, { status: err?.code === 'Not Found' ? 404 : undefined });
  }
  const { meta } = result;
  // Daily bars are stamped at the session open; shifting by the exchange's UTC offset gives the
  // local trading date (the offset is today's, but a DST hour cannot move 09:30 across midnight).
  const offsetMs = (meta.gmtoffset ?? 0) * 1000;
  const localDate = (sec: number) => new Date(sec * 1000 + offsetMs).toISOString().slice(0, 10);
  const ts = result.timestamp ?? [];
  const closesRaw = result.indicators.quote[0]?.close ?? [];
  const byDate = new Map<string, number>();
  ts.forEach((t, i) => {
    const c = closesRaw[i];
    if (typeof c === 'number' && Number.isFinite(c)) byDate.set(localDate(t), c); // intraday: last bar of the day wins
  });
  const closes = [...byDate].map(([date, close]) => ({ date, close })).sort((a, b) => (a.date < b.date ? -1 : 1));

  // meta.chartPreviousClose is the close before the *chart range* (a year ago for range=1y), so it
  // is only a previous-day close when the range is one day.
  let previousClose = meta.previousClose ?? (meta.range === '1d' ? (meta.chartPreviousClose ?? null) : null);
  if (previousClose === null && meta.regularMarketTime !== undefined) {
    const today = localDate(meta.regularMarketTime);
    previousClose = closes.filter((c) => c.date < today).at(-1)?.close ?? null;
  }
  return {
    symbol: fromYahooSymbol(meta.symbol) ?? meta.symbol,
    currency: meta.currency ?? null,
    regularMarketPrice: meta.regularMarketPrice,
    previousClose,
    asOf: meta.regularMarketTime === undefined ? null : new Date(meta.regularMarketTime * 1000).toISOString(),
    closes,
    source: YAHOO_SOURCE,
  };
}

export async function fetchYahooChart(
  symbol: string,
  options: Omit<FetchOptions<YahooChart>, 'schema'> & { range?: string; interval?: string } = {},
): Promise<PriceHistory> {
  const ySymbol = toYahooSymbol(symbol);
  if (ySymbol === null) throw new ProviderError('http', `Yahoo: ${JSON.stringify(symbol)} is not a ticker symbol`, { status: 400 });
  const url = yahooChartUrl(ySymbol, options.range, options.interval);
  const body = await fetchJson(url, { label: 'Yahoo', ...options, schema: YahooChartSchema });
  try {
    return parseYahooChart(body);
  } catch (e) {
    throw e instanceof ProviderError ? new ProviderError(e.kind, e.message, { url, status: e.status }) : e;
  }
}

// ---------- Stooq ----------

export function stooqHistoryUrl(stooqSymbol: string): string {
  return `https://stooq.com/q/d/l/?s=${encodeURIComponent(stooqSymbol)}&i=d`;
}

export const STOOQ_SOURCE = 'Stooq daily history';

// English headers, plus the Polish ones Stooq serves when its language cookie is "pl".
const DATE_NAMES = new Set(['date', 'data']);
const CLOSE_NAMES = new Set(['close', 'zamkniecie']);

/**
 * Parses the daily history CSV (`Date,Open,High,Low,Close,Volume`) or the quote CSV
 * (`Symbol,Date,Time,Open,High,Low,Close,Volume`, "N/D" for unknown symbols). Never throws.
 */
export function parseStooqCsv(text: string, symbol: string): ParseResult<PriceHistory> {
  const result = (closes: DailyClose[], errors: string[]): ParseResult<PriceHistory> => ({
    value: {
      symbol,
      currency: null, // Stooq's CSV does not say; US listings are USD
      regularMarketPrice: closes.at(-1)?.close ?? null,
      previousClose: closes.at(-2)?.close ?? null,
      asOf: closes.at(-1)?.date ?? null,
      closes,
      source: STOOQ_SOURCE,
    },
    errors,
  });
  const table = parseCsv(typeof text === 'string' ? text : '');
  const header = (table[0] ?? []).map((h) => h.trim().toLowerCase());
  const dateCol = header.findIndex((h) => DATE_NAMES.has(h));
  const closeCol = header.findIndex((h) => CLOSE_NAMES.has(h));
  if (dateCol < 0 || closeCol < 0) {
    // Unknown symbols get the body "No data"; over-quota clients get a one-line notice.
    const first = (table[0] ?? []).join(',').trim().slice(0, 80);
    return result([], [first === '' ? 'Stooq: empty response' : `Stooq: ${first}`]);
  }
  const byDate = new Map<string, number>();
  let nd = 0;
  const errors: string[] = [];
  for (let r = 1; r < table.length; r++) {
    const cells = table[r]!;
    const date = (cells[dateCol] ?? '').trim();
    const close = parseCell(cells[closeCol]);
    if (close === null || !isIsoDate(date)) {
      if (cells.join('').trim() !== '') nd++;
      continue;
    }
    byDate.set(date, close);
  }
  if (nd > 0) errors.push(`Stooq: ${nd} row(s) without a date or close (N/D: unknown symbol or no trade)`);
  const closes = [...byDate].map(([date, close]) => ({ date, close })).sort((a, b) => (a.date < b.date ? -1 : 1));
  return result(closes, errors);
}

export async function fetchStooqHistory(symbol: string, options: Omit<FetchOptions<string>, 'schema'> = {}): Promise<PriceHistory> {
  const sSymbol = toStooqSymbol(symbol);
  if (sSymbol === null) throw new ProviderError('http', `Stooq: ${JSON.stringify(symbol)} is not a US ticker symbol`, { status: 400 });
  const url = stooqHistoryUrl(sSymbol);
  const text = await fetchText(url, { label: 'Stooq', ...options });
  const canonical = normalizeSymbol(symbol) ?? symbol;
  const { value, errors } = parseStooqCsv(text, canonical);
  if (value.closes.length === 0) {
    const first = errors[0] ?? 'Stooq: no rows';
    // Same convention as Yahoo's 404: "the provider does not know this symbol" is not an outage.
    if (/no data|N\/D/i.test(first)) throw new ProviderError('http', `${first} (${sSymbol})`, { url, status: 404, issues: errors });
    if (/limit/i.test(first)) throw new ProviderError('rate-limited', `${first} (${sSymbol})`, { url, issues: errors });
    throw new ProviderError('schema', `${first} (${sSymbol})`, { url, issues: errors });
  }
  return value;
}
