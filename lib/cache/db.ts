import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { SymbolRecord } from '../data/symbol-record';
import type { Watchlist } from '../watchlists/model';
import type { CacheEntry } from './cache-entry';

export const DB_NAME = 'caplens';

export interface MetaEntry {
  key: string;
  value: unknown;
}

export interface ProviderStatus {
  provider: string;
  lastSuccess: string | null;
  lastError: { at: string; kind: string; message: string } | null;
}

/** A bucket of symbol records: 10k single-record puts cost seconds in Chromium, ~100 buckets do not. */
export interface SymbolChunk {
  id: string;
  records: SymbolRecord[];
}

export interface CapLensDB extends DBSchema {
  /** v1–v2 only; dropped in v3 for symbolChunks. Kept in the type so old migrations compile. */
  symbols: { key: string; value: SymbolRecord };
  symbolChunks: { key: string; value: SymbolChunk };
  watchlists: { key: string; value: Watchlist; indexes: { byOrder: number } };
  meta: { key: string; value: MetaEntry };
  cache: { key: string; value: CacheEntry; indexes: { byLastAccess: number } };
  providerStatus: { key: string; value: ProviderStatus };
}

type Migration = (
  db: IDBPDatabase<CapLensDB>,
  tx: IDBPTransaction<CapLensDB, StoreNames<CapLensDB>[], 'versionchange'>,
) => void;

/**
 * Versioned migrations, applied in order from the version the database is at.
 * Never edit a shipped step: add a new one, so a profile created by any earlier
 * version upgrades to the same shape (watchlists and settings must survive).
 * Exported so tests can build a database exactly as an earlier version left it.
 */
export const MIGRATIONS: readonly Migration[] = [
  // v1: symbol universe from the snapshot, user watchlists, small key-value metadata.
  (db) => {
    db.createObjectStore('symbols', { keyPath: 'symbol' });
    const lists = db.createObjectStore('watchlists', { keyPath: 'id' });
    lists.createIndex('byOrder', 'order');
    db.createObjectStore('meta', { keyPath: 'key' });
  },
  // v2: a cache of live provider responses (evictable, LRU by last access) and provider health.
  (db) => {
    const cache = db.createObjectStore('cache', { keyPath: 'key' });
    cache.createIndex('byLastAccess', 'lastAccess');
    db.createObjectStore('providerStatus', { keyPath: 'provider' });
  },
  // v3: symbols stored in buckets (see SymbolChunk). The universe always reloads from the
  // bundled snapshot, so the old store is dropped and the load marker cleared.
  (db, tx) => {
    db.deleteObjectStore('symbols');
    db.createObjectStore('symbolChunks', { keyPath: 'id' });
    void tx.objectStore('meta').delete('snapshot');
  },
];

export const DB_VERSION = MIGRATIONS.length;

export interface OpenHooks {
  /**
   * The connection is gone: closed for another context's upgrade or deletion, or terminated by
   * the browser (storage cleared, disk error). The owner drops it and opens anew on next use.
   */
  onGone?: () => void;
}

export function openCapLensDB(factory?: IDBFactory, version: number = DB_VERSION, hooks: OpenHooks = {}): Promise<IDBPDatabase<CapLensDB>> {
  // idb's openDB reads the global indexedDB; tests pass a fresh factory for isolation.
  const restore = factory ? swapFactory(factory) : undefined;
  try {
    return openDB<CapLensDB>(DB_NAME, version, {
      upgrade(db, oldVersion, newVersion, tx) {
        for (let v = oldVersion; v < (newVersion ?? version); v++) MIGRATIONS[v]!(db, tx);
      },
      blocking(_current, _blocked, event) {
        // Another context wants a newer schema (or to delete the database): step aside rather than block it.
        (event.target as IDBDatabase).close();
        hooks.onGone?.();
      },
      terminated() {
        hooks.onGone?.();
      },
    });
  } finally {
    restore?.();
  }
}

function swapFactory(factory: IDBFactory): () => void {
  const g = globalThis as { indexedDB?: IDBFactory };
  const prev = g.indexedDB;
  g.indexedDB = factory;
  return () => {
    g.indexedDB = prev;
  };
}
