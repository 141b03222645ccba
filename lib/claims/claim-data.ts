import type { SmallVsLargePoint } from '../data/valuation-schema';

/**
 * What the checks compare against: our data, each piece with its dates and sources. Built from the
 * snapshot (and the symbol records of the subjects) by the background or the claims CLI.
 */

export type YieldTenor = '2y' | '10y' | '30y';

export interface DatedSeries {
  dates: readonly string[];
  values: readonly number[];
  source: string;
}

export interface SourcedFigure {
  value: number;
  asOf: string;
  source: string;
}

/** The figures of one symbol a claim can be set against (null when we have none). */
export interface SymbolFigures {
  symbol: string;
  name: string;
  marketCap: SourcedFigure | null;
  pe: SourcedFigure | null;
  forwardPe: SourcedFigure | null;
}

export interface ClaimData {
  yields: Record<YieldTenor, DatedSeries | null>;
  fed: {
    /** [decision date, lower %, upper %, change in bp, effective date], ascending, holds included. */
    decisions: ReadonlyArray<readonly [string, number, number, number, string]>;
    source: string;
    /** The last day the table is known to hold (the latest daily range observation). */
    coveredTo: string;
  } | null;
  /** Every dated small-vs-large point (one dataset, one basis each). */
  smallVsLarge: readonly SmallVsLargePoint[];
  /** Source id → "name (as-of)". */
  sourceNames: Readonly<Record<string, string>>;
  /** Figures by symbol, for the subjects of the claims (and the members of their groups). */
  symbols: ReadonlyMap<string, SymbolFigures>;
}
