import { isNum, isPositive } from './num';

/**
 * Per-stock valuation multiples and their comparison with benchmarks. Pure: the caller supplies
 * figures (USD, trailing twelve months) and decides where they came from.
 *
 * A multiple is a tagged result rather than `number | null` because "not meaningful" (a loss,
 * a bank's EBITDA) and "not available" (no data) must read differently on a card: the first is
 * a fact about the company, the second a gap in our data.
 */
export type Multiple =
  | { status: 'ok'; value: number }
  /** The inputs exist but the ratio means nothing (losses, negative equity, banks). Shown as "n/m". */
  | { status: 'nm'; reason: string }
  /** An input is absent. Shown as "—". */
  | { status: 'missing'; reason: string };

export const ok = (value: number): Multiple => ({ status: 'ok', value });
const nm = (reason: string): Multiple => ({ status: 'nm', reason });
const missing = (reason: string): Multiple => ({ status: 'missing', reason });

/** The number for contract fields such as `valuation.pe` (null unless the multiple is meaningful). */
export function multipleValue(m: Multiple): number | null {
  return m.status === 'ok' ? m.value : null;
}

export interface PeInput {
  marketCap?: number | null;
  /** Net income attributable to common shareholders (TTM for trailing, consensus for forward); may be negative. */
  earnings?: number | null;
  /** A provider's ratio, used when earnings are not given. Providers that omit P/E for losses make this null. */
  pe?: number | null;
}

/**
 * Price / earnings. Earnings, when given, win over a provider's ratio because their sign is
 * explicit. Zero or negative earnings give "n/m": a negative P/E would sort as the cheapest
 * stock and a tiny positive one as the dearest, both misleading.
 */
export function priceToEarnings(input: PeInput, label = 'earnings'): Multiple {
  const { marketCap, earnings, pe } = input;
  if (isNum(earnings)) {
    if (earnings < 0) return nm(`negative ${label}`);
    if (earnings === 0) return nm(`zero ${label}`);
    if (isPositive(marketCap)) return ok(marketCap / earnings);
  }
  if (isNum(pe)) return pe > 0 ? ok(pe) : nm(`negative ${label} (provider P/E ≤ 0)`);
  if (isNum(earnings)) return missing('market cap not available');
  return missing(`no ${label} or P/E available`);
}

export function trailingPe(input: PeInput): Multiple {
  return priceToEarnings(input, 'trailing earnings');
}

/** Forward P/E needs consensus estimates, which only some live providers carry. */
export function forwardPe(input: PeInput): Multiple {
  return priceToEarnings(input, 'forward earnings');
}

export interface PbInput {
  marketCap?: number | null;
  /** Common stockholders' equity (book value), USD. */
  bookValue?: number | null;
  pb?: number | null;
}

/** Price / book. Equity ≤ 0 (heavy buybacks, accumulated losses) makes the ratio meaningless. */
export function priceToBook(input: PbInput): Multiple {
  const { marketCap, bookValue, pb } = input;
  if (isNum(bookValue)) {
    if (bookValue <= 0) return nm('book value (equity) ≤ 0');
    if (isPositive(marketCap)) return ok(marketCap / bookValue);
  }
  if (isNum(pb)) return pb > 0 ? ok(pb) : nm('book value (equity) ≤ 0 (provider P/B ≤ 0)');
  return missing(isNum(bookValue) ? 'market cap not available' : 'no book value or P/B available');
}

/**
 * GICS sub-industries whose EV and EBITDA are not meaningful: for banks, lenders and insurers,
 * debt and deposits are the raw material of the business and interest is an operating cost, so
 * "EV = equity + debt − cash" and "earnings before interest" do not measure what they measure
 * for an industrial company. Analysts use P/E and P/B (or P/TBV) for them instead.
 * Exchanges, payment processors and insurance brokers are Financials too but are valued like
 * other service businesses, so they are not listed here.
 */
const EV_NOT_MEANINGFUL: readonly RegExp[] = [
  /\bbanks?\b/i, // Diversified Banks, Regional Banks, Asset Management & Custody Banks (see docs: asset managers lose the figure too)
  /mortgage/i, // Commercial & Residential Mortgage Finance, Mortgage REITs
  /thrift/i, // Thrifts & Mortgage Finance (pre-2023 GICS)
  /consumer finance/i,
  /specialized finance/i,
  /investment banking|brokerage/i,
  /multi-sector holdings/i,
  /diversified financial services/i,
  /reinsurance/i,
  /(life|health|property|casualty|multi-line).*insurance/i,
];

/** Why EV/EBITDA is not meaningful for this company, or null when it is. */
export function evEbitdaNotMeaningfulReason(sector: string | null | undefined, subIndustry: string | null | undefined): string | null {
  if (subIndustry) {
    if (EV_NOT_MEANINGFUL.some((re) => re.test(subIndustry))) {
      return `not meaningful for banks, lenders and insurers (${subIndustry}): debt is operating funding and interest an operating cost`;
    }
    return null;
  }
  // Sector known, sub-industry not: most Financials are balance-sheet businesses, and a wrong
  // number is worse than none.
  if (sector && /^financials$/i.test(sector.trim())) {
    return 'not meaningful for most financials (sub-industry unknown): debt is operating funding and interest an operating cost';
  }
  return null;
}

