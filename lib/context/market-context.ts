import { z } from 'zod';

/**
 * The macro panel (DESIGN.md contract 2, `lookup -- --market`). Each block carries its own as-of
 * date because the inputs update on different schedules (FOMC meetings vs daily H.15 yields).
 * A block is null when there is no observation for it. Change fields are optional so older
 * stored contexts still read back.
 */

const DatedValueSchema = z.object({
  value: z.number(),
  asOf: z.string(),
  /** Series and publisher, e.g. "FRED DGS2 (Federal Reserve H.15)". */
  source: z.string(),
  /** Change over one / three calendar months, in basis points (null when not measurable). */
  change1mBp: z.number().nullable().optional(),
  change3mBp: z.number().nullable().optional(),
});

export const FedFundsRangeSchema = z
  .object({
    lower: z.number(),
    upper: z.number(),
    /** Date of the FOMC decision that set this range (not the date it was last confirmed). */
    asOf: z.string(),
    source: z.string(),
    lastMove: z
      .object({ date: z.string(), sizeBp: z.number(), direction: z.enum(['cut', 'hike']) })
      .nullable()
      .optional(),
    /** Latest effective rate (DFF), which confirms the range is still in force. */
    effective: z.object({ value: z.number(), asOf: z.string(), source: z.string() }).nullable().optional(),
  })
  .refine((r) => r.lower <= r.upper, { message: 'fed funds lower bound above upper bound' });

export const CurveSchema = DatedValueSchema.extend({
  steepened1m: z.boolean().nullable().optional(),
  steepened3m: z.boolean().nullable().optional(),
  /** e.g. "bull steepening"; null when not measurable. */
  move3m: z.string().nullable().optional(),
});

export const SmallVsLargeSchema = z.object({
  smallPe: z.number().nullable(),
  largePe: z.number().nullable(),
  discountPct: z.number().nullable(),
  /** Share (0–1) of the small-cap set with a usable P/E. */
  coverage: z.number().min(0).max(1).nullable(),
  asOf: z.string().nullable(),
  method: z.string(),
  /** Why the figure is withheld, when it is. */
  reason: z.string().nullable().optional(),
});

export const MarketContextSchema = z.object({
  fedFunds: FedFundsRangeSchema.nullable(),
  ust2y: DatedValueSchema.nullable(),
  ust10y: DatedValueSchema.nullable(),
  /** 10-year minus 2-year, percentage points. */
  curve2s10s: CurveSchema.nullable(),
  smallVsLarge: SmallVsLargeSchema.nullable(),
});
export type MarketContext = z.infer<typeof MarketContextSchema>;
