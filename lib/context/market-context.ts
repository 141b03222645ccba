import * as z from 'zod/mini';

/**
 * The macro panel (DESIGN.md contract 2, `lookup -- --market`). Each block carries its own as-of
 * date because the inputs update on different schedules (FOMC meetings vs daily H.15 yields).
 * A block is null when there is no observation for it. Change fields are optional so older
 * stored contexts still read back. zod/mini: written for the content script, which now leaves the
 * check to the background (lib/messaging/reply-check.ts).
 */

const bpChange = () => z.optional(z.nullable(z.number()));

const datedValueShape = {
  value: z.number(),
  asOf: z.string(),
  /** Series and publisher, e.g. "FRED DGS2 (Federal Reserve H.15)". */
  source: z.string(),
  /** Change over one / three calendar months, in basis points (null when not measurable). */
  change1mBp: bpChange(),
  change3mBp: bpChange(),
};
const DatedValueSchema = z.object(datedValueShape);

export const FedFundsRangeSchema = z
  .object({
    lower: z.number(),
    upper: z.number(),
    /** The later of the last FOMC decision and the last daily range observation (FRED DFEDTARL/DFEDTARU). */
    asOf: z.string(),
    source: z.string(),
    /** Plain words, e.g. "held at 3.50–3.75% since 10 Dec 2025 (5 holds)". */
    summary: z.optional(z.string()),
    /** The latest FOMC decision, holds included. */
    lastDecision: z.optional(z.nullable(z.object({ date: z.string(), action: z.enum(['cut', 'hike', 'hold']), deltaBps: z.number() }))),
    /** Next meeting on the FOMC calendar from the day the panel was built: scheduled, not decided. */
    nextMeeting: z.optional(z.nullable(z.object({ date: z.string(), status: z.literal('scheduled') }))),
    /** Meetings held between the data's last decision and the day the panel was built: their decisions are not in the data. */
    meetingsAfterData: z.optional(z.array(z.string())),
    lastMove: z.optional(z.nullable(z.object({ date: z.string(), sizeBp: z.number(), direction: z.enum(['cut', 'hike']) }))),
    /** Latest effective rate (DFF), which confirms the range is still in force. */
    effective: z.optional(z.nullable(z.object({ value: z.number(), asOf: z.string(), source: z.string() }))),
  })
  .check(z.refine((r) => r.lower <= r.upper, { message: 'fed funds lower bound above upper bound' }));

export const CurveSchema = z.object({
  ...datedValueShape,
  steepened1m: z.optional(z.nullable(z.boolean())),
  steepened3m: z.optional(z.nullable(z.boolean())),
  /** e.g. "bull-steepening"; null when not measurable. */
  move3m: z.optional(z.nullable(z.string())),
});

const SetCoverageSchema = z.object({
  total: z.number(),
  present: z.number(),
  used: z.number(),
  lossMakers: z.number(),
  capCoverage: z.nullable(z.number()),
});

export const SmallVsLargeSchema = z.object({
  smallPe: z.nullable(z.number()),
  largePe: z.nullable(z.number()),
  discountPct: z.nullable(z.number()),
  /** Share (0–1) of the small-cap set with a usable P/E. */
  coverage: z.nullable(z.number().check(z.minimum(0), z.maximum(1))),
  asOf: z.nullable(z.string()),
  method: z.string(),
  /** Why the figure is withheld, when it is. */
  reason: z.optional(z.nullable(z.string())),
  /** Basis of the headline figure: "forward", "trailing-ex-losses", "trailing-all" or "sec-frames" (live). */
  basis: z.optional(z.nullable(z.string())),
  /** Every dataset date and basis, one dataset and one date per point (never mixed). */
  series: z.optional(
    z.array(
      z.object({
        source: z.string(),
        asOf: z.string(),
        basis: z.string(),
        smallPe: z.nullable(z.number()),
        largePe: z.nullable(z.number()),
        discountPct: z.nullable(z.number()),
        small: SetCoverageSchema,
        large: SetCoverageSchema,
        warning: z.nullable(z.string()),
        reason: z.nullable(z.string()),
      }),
    ),
  ),
});

export const MarketContextSchema = z.object({
  fedFunds: z.nullable(FedFundsRangeSchema),
  ust2y: z.nullable(DatedValueSchema),
  ust10y: z.nullable(DatedValueSchema),
  /** 10-year minus 2-year, percentage points. */
  curve2s10s: z.nullable(CurveSchema),
  smallVsLarge: z.nullable(SmallVsLargeSchema),
});
export type MarketContext = z.infer<typeof MarketContextSchema>;
