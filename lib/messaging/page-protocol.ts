import * as z from 'zod/mini';
import { MarketContextSchema } from '../context/market-context';
import { QuoteSchema } from '../context/quote';
import { TickerContextSchema } from '../context/ticker-context';
import { EVIDENCE_TYPES } from '../detect/types';

/**
 * The part of the protocol the content script speaks, in zod/mini so validating replies in
 * the page costs a few kilobytes. lib/messaging/protocol.ts composes these into the full protocol.
 */
export const SymbolArg = z.string().check(z.minLength(1), z.maxLength(16));

export const CandidateSchema = z.object({
  symbol: SymbolArg,
  evidence: z.enum(EVIDENCE_TYPES),
  exchange: z.optional(z.string().check(z.maxLength(24))),
  context: z.optional(z.string().check(z.maxLength(200))),
  extraEvidence: z.optional(z.boolean()),
  /** A company name found in prose (only when name detection is on). */
  name: z.optional(z.string().check(z.maxLength(80))),
});

export const PageRequestSchemas = {
  resolve: z.object({ type: z.literal('resolve'), candidates: z.array(CandidateSchema).check(z.maxLength(5000)) }),
  market: z.object({ type: z.literal('market') }),
  'options:open': z.object({ type: z.literal('options:open') }),
  // Live prices for cards; an empty list when live data is off or the source fails.
  quotes: z.object({ type: z.literal('quotes'), symbols: z.array(SymbolArg).check(z.maxLength(50)) }),
};

export const DetectedTickerSchema = z.object({
  symbol: z.string(),
  count: z.number().check(z.int(), z.positive()),
  evidence: z.array(z.enum(EVIDENCE_TYPES)),
  context: TickerContextSchema,
});
export type DetectedTicker = z.infer<typeof DetectedTickerSchema>;

export const PageResponseData = {
  resolve: z.array(DetectedTickerSchema),
  market: MarketContextSchema,
  'options:open': z.null(),
  quotes: z.array(QuoteSchema),
};
