import { russellIndexOf, type RussellIndexId } from '../russell-index';
import type { RussellCode, RussellMeta, SymbolRow } from '../snapshot-schema';
import type { SecTicker } from './parse-sources';
import { bandAround, normalizeIssuer, rankCompanies, type RankDayListing, type RankInputs, type RankedCompany, type Ranking, type SecListing } from './russell-rank';
import type { PublishedRussell } from './russell-published';
import { NON_COMMON_SUFFIX, RUSSELL_RULES } from './russell-rules';

/**
 * Per-symbol Russell estimate for the snapshot universe (SEC tickers of December 2025 plus ETFs
 * and S&P 500 extras), from one rank day's ranking. Each symbol gets `[rank, code]`:
 * - `[rank, 'rk']`: ranked; the index follows from the rank and the breakpoints below;
 * - `[rank, 'b1' | 'b2']`: ranked inside FTSE Russell's band around the Russell 1000 breakpoint
 *   and kept in last year's index (Russell 1000 / Russell 2000) by the banding rule;
 * - `[null, 'sp']`: an S&P 500 member missing from the rank-day data, counted above the Russell
 *   1000 breakpoint (S&P 500 companies are far above it);
 * - `[null, <exclusion>]`: not eligible (certain codes) or probably non-US (uncertain codes);
 * - `null`: no rank-day figure, so nothing can be said (listed after rank day, or missing from
 *   the screener export, which lacks some listed companies, e.g. AAPL).
 */

export type RussellCell = [number | null, RussellCode] | null;

export interface UniverseSymbol {
  symbol: string;
  cik: number | null;
  /** SEC exchange today (December 2025 file); 'OTC' means the listing left its exchange. */
  exchange: string | null;
  /** SEC conformed name, when the SEC file has the symbol. */
  secName: string | null;
  isEtf: boolean;
  sp500: boolean;
}

export interface RussellEstimate {
  cells: Map<string, RussellCell>;
  ranking: Ranking;
  /** Index of every ranked company after banding. */
  indexOf: Map<RankedCompany, RussellIndexId>;
  /** Companies kept in last year's index by banding (0 without last year's estimate). */
  banded: number;
  /** S&P 500 companies (distinct CIKs) counted above the breakpoint without a rank. */
  placeholders: number;
  r1000LastRank: number;
  r2000LastRank: number;
  bandRanks: [number, number];
}

// NYSE/CQS suffixes: .A/.B/.C… are share classes; .P* preferreds, .U units, .W warrants, .R rights.
const CLASS_SUFFIX = /^([A-Z0-9]+)\.([A-OQSTVXYZ])$/;

interface Lookups {
  input: RankInputs;
  byCik: ReadonlyMap<number, RankedCompany>;
  orphans: ReadonlyMap<string, RankedCompany>;
}

function inherited(u: UniverseSymbol, ranking: Ranking, { input, byCik, orphans }: Lookups): RankedCompany | null {
  // A share class the rank-day data lists only under its sibling (LEN.B beside LEN).
  const cls = CLASS_SUFFIX.exec(u.symbol);
  if (cls) {
    const base = ranking.bySymbol.get(cls[1]!);
    if (base?.kind === 'ranked' && base.company.cik !== null && base.company.cik === u.cik) return base.company;
  }
  // A company renamed its ticker after rank day (CSWI → CSW): the same CIK, and none of the
  // rank-day tickers is still listed (a listed sibling means this symbol is something else).
  if (u.cik !== null) {
    const company = byCik.get(u.cik);
    if (company && company.symbols.every((s) => !isListed(input.sec.get(s)?.exchange ?? null))) return company;
  }
  // Renamed ticker whose old ticker left the SEC file (FI → FISV): unique issuer-name match.
  if (u.secName) return orphans.get(normalizeIssuer(u.secName)) ?? null;
  return null;
}

const isListed = (exchange: string | null) => exchange !== null && exchange !== 'OTC';

/**
 * Last year's index of a company ranked this year: the same CIK, else a rank-day ticker it shared,
 * else an S&P 500 placeholder symbol (counted in the Russell 1000 last year).
 */
function lastYearIndex(company: RankedCompany, last: RussellEstimate): RussellIndexId | null {
  const prior =
    (company.cik !== null ? last.ranking.companies.find((c) => c.cik === company.cik) : undefined) ??
    company.symbols.map((s) => last.ranking.bySymbol.get(s)).find((v) => v?.kind === 'ranked')?.company;
  if (prior) return last.indexOf.get(prior) ?? null;
  return company.symbols.some((s) => last.cells.get(s)?.[1] === 'sp') ? 'r1000' : null;
}

