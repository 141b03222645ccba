import { emptyContext } from './special-context';
import { normalizeSymbol } from '../data/normalize-symbol';
import type { SymbolRecord } from '../data/symbol-record';
import { capClassOf, membershipDisagreement, type CapThresholds } from '../metrics/classify';
import type { DerivedRefs } from './derive';
import type { LiveInputs } from './live-inputs';
import { liveCapFor } from './live-valuation';
import { rateContext } from './rate-context';
import type { TickerContext, TickerKind } from './ticker-context';
import { valuationContext } from './valuation-context';

/**
 * SymbolRecord → the card model (DESIGN.md contract 2). Pure: no I/O, no clock. Fields that later
 * work fills (forward P/E, valuation gap, rate sensitivity) are null here rather than absent, so
 * the card and the CLI output keep one shape.
 */

export interface IndexMeta {
  /** As-of date of the S&P 500 list behind `record.sp500` (from the snapshot's sources). */
  sp500ListAsOf?: string | null;
  sp500ListSource?: string | null;
  /** Date of the market caps the Russell estimate ranked (the 2026 rank day, 2026-04-30). */
  russellCapsAsOf?: string | null;
}

const KIND: Record<SymbolRecord['kind'], TickerKind> = {
  stock: 'stock',
  adr: 'stock',
  etf: 'etf',
  fund: 'etf',
  unknown: 'unknown',
};

// Records stored by a build before the estimate existed carry no `russell` key at all.
const RUSSELL_NOT_BUILT = 'Russell 1000/2000 membership not estimated yet';

export function buildContext(
  record: SymbolRecord | undefined,
  symbol: string,
  meta: IndexMeta = {},
  refs?: Partial<Pick<DerivedRefs, 'valuation'>> & { capThresholds?: Readonly<CapThresholds> },
  /** Live provider inputs for this symbol (background, live data on); absent offline. */
  live?: LiveInputs,
): TickerContext {
  if (!record) {
    return { ...emptyContext(normalizeSymbol(symbol) ?? symbol), name: null, kind: 'unknown' };
  }

  const kind = KIND[record.kind];
  const isFund = kind === 'etf';
  // Live data on: last price × SEC share count, when newer than the embedded cap (the class follows it).
  // ADRs are left out: the cover page counts ordinary shares, the price is per ADR (ratio unknown).
  const marketCap = (record.kind === 'stock' ? liveCapFor(record.marketCap, live?.valuation) : null) ?? record.marketCap;
  const listing = record.listing ?? null;
  // A fund's size says nothing about the size of what it holds; its segment does (etf.segment).
  const capClass = isFund ? null : capClassOf(marketCap?.value ?? null, refs?.capThresholds);
  const membership = { russell1000: record.russell?.r1000 ?? null, russell2000: record.russell?.r2000 ?? null };
  const context: TickerContext = {
    symbol: record.symbol,
    name: record.name,
    kind,
    exchange: record.exchange,
    sector: record.sector,
    marketCap,
    capClass,
    index: {
      sp500: record.sp500,
      ...membership,
      method: `${sp500Method(meta)}; ${russellMethod(record, meta)}`,
      note: isFund ? null : membershipDisagreement(capClass, membership, record.russell?.asOf ?? meta.russellCapsAsOf ?? null),
    },
    valuation: isFund ? null : valuationContext(record, refs?.valuation, live),
    rateSensitivity: isFund ? null : rateContext(record, capClass, live, marketCap),
  };
  if (record.etf) context.etf = { ...record.etf };
  if (!isFund) {
    context.listing = listing;
    context.country = record.country ?? null;
    context.industry = industryOf(record);
    context.price = record.price ?? null;
  }
  return context;
}

/**
 * The industry the card names: Finviz's (the scheme the valuation's industry median and the rate
 * prior use) when a dataset has it, else Nasdaq's from the listings.
 */
function industryOf(record: SymbolRecord): TickerContext['industry'] {
  const ds = record.industry;
  if (ds && ds.scheme === 'Finviz') return { name: ds.name, scheme: ds.scheme, source: ds.source, asOf: ds.asOf };
  if (!record.listingIndustry || !record.listing) return ds ? { name: ds.name, scheme: ds.scheme, source: ds.source, asOf: ds.asOf } : null;
  return { name: record.listingIndustry, scheme: 'Nasdaq', source: record.listing.source, asOf: record.listing.asOf };
}

/** Says that Russell membership is an estimate, from which caps, and why this symbol came out as it did. */
function russellMethod(record: SymbolRecord, meta: IndexMeta): string {
  if (record.russell === undefined) return RUSSELL_NOT_BUILT;
  const asOf = record.russell?.asOf ?? meta.russellCapsAsOf ?? null;
  const how = `Russell 1000/2000 estimated by market-cap rank (FTSE Russell rules, caps as of ${asOf ?? 'the rank-day data'})`;
  if (record.russell === null) {
    return `${how}: not estimated for ${record.symbol}, which has no market cap in that data (listed later, renamed, or missing from the screener export)`;
  }
  return `${how}: ${record.russell.basis}`;
}

function sp500Method(meta: IndexMeta): string {
  const source = meta.sp500ListSource ?? 'Embedded S&P 500 constituents list';
  return meta.sp500ListAsOf ? `${source} as of ${meta.sp500ListAsOf}` : source;
}
