import type { IDBPDatabase } from 'idb';
import { openCapLensDB, type CapLensDB } from '../cache/db';
import { createSymbolStore, type SymbolStore } from '../cache/symbol-store';
import { MarketContextSchema, type MarketContext } from '../context/market-context';
import { expandSnapshot, indexMetaFromSnapshot, macroFromSnapshot, parseSnapshot } from '../data/expand-snapshot';
import type { IndexMeta } from '../context/build-context';
import { searchSymbols, type SearchEntry } from '../data/symbol-search';
import { createRequestHandler } from '../messaging/handler';
import { createWatchlistStore } from '../watchlists/store';

const MARKET_KEY = 'market';
const INDEX_META_KEY = 'indexMeta';
const LOAD_KEY = 'snapshotLoadMs';

export interface ServiceOptions {
  /** Reads the snapshot shipped in the extension (unvalidated JSON). */
  fetchSnapshot: () => Promise<unknown>;
  idbFactory?: IDBFactory;
  openOptions?: () => Promise<void>;
}

/**
 * The background's state: one database connection, the snapshot loaded once per
 * build, and an in-memory search index built lazily from IndexedDB. Everything is
 * created on demand because an MV3 service worker can be stopped and restarted at any time.
 */
export function createBackgroundService(opts: ServiceOptions) {
  let dbPromise: Promise<IDBPDatabase<CapLensDB>> | undefined;
  let readyPromise: Promise<void> | undefined;
  let searchIndex: Promise<SearchEntry[]> | undefined;
  let indexMeta: Promise<IndexMeta> | undefined;

  const db = () => (dbPromise ??= openCapLensDB(opts.idbFactory));
  // One store instance so its record memo is the one the snapshot load clears.
  let symbolStore: Promise<SymbolStore> | undefined;
  const symbolsOf = () => (symbolStore ??= db().then(createSymbolStore));

  async function loadSnapshot(): Promise<void> {
    const started = performance.now();
    const snapshot = parseSnapshot(await opts.fetchSnapshot());
    const conn = await db();
    const changed = await (await symbolsOf()).loadSnapshot(snapshot.builtAt, expandSnapshot(snapshot));
    if (changed || !(await conn.get('meta', MARKET_KEY))) {
      await conn.put('meta', { key: MARKET_KEY, value: macroFromSnapshot(snapshot) });
      await conn.put('meta', { key: INDEX_META_KEY, value: indexMetaFromSnapshot(snapshot) });
    }
    if (changed) {
      searchIndex = undefined;
      indexMeta = undefined;
      // Fetch + validate + expand + write, shown in status and measured by the benchmark.
      await conn.put('meta', { key: LOAD_KEY, value: Math.round(performance.now() - started) });
    }
  }

  // A failed load is retried on the next request instead of poisoning the worker.
  const ready = () =>
    (readyPromise ??= loadSnapshot().catch((e: unknown) => {
      readyPromise = undefined;
      throw new Error(`Could not load CapLens data: ${e instanceof Error ? e.message : String(e)}`);
    }));

  async function stores() {
    const conn = await db();
    const symbols = await symbolsOf();
    return { conn, symbols, watchlists: createWatchlistStore(conn, (s) => symbols.has(s)) };
  }

  async function getSearchIndex(): Promise<SearchEntry[]> {
    return (searchIndex ??= stores().then(async ({ symbols }) =>
      (await symbols.all()).map((r) => ({ symbol: r.symbol, name: r.name, kind: r.kind, marketCap: r.marketCap?.value ?? 0 })),
    ));
  }

  async function handler() {
    const { conn, symbols, watchlists } = await stores();
    return createRequestHandler({
      ready,
      symbols,
      watchlists,
      search: async (query, limit) =>
        searchSymbols(query, await getSearchIndex(), limit).map((e) => ({ symbol: e.symbol, name: e.name, kind: e.kind })),
      market: async (): Promise<MarketContext> => MarketContextSchema.parse((await conn.get('meta', MARKET_KEY))?.value),
      indexMeta: async () => (indexMeta ??= conn.get('meta', INDEX_META_KEY).then((row) => (row?.value ?? {}) as IndexMeta)),
      openOptions: async () => {
        if (!opts.openOptions) throw new Error('Options page unavailable here.');
        await opts.openOptions();
      },
      status: async () => {
        const meta = await symbols.snapshotMeta();
        const loadMs = (await conn.get('meta', LOAD_KEY))?.value;
        return {
          snapshotBuiltAt: meta?.builtAt ?? null,
          symbols: meta?.count ?? 0,
          loadedAt: meta?.loadedAt ?? null,
          loadMs: typeof loadMs === 'number' ? loadMs : null,
        };
      },
    });
  }

  let handlerPromise: ReturnType<typeof handler> | undefined;
  return {
    ready,
    async handle(message: unknown) {
      try {
        return (await (handlerPromise ??= handler()))(message);
      } catch (e) {
        handlerPromise = undefined;
        return { ok: false as const, error: e instanceof Error ? e.message : String(e) };
      }
    },
  };
}