/**
 * Last year's index read from published membership (see russell-published): a Russell 2000 tag on
 * any of the company's symbols, else Russell 1000 when the source covers one of its symbols (it
 * lists every stock over its cap cut, and inside the band a company not in the 2000 is in the
 * 1000), else unknown.
 */
export function publishedIndex(company: RankedCompany, published: PublishedRussell): RussellIndexId | null {
  if (company.symbols.some((s) => published.r2000.has(s))) return 'r2000';
  return company.symbols.some((s) => published.covered.has(s)) ? 'r1000' : null;
}

/** Last year's index of a ranked company, when something tells it. */
export type PriorIndex = (company: RankedCompany) => RussellIndexId | null;

/**
 * Where a band company's index before this reconstitution comes from:
 * - with last year's estimate (2026): a published Russell 2000 tag when there is one (observed
 *   membership beats our estimate of it), else the estimate. A missing tag does not override the
 *   estimate: it can also mean the company was in no Russell index at all;
 * - without one (2025): the published tags alone (see publishedIndex);
 * - with neither: nothing, and the rank decides.
 */
export function priorIndexFor(last: RussellEstimate | null, published: PublishedRussell | null): PriorIndex | null {
  if (last && published) return (c) => (publishedIndex(c, published) === 'r2000' ? 'r2000' : lastYearIndex(c, last));
  if (last) return (c) => lastYearIndex(c, last);
  if (published) return (c) => publishedIndex(c, published);
  return null;
}

/**
 * FTSE Russell's banding at the Russell 1000 / 2000 breakpoint: a company ranked inside the ±2.5%
 * cumulative-cap band keeps the index it was in last year; everyone else (and everyone whose last
 * index nothing tells) goes by rank. Not applied at the 3000 breakpoint (see SOURCE_CATALOG.rus).
 */
function assignIndexes(ranking: Ranking, r1000LastRank: number, r2000LastRank: number, band: [number, number], prior: PriorIndex | null) {
  const indexOf = new Map<RankedCompany, RussellIndexId>();
  const codeOf = new Map<RankedCompany, RussellCode>();
  const byRank = { r1000LastRank, r2000LastRank };
  for (const c of ranking.companies) {
    const ranked = russellIndexOf(c.rank, 'rk', byRank)!;
    const inBand = c.rank >= band[0] && c.rank <= band[1];
    const before = prior && inBand ? prior(c) : null;
    if (before === 'r1000' && ranked === 'r2000') {
      indexOf.set(c, 'r1000');
      codeOf.set(c, 'b1');
    } else if (before === 'r2000' && ranked === 'r1000') {
      indexOf.set(c, 'r2000');
      codeOf.set(c, 'b2');
    } else {
      indexOf.set(c, ranked);
      codeOf.set(c, 'rk');
    }
  }
  return { indexOf, codeOf };
}

/**
 * `last`: last year's estimate, whose index each band company keeps. Without it, last year's
 * index comes from `input.published` when given (the 2025 reconstitution), else from nothing.
 */
export function estimateRussell(universe: readonly UniverseSymbol[], input: RankInputs, last: RussellEstimate | null = null): RussellEstimate {
  const ranking = rankCompanies(input);
  // Ranked companies none of whose tickers the SEC file still knows, by issuer name (unique only).
  const orphanCounts = new Map<string, RankedCompany | null>();
  for (const c of ranking.companies) {
    if (c.cik !== null) continue;
    orphanCounts.set(c.issuer, orphanCounts.has(c.issuer) ? null : c);
  }
  const orphans = new Map([...orphanCounts].filter((e): e is [string, RankedCompany] => e[1] !== null));
  // The largest company of a CIK (a CIK split by a reused ticker keeps its biggest issuer here).
  const byCik = new Map<number, RankedCompany>();
  for (const c of ranking.companies) if (c.cik !== null && !byCik.has(c.cik)) byCik.set(c.cik, c);
  const lookups: Lookups = { input, byCik, orphans };

  const found = new Map<string, RankedCompany | RussellCell>();
  const placeholderCiks = new Set<string>();
  for (const u of universe) {
    const cell = cellFor(u, ranking, lookups);
    if (Array.isArray(cell) && cell[1] === 'sp') placeholderCiks.add(u.cik === null ? `s:${u.symbol}` : `c${u.cik}`);
    found.set(u.symbol, cell);
  }
  const placeholders = placeholderCiks.size;
  const r1000LastRank = 1000 - placeholders;
  const r2000LastRank = 3000 - placeholders;
  const bandRanks = bandAround(ranking.companies, r1000LastRank, 4000 - placeholders);
  const prior = priorIndexFor(last, input.published ?? null);
  const { indexOf, codeOf } = assignIndexes(ranking, r1000LastRank, r2000LastRank, bandRanks, prior);
  const cells = new Map<string, RussellCell>();
  for (const [symbol, v] of found) cells.set(symbol, v !== null && !Array.isArray(v) ? [v.rank, codeOf.get(v)!] : v);
  const banded = [...codeOf.values()].filter((c) => c !== 'rk').length;
  return { cells, ranking, indexOf, banded, placeholders, r1000LastRank, r2000LastRank, bandRanks };
}

