import type { EtfRow, SymbolRow } from '../snapshot-schema';
import type { SecTicker, Sp500Financials, Sp500Member } from './parse-sources';
import type { ScreenerRow } from './screener';

/**
 * Joins the per-source tables into snapshot rows. Pure; the rules are the product's, so they
 * live here in one place:
 * - universe = SEC tickers (file order, first occurrence wins), then ETF-table funds and current
 *   S&P 500 members that the SEC file lacks (new listings and spin-offs);
 * - market cap: S&P financials for current members (its stale rows for ex-members are ignored and
 *   rows under $100M are bad data), otherwise the Nasdaq screener; never a guessed figure;
 * - P/E (positive only), P/B, EBITDA: S&P financials for current members only;
 * - Russell estimate columns: left null here, set by applyRussell after ranking.
 */

export interface UniverseInputs {
  sec: readonly SecTicker[];
  screener: ReadonlyMap<string, ScreenerRow>;
  sp500: ReadonlyMap<string, Sp500Member>;
  financials: ReadonlyMap<string, Sp500Financials>;
  etfs: readonly EtfRow[];
}

/** Below this an S&P 500 member's market cap is a data error (e.g. PARA at $4.6M), not a figure. */
export const MIN_SP500_MARKET_CAP = 100e6;

// Conservative: the word ETF, or a fund family's trust/fund vehicle (SPY, MDY, GLD, DBA...).
const ETF_NAME = /\bETF\b/i;
const FUND_FAMILY_VEHICLE = /^(SPDR|ISHARES|INVESCO DB|INVESCO QQQ|PROSHARES|DIREXION)\b.*\b(TRUST|FUND)\b/i;

export function secNameLooksLikeEtf(name: string): boolean {
  return ETF_NAME.test(name) || FUND_FAMILY_VEHICLE.test(name);
}

const ratio = (x: number) => Math.round(x * 100) / 100;

export function buildSymbolRows(input: UniverseInputs): SymbolRow[] {
  const etfBySymbol = new Map(input.etfs.map((e) => [e[0], e]));
  const entries: { symbol: string; sec: SecTicker | undefined }[] = input.sec.map((s) => ({ symbol: s.symbol, sec: s }));
  const inUniverse = new Set(entries.map((e) => e.symbol));
  for (const symbol of [...etfBySymbol.keys(), ...input.sp500.keys()]) {
    if (!inUniverse.has(symbol)) {
      inUniverse.add(symbol);
      entries.push({ symbol, sec: undefined });
    }
  }
  return entries.map(({ symbol, sec }) => buildRow(symbol, sec, input, etfBySymbol.get(symbol)));
}

function buildRow(symbol: string, sec: SecTicker | undefined, input: UniverseInputs, etf: EtfRow | undefined): SymbolRow {
  const member = input.sp500.get(symbol);
  const screener = input.screener.get(symbol);
  const fin = member ? input.financials.get(symbol) : undefined;
  const finUsable = fin !== undefined && !(fin.marketCap !== null && fin.marketCap < MIN_SP500_MARKET_CAP);
  const screenerEquity = screener && screener.security !== 'other' ? screener : undefined;

  const kind: SymbolRow[4] = etf
    ? 'etf'
    : member
      ? 'stock'
      : sec && secNameLooksLikeEtf(sec.name)
        ? 'etf'
        : screener?.security === 'adr'
          ? 'adr'
          : screenerEquity?.marketCap != null
            ? 'stock'
            : 'unknown';

  let marketCap: number | null = null;
  let marketCapSource: string | null = null;
  if (finUsable && fin.marketCap !== null) {
    marketCap = Math.round(fin.marketCap);
    marketCapSource = 'spf';
  } else if (kind !== 'etf' && screenerEquity?.marketCap != null) {
    marketCap = Math.round(screenerEquity.marketCap);
    marketCapSource = 'nq';
  }

  const pe = finUsable && fin.pe !== null && fin.pe > 0 ? ratio(fin.pe) : null;
  const pb = finUsable && fin.pb !== null ? ratio(fin.pb) : null;
  const ebitda = finUsable && fin.ebitda !== null ? Math.round(fin.ebitda) : null;
  const valuationSource = pe !== null || pb !== null || ebitda !== null ? 'spf' : null;

  const name = member?.name || etf?.[1] || screenerEquity?.name || sec?.name || symbol;
  return [
    symbol,
    name,
    sec?.cik ?? member?.cik ?? null,
    sec?.exchange ?? null,
    kind,
    member?.sector || etf?.[6] || null,
    member?.subIndustry || null,
    member ? 1 : 0,
    marketCap,
    marketCapSource,
    pe,
    pb,
    ebitda,
    valuationSource,
    // Russell rank and code, 2026 then 2025: filled by applyRussell (russell-membership.ts) once the whole universe is known.
    null,
    null,
    null,
    null,
  ];
}
