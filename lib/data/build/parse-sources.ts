import { z } from 'zod';
import { normalizeSymbol } from '../normalize-symbol';
import { EtfRowSchema, type EtfRow } from '../snapshot-schema';
import { parseCsvObjects } from '../../csv';
import { parseNumber } from './numbers';

/** Pure parsers for the files in data/sources/ (text in, plain data out). */

export interface SecTicker {
  symbol: string;
  cik: number;
  name: string;
  exchange: string | null;
}

const SecFileSchema = z.object({
  fields: z.tuple([z.literal('cik'), z.literal('name'), z.literal('ticker'), z.literal('exchange')]),
  data: z.array(z.tuple([z.number().int(), z.string(), z.string(), z.string().nullable()])),
});

// "NYS" appears once in the SEC file; it is NYSE's own short code, not another venue.
const EXCHANGE_ALIASES: Record<string, string> = { NYS: 'NYSE' };

/** company_tickers_exchange.json, in file order, first occurrence of each symbol kept. */
export function parseSecTickers(json: unknown): SecTicker[] {
  const file = SecFileSchema.parse(json);
  const seen = new Set<string>();
  const out: SecTicker[] = [];
  for (const [cik, name, ticker, exchange] of file.data) {
    const symbol = normalizeSymbol(ticker);
    if (!symbol || seen.has(symbol)) continue;
    seen.add(symbol);
    out.push({ symbol, cik, name: name.trim(), exchange: exchange === null ? null : (EXCHANGE_ALIASES[exchange] ?? exchange) });
  }
  return out;
}

export interface Sp500Member {
  symbol: string;
  name: string;
  sector: string;
  subIndustry: string;
  cik: number | null;
}

export function parseSp500Constituents(csvText: string): Map<string, Sp500Member> {
  const out = new Map<string, Sp500Member>();
  for (const r of parseCsvObjects(csvText)) {
    const symbol = normalizeSymbol(r['Symbol']);
    if (!symbol || out.has(symbol)) continue;
    const cik = parseNumber(r['CIK']);
    out.set(symbol, {
      symbol,
      name: (r['Security'] ?? '').trim(),
      sector: (r['GICS Sector'] ?? '').trim(),
      subIndustry: (r['GICS Sub-Industry'] ?? '').trim(),
      cik: cik !== null && Number.isInteger(cik) ? cik : null,
    });
  }
  return out;
}

export interface Sp500Financials {
  symbol: string;
  marketCap: number | null;
  pe: number | null;
  pb: number | null;
  ebitda: number | null;
}

export function parseSp500Financials(csvText: string): Map<string, Sp500Financials> {
  const out = new Map<string, Sp500Financials>();
  for (const r of parseCsvObjects(csvText)) {
    const symbol = normalizeSymbol(r['Symbol']);
    if (!symbol || out.has(symbol)) continue;
    out.set(symbol, {
      symbol,
      marketCap: parseNumber(r['Market Cap']),
      pe: parseNumber(r['Price/Earnings']),
      pb: parseNumber(r['Price/Book']),
      ebitda: parseNumber(r['EBITDA']),
    });
  }
  return out;
}

/** data/sources/etfs/etfs.csv → validated rows; a malformed row is a build error, not a silent skip. */
export function parseEtfTable(csvText: string): EtfRow[] {
  return parseCsvObjects(csvText).map((r, i) => {
    const symbol = normalizeSymbol(r['symbol']);
    const row = [
      symbol ?? '',
      r['name'] ?? '',
      r['issuer'] ?? '',
      r['tracks'] ?? '',
      r['segment'] ?? '',
      parseNumber(r['leverage']),
      r['sector'] ? r['sector'] : null,
    ];
    const parsed = EtfRowSchema.safeParse(row);
    if (!symbol || !parsed.success) throw new Error(`etfs.csv row ${i + 2} is invalid: ${JSON.stringify(r)}`);
    return parsed.data;
  });
}

/** FRED CSV (either `observation_date,<ID>` or `date,value`): [date, value] pairs, blanks and "." skipped. */
export function parseFredCsv(csvText: string): [string, number][] {
  const out: [string, number][] = [];
  for (const [date, raw] of parseCsvToPairs(csvText)) {
    const value = raw === '.' ? null : parseNumber(raw);
    if (/^\d{4}-\d{2}-\d{2}$/.test(date) && value !== null) out.push([date, value]);
  }
  return out;
}

function parseCsvToPairs(csvText: string): [string, string][] {
  return parseCsvObjects(csvText).map((r) => {
    const [date = '', value = ''] = Object.values(r);
    return [date.trim(), value.trim()];
  });
}

/**
 * A wide FRED file (`date,<ID>,<ID>,…`, one row per calendar day, blanks where no observation)
 * → [date, value] pairs for the requested columns only, so series we must not ship (ACMTP10,
 * JP10Y) are never read. A requested column missing from the header is a build error.
 */
export function parseFredColumns<Id extends string>(csvText: string, ids: readonly Id[], file = 'FRED CSV'): Record<Id, [string, number][]> {
  const rows = parseCsvObjects(csvText);
  const header = rows[0] ? Object.keys(rows[0]) : [];
  const out = {} as Record<Id, [string, number][]>;
  for (const id of ids) {
    if (!header.includes(id)) throw new Error(`${file} has no ${id} column (header: ${header.join(',')})`);
    out[id] = [];
  }
  for (const r of rows) {
    const date = (r['date'] ?? '').trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`${file} has a row with a bad date: ${JSON.stringify(date)}`);
    for (const id of ids) {
      const raw = (r[id] ?? '').trim();
      if (raw === '' || raw === '.') continue;
      const value = parseNumber(raw);
      if (value === null) throw new Error(`${file}: ${id} on ${date} is not a number: ${JSON.stringify(raw)}`);
      out[id].push([date, value]);
    }
  }
  return out;
}