/** A symbol's ranked company (its code waits for banding), or its cell when it is not ranked. */
function cellFor(u: UniverseSymbol, ranking: Ranking, lookups: Lookups): RankedCompany | RussellCell {
  if (u.isEtf) return [null, 'etf'];
  if (u.exchange === 'OTC') return [null, 'otc'];
  const own = ranking.bySymbol.get(u.symbol);
  if (own?.kind === 'ranked') return own.company;
  if (own?.kind === 'excluded') return [null, own.code];
  // No rank-day row, but the ticker's own CQS suffix names a non-common security (BAC.PB):
  // checked before any inheritance, so a preferred never borrows its issuer's rank.
  const suffix = NON_COMMON_SUFFIX.find(([re]) => re.test(u.symbol));
  if (suffix) return [null, suffix[1]];
  const company = inherited(u, ranking, lookups);
  if (company) return company;
  return u.sp500 ? [null, 'sp'] : null;
}


/** The universe as built by buildSymbolRows (kind 'etf' covers the ETF table and ETF-named SEC rows). */
export function estimateForRows(
  rows: readonly SymbolRow[],
  sec: readonly SecTicker[],
  screener: ReadonlyMap<string, RankDayListing>,
  sp500: ReadonlySet<string>,
  last: RussellEstimate | null = null,
  extra: Pick<RankInputs, 'hq' | 'published' | 'structure'> = {},
): RussellEstimate {
  const secMap = new Map<string, SecListing>(sec.map((t) => [t.symbol, { cik: t.cik, name: t.name, exchange: t.exchange }]));
  const universe = rows.map(([symbol, , cik, exchange, kind, , , member]): UniverseSymbol => ({
    symbol,
    cik,
    exchange,
    secName: secMap.get(symbol)?.name ?? null,
    isEtf: kind === 'etf' || kind === 'fund',
    sp500: member === 1,
  }));
  return estimateRussell(universe, { screener, sec: secMap, sp500, ...extra }, last);
}

/** Rows with their Russell columns set (new tuples; the inputs are not changed): 14-15 the 2026 estimate, 16-17 the 2025 one. */
export function applyRussell(rows: readonly SymbolRow[], estimate2026: RussellEstimate, estimate2025: RussellEstimate): SymbolRow[] {
  return rows.map((row) => {
    const cell = estimate2026.cells.get(row[0]) ?? null;
    const cell25 = estimate2025.cells.get(row[0]) ?? null;
    const out = [...row] as SymbolRow;
    out[14] = cell ? cell[0] : null;
    out[15] = cell ? cell[1] : null;
    out[16] = cell25 ? cell25[0] : null;
    out[17] = cell25 ? cell25[1] : null;
    return out;
  });
}

/** The snapshot's `russell` section: breakpoints, band and the wording of every code. */
export function russellMeta(
  estimate: RussellEstimate,
  source: string,
  rankDay: string,
  capsAsOf: string,
  reconstitution: number,
  bandingFrom: number | null,
  bandingBasis?: string,
): RussellMeta {
  const capAt = (rank: number) => estimate.ranking.companies[rank - 1]?.cap ?? null;
  return {
    source,
    reconstitution,
    bandingFrom,
    ...(bandingBasis ? { bandingBasis } : {}),
    rankDay,
    capsAsOf,
    companies: estimate.ranking.companies.length,
    placeholders: estimate.placeholders,
    r1000LastRank: estimate.r1000LastRank,
    r2000LastRank: estimate.r2000LastRank,
    bandRanks: estimate.bandRanks,
    breakpointCaps: [capAt(estimate.r1000LastRank), capAt(estimate.r2000LastRank)],
    reasons: Object.fromEntries(Object.entries(RUSSELL_RULES).map(([code, rule]) => [code, { ...rule }])),
  };
}

