import { z } from 'zod';
import { normalizeSymbol } from '../normalize-symbol';
import { parseNumber } from './numbers';
import { classifyScreenerName, issuerNameFromScreener, type ScreenerRow } from './screener';

/**
 * The Nasdaq.com stock-screener download as mirrored nightly (rreichel3/US-Stock-Symbols):
 * one JSON array per exchange, every field a string. Used for three dates (rank days 2025-04-30
 * and 2026-04-30, and 2026-08-21 for today's caps); see each folder's SOURCE.md.
 *
 * Like the older CSV export, `marketCap` is the issuer's total repeated on every security of that
 * issuer (a preferred shows the parent's cap), so only common-equity and ADR rows lend it to a
 * symbol. Empty or "0.00" means missing. `country` is the screener's headquarters country.
 */

export type ScreenerExchange = 'NASDAQ' | 'NYSE' | 'AMEX';

export interface ListingRow extends ScreenerRow {
  exchange: ScreenerExchange;
  /** Headquarters country as the screener gives it ("United States"); null when blank. */
  country: string | null;
  /** Nasdaq's own scheme ("Major Banks", "Real Estate Investment Trusts"), not GICS; null when blank. */
  industry: string | null;
  sector: string | null;
  ipoYear: number | null;
}

const RowSchema = z.object({
  symbol: z.string(),
  name: z.string(),
  lastsale: z.string(),
  marketCap: z.string(),
  country: z.string().optional().default(''),
  ipoyear: z.string().optional().default(''),
  industry: z.string().optional().default(''),
  sector: z.string().optional().default(''),
});
const FileSchema = z.array(RowSchema);

export const SCREENER_FILES: Record<ScreenerExchange, string> = {
  NASDAQ: 'nasdaq_full_tickers.json',
  NYSE: 'nyse_full_tickers.json',
  AMEX: 'amex_full_tickers.json',
};

const blank = (s: string) => (s.trim() === '' ? null : s.trim());

/** One exchange file's text → rows; a file that is not the screener's shape is an error naming the exchange. */
export function parseScreenerJsonFile(exchange: ScreenerExchange, text: string): ListingRow[] {
  const parsed = FileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Nasdaq screener ${exchange} file is malformed at ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const out: ListingRow[] = [];
  for (const r of parsed.data) {
    const symbol = normalizeSymbol(r.symbol.replace(/\^/g, '.P'));
    if (!symbol) continue;
    const rawName = r.name.trim();
    const security = classifyScreenerName(rawName);
    const cap = parseNumber(r.marketCap);
    const ipo = parseNumber(r.ipoyear);
    out.push({
      symbol,
      name: issuerNameFromScreener(rawName),
      rawName,
      security,
      marketCap: security !== 'other' && cap !== null && cap > 0 ? cap : null,
      price: parseNumber(r.lastsale),
      exchange,
      country: blank(r.country),
      industry: blank(r.industry),
      sector: blank(r.sector),
      ipoYear: ipo !== null && Number.isInteger(ipo) ? ipo : null,
    });
  }
  return out;
}

/** All three exchange files of one date, keyed by canonical symbol; the first file listing a symbol wins. */
export function parseScreenerJson(files: Partial<Record<ScreenerExchange, string>>): Map<string, ListingRow> {
  const out = new Map<string, ListingRow>();
  for (const exchange of Object.keys(SCREENER_FILES) as ScreenerExchange[]) {
    const text = files[exchange];
    if (text === undefined) continue;
    for (const row of parseScreenerJsonFile(exchange, text)) if (!out.has(row.symbol)) out.set(row.symbol, row);
  }
  return out;
}
