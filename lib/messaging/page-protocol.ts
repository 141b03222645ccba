import * as z from 'zod/mini';
import { MarketContextSchema } from '../context/market-context';
import { QuoteSchema } from '../context/quote';
import { TickerContextSchema } from '../context/ticker-context';
import { EVIDENCE_TYPES } from '../detect/types';
import { ClaimCheckSchema } from '../claims/claim-schema';

/**
 * The replies the content script reads, in zod/mini so validating them in the page costs a few
 * kilobytes. The requests it sends are in ./page-requests.ts: only the background parses those,
 * so the page bundle imports their types alone. lib/messaging/protocol.ts composes both halves
 * into the full protocol.
 */

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
  claims: ClaimCheckSchema,
};
