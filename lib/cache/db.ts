import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { SymbolRecord } from '../data/symbol-record';
import type { Watchlist } from '../watchlists/model';

export const DB_NAME = 'caplens';
export const DB_VERSION = 1;

export interface MetaEntry {
  key: string;
  value: unknown;
}

export interface CapLensDB extends DBSchema {
  symbols: { key: string; value: SymbolRecord };
  watchlists: { key: string; value: Watchlist; indexes: { byOrder: number } };
  meta: { key: string; value: MetaEntry };
}

/**
 * Versioned migrations, applied in order from the version the database is at.
 * Never edit a shipped step: add a new one, so that a profile created by any earlier
 * version upgrades to the same shape (watchlists and settings must survive).
 */
const MIGRATIONS: Array<(db: IDBPDatabase<CapLensDB>) => void> = [
  // v1: symbol universe from the snapshot, user watchlists, small key-value metadata.
  (db) => {
    db.createObjectStore('symbols', { keyPath: 'symbol' });
    const lists = db.createObjectStore('watchlists', { keyPath: 'id' });
    lists.createIndex('byOrder', 'order');
    db.createObjectStore('meta', { keyPath: 'key' });
  },
];

export function openCapLensDB(factory?: IDBFactory): Promise<IDBPDatabase<CapLensDB>> {
  // idb's openDB reads the global indexedDB; tests pass a fresh factory for isolation.
  const restore = factory ? swapFactory(factory) : undefined;
  try {
    return openDB<CapLensDB>(DB_NAME, DB_VERSION, {
      upgrade(db, oldVersion) {
        for (let v = oldVersion; v < MIGRATIONS.length; v++) MIGRATIONS[v]!(db);
      },
      blocking(_current, _blocked, event) {
        // Another context wants a newer schema: step aside rather than block it.
        (event.target as IDBDatabase).close();
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
