import { z } from 'zod';

/**
 * The macro panel (DESIGN.md contract 2, `lookup -- --market`). Each block carries its own as-of
 * date because the inputs update on different schedules (FOMC meetings vs daily H.15 yields).
 * A block is null when the snapshot has no observation for it.
 */

const DatedValueSchema = z.object({
  value: z.number(),
  asOf: z.string(),
  /** Series and publisher, e.g. "FRED DGS2 (Federal Reserve H.15)". */
  source: z.string(),
});

export const FedFundsRangeSchema = z
  .object({
    lower: z.number(),
    upper: z.number(),
    /** Date of the FOMC decision that set this range (not the date it was last confirmed). */
    asOf: z.string(),
    source: z.string(),
  })
  .refine((r) => r.lower <= r.upper, { message: 'fed funds lower bound above upper bound' });

export const SmallVsLargeSchema = z.object({
  smallPe: z.number().nullable(),
  largePe: z.number().nullable(),
  discountPct: z.number().nullable(),
  /** Share (0–1) of the small-cap set with a usable P/E. */
  coverage: z.number().min(0).max(1).nullable(),
  asOf: z.string().nullable(),
  method: z.string(),
});

export const MarketContextSchema = z.object({
  fedFunds: FedFundsRangeSchema.nullable(),
  ust2y: DatedValueSchema.nullable(),
  ust10y: DatedValueSchema.nullable(),
  /** 10-year minus 2-year, percentage points. */
  curve2s10s: DatedValueSchema.nullable(),
  /** Not built yet: needs the Russell estimate. */
  smallVsLarge: SmallVsLargeSchema.nullable(),
});
export type MarketContext = z.infer<typeof MarketContextSchema>;
