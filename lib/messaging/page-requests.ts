import * as z from 'zod/mini';
import { EVIDENCE_TYPES } from '../detect/types';
import { MAX_ARTICLE_CHARS } from '../claims/claim-schema';
import { DateHintsSchema } from '../claims/claim-request-schema';

/**
 * The requests the content script sends. The background validates them (lib/messaging/protocol.ts
 * composes these with the rest); the page imports only their types, so these schemas are not
 * built in every page (page replies: ./page-protocol.ts).
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
  // The claim check: the article's text (cut to the limit by the page) and the date hints in its markup.
  claims: z.object({ type: z.literal('claims'), text: z.string().check(z.maxLength(MAX_ARTICLE_CHARS)), hints: DateHintsSchema }),
};
