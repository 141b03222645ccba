import { normalizeSymbol } from '../data/normalize-symbol';
import type { SymbolRecord } from '../data/symbol-record';
import { capClassOf } from '../metrics/classify';
import type { TickerContext, TickerKind } from './ticker-context';

/**
 * SymbolRecord → the card model (DESIGN.md contract 2). Pure: no I/O, no clock. Fields that later
 * work fills (Russell membership, forward P/E, valuation gap, rate sensitivity) are null here
 * rather than absent, so the card and the CLI output keep one shape.
 */

export interface IndexMeta {
  /** As-of date of the S&P 500 list behind `record.sp500` (from the snapshot's sources). */
  sp500ListAsOf?: string | null;
  sp500ListSource?: string | null;
}

const KIND: Record<SymbolRecord['kind'], TickerKind> = {
  stock: 'stock',
  adr: 'stock',
  etf: 'etf',
  fund: 'etf',
  unknown: 'unknown',
};

const RUSSELL_NOT_BUILT = 'Russell 1000/2000 membership not estimated yet';

export function buildContext(record: SymbolRecord | undefined, symbol: string, meta: IndexMeta = {}): TickerContext {
  if (!record) {
    return {
      symbol: normalizeSymbol(symbol) ?? symbol,
      name: null,
      kind: 'unknown',
      exchange: null,
      sector: null,
      marketCap: null,
      capClass: null,
      index: { sp500: null, russell1000: null, russell2000: null, method: null },
      valuation: null,
      rateSensitivity: null,
    };
  }

  const kind = KIND[record.kind];
  const isFund = kind === 'etf';
  const context: TickerContext = {
    symbol: record.symbol,
    name: record.name,
    kind,
    exchange: record.exchange,
    sector: record.sector,
    marketCap: record.marketCap,
    // A fund's size says nothing about the size of what it holds; its segment does (etf.segment).
    capClass: isFund ? null : capClassOf(record.marketCap?.value ?? null),
    index: {
      sp500: record.sp500,
      russell1000: null,
      russell2000: null,
      method: `${sp500Method(meta)}; ${RUSSELL_NOT_BUILT}`,
    },
    valuation: isFund ? null : valuationOf(record),
    rateSensitivity: null,
  };
  if (record.etf) context.etf = { ...record.etf };
  return context;
}

function sp500Method(meta: IndexMeta): string {
  const source = meta.sp500ListSource ?? 'Embedded S&P 500 constituents list';
  return meta.sp500ListAsOf ? `${source} as of ${meta.sp500ListAsOf}` : source;
}

function valuationOf(record: SymbolRecord): TickerContext['valuation'] {
  const { pe, pb } = record;
  const dated = pe ?? pb;
  if (!dated) return null;
  return {
    pe: pe?.value ?? null,
    forwardPe: null,
    pb: pb?.value ?? null,
    evEbitda: null,
    benchmarkPe: null,
    sectorMedianPe: null,
    gapPct: null,
    asOf: dated.asOf,
    source: dated.source,
  };
}
