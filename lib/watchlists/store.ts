import type { IDBPDatabase } from 'idb';
import type { CapLensDB } from '../cache/db';
import { normalizeSymbol } from '../data/normalize-symbol';
import type { ImportChanges } from './import-schema';
import { cleanListName, cleanNote, listKey, WatchlistSchema, type Watchlist } from './model';
import { isPermutation, sortEntries, type SortKey } from './sort';

const CHANGED = 'The watchlists changed since they were shown. Reload the page and try again.';

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
    try {
      const next = WatchlistSchema.parse(change(parsed.data));
      await tx.store.put(next);
      await tx.done;
      return next;
    } catch (e) {
      abort(tx);
      throw e;
    }
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
    async setNote(id: string, symbol: string, rawNote: string): Promise<Watchlist> {
      const note = cleanNote(rawNote);
      return update(id, (l) => {
        if (!l.entries.some((e) => e.symbol === symbol)) throw new Error(`${symbol} is not in “${l.name}”.`);
        return { ...l, entries: l.entries.map((e) => (e.symbol === symbol ? { ...e, note } : e)) };
      });
    },
    /** `symbols` is the list's complete new order; anything else means the list changed meanwhile. */
    async reorderEntries(id: string, symbols: string[]): Promise<Watchlist> {
      return update(id, (l) => {
        if (!isPermutation(l.entries.map((e) => e.symbol), symbols)) throw new Error(CHANGED);
        const bySymbol = new Map(l.entries.map((e) => [e.symbol, e]));
        return { ...l, entries: symbols.map((s) => bySymbol.get(s)!) };
      });
    },
    /** `metric` gives each symbol's value for a metric key (resolved by the caller from its cards). */
    async sort(id: string, by: SortKey, metric?: (symbol: string) => number | null): Promise<Watchlist> {
      return update(id, (l) => ({ ...l, entries: sortEntries(l.entries, by, metric) }));
    },
    /** `ids` is the complete new order of all lists; written in one transaction. */
    async reorderLists(ids: string[]): Promise<Watchlist[]> {
      const tx = db.transaction('watchlists', 'readwrite');
      try {
        const lists = valid(await tx.store.getAll());
        if (!isPermutation(lists.map((l) => l.id), ids)) throw new Error(CHANGED);
        const byId = new Map(lists.map((l) => [l.id, l]));
        const next = ids.map((id, order) => ({ ...byId.get(id)!, order }));
        await Promise.all(next.filter((l) => byId.get(l.id)!.order !== l.order).map((l) => tx.store.put(l)));
        await tx.done;
        return next;
      } catch (e) {
        abort(tx);
        throw e;
      }
    },
    /**
     * Applies an import preview in one transaction: every item is re-checked against the lists as
     * stored now (a list to create must not exist, a symbol to add must not be there yet, a note to
     * replace must be on a symbol that is), and any failure — a check or a write — aborts it all.
     * Whether symbols are in the universe is checked by the caller before (it needs another store).
     */
    async applyImport(changes: ImportChanges): Promise<Watchlist[]> {
      const tx = db.transaction('watchlists', 'readwrite');
      try {
        const lists = valid(await tx.store.getAll());
        const byKey = new Map(lists.map((l) => [listKey(l.name), structuredClone(l)]));
        const touched = new Set<Watchlist>();
        let order = lists.reduce((m, l) => Math.max(m, l.order), -1) + 1;
        const at = now().toISOString();
        const target = (name: string) => {
          const list = byKey.get(listKey(name));
          if (!list) throw new Error(`${CHANGED} (The list “${name}” no longer exists.)`);
          touched.add(list);
          return list;
        };
        const checkedSymbol = (raw: string) => {
          const symbol = normalizeSymbol(raw);
          if (symbol !== raw) throw new Error(`“${raw}” is not a valid ticker symbol.`);
          return symbol;
        };
        for (const raw of changes.createLists) {
          const name = cleanListName(raw);
          if (byKey.has(listKey(name))) throw new Error(`A watchlist named “${name}” already exists. Nothing was imported; preview the file again.`);
          byKey.set(listKey(name), { id: crypto.randomUUID(), name, order: order++, createdAt: at, entries: [] });
          target(name);
        }
        for (const e of changes.addEntries) {
          const list = target(e.list);
          const symbol = checkedSymbol(e.symbol);
          if (list.entries.some((x) => x.symbol === symbol)) throw new Error(`${CHANGED} (${symbol} is already in “${list.name}”.)`);
          list.entries.push({ symbol, note: cleanNote(e.note), addedAt: at });
        }
        for (const u of changes.updateNotes) {
          const list = target(u.list);
          const entry = list.entries.find((x) => x.symbol === checkedSymbol(u.symbol));
          if (!entry) throw new Error(`${CHANGED} (${u.symbol} is no longer in “${list.name}”.)`);
          entry.note = cleanNote(u.note);
        }
        // Validate everything before the first write, then write; a failing write aborts the lot.
        const rows = [...touched].map((l) => WatchlistSchema.parse(l));
        for (const row of rows) await tx.store.put(row);
        await tx.done;
        return valid(await db.getAll('watchlists'));
      } catch (e) {
        abort(tx);
        throw e;
      }
    },
  };
}

function valid(rows: unknown[]): Watchlist[] {
  return rows
    .flatMap((r) => {
      const parsed = WatchlistSchema.safeParse(r);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => a.order - b.order);
}

/** Ends a transaction without writing anything and without an unhandled rejection. */
function abort(tx: { done: Promise<void>; abort: () => void }) {
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // Already finished (e.g. the failure was the commit itself): nothing to undo.
  }
}

export type WatchlistStore = ReturnType<typeof createWatchlistStore>;
