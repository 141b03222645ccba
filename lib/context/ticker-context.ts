import { z } from 'zod';

/** A figure with where it came from and when. No figure is shown without both. */
export const SourcedValueSchema = z.object({
  value: z.number(),
  asOf: z.string(),
  source: z.string(),
});
export type SourcedValue = z.infer<typeof SourcedValueSchema>;

export const TickerKindSchema = z.enum(['stock', 'etf', 'index', 'crypto', 'unknown']);
export type TickerKind = z.infer<typeof TickerKindSchema>;

export const CapClassSchema = z.enum(['mega', 'large', 'mid', 'small', 'micro', 'nano']);
export type CapClass = z.infer<typeof CapClassSchema>;

export const IndexMembershipSchema = z.object({
  sp500: z.boolean().nullable(),
  russell1000: z.boolean().nullable(),
  russell2000: z.boolean().nullable(),
  /** How membership was determined, in words (e.g. "S&P 500 list 2026-08-08; Russell not estimated yet"). */
  method: z.string().nullable(),
  /** When cap class and estimated index disagree, why (e.g. a Russell 2000 member that has since grown). */
  note: z.string().nullable().optional(),
});

export const ValuationSchema = z.object({
  pe: z.number().nullable(),
  forwardPe: z.number().nullable(),
  pb: z.number().nullable(),
  evEbitda: z.number().nullable(),
  benchmarkPe: z.number().nullable(),
  sectorMedianPe: z.number().nullable(),
  gapPct: z.number().nullable(),
  asOf: z.string().nullable(),
  source: z.string().nullable(),
  /** What benchmarkPe is, in words (basis, method, coverage). */
  benchmark: z.string().nullable().optional(),
  sectorGapPct: z.number().nullable().optional(),
  /** 0 = cheapest of its sector peers, 100 = dearest. */
  sectorPercentile: z.number().nullable().optional(),
  sectorPeers: z.number().int().nullable().optional(),
  /** Why a multiple is not shown ("n/m: negative earnings", "EV/EBITDA not meaningful for banks"). */
  notes: z.array(z.string()).optional(),
});

export const RateSensitivitySchema = z.object({
  level: z.enum(['low', 'moderate', 'high', 'unknown']),
  score: z.number().min(0).max(100).nullable(),
  drivers: z.array(z.object({ name: z.string(), value: z.string(), note: z.string() })),
  asOf: z.string().nullable(),
  source: z.string().nullable(),
  confidence: z.enum(['high', 'medium', 'low', 'none']).optional(),
  /** Inputs that would sharpen the estimate but are not in the data. */
  missing: z.array(z.string()).optional(),
});

export const EtfInfoSchema = z.object({
  tracks: z.string(),
  segment: z.string(),
  issuer: z.string().optional(),
  leverage: z.number().optional(),
  source: z.string().optional(),
});

/** The card model (DESIGN.md contract 2). Keys later issues fill are present and null now. */
export const TickerContextSchema = z.object({
  symbol: z.string(),
  name: z.string().nullable(),
  kind: TickerKindSchema,
  exchange: z.string().nullable(),
  sector: z.string().nullable(),
  marketCap: SourcedValueSchema.nullable(),
  capClass: CapClassSchema.nullable(),
  index: IndexMembershipSchema,
  valuation: ValuationSchema.nullable(),
  rateSensitivity: RateSensitivitySchema.nullable(),
  etf: EtfInfoSchema.optional(),
});
export type TickerContext = z.infer<typeof TickerContextSchema>;
