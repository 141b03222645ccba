import type { PublishedRussell } from './russell-published';
import { rowExclusion, type RussellExclusion } from './russell-rules';
import type { ScreenerRow } from './screener';

/**
 * Rank-day ranking for the Russell estimate. FTSE Russell ranks eligible US companies (not share
 * classes) by total market capitalisation on rank day: every share class's shares times the
 * price of the company's main listing. Our rank-day data is the Nasdaq screener taken on each rank
 * day (30 April 2025 and 2026), with the headquarters country the country rule reads.
 *
 * The screener already reports the company total on each class row (GOOG and GOOGL both show
 * Alphabet's ~$1.97T: total shares times that class's price). Adding the rows would count the
 * company twice, so rows of one company are clustered: rows that repeat the total (caps within
 * 15%, or the same implied share count) form one figure, and only distinct figures are summed
 * (a source that gave per-class caps would be summed as the rules say).
 */

/** Minimum rank-day close, USD (FTSE Russell: $1.00 on rank day). */
export const MIN_PRICE = 1;
/** Minimum total market cap, USD (FTSE Russell: $30 million). */
export const MIN_TOTAL_CAP = 30e6;

export interface SecListing {
  cik: number;
  name: string;
  exchange: string | null;
}

/** A rank-day screener row; `country` is absent from sources that have none. */
export type RankDayListing = ScreenerRow & { country?: string | null; industry?: string | null };

export interface RankInputs {
  screener: ReadonlyMap<string, RankDayListing>;
  sec: ReadonlyMap<string, SecListing>;
  sp500: ReadonlySet<string>;
  /** Headquarters country by symbol from a second source (Finviz); absent: the screener's country alone. */
  hq?: ReadonlyMap<string, string>;
  /** Published Russell 2000 membership (see russell-published): its members count as US companies. */
  published?: PublishedRussell | null;
  /** Fund/BDC/SPAC verdicts by symbol from a second source's industry (see russell-finviz-structure). */
  structure?: ReadonlyMap<string, RussellExclusion>;
}

export interface RankedCompany {
  /** `c<CIK>` when the SEC file knows a class's ticker, else `n:<issuer name>`. */
  key: string;
  cik: number | null;
  /** Normalised issuer name (see normalizeIssuer). */
  issuer: string;
  cap: number;
  rank: number;
  /** Rank-day symbols of its common share classes. */
  symbols: string[];
}

/** What the rank-day data says about one of its symbols. */
export type RankDayVerdict =
  | { kind: 'ranked'; company: RankedCompany }
  | { kind: 'excluded'; code: RussellExclusion }
  | { kind: 'no-cap' };

export interface Ranking {
  companies: RankedCompany[];
  bySymbol: Map<string, RankDayVerdict>;
}

const LEGAL_SUFFIX = /\b(?:THE|INC|INCORPORATED|CORP|CORPORATION|CO|COMPANY|LTD|LIMITED|PLC|N ?A|LLC|LP)\b/g;

