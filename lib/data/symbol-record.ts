import { z } from 'zod';
import { EtfInfoSchema, ListingSchema, SourcedValueSchema } from '../context/ticker-context';
import { BankBalanceSectionSchema } from './bank-balance-schema';

/**
 * Estimated Russell membership (see lib/data/build/russell-*.ts). `rank` is the rank-day rank by
 * total market cap, null when the symbol was not ranked; `r1000`/`r2000` are false for a listing
 * FTSE Russell's rules exclude and null when we cannot tell (e.g. a probably-foreign issuer);
 * `basis` says which, in words; `asOf` is the date of the caps ranked.
 */
export const RussellEstimateSchema = z.object({
  rank: z.number().int().positive().nullable(),
  r1000: z.boolean().nullable(),
  r2000: z.boolean().nullable(),
  basis: z.string(),
  asOf: z.string(),
});
export type RussellEstimate = z.infer<typeof RussellEstimateSchema>;

/**
 * A statement figure with its period, so a quarter is never read as a year:
 * `quarter-end` balance-sheet value, `quarter` one quarter's flow, `ttm` trailing twelve months.
 */
export const PeriodValueSchema = z.object({ ...SourcedValueSchema.shape, period: z.enum(['quarter-end', 'quarter', 'ttm']) });
export type PeriodValue = z.infer<typeof PeriodValueSchema>;

export const FundamentalsSchema = z.object({
  totalDebt: PeriodValueSchema.nullable(),
  cash: PeriodValueSchema.nullable(),
  /** Trailing twelve months (snapshot datasets); a record from an older build may hold one quarter. */
  ebitda: PeriodValueSchema.nullable(),
  operatingIncome: PeriodValueSchema.nullable(),
  /** Trailing twelve months, signed. */
  netIncome: PeriodValueSchema.nullable(),
  stockholdersEquity: PeriodValueSchema.nullable(),
  /** A share count, not USD. */
  sharesIssued: PeriodValueSchema.nullable(),
  /** Total debt − cash of one dataset (TradingView states it; Finviz's is rebuilt). */
  netDebt: PeriodValueSchema.nullable().optional(),
});
export type Fundamentals = z.infer<typeof FundamentalsSchema>;

/**
 * One multiple from the snapshot datasets: a value, or null with `nm` saying why it is not
 * meaningful; `sourceId` keys the dataset's benchmark and industry references.
 */
export const ValuationFigureSchema = z.object({
  value: z.number().nullable(),
  nm: z.string().nullable(),
  source: z.string(),
  sourceId: z.string(),
  asOf: z.string(),
});
export type ValuationFigure = z.infer<typeof ValuationFigureSchema>;

export const SymbolValuationSchema = z.object({
  pe: ValuationFigureSchema.nullable(),
  forwardPe: ValuationFigureSchema.nullable(),
  pb: ValuationFigureSchema.nullable(),
  evEbitda: ValuationFigureSchema.nullable(),
  /** Percentile of the P/E among its industry's positive P/Es in the P/E's dataset (0 = cheapest). */
  industryPercentile: z.number().nullable(),
});
export type SymbolValuation = z.infer<typeof SymbolValuationSchema>;

/** An industry name in a dataset's own scheme (Finviz "Banks - Regional", TradingView "Regional Banks"). */
export const IndustryNameSchema = z.object({ name: z.string(), scheme: z.string(), source: z.string(), sourceId: z.string(), asOf: z.string() });
export type IndustryName = z.infer<typeof IndustryNameSchema>;

/**
 * One symbol as stored in IndexedDB and expanded from the snapshot. This is the unit the
 * background serves lookups from; `buildContext` turns it into the card model.
 */
export const SymbolRecordSchema = z.object({
  /** Upper case, share class with a dot (BRK.B). */
  symbol: z.string().min(1).max(12),
  name: z.string(),
  cik: z.number().int().nullable(),
  exchange: z.string().nullable(),
  kind: z.enum(['stock', 'etf', 'fund', 'adr', 'unknown']),
  sector: z.string().nullable(),
  subIndustry: z.string().nullable(),
  marketCap: z.nullable(SourcedValueSchema),
  pe: z.nullable(SourcedValueSchema),
  pb: z.nullable(SourcedValueSchema),
  ebitda: z.nullable(SourcedValueSchema),
  /** Member of the current S&P 500 constituents list (source + as-of in `sp500Source`). */
  sp500: z.boolean(),
  etf: z.nullable(EtfInfoSchema),
  // Optional so records stored by an earlier build (IndexedDB) still validate until the next load.
  russell: RussellEstimateSchema.nullable().optional(),
  /** Listed on NASDAQ/NYSE/NYSE American on the listings date, or not (null for funds: not on the stock screener). */
  listing: z.nullable(ListingSchema).optional(),
  /** Headquarters country per the listings source. */
  country: z.string().nullable().optional(),
  /** Nasdaq's own sector and industry scheme (not GICS), from the listings source. */
  listingSector: z.string().nullable().optional(),
  listingIndustry: z.string().nullable().optional(),
  /** Last sale on the listings date. */
  price: z.nullable(SourcedValueSchema).optional(),
  fundamentals: FundamentalsSchema.nullable().optional(),
  /** Multiples from the Finviz/TradingView datasets, each with its own dataset and date. */
  valuation: SymbolValuationSchema.nullable().optional(),
  debtToEquity: z.nullable(SourcedValueSchema).optional(),
  industry: IndustryNameSchema.nullable().optional(),
  /** Banks: equity and borrowings ÷ total assets with the peers' spread, one dataset and date. */
  bankBalance: z
    .strictObject({
      equityToAssets: z.number(),
      borrowingsToAssets: z.number(),
      peers: BankBalanceSectionSchema.shape.peers,
      source: z.string(),
      asOf: z.string(),
    })
    .nullable()
    .optional(),
});
export type SymbolRecord = z.infer<typeof SymbolRecordSchema>;
