import { buildContext } from '../context/build-context';
import { createContextMemo } from '../context/context-memo';
import type { MarketContext } from '../context/market-context';
import type { SymbolStore } from '../cache/symbol-store';
import { normalizeSymbol } from '../data/normalize-symbol';
import type { WatchlistStore } from '../watchlists/store';
import { importSymbols, planImport } from '../watchlists/import';
import { METRIC_VALUE } from '../watchlists/metric-sort';
import { isMetricKey } from '../watchlists/sort';
import { createRequestHandler, type RequestRouter, type RequestSender } from '../messaging/handler';
import type { TabMessage } from '../messaging/tab-messages';
import { checkedTabMessage } from '../messaging/tab-message-schema';
import type { Request, ResponseOf } from '../messaging/protocol';
import { lookupCard, resolveCards, type CardDeps } from './cards';
import type { ClaimCheckRequest } from './claim-check';

export interface RouterDeps extends CardDeps {
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
  /** Sends a message to a tab's content script (live figures that landed after its cards). */
  notifyTab?: (tabId: number, message: TabMessage) => Promise<void>;
  /** The claim check (lib/background/claim-check.ts); absent: every article has no claims. */
  claims?: (req: ClaimCheckRequest) => Promise<ResponseOf<'claims'>>;
}

/** Every request type, routed to its use-case; behind lib/messaging/handler.ts's validation. */
export function createRequestRouter(deps: RouterDeps): RequestRouter {
  // One memo per router: snapshot-only card models are reused across requests (lib/context/context-memo.ts).
  const withMemo: RouterDeps = { ...deps, contextFor: deps.contextFor ?? createContextMemo() };
  return (req, sender) => dispatch(req, withMemo, sender);
}

/** The background's request handler: validation and envelopes (lib/messaging) over the use-cases here. */
export function createBackgroundHandler(deps: RouterDeps) {
  return createRequestHandler(createRequestRouter(deps), deps.ready);
}

function symbolOrThrow(raw: string): string {
  const s = normalizeSymbol(raw);
  if (!s) throw new Error(`"${raw.slice(0, 16)}" is not a valid ticker symbol.`);
  return s;
}

async function dispatch(req: Request, deps: RouterDeps, sender: RequestSender): Promise<unknown> {
  switch (req.type) {
    case 'resolve': {
      // A page's cards wait 1.5 s for live figures; the rest are pushed to its tab as they land.
      const { tabId } = sender;
      const notify = deps.notifyTab;
      // The message is checked against the page's schema before it is sent; a closed tab is no error.
      const push = (symbols: string[]) =>
        Promise.resolve()
          .then(() => notify!(tabId!, checkedTabMessage({ type: 'cards:update', symbols: symbols.slice(0, 50) })))
          .catch(() => undefined);
      const onLate = tabId !== undefined && notify ? (symbols: string[]) => void push(symbols) : undefined;
      return resolveCards(req, deps, onLate);
    }
    case 'lookup':
      return lookupCard(symbolOrThrow(req.symbol), deps);
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
      const values = new Map(symbols.map((s) => [s, value(buildContext(records.get(s), s, meta, refs))]));
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
