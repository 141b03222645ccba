import { z } from 'zod';
import { IsoDate, SourceId } from './schema-primitives';

/** The snapshot's Russell estimate: per-symbol codes and the meta that says how each estimate was made. */

/**
 * Per-symbol Russell estimate codes (meaning in `russell.reasons`, rules in lib/data/build/russell-rules.ts):
 * `rk` ranked, its index follows from the rank and the meta's breakpoints; `b1` ranked past the
 * Russell 1000 breakpoint but kept in the Russell 1000 by FTSE Russell's banding (a member last
 * year); `b2` ranked above the breakpoint but kept in the Russell 2000 the same way; `sp` S&P 500
 * member missing from the rank-day data (counted in the Russell 1000); the rest exclusions. A null
 * code means "no rank-day figure: cannot tell".
 */
export const RUSSELL_CODES = [
  'rk', 'b1', 'b2', 'sp',
  'etf', 'adr', 'pref', 'debt', 'warr', 'right', 'unit', 'cef', 'bdc', 'lp', 'llc', 'roy', 'spac', 'otc', 'px', 'cap',
  'fhq', 'ford', 'fform', 'ftag',
] as const;
/** Codes that come with a rank. */
export const RANKED_RUSSELL_CODES: readonly RussellCode[] = ['rk', 'b1', 'b2'];
export type RussellCode = (typeof RUSSELL_CODES)[number];
export const RussellCodeSchema = z.enum(RUSSELL_CODES);

const RankInt = z.number().int().positive();

/** How the Russell estimate was made; per-symbol results are the russellRank/russellCode columns. */
export const RussellMetaSchema = z
  .strictObject({
    /** Source entry describing the estimate (method, rank-day basis, as-of). */
    source: SourceId,
    /** Year of the June reconstitution this estimate stands for. */
    reconstitution: z.number().int().min(2000).max(2100),
    /**
     * Whose membership the ±2.5% banding kept in place: the reconstitution year of the previous
     * estimate, or null when none was available (then the index follows from the rank alone).
     */
    bandingFrom: z.number().int().nullable(),
    /**
     * Where last year's index came from when no earlier estimate gave it (bandingFrom null), e.g.
     * published membership tags; absent when nothing did.
     */
    bandingBasis: z.string().min(1).optional(),
    /** FTSE Russell rank day the estimate stands in for. */
    rankDay: IsoDate,
    /** Date of the market caps and prices actually ranked. */
    capsAsOf: IsoDate,
    /** Eligible companies ranked. */
    companies: z.number().int().nonnegative(),
    /** S&P 500 companies missing from the rank-day data, counted above the Russell 1000 breakpoint. */
    placeholders: z.number().int().nonnegative(),
    /** Ranks up to this are Russell 1000 (1000 minus placeholders); up to r2000LastRank Russell 2000. */
    r1000LastRank: RankInt,
    r2000LastRank: RankInt,
    /** First and last rank inside FTSE Russell's ±2.5% cumulative-cap band around the 1000 breakpoint. */
    bandRanks: z.tuple([RankInt, RankInt]),
    /** Total market cap, USD, at r1000LastRank and r2000LastRank. */
    breakpointCaps: z.tuple([z.number().positive().nullable(), z.number().positive().nullable()]),
    /** Wording for every exclusion code, and whether it is certain (false) or only a hint (unknown). */
    reasons: z.record(z.string(), z.strictObject({ text: z.string().min(1), certain: z.boolean() })),
  })
  .refine((m) => m.r1000LastRank < m.r2000LastRank, { message: 'r1000LastRank must be below r2000LastRank' })
  .refine((m) => m.bandRanks[0] <= m.bandRanks[1], { message: 'bandRanks must be ascending' })
  .refine((m) => m.bandingFrom === null || m.bandingFrom < m.reconstitution, { message: 'bandingFrom must be an earlier reconstitution' })
  .refine((m) => Object.keys(m.reasons).every((k) => (RUSSELL_CODES as readonly string[]).includes(k)), {
    message: 'reasons has a key that is not a Russell code',
  });
export type RussellMeta = z.infer<typeof RussellMetaSchema>;
