import { z } from 'zod';
import { TickerContextSchema } from '../context/ticker-context';
import { DetectedTickerSchema, PageResponseData } from './page-protocol';
import { CandidateSchema, ListId as PageListId, PageRequestSchemas, SymbolArg } from './page-requests';
import { WatchlistSchema } from '../watchlists/model';
import { IMPORT_MAX_BYTES, ImportChangesSchema, ImportPlanSchema } from '../watchlists/import-schema';
import { SORT_KEYS } from '../watchlists/sort';

/**
 * The one protocol between the content script, popup, options and the background.
 * Requests are validated by the background before any handler runs; responses by
 * the caller. Limits keep a hostile page from making the background do unbounded work.
 */
// One definition of a list id for both halves of the protocol.
const ListId = PageListId;

export type { DetectedTicker } from './page-protocol';

export const RequestSchema = z.discriminatedUnion('type', [
  PageRequestSchemas.resolve,
  z.object({ type: z.literal('lookup'), symbol: SymbolArg }),
  z.object({ type: z.literal('search'), query: z.string().max(64), limit: z.number().int().min(1).max(25).optional() }),
  PageRequestSchemas.market,
  z.object({ type: z.literal('status') }),
  PageRequestSchemas['options:open'],
  PageRequestSchemas.quotes,
  z.object({ type: z.literal('data:status') }),
  z.object({ type: z.literal('data:clear-cache') }),
  // Expire cached live data so the next cards refetch it (old values kept as fallback).
  z.object({ type: z.literal('data:refresh') }),
  PageRequestSchemas['watchlists:list'],
  PageRequestSchemas['watchlists:create'],
  z.object({ type: z.literal('watchlists:rename'), id: ListId, name: z.string().max(200) }),
  z.object({ type: z.literal('watchlists:delete'), id: ListId }),
  PageRequestSchemas['watchlists:add'],
  PageRequestSchemas['watchlists:remove'],
  PageRequestSchemas.claims,
  z.object({ type: z.literal('watchlists:note'), id: ListId, symbol: SymbolArg, note: z.string().max(1000) }),
  z.object({ type: z.literal('watchlists:reorder'), id: ListId, symbols: z.array(SymbolArg).max(5000) }),
  z.object({ type: z.literal('watchlists:reorder-lists'), ids: z.array(ListId).max(1000) }),
  z.object({ type: z.literal('watchlists:sort'), id: ListId, by: z.enum(SORT_KEYS) }),
  // The file's text is planned in the background (it has the symbol universe); nothing is written.
  z.object({ type: z.literal('watchlists:import-plan'), text: z.string().max(IMPORT_MAX_BYTES * 2), filename: z.string().max(255) }),
  // Applies a plan's changes in one transaction after re-checking them; all or nothing.
  z.object({ type: z.literal('watchlists:import-apply'), changes: ImportChangesSchema }),
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];


export const SearchResultSchema = z.object({
  symbol: z.string(),
  name: z.string(),
  kind: z.string(),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const StatusSchema = z.object({
  snapshotBuiltAt: z.string().nullable(),
  symbols: z.number().int(),
  loadedAt: z.string().nullable(),
  /** How long the last snapshot load took (fetch, validate, expand, write). */
  loadMs: z.number().nullable(),
});

const WatchlistsResult = z.array(WatchlistSchema);

export const DataStatusSchema = z.object({
  providers: z.array(
    z.object({
      provider: z.string(),
      lastSuccess: z.string().nullable(),
      lastError: z.object({ at: z.string(), kind: z.string(), message: z.string() }).nullable(),
    }),
  ),
  cacheBytes: z.number(),
  cacheEntries: z.number().int(),
});

/** Response payload schema per request type. */
export const ResponseData = {
  ...PageResponseData,
  lookup: TickerContextSchema,
  search: z.array(SearchResultSchema),
  status: StatusSchema,
  'data:status': DataStatusSchema,
  'data:clear-cache': DataStatusSchema,
  'data:refresh': DataStatusSchema,
  'watchlists:list': WatchlistsResult,
  'watchlists:create': WatchlistSchema,
  'watchlists:rename': WatchlistSchema,
  'watchlists:delete': WatchlistsResult,
  'watchlists:add': WatchlistSchema,
  'watchlists:remove': WatchlistSchema,
  'watchlists:note': WatchlistSchema,
  'watchlists:reorder': WatchlistSchema,
  'watchlists:reorder-lists': WatchlistsResult,
  'watchlists:sort': WatchlistSchema,
  'watchlists:import-plan': ImportPlanSchema,
  'watchlists:import-apply': WatchlistsResult,
} satisfies Record<RequestType, z.core.$ZodType>;

export type ResponseOf<T extends RequestType> = z.infer<(typeof ResponseData)[T]>;
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** Every response is an envelope: handlers never throw across the boundary. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: string };
