import type { buildContext, IndexMeta } from '../context/build-context';
import { createContextMemo, type ContextMemo } from '../context/context-memo';
import type { MarketContext } from '../context/market-context';
import type { SymbolStore } from '../cache/symbol-store';
import type { LiveInputs } from '../context/live-inputs';
import type { SymbolRecord } from '../data/symbol-record';
import { universeFromRecords, validateCandidates, type SymbolUniverse } from '../detect/validate';
import { specialContext } from '../context/special-context';
import { normalizeSymbol } from '../data/normalize-symbol';
import type { WatchlistStore } from '../watchlists/store';
import { importSymbols, planImport } from '../watchlists/import';
import { METRIC_VALUE } from '../watchlists/metric-sort';
import { isMetricKey } from '../watchlists/sort';
import { createReplyCheck } from './reply-check';
import { RequestSchema, type Envelope, type Request, type ResponseOf } from './protocol';
import type { ClaimCheckRequest } from '../background/claim-check';

export interface HandlerDeps {
  /** Resolves once the snapshot is in IndexedDB (loads it on first use). */
  ready: () => Promise<void>;
  symbols: SymbolStore;
  watchlists: WatchlistStore;
  search: (query: string, limit: number) => Promise<ResponseOf<'search'>>;
  market: () => Promise<MarketContext>;
  status: () => Promise<ResponseOf<'status'>>;
  openOptions: () => Promise<void>;
  quotes: (symbols: string[]) => Promise<ResponseOf<'quotes'>>;
  dataStatus: () => Promise<ResponseOf<'data:status'>>;
  clearCache: () => Promise<void>;
  /** Marks every cached provider answer as expired (kept as a fallback); returns how many. */
  refreshNow: () => Promise<number>;
  /**
   * Company names → symbols over the whole universe, for 'name' candidates (the content
   * script's "company names" setting). Without it, name candidates resolve to nothing.
   */
  names?: () => Promise<Pick<SymbolUniverse, 'symbolForName'>>;
  /** Dates and names behind index membership, and the benchmark figures cards compare against. */
  contextRefs: () => Promise<{ meta: IndexMeta; refs?: Parameters<typeof buildContext>[3] }>;
  /**
   * Live inputs per symbol (SEC filings, measured beta, keyed providers) when live data is on;
   * waits at most `waitMs` for figures not cached yet. Absent or empty: snapshot-only cards.
   */
  liveInputs?: (records: SymbolRecord[], waitMs: number) => Promise<Map<string, LiveInputs>>;
  /** The claim check (lib/background/claim-check.ts); absent: every article has no claims. */
  claims?: (req: ClaimCheckRequest) => Promise<ResponseOf<'claims'>>;
}

/** A page's cards should not wait long on a cold fetch; a lookup the user asked for may wait longer. */
export const LIVE_WAIT_MS = { resolve: 1500, lookup: 8000 } as const;

/**
 * Turns an untrusted message into an envelope. Anything that is not a well-formed
 * request of a known type gets `{ok:false}` with a reason; handler failures are
 * reported the same way, so the background never crashes on input.
 */
