import type { IDBPDatabase } from 'idb';
import type { CapLensDB } from '../cache/db';
import { cleanListName, WatchlistSchema, type Watchlist } from './model';

export type SymbolExists = (symbol: string) => Promise<boolean>;

/**
 * Watchlists live in IndexedDB next to the cache but are user data: nothing here
 * is ever evicted, and every write is one transaction so a failure changes nothing.
 */
export function createWatchlistStore(db: IDBPDatabase<CapLensDB>, symbolExists: SymbolExists, now = () => new Date()) {
  async function all(): Promise<Watchlist[]> {
    const rows = await db.getAllFromIndex('watchlists', 'byOrder');
    // A record that fails validation (corrupted or from a future version) is skipped, not shown half-read.
    return rows.flatMap((r) => {
      const parsed = WatchlistSchema.safeParse(r);
      return parsed.success ? [parsed.data] : [];
    });
  }

  async function get(id: string): Promise<Watchlist> {
    const row = await db.get('watchlists', id);
    const parsed = WatchlistSchema.safeParse(row);
    if (!parsed.success) throw new Error('That watchlist no longer exists.');
    return parsed.data;
  }

  async function update(id: string, change: (list: Watchlist) => Watchlist): Promise<Watchlist> {
    const tx = db.transaction('watchlists', 'readwrite');
    const parsed = WatchlistSchema.safeParse(await tx.store.get(id));
    if (!parsed.success) {
      // Nothing was written; end the transaction without an unhandled rejection.
      tx.done.catch(() => undefined);
      tx.abort();
      throw new Error('That watchlist no longer exists.');
    }
    const next = WatchlistSchema.parse(change(parsed.data));
    await tx.store.put(next);
    await tx.done;
    return next;
  }

  return {
    all,
    get,
    async create(rawName: string): Promise<Watchlist> {
      const name = cleanListName(rawName);
      const lists = await all();
      if (lists.some((l) => l.name.toLowerCase() === name.toLowerCase())) {
        throw new Error(`A watchlist named "${name}" already exists.`);
      }
      const list: Watchlist = {
        id: crypto.randomUUID(),
        name,
        order: lists.reduce((m, l) => Math.max(m, l.order), -1) + 1,
        createdAt: now().toISOString(),
        entries: [],
      };
      await db.add('watchlists', list);
      return list;
    },
    async rename(id: string, rawName: string): Promise<Watchlist> {
      const name = cleanListName(rawName);
      const clash = (await all()).find((l) => l.id !== id && l.name.toLowerCase() === name.toLowerCase());
      if (clash) throw new Error(`A watchlist named "${name}" already exists.`);
      return update(id, (l) => ({ ...l, name }));
    },
    async remove(id: string): Promise<void> {
      await db.delete('watchlists', id);
    },
    async addSymbol(id: string, symbol: string, note = ''): Promise<Watchlist> {
      if (!(await symbolExists(symbol))) {
        throw new Error(`${symbol} is not a known US-listed symbol.`);
      }
      return update(id, (l) =>
        l.entries.some((e) => e.symbol === symbol)
          ? l
          : { ...l, entries: [...l.entries, { symbol, note, addedAt: now().toISOString() }] },
      );
    },
    async removeSymbol(id: string, symbol: string): Promise<Watchlist> {
      return update(id, (l) => ({ ...l, entries: l.entries.filter((e) => e.symbol !== symbol) }));
    },
  };
}

export type WatchlistStore = ReturnType<typeof createWatchlistStore>;