/** Issuer name reduced for matching across sources: "Zions Bancorporation N.A." and "ZIONS BANCORPORATION, NATIONAL ASSOCIATION /UT/" differ only in legal words. */
export function normalizeIssuer(name: string): string {
  return name
    .toUpperCase()
    .replace(/\/[A-Z ]{1,6}\/?\s*$/, '') // SEC filer suffix (/DE/, /UT/, /ADR)
    .replace(/['’.]/g, '')
    .replace(/[^A-Z0-9]+/g, ' ')
    .replace(LEGAL_SUFFIX, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Candidate {
  symbol: string;
  cik: number | null;
  issuer: string;
  cap: number | null;
  price: number | null;
}

/** Whether two class rows repeat one company total (see the module comment). */
export function repeatsTotal(a: Candidate, b: Candidate): boolean {
  if (a.cap === null || b.cap === null) return false;
  if (Math.max(a.cap, b.cap) / Math.min(a.cap, b.cap) <= 1.15) return true;
  if (!a.price || !b.price) return false;
  const sharesA = a.cap / a.price;
  const sharesB = b.cap / b.price;
  return Math.max(sharesA, sharesB) / Math.min(sharesA, sharesB) <= 1.02;
}

/** Rows of one CIK (or issuer name) → companies with a total cap. Pure; exported for tests. */
export function companiesOf(key: string, rows: readonly Candidate[]): { key: string; cap: number | null; rows: Candidate[] }[] {
  const priced = rows.filter((r) => r.cap !== null);
  const clusters: Candidate[][] = [];
  for (const r of priced) {
    const home = clusters.find((c) => c.some((x) => repeatsTotal(x, r)));
    if (home) home.push(r);
    else clusters.push([r]);
  }
  const unpriced = rows.filter((r) => r.cap === null);
  if (clusters.length <= 1) {
    return [{ key, cap: clusters[0] ? Math.max(...clusters[0].map((r) => r.cap!)) : null, rows: [...rows] }];
  }
  const issuers = new Set(priced.map((r) => r.issuer));
  if (issuers.size === 1) {
    // Distinct figures of one issuer: per-class caps, summed into the company total.
    const total = clusters.reduce((sum, c) => sum + Math.max(...c.map((r) => r.cap!)), 0);
    return [{ key, cap: total, rows: [...rows] }];
  }
  // Different issuers under one CIK: a ticker reused since rank day (GOLD was Barrick's, now
  // Gold.com's) or tracking stocks. Each cluster stays a company of its own; never summed.
  return clusters.map((c, i) => ({
    key: `${key}#${i}`,
    cap: Math.max(...c.map((r) => r.cap!)),
    rows: [...c, ...unpriced.filter((u) => u.issuer === c[0]!.issuer)],
  }));
}

export function rankCompanies(input: RankInputs): Ranking {
  const bySymbol = new Map<string, RankDayVerdict>();
  const groups = new Map<string, Candidate[]>();
  for (const row of input.screener.values()) {
    const sec = input.sec.get(row.symbol);
    const description = row.rawName ?? row.name;
    const code = rowExclusion({
      symbol: row.symbol,
      description,
      secName: sec?.name ?? null,
      sp500: input.sp500.has(row.symbol),
      country: row.country ?? null,
      industry: row.industry ?? null,
      hqCountry: input.hq?.get(row.symbol) ?? null,
      assignedUs: input.published?.r2000.has(row.symbol) ?? false,
      structure: input.structure?.get(row.symbol) ?? null,
    });
    if (code) {
      bySymbol.set(row.symbol, { kind: 'excluded', code });
      continue;
    }
    const issuer = normalizeIssuer(row.name);
    const key = sec ? `c${sec.cik}` : `n:${issuer}`;
    const list = groups.get(key) ?? [];
    list.push({ symbol: row.symbol, cik: sec?.cik ?? null, issuer, cap: row.marketCap, price: row.price ?? null });
    groups.set(key, list);
  }

  const eligible: Omit<RankedCompany, 'rank'>[] = [];
  for (const [key, rows] of groups) {
    for (const company of companiesOf(key, rows)) {
      const pricedOk = company.rows.filter((r) => r.price !== null && r.price >= MIN_PRICE);
      for (const r of company.rows) {
        if (company.cap === null) bySymbol.set(r.symbol, { kind: 'no-cap' });
        else if (company.cap < MIN_TOTAL_CAP) bySymbol.set(r.symbol, { kind: 'excluded', code: 'cap' });
        else if (r.price === null || r.price < MIN_PRICE) bySymbol.set(r.symbol, { kind: 'excluded', code: 'px' });
      }
      if (company.cap === null || company.cap < MIN_TOTAL_CAP || pricedOk.length === 0) continue;
      eligible.push({
        key: company.key,
        cik: company.rows[0]!.cik,
        issuer: company.rows[0]!.issuer,
        cap: Math.round(company.cap),
        symbols: pricedOk.map((r) => r.symbol),
      });
    }
  }

  // Largest first; ties by key so that a rebuild gives the same ranks.
  eligible.sort((a, b) => b.cap - a.cap || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const companies = eligible.map((c, i): RankedCompany => ({ ...c, rank: i + 1 }));
  for (const c of companies) for (const s of c.symbols) bySymbol.set(s, { kind: 'ranked', company: c });
  return { companies, bySymbol };
}

/**
 * FTSE Russell's percentile banding: at reconstitution an existing member whose cumulative
 * market-cap percentile lies within ±2.5 points of the 1000 breakpoint stays in its index. We do
 * not know last year's members, so for ranks in this band the estimate may name the wrong index;
 * the card says so. Returns the first and last rank inside the band, over the top `universe`
 * companies (the Russell 3000E has 4,000).
 */
export function bandAround(companies: readonly RankedCompany[], breakpointRank: number, universe = 4000): [number, number] {
  const top = companies.slice(0, universe);
  const total = top.reduce((s, c) => s + c.cap, 0);
  if (top.length === 0 || total <= 0) return [breakpointRank, breakpointRank];
  const cumulative: number[] = [];
  let sum = 0;
  for (const c of top) cumulative.push((sum += c.cap) / total);
  const at = cumulative[Math.min(breakpointRank, top.length) - 1]!;
  const lo = cumulative.findIndex((p) => p >= at - 0.025) + 1;
  const hiIndex = cumulative.findIndex((p) => p > at + 0.025);
  return [lo, hiIndex === -1 ? top.length : hiIndex];
}
