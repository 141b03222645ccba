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

export const ListId = z.string().check(z.minLength(1), z.maxLength(64));

export const PageRequestSchemas = {
  resolve: z.object({ type: z.literal('resolve'), candidates: z.array(CandidateSchema).check(z.maxLength(5000)) }),
  market: z.object({ type: z.literal('market') }),
  'options:open': z.object({ type: z.literal('options:open') }),
  // Live prices for cards; an empty list when live data is off or the source fails.
  quotes: z.object({ type: z.literal('quotes'), symbols: z.array(SymbolArg).check(z.maxLength(50)) }),
  // Watchlists from the sidebar: pin the user's tickers, add or remove one, start a first list.
  'watchlists:list': z.object({ type: z.literal('watchlists:list') }),
  'watchlists:create': z.object({ type: z.literal('watchlists:create'), name: z.string().check(z.maxLength(200)) }),
  'watchlists:add': z.object({ type: z.literal('watchlists:add'), id: ListId, symbol: SymbolArg, note: z.optional(z.string().check(z.maxLength(500))) }),
  'watchlists:remove': z.object({ type: z.literal('watchlists:remove'), id: ListId, symbol: SymbolArg }),
};

/** What the sidebar reads of a watchlist (unknown keys such as notes are dropped in the page). */
const PageWatchlist = z.object({ id: z.string(), name: z.string(), entries: z.array(z.object({ symbol: z.string() })) });
export type PageWatchlist = z.infer<typeof PageWatchlist>;

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
  'watchlists:list': z.array(PageWatchlist),
  'watchlists:create': PageWatchlist,
  'watchlists:add': PageWatchlist,
  'watchlists:remove': PageWatchlist,
};