export function createRequestHandler(deps: HandlerDeps) {
  const contextFor = createContextMemo();
  const checkReply = createReplyCheck();
  return async function handle(raw: unknown): Promise<Envelope<unknown>> {
    const parsed = RequestSchema.safeParse(raw);
    if (!parsed.success) {
      const type = typeof raw === 'object' && raw !== null && 'type' in raw ? String((raw as { type: unknown }).type).slice(0, 40) : '';
      return { ok: false, error: type ? `Rejected malformed or unknown request "${type}".` : 'Rejected malformed request.' };
    }
    try {
      await deps.ready();
      const data = await dispatch(parsed.data, deps, contextFor);
      // Replies the content script reads are schema-checked here, before they leave (./reply-check.ts).
      const problem = checkReply(parsed.data.type, data);
      if (problem) return { ok: false, error: `CapLens background produced an invalid ${parsed.data.type} reply (${problem}).` };
      return { ok: true, data };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  };
}

function symbolOrThrow(raw: string): string {
  const s = normalizeSymbol(raw);
  if (!s) throw new Error(`"${raw.slice(0, 16)}" is not a valid ticker symbol.`);
  return s;
}

async function dispatch(req: Request, deps: HandlerDeps, contextFor: ContextMemo): Promise<unknown> {
  switch (req.type) {
    case 'resolve': {
      // A company name needs the whole universe's name index; its symbol's record is then read with the others.
      const named = deps.names && req.candidates.some((c) => c.evidence === 'name') ? await deps.names() : null;
      const wanted = uniqueSymbols(req.candidates);
      if (named) for (const c of req.candidates) if (c.evidence === 'name' && c.name) wanted.push(named.symbolForName?.(c.name) ?? '');
      // One read: the records that validate the candidates are the ones the cards are built from.
      const records = await deps.symbols.getMany([...new Set(wanted.filter(Boolean))]);
      // With names, "(OPEN)" after "Opendoor Technologies" is the company; after a phrase it abbreviates, it is not.
      const universe: SymbolUniverse = universeFromRecords(records.values());
      if (named?.symbolForName) universe.symbolForName = named.symbolForName;
      const detections = validateCandidates(req.candidates, universe);
      const detected = detections.flatMap((d) => (d.kind ? [] : [records.get(d.symbol)].filter((r): r is SymbolRecord => !!r)));
      // Independent reads (settings in extension storage): side by side, not one after the other.
      const [{ meta, refs }, gathered] = await Promise.all([deps.contextRefs(), deps.liveInputs?.(detected, LIVE_WAIT_MS.resolve)]);
      const live = gathered ?? new Map<string, LiveInputs>();
      return detections.map(({ kind, ...d }) => ({
        ...d,
        context: kind ? specialContext(kind, d.symbol) : contextFor(records.get(d.symbol), d.symbol, meta, refs, live.get(d.symbol)),
      }));
    }
    case 'lookup': {
      const symbol = symbolOrThrow(req.symbol);
      const { meta, refs } = await deps.contextRefs();
      const record = await deps.symbols.get(symbol);
      const live = record ? await deps.liveInputs?.([record], LIVE_WAIT_MS.lookup) : undefined;
      return contextFor(record, symbol, meta, refs, live?.get(symbol));
    }
    case 'search':
      return deps.search(req.query, req.limit ?? 8);
    case 'market':
      return deps.market();
    case 'status':
      return deps.status();
    case 'claims':
      return deps.claims ? deps.claims({ text: req.text, hints: req.hints }) : { enabled: false, articleDate: null, dateSource: null, claims: [] };
    case 'quotes':
      return deps.quotes([...new Set(req.symbols.map(symbolOrThrow))]);
    case 'data:status':
      return deps.dataStatus();
    case 'data:clear-cache':
      // Only the provider cache: watchlists, settings and the embedded universe stay.
      await deps.clearCache();
      return deps.dataStatus();
    case 'data:refresh':
      await deps.refreshNow();
      return deps.dataStatus();
    case 'options:open':
      await deps.openOptions();
      return null;
    case 'watchlists:list':
      return deps.watchlists.all();
    case 'watchlists:create':
      return deps.watchlists.create(req.name);
    case 'watchlists:rename':
      return deps.watchlists.rename(req.id, req.name);
    case 'watchlists:delete':
      await deps.watchlists.remove(req.id);
      return deps.watchlists.all();
    case 'watchlists:add':
      return deps.watchlists.addSymbol(req.id, symbolOrThrow(req.symbol), req.note ?? '');
    case 'watchlists:remove':
      return deps.watchlists.removeSymbol(req.id, symbolOrThrow(req.symbol));
    case 'watchlists:note':
      return deps.watchlists.setNote(req.id, symbolOrThrow(req.symbol), req.note);
    case 'watchlists:reorder':
      return deps.watchlists.reorderEntries(req.id, req.symbols.map(symbolOrThrow));
    case 'watchlists:reorder-lists':
      return deps.watchlists.reorderLists(req.ids);
    case 'watchlists:sort': {
      if (!isMetricKey(req.by)) return deps.watchlists.sort(req.id, req.by);
      // Metric sorts use the same figures the cards show.
      const list = (await deps.watchlists.all()).find((l) => l.id === req.id);
      const symbols = list?.entries.map((e) => e.symbol) ?? [];
      const records = await deps.symbols.getMany(symbols);
      const { meta, refs } = await deps.contextRefs();
      const value = METRIC_VALUE[req.by];
      const values = new Map(symbols.map((s) => [s, value(contextFor(records.get(s), s, meta, refs))]));
      return deps.watchlists.sort(req.id, req.by, (s) => values.get(s) ?? null);
    }
    case 'watchlists:import-plan': {
      const known = await deps.symbols.getMany(importSymbols(req.text, req.filename));
      return planImport(req.text, req.filename, { knownSymbol: (s) => known.has(s), existing: await deps.watchlists.all() });
    }
    case 'watchlists:import-apply': {
      // Re-checked here against the universe; the store re-checks the rest inside its transaction.
      const symbols = [...new Set(req.changes.addEntries.map((e) => e.symbol))];
      const known = await deps.symbols.getMany(symbols);
      const unknown = symbols.find((s) => !known.has(s));
      if (unknown) throw new Error(`${unknown.slice(0, 16)} is not a known US-listed symbol. Nothing was imported.`);
      return deps.watchlists.applyImport(req.changes);
    }
  }
}

function uniqueSymbols(candidates: { symbol: string }[]): string[] {
  const out = new Set<string>();
  for (const c of candidates) {
    const s = normalizeSymbol(c.symbol);
    if (s) out.add(s);
  }
  return [...out];
}
