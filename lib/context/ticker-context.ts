import * as z from 'zod/mini';

/*
 * Written with zod/mini, from when the content script checked its replies itself. The background
 * now checks them before sending (lib/messaging/reply-check.ts) and the page imports types only.
 */

const num = () => z.nullable(z.number());
const str = () => z.nullable(z.string());

/** A figure with where it came from and when. No figure is shown without both. */
export const SourcedValueSchema = z.object({
  value: z.number(),
  asOf: z.string(),
  source: z.string(),
});
export type SourcedValue = z.infer<typeof SourcedValueSchema>;

/**
 * Whether the symbol traded on a US exchange on the listings date. "not-listed" means merged,
 * delisted, renamed or moved to OTC since: the card then shows no current market cap.
 */
export const ListingSchema = z.object({
  status: z.enum(['listed', 'not-listed']),
  asOf: z.string(),
  source: z.string(),
  note: z.optional(str()),
});

/** An industry name and the classification scheme it belongs to (they differ between sources). */
export const IndustrySchema = z.object({
  name: z.string(),
  scheme: z.string(),
  source: z.string(),
  asOf: z.string(),
});

export const TickerKindSchema = z.enum(['stock', 'etf', 'index', 'crypto', 'unknown']);
export type TickerKind = z.infer<typeof TickerKindSchema>;

export const CapClassSchema = z.enum(['mega', 'large', 'mid', 'small', 'micro', 'nano']);
export type CapClass = z.infer<typeof CapClassSchema>;


export const IndexMembershipSchema = z.object({
  sp500: z.nullable(z.boolean()),
  russell1000: z.nullable(z.boolean()),
  russell2000: z.nullable(z.boolean()),
  /** How membership was determined, in words (list dates, rank-day basis). */
  method: str(),
  /** When cap class and estimated index disagree, why (e.g. a Russell 2000 member that has since grown). */
  note: z.optional(str()),
});

export const ValuationSchema = z.object({
  pe: num(),
  forwardPe: num(),
  pb: num(),
  evEbitda: num(),
  benchmarkPe: num(),
  sectorMedianPe: num(),
  gapPct: num(),
  asOf: str(),
  source: str(),
  /** What benchmarkPe is, in words (basis, method, coverage). */
  benchmark: z.optional(str()),
  sectorGapPct: z.optional(num()),
  /** 0 = cheapest of its sector peers, 100 = dearest. */
  sectorPercentile: z.optional(num()),
  sectorPeers: z.optional(num()),
  /** Why a multiple is not shown ("n/m: negative earnings", "EV/EBITDA not meaningful for banks"). */
  notes: z.optional(z.array(z.string())),
  /** Multiples from live data (keyed providers; P/E and P/B from price × SEC shares), each with its own source and date. */
  fieldSources: z.optional(
    z.array(
      z.object({
        field: z.enum(['pe', 'forwardPe', 'pb', 'evEbitda']),
        source: z.string(),
        asOf: z.string(),
        /** "snapshot" for an embedded dataset's figure; absent for live data. */
        origin: z.optional(z.literal('snapshot')),
      }),
    ),
  ),
  /** S&P 500 aggregate forward P/E of the forward P/E's dataset, and the gap to it. */
  forwardBenchmarkPe: z.optional(num()),
  forwardGapPct: z.optional(num()),
  /** The industry sectorMedianPe refers to, in the dataset's own scheme, with source and date. */
  industry: z.optional(str()),
  /**
   * The spread of positive P/Es in that industry, from the P/E's own dataset and date (the card
   * draws the stock's P/E as a dot on it); absent under five peers or without a dataset industry.
   */
  industryRange: z.optional(
    z.object({ p10: z.number(), q25: z.number(), median: z.number(), q75: z.number(), p90: z.number(), peers: z.number(), source: z.string(), asOf: z.string() }),
  ),
});

export const RateSensitivitySchema = z.object({
  level: z.enum(['low', 'moderate', 'high', 'unknown']),
  score: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
  drivers: z.array(
    z.object({
      name: z.string(),
      value: z.string(),
      note: z.string(),
      /** Where this driver's figure came from and its period (live inputs; absent for priors). */
      source: z.optional(str()),
      asOf: z.optional(str()),
    }),
  ),
  asOf: str(),
  source: str(),
  confidence: z.optional(z.enum(['high', 'medium', 'low', 'none'])),
  /** Inputs that would sharpen the estimate but are not in the data. */
  missing: z.optional(z.array(z.string())),
});

export const EtfInfoSchema = z.object({
  tracks: z.string(),
  segment: z.string(),
  issuer: z.optional(z.string()),
  leverage: z.optional(z.number()),
  source: z.optional(z.string()),
});

/** The card model (DESIGN.md contract 2). Keys later issues fill are present and null now. */
export const TickerContextSchema = z.object({
  symbol: z.string(),
  name: str(),
  kind: TickerKindSchema,
  exchange: str(),
  sector: str(),
  marketCap: z.nullable(SourcedValueSchema),
  capClass: z.nullable(CapClassSchema),
  index: IndexMembershipSchema,
  valuation: z.nullable(ValuationSchema),
  rateSensitivity: z.nullable(RateSensitivitySchema),
  etf: z.optional(EtfInfoSchema),
  /** Listing status on the listings date (stocks; absent for funds, indexes, crypto and unknown symbols). */
  listing: z.optional(z.nullable(ListingSchema)),
  country: z.optional(str()),
  industry: z.optional(z.nullable(IndustrySchema)),
  /** Last sale on the listings date. */
  price: z.optional(z.nullable(SourcedValueSchema)),
  /** Index cards: the fund that tracks it (e.g. IWM for the Russell 2000). */
  proxyEtf: z.optional(z.string()),
});
export type TickerContext = z.infer<typeof TickerContextSchema>;
