import type { EtfRow, SymbolRow, Vocab } from '../snapshot-schema';
import type { SecTicker, Sp500Financials, Sp500Member } from './parse-sources';
import type { ListingRow } from './nasdaq-screener-json';
import type { ScreenerRow } from './screener';

/**
 * Joins the per-source tables into snapshot rows. Pure; the rules are the product's, so they
 * live here in one place:
 * - universe = SEC tickers (file order, first occurrence wins), then ETF-table funds and current
 *   S&P 500 members that the SEC file lacks, then common stocks and ADRs of the 2026-08-21 Nasdaq
 *   screener that none of those has (listed since the SEC file of December 2025), then the funds
 *   of the Finviz export of 2025-08-21 that none of those has;
 * - kind: a fund when the ETF table, the SEC name or Finviz says so, unless the 2026-08-21
 *   screener lists the symbol as a stock (a symbol reused since is the newer listing);
 * - market cap: the Nasdaq screener of 2026-08-21 for every listed stock, S&P 500 members
 *   included, so that every cap class is judged on one date; the S&P financials (2026-08-22) only
 *   for a member the screener lacks (its stale rows for ex-members are ignored and rows under
 *   $100M are bad data); never a guessed figure;
 * - listing status: a stock absent from the 2026-08-21 screener is "not listed" then (merged,
 *   delisted, renamed or OTC) and gets no market cap at all: an older figure would read as current;
 * - P/E (positive only), P/B, EBITDA: S&P financials for current members only;
 * - Russell estimate columns: left null here, set by applyRussell after ranking.
 */

export interface UniverseInputs {
  sec: readonly SecTicker[];
  /** Nasdaq screener of 2026-08-21 (every US exchange listing that day). */
  listings: ReadonlyMap<string, ListingRow>;
  /**
   * Earlier screeners (rank days 2026-04-30, 2025-04-30), newest first: they only tell what a
   * symbol that has left the exchanges was (a stock, an ADR), never its size today.
   */
  priorListings?: readonly ReadonlyMap<string, ScreenerRow>[];
  sp500: ReadonlyMap<string, Sp500Member>;
  financials: ReadonlyMap<string, Sp500Financials>;
  etfs: readonly EtfRow[];
  /**
   * Funds (ETFs and ETNs) of the Finviz export of 2025-08-21, symbol → name (finviz-funds.ts): a
   * symbol on it that the 2026-08-21 screener does not list as a stock is a fund, named as Finviz
   * names it.
   */
  funds?: ReadonlyMap<string, string>;
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
  const newListings = [...input.listings.values()].filter((l) => l.security !== 'other' && l.marketCap !== null).map((l) => l.symbol);
  for (const symbol of [...etfBySymbol.keys(), ...input.sp500.keys(), ...newListings, ...(input.funds?.keys() ?? [])]) {
    if (!inUniverse.has(symbol)) {
      inUniverse.add(symbol);
      entries.push({ symbol, sec: undefined });
    }
  }
  return entries.map(({ symbol, sec }) => buildRow(symbol, sec, input, etfBySymbol.get(symbol)));
}

function buildRow(symbol: string, sec: SecTicker | undefined, input: UniverseInputs, etf: EtfRow | undefined): SymbolRow {
  const member = input.sp500.get(symbol);
  const listing = input.listings.get(symbol);
  const fin = member ? input.financials.get(symbol) : undefined;
  const finUsable = fin !== undefined && !(fin.marketCap !== null && fin.marketCap < MIN_SP500_MARKET_CAP);
  const listedEquity = listing && listing.security !== 'other' ? listing : undefined;
  const earlier = listing ? undefined : input.priorListings?.map((m) => m.get(symbol)).find((r) => r !== undefined);
  const fundName = listedEquity ? undefined : input.funds?.get(symbol);

  const kind: SymbolRow[4] = etf
    ? 'etf'
    : member
      ? 'stock'
      : fundName !== undefined || (sec && secNameLooksLikeEtf(sec.name))
        ? 'etf'
        : listing?.security === 'adr'
          ? 'adr'
          : listedEquity?.marketCap != null
            ? 'stock'
            : earlier?.security === 'adr'
              ? 'adr'
              : earlier?.security === 'equity' && earlier.marketCap !== null
                ? 'stock'
                : 'unknown';

  let marketCap: number | null = null;
  let marketCapSource: string | null = null;
  if (kind !== 'etf' && listedEquity?.marketCap != null) {
    marketCap = Math.round(listedEquity.marketCap);
    marketCapSource = 'nq26';
  } else if (finUsable && fin.marketCap !== null && (listing || !sec || sec.exchange !== 'OTC')) {
    marketCap = Math.round(fin.marketCap);
    marketCapSource = 'spf';
  }

  const pe = finUsable && fin.pe !== null && fin.pe > 0 ? ratio(fin.pe) : null;
  const pb = finUsable && fin.pb !== null ? ratio(fin.pb) : null;
  const ebitda = finUsable && fin.ebitda !== null ? Math.round(fin.ebitda) : null;
  const valuationSource = pe !== null || pb !== null || ebitda !== null ? 'spf' : null;

  // A fund by its own name ("iPath Series B S&P 500 VIX Short-Term Futures ETN"), not its
  // trust's or issuer's as the SEC files it ("BARCLAYS BANK PLC").
  const name = member?.name || etf?.[1] || fundName || listedEquity?.name || sec?.name || symbol;
  // Funds are not on the stock screener, so its silence says nothing about them.
  const listed = kind === 'etf' ? null : listing ? 1 : member && marketCapSource === 'spf' ? 1 : 0;
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
    listed,
    // Texts for now; encodeVocab turns them into indices once all rows exist.
    (listing?.country ?? null) as unknown as number | null,
    (listing?.sector ?? null) as unknown as number | null,
    (listing?.industry ?? null) as unknown as number | null,
    listing?.price != null && listing.price > 0 ? listing.price : null,
  ];
}

/**
 * Rows built with texts at the vocabulary positions → rows with indices, and the vocabulary.
 * Sorted vocabularies keep the output independent of row order.
 */
export function encodeVocab(rows: readonly SymbolRow[]): { rows: SymbolRow[]; vocab: Vocab } {
  const positions = [19, 20, 21] as const;
  const lists = positions.map((p) => [...new Set(rows.map((r) => r[p] as unknown as string | null).filter((v): v is string => v !== null))].sort());
  const index = lists.map((l) => new Map(l.map((v, i) => [v, i])));
  const out = rows.map((r) => {
    const copy = [...r] as SymbolRow;
    positions.forEach((p, k) => {
      const v = r[p] as unknown as string | null;
      copy[p] = v === null ? null : index[k]!.get(v)!;
    });
    return copy;
  });
  return { rows: out, vocab: { country: lists[0]!, listingSector: lists[1]!, listingIndustry: lists[2]! } };
}
