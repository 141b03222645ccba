import type { IDBPDatabase } from 'idb';
import { createCachedQuery } from '../cache/cached-query';
import { DB_VERSION, openCapLensDB, type CapLensDB } from '../cache/db';
import { createSymbolStore, type SymbolStore } from '../cache/symbol-store';
import type { IndexMeta } from '../context/build-context';
import { macroDataFromSnapshot, type MacroData } from '../context/build-market';
import { deriveRefs, type DerivedRefs } from '../context/derive';
import type { CapThresholds } from '../metrics/classify';
import type { MarketContext } from '../context/market-context';
import { expandSnapshot, indexMetaFromSnapshot, parseSnapshot } from '../data/expand-snapshot';
import { snapshotHash } from '../data/snapshot-hash';
import type { Snapshot } from '../data/snapshot-schema';
import { searchSymbols, type SearchEntry } from '../data/symbol-search';
import { universeFromRecords, type SymbolUniverse } from '../detect/validate';
import { createBackgroundHandler } from './request-router';
import type { RequestSender } from '../messaging/handler';
import type { TabMessage } from '../messaging/tab-messages';
import { DEFAULT_DATA_SETTINGS, type DataSettings } from '../settings/data-settings';
import type { ProviderKeys } from '../settings/provider-keys';
import { createWatchlistStore } from '../watchlists/store';
import { createLiveData } from './live-data';
import { createLiveGatherer } from './live-gatherer';
import { createLiveMarket } from './live-market';
import { quoteFromHistory, type Quote } from '../context/quote';
import { claimSeriesFromSnapshot, type ClaimSeries } from '../claims/claim-data-build';
import { checkArticleClaims } from './claim-check';

const DERIVED_KEY = 'derived';
const LOAD_KEY = 'snapshotLoadMs';

/** What the background computes once per snapshot build and keeps in IndexedDB. */
interface Derived {
  indexMeta: IndexMeta;
  macro: MacroData;
  refs: DerivedRefs;
  /** Dated series for the claim check (absent in rows written before it existed: rebuilt then). */
  claims?: ClaimSeries;
}

export interface ServiceOptions {
  /** Reads the snapshot shipped in the extension, as text (it is hashed, then validated). */
  fetchSnapshot: () => Promise<string>;
  /**
   * Hash (snapshotHash) of the snapshot bytes that passed SnapshotSchema when the extension was
   * built (wxt.config.ts). Those exact bytes skip validation here: it took about half of the first
   * load. Any other text, a rebuilt or altered file included, is validated as before.
   */
  buildValidatedHash?: string | null;
  idbFactory?: IDBFactory;
  openOptions?: () => Promise<void>;
  dataSettings?: () => Promise<DataSettings>;
  hasHosts?: (origins: string[]) => Promise<boolean>;
  /** The user's cap-class thresholds (options preset); defaults when absent. */
  capThresholds?: () => Promise<Readonly<CapThresholds>>;
  fetchImpl?: typeof fetch;
  /** Keyed providers' switches and keys (storage.local). */
  providerKeys?: () => Promise<ProviderKeys>;
  /** Sends a message to a tab's content script (browser.tabs.sendMessage). */
  notifyTab?: (tabId: number, message: TabMessage) => Promise<void>;
  /** Options → Claim check; on when absent. */
  claimCheckOn?: () => Promise<boolean>;
}

/**
 * The background's state: one database connection, the snapshot loaded once per build,
 * reference figures derived from it, and an in-memory search index. Everything is created
 * on demand because an MV3 service worker can be stopped and restarted at any time.
 */
