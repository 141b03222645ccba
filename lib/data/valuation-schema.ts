import { z } from 'zod';
import { IsoDate, SourceId, SymbolText } from './schema-primitives';

/**
 * The snapshot's valuation sections (schema version 3): per-symbol fundamentals and multiples from
 * the Finviz/TradingView datasets, each cell tagged with its dataset; per-dataset references; the
 * small-vs-large series. Built by lib/data/build/valuation-tables.ts.
 */

/**
 * Per-symbol statement figures (lib/data/build/valuation-tables.ts), each cell [value, source id]
 * from the newest dataset that has that figure: TTM net income and EBITDA, latest-quarter debt,
 * cash, net debt, debt/equity and equity. USD figures are in MILLIONS, 3 significant digits.
 */
export const FUNDAMENTALS_FIELDS = ['symbol', 'netIncome', 'ebitda', 'totalDebt', 'cash', 'netDebt', 'debtToEquity', 'equity'] as const;

/**
 * Per-symbol multiples: each cell [value, source id] or, when not meaningful, [null, source id,
 * n/m code, the figure that decided it] (codes: lib/data/build/valuation-pick.ts). `industry` is
 * [name, source id] in that dataset's own scheme; `industryPercentile` places the P/E among that
 * industry's positive P/Es of the P/E's dataset (0 = cheapest).
 */
export const VALUATION_FIELDS = ['symbol', 'pe', 'forwardPe', 'pb', 'evEbitda', 'industry', 'industryPercentile'] as const;
export const NM_CODES = ['ni', 'eps', 'feps', 'eq', 'fin', 'ebitda', 'ev'] as const;
export type NmCode = (typeof NM_CODES)[number];

const FigureCell = z.tuple([z.number(), SourceId]).nullable();
const MultipleCell = z.union([z.tuple([z.number().positive(), SourceId]), z.tuple([z.null(), SourceId, z.enum(NM_CODES), z.number().nullable()])]).nullable();

export const FundamentalsRowSchema = z.tuple([
  SymbolText, // symbol, present in symbols.rows
  FigureCell, // net income, $M, trailing twelve months (signed)
  FigureCell, // EBITDA, $M, trailing twelve months (signed)
  FigureCell, // total debt, $M, latest quarter end
  FigureCell, // cash (and short-term investments where the dataset folds them in), $M, latest quarter end
  FigureCell, // net debt, $M (debt − cash of one dataset)
  FigureCell, // total debt ÷ equity
  FigureCell, // stockholders' equity, $M, latest quarter end
]);
export type FundamentalsRow = z.infer<typeof FundamentalsRowSchema>;
export type FigureCellValue = z.infer<typeof FigureCell>;
export type MultipleCellValue = z.infer<typeof MultipleCell>;

export const ValuationRowSchema = z.tuple([
  SymbolText, // symbol, present in symbols.rows
  MultipleCell, // trailing P/E
  MultipleCell, // forward P/E
  MultipleCell, // P/B
  MultipleCell, // EV/EBITDA
  z.tuple([z.string().min(1), SourceId]).nullable(), // industry [name, dataset]
  z.number().int().min(0).max(100).nullable(), // percentile of the P/E in its industry (P/E's dataset)
]);
export type ValuationRow = z.infer<typeof ValuationRowSchema>;

/** Per dataset: the S&P 500 benchmark and industry P/E statistics, over the whole dataset. */
export const DatasetRefsSchema = z.strictObject({
  benchmark: z.strictObject({
    /** Σ cap ÷ Σ TTM earnings of S&P 500 members in the dataset, loss-makers excluded. */
    pe: z.number().positive().nullable(),
    /** The same with losses in. */
    peAll: z.number().nullable(),
    /** Σ cap ÷ Σ (cap ÷ forward P/E), members with a positive forward P/E. */
    forwardPe: z.number().positive().nullable(),
    total: z.number().int().nonnegative(),
    present: z.number().int().nonnegative(),
    used: z.number().int().nonnegative(),
    lossMakers: z.number().int().nonnegative(),
    forwardUsed: z.number().int().nonnegative(),
    capCoverage: z.number().min(0).max(1).nullable(),
  }),
  /** Industry name → [peers with a positive P/E, median, Q1, Q3, P10, P90] (all but the count null below 5 peers). */
  industries: z.record(z.string(), z.tuple([z.number().int().nonnegative(), z.number().nullable(), z.number().nullable(), z.number().nullable(), z.number().nullable(), z.number().nullable()])),
});
export type DatasetRefs = z.infer<typeof DatasetRefsSchema>;

const SetCoverage = z.strictObject({
  /** Companies in the set (share classes counted once), present in the dataset, used in the figure. */
  total: z.number().int().nonnegative(),
  present: z.number().int().nonnegative(),
  used: z.number().int().nonnegative(),
  lossMakers: z.number().int().nonnegative(),
  /** Market cap of the companies used ÷ that of the set's companies in the dataset. */
  capCoverage: z.number().min(0).max(1).nullable(),
});

/** One dataset, one date, one basis: estimated Russell 2000 vs S&P 500 aggregate P/E. */
export const SmallVsLargePointSchema = z.strictObject({
  source: SourceId,
  asOf: IsoDate,
  basis: z.enum(['forward', 'trailing-ex-losses', 'trailing-all']),
  smallPe: z.number().nullable(),
  largePe: z.number().nullable(),
  discountPct: z.number().nullable(),
  small: SetCoverage,
  large: SetCoverage,
  /** Why the figure must be read with care (all-in trailing: losses make it meaningless). */
  warning: z.string().nullable(),
  /** Why the figure is withheld, when it is. */
  reason: z.string().nullable(),
});
export type SmallVsLargePoint = z.infer<typeof SmallVsLargePointSchema>;