export interface EvEbitdaInput {
  marketCap?: number | null;
  totalDebt?: number | null;
  /** Cash and cash equivalents (short-term investments too when the provider folds them in). */
  cash?: number | null;
  /** TTM EBITDA. One quarter's EBITDA would overstate the multiple about fourfold. */
  ebitda?: number | null;
  sector?: string | null;
  subIndustry?: string | null;
}

/** Market cap + total debt − cash; null when any input is missing (never assumed zero). */
export function enterpriseValue(input: Pick<EvEbitdaInput, 'marketCap' | 'totalDebt' | 'cash'>): number | null {
  const { marketCap, totalDebt, cash } = input;
  if (!isPositive(marketCap) || !isNum(totalDebt) || !isNum(cash)) return null;
  return marketCap + totalDebt - cash;
}

/** EV / EBITDA with explicit n/m for financials, EBITDA ≤ 0 and EV ≤ 0 (net cash above market cap). */
export function evToEbitda(input: EvEbitdaInput): Multiple {
  const financial = evEbitdaNotMeaningfulReason(input.sector, input.subIndustry);
  if (financial) return nm(financial);
  const { ebitda } = input;
  if (isNum(ebitda) && ebitda <= 0) return nm(ebitda === 0 ? 'zero EBITDA' : 'negative EBITDA');
  const absent = (['marketCap', 'totalDebt', 'cash', 'ebitda'] as const).filter((k) =>
    k === 'marketCap' ? !isPositive(input[k]) : !isNum(input[k]),
  );
  if (absent.length > 0) return missing(`not available: ${absent.map((k) => FIELD_WORDS[k]).join(', ')}`);
  const ev = enterpriseValue(input)!;
  if (ev <= 0) return nm('enterprise value ≤ 0 (net cash exceeds market cap)');
  return ok(ev / ebitda!);
}

const FIELD_WORDS = { marketCap: 'market cap', totalDebt: 'total debt', cash: 'cash', ebitda: 'EBITDA' } as const;

export interface StockValuationInput extends PeInput, PbInput, EvEbitdaInput {
  /** 'etf' and 'fund' get n/m everywhere: a fund's own "earnings" are its holdings'. */
  kind?: string | null;
  forwardEarnings?: number | null;
  forwardPe?: number | null;
}

export interface StockMultiples {
  pe: Multiple;
  forwardPe: Multiple;
  pb: Multiple;
  evEbitda: Multiple;
}

/** All four multiples for one security. */
export function stockMultiples(input: StockValuationInput): StockMultiples {
  if (input.kind === 'etf' || input.kind === 'fund') {
    const fund = nm('fund: valuation multiples belong to its holdings, not the fund');
    return { pe: fund, forwardPe: fund, pb: fund, evEbitda: fund };
  }
  return {
    pe: trailingPe(input),
    forwardPe: forwardPe({ marketCap: input.marketCap, earnings: input.forwardEarnings, pe: input.forwardPe }),
    pb: priceToBook(input),
    evEbitda: evToEbitda(input),
  };
}

/**
 * Gap of a multiple to its benchmark, percent: (stock / benchmark − 1) × 100. Negative means
 * cheaper than the benchmark. Null unless both are positive: a gap to an n/m figure is n/m.
 */
export function gapPct(value: number | null | undefined, benchmark: number | null | undefined): number | null {
  if (!isPositive(value) || !isPositive(benchmark)) return null;
  return (value / benchmark - 1) * 100;
}

/**
 * Mid-rank percentile of `value` among `peers`, 0–100: the share of peers below it plus half
 * the share equal to it. Mid-rank keeps ties symmetric (a stock equal to its only peer sits at
 * 50, not 0 or 100). Non-finite and null peers are ignored; the caller removes n/m multiples
 * (losses) before calling, since they have no place on the scale. Null with no usable peers.
 */
export function percentileRank(value: number | null | undefined, peers: readonly (number | null | undefined)[]): number | null {
  if (!isNum(value)) return null;
  let below = 0;
  let equal = 0;
  let n = 0;
  for (const p of peers) {
    if (!isNum(p)) continue;
    n++;
    if (p < value) below++;
    else if (p === value) equal++;
  }
  if (n === 0) return null;
  return ((below + equal / 2) / n) * 100;
}

export interface BenchmarkRefs {
  /** Large-cap aggregate P/E (the headline benchmark). */
  benchmarkPe: number | null;
  sectorMedianPe: number | null;
  /** Positive P/Es of the sector peers, the stock itself excluded. */
  sectorPeerPes?: readonly (number | null | undefined)[];
}

export interface PeComparison {
  gapPct: number | null;
  sectorGapPct: number | null;
  /** Percentile of the stock's P/E within its sector (0 = cheapest). */
  sectorPercentile: number | null;
  sectorPeerCount: number;
}

/** The P/E against the large-cap benchmark and the sector; everything null when the P/E is n/m or missing. */
export function comparePe(pe: Multiple, refs: BenchmarkRefs): PeComparison {
  const value = multipleValue(pe);
  const peers = (refs.sectorPeerPes ?? []).filter(isPositive);
  return {
    gapPct: gapPct(value, refs.benchmarkPe),
    sectorGapPct: gapPct(value, refs.sectorMedianPe),
    sectorPercentile: value === null ? null : percentileRank(value, peers),
    sectorPeerCount: peers.length,
  };
}
