import type { RussellCode, RussellMeta, SymbolRow } from '../snapshot-schema';
import type { SecTicker } from './parse-sources';
import { bandAround, normalizeIssuer, rankCompanies, type RankInputs, type RankedCompany, type Ranking, type SecListing } from './russell-rank';
import { RUSSELL_RULES } from './russell-rules';
import type { ScreenerRow } from './screener';

/**
 * Per-symbol Russell estimate for the snapshot universe (SEC tickers of December 2025 plus ETFs
 * and S&P 500 extras), from the rank-day ranking. Each symbol gets `[rank, code]`:
 * - `[rank, 'rk']`: ranked; the index follows from the rank and the breakpoints below;
 * - `[null, 'sp']`: an S&P 500 member missing from the rank-day data, counted above the Russell
 *   1000 breakpoint (S&P 500 companies are far above it);
 * - `[null, <exclusion>]`: not eligible (certain codes) or probably non-US (uncertain codes);
 * - `null`: no rank-day figure, so nothing can be said (listed after 2025-05-02, or missing from
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

export function estimateRussell(universe: readonly UniverseSymbol[], input: RankInputs): RussellEstimate {
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

  const cells = new Map<string, RussellCell>();
  const placeholderCiks = new Set<string>();
  for (const u of universe) {
    const cell = cellFor(u, ranking, lookups);
    if (cell?.[1] === 'sp') placeholderCiks.add(u.cik === null ? `s:${u.symbol}` : `c${u.cik}`);
    cells.set(u.symbol, cell);
  }
  const placeholders = placeholderCiks.size;
  const r1000LastRank = 1000 - placeholders;
  return {
    cells,
    ranking,
    placeholders,
    r1000LastRank,
    r2000LastRank: 3000 - placeholders,
    bandRanks: bandAround(ranking.companies, r1000LastRank, 4000 - placeholders),
  };
}

function cellFor(u: UniverseSymbol, ranking: Ranking, lookups: Lookups): RussellCell {
  if (u.isEtf) return [null, 'etf'];
  if (u.exchange === 'OTC') return [null, 'otc'];
  const own = ranking.bySymbol.get(u.symbol);
  if (own?.kind === 'ranked') return [own.company.rank, 'rk'];
  if (own?.kind === 'excluded') return [null, own.code];
  // No rank-day row, but the ticker's own CQS suffix names a non-common security (BAC.PB):
  // checked before any inheritance, so a preferred never borrows its issuer's rank.
  const suffix = NON_COMMON_SUFFIX.find(([re]) => re.test(u.symbol));
  if (suffix) return [null, suffix[1]];
  const company = inherited(u, ranking, lookups);
  if (company) return [company.rank, 'rk'];
  return u.sp500 ? [null, 'sp'] : null;
}

// CQS/NYSE ticker suffixes of non-common securities, as the SEC file writes them after a dot.
const NON_COMMON_SUFFIX: [RegExp, RussellCode][] = [
  [/\.P[A-Z]{0,2}$/, 'pref'],
  [/\.(?:U|UN)$/, 'unit'],
  [/\.(?:W|WS|WT)$/, 'warr'],
  [/\.(?:R|RT)$/, 'right'],
];

/** The universe as built by buildSymbolRows (kind 'etf' covers the ETF table and ETF-named SEC rows). */
export function estimateForRows(
  rows: readonly SymbolRow[],
  sec: readonly SecTicker[],
  screener: ReadonlyMap<string, ScreenerRow>,
  sp500: ReadonlySet<string>,
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
  return estimateRussell(universe, { screener, sec: secMap, sp500 });
}

/** Rows with their Russell columns set (new tuples; the inputs are not changed). */
export function applyRussell(rows: readonly SymbolRow[], estimate: RussellEstimate): SymbolRow[] {
  return rows.map((row) => {
    const cell = estimate.cells.get(row[0]) ?? null;
    const out = [...row] as SymbolRow;
    out[14] = cell ? cell[0] : null;
    out[15] = cell ? cell[1] : null;
    return out;
  });
}

/** The snapshot's `russell` section: breakpoints, band and the wording of every code. */
export function russellMeta(estimate: RussellEstimate, source: string, rankDay: string, capsAsOf: string): RussellMeta {
  const capAt = (rank: number) => estimate.ranking.companies[rank - 1]?.cap ?? null;
  return {
    source,
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