export function createBackgroundService(opts: ServiceOptions) {
  let dbPromise: Promise<IDBPDatabase<CapLensDB>> | undefined;
  let readyPromise: Promise<void> | undefined;
  let searchIndex: Promise<SearchEntry[]> | undefined;
  let nameIndex: Promise<Pick<SymbolUniverse, 'symbolForName'>> | undefined;
  let derived: Promise<Derived> | undefined;
  let symbolStore: Promise<SymbolStore> | undefined;
  let handlerPromise: Promise<Awaited<ReturnType<typeof handler>>> | undefined;

  // A connection closed under us (another context upgrading or deleting the database, the
  // browser terminating it) is forgotten with everything built on it; the next request reopens
  // and, if the data went with it, reloads the snapshot.
  const forgetConnection = () => {
    dbPromise = undefined;
    symbolStore = undefined;
    handlerPromise = undefined;
    readyPromise = undefined;
    derived = undefined;
    searchIndex = undefined;
  };
  const db = () => (dbPromise ??= openCapLensDB(opts.idbFactory, DB_VERSION, { onGone: forgetConnection }));
  // One store instance so its record memo is the one the snapshot load clears.
  const symbolsOf = () => (symbolStore ??= db().then(createSymbolStore));

  async function loadSnapshot(): Promise<void> {
    const started = performance.now();
    const text = await opts.fetchSnapshot();
    const hash = snapshotHash(text);
    const conn = await db();
    // A worker restarts after ~30 s idle, and this runs before its first answer. When this exact
    // text is already loaded (the key ends with its hash) and its derived figures are stored,
    // nothing needs parsing: validating and expanding 2.9 MB cost over a second before the first
    // card of the first page after every restart.
    const loaded = await (await symbolsOf()).snapshotMeta();
    if (loaded?.key.endsWith(`:${hash}`) && (await conn.get('meta', DERIVED_KEY))) return;
    const snapshot = hash === opts.buildValidatedHash ? (JSON.parse(text) as Snapshot) : parseSnapshot(JSON.parse(text));
    const records = expandSnapshot(snapshot);
    const key = `${snapshot.schemaVersion}:${snapshot.builtAt}:${hash}`;
    const changed = await (await symbolsOf()).loadSnapshot({ key, builtAt: snapshot.builtAt }, records);
    const stored = (await conn.get('meta', DERIVED_KEY))?.value as Derived | undefined;
    if (changed || !stored?.claims) {
      const value: Derived = { indexMeta: indexMetaFromSnapshot(snapshot), macro: macroDataFromSnapshot(snapshot), refs: deriveRefs(records, snapshot), claims: claimSeriesFromSnapshot(snapshot) };
      await conn.put('meta', { key: DERIVED_KEY, value });
      derived = Promise.resolve(value);
    }
    if (changed) {
      searchIndex = undefined;
      nameIndex = undefined;
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

  const getDerived = () =>
    (derived ??= db().then(async (conn) => {
      const row = await conn.get('meta', DERIVED_KEY);
      if (!row) throw new Error('CapLens data is not loaded yet.');
      return row.value as Derived;
    }));

  async function getSearchIndex(): Promise<SearchEntry[]> {
    return (searchIndex ??= symbolsOf().then(async (symbols) =>
      (await symbols.all()).map((r) => ({ symbol: r.symbol, name: r.name, kind: r.kind, marketCap: r.marketCap?.value ?? 0 })),
    ));
  }

  async function handler() {
    const conn = await db();
    const symbols = await symbolsOf();
    const cache = createCachedQuery(conn);
    const live = createLiveData({
      db: conn,
      cache,
      settings: opts.dataSettings ?? (async () => DEFAULT_DATA_SETTINGS),
      hasHosts: opts.hasHosts ?? (async () => false),
      ...(opts.fetchImpl ? { fetchImpl: opts.fetchImpl } : {}),
      ...(opts.providerKeys ? { providerKeys: opts.providerKeys } : {}),
    });

    const liveOn = async () => (await (opts.dataSettings?.() ?? DEFAULT_DATA_SETTINGS)).liveData;
    const liveInputs = createLiveGatherer({ live, liveOn, embeddedDgs10: async () => (await getDerived()).macro.series.DGS10 });

    const liveMarket = createLiveMarket({ live, liveOn });
    async function market(): Promise<MarketContext> {
      const d = await getDerived();
      return liveMarket.market({
        macro: d.macro,
        smallVsLarge: d.refs.smallVsLarge,
        largeAsOf: d.refs.valuation.asOf,
        capsAsOf: d.indexMeta.russellCapsAsOf ?? null,
        records: () => symbols.all(),
      });
    }

    return createBackgroundHandler({
      ready,
      symbols,
      watchlists: createWatchlistStore(conn, (s) => symbols.has(s)),
      // Built from the search entries (symbol, name, kind) on the first page with names on.
      names: () => (nameIndex ??= getSearchIndex().then((entries) => universeFromRecords(entries))),
      search: async (query, limit) =>
        searchSymbols(query, await getSearchIndex(), limit).map((e) => ({ symbol: e.symbol, name: e.name, kind: e.kind })),
      market,
      liveInputs: (records, waitMs, onLate) => liveInputs.gather(records, waitMs, onLate),
      ...(opts.notifyTab ? { notifyTab: opts.notifyTab } : {}),
      claims: (req) =>
        checkArticleClaims(req, {
          enabled: opts.claimCheckOn ?? (async () => true),
          series: async () => {
            const c = (await getDerived()).claims;
            if (!c) throw new Error('CapLens data is not loaded yet.');
            return c;
          },
          records: (list) => symbols.getMany(list),
          names: () => (nameIndex ??= getSearchIndex().then((entries) => universeFromRecords(entries))),
          prices: {
            liveOn,
            indexes: async () => (await (opts.dataSettings?.() ?? DEFAULT_DATA_SETTINGS)).priceSource === 'yahoo',
            history: (symbol, range) => live.price(symbol, range),
          },
        }),
      contextRefs: async () => {
        const d = await getDerived();
        const capThresholds = opts.capThresholds ? await opts.capThresholds() : undefined;
        return { meta: d.indexMeta, refs: { valuation: d.refs.valuation, ...(capThresholds ? { capThresholds } : {}) } };
      },
      quotes: async (list) => {
        if (!(await (opts.dataSettings?.() ?? DEFAULT_DATA_SETTINGS)).liveData) return [];
        const out: Quote[] = [];
        // A few at a time: free sources rate-limit bursts.
        for (let i = 0; i < list.length; i += 4) {
          const batch = await Promise.all(
            list.slice(i, i + 4).map((s) =>
              live.price(s).then(
                (r) => quoteFromHistory({ ...r.value, symbol: s }, r.stale),
                () => null,
              ),
            ),
          );
          for (const q of batch) if (q) out.push(q);
        }
        return out;
      },
      dataStatus: async () => {
        let entries = 0;
        let cursor = await conn.transaction('cache').store.openCursor();
        while (cursor) {
          entries++;
          cursor = await cursor.continue();
        }
        return { providers: await live.statuses(), cacheBytes: await cache.totalBytes(), cacheEntries: entries };
      },
      clearCache: () => cache.clear(),
      refreshNow: () => cache.expireAll(),
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

  return {
    ready,
    async handle(message: unknown, sender: RequestSender = {}) {
      try {
        return (await (handlerPromise ??= handler()))(message, sender);
      } catch (e) {
        handlerPromise = undefined;
        return { ok: false as const, error: describeFailure(e) };
      }
    },
  };
}

/** What the user reads when the background cannot answer. */
function describeFailure(e: unknown): string {
  const name = e instanceof Error || (typeof DOMException !== 'undefined' && e instanceof DOMException) ? (e as Error).name : '';
  // This worker's code is older than the database another CapLens context already upgraded.
  if (name === 'VersionError') return 'CapLens was updated in another window. Reload this page to use the new version.';
  return e instanceof Error ? e.message : String(e);
}
