import { IDBFactory } from 'fake-indexeddb';
import { openCapLensDB } from '../../../lib/cache/db';
import { createSymbolStore } from '../../../lib/cache/symbol-store';
import type { SymbolRecord } from '../../../lib/data/symbol-record';
import { createWatchlistStore } from '../../../lib/watchlists/store';
import type { Watchlist } from '../../../lib/watchlists/model';

export const UNIVERSE = ['ZION', 'WAL', 'KEY', 'BRK.B', 'AAPL', 'MSFT', 'CMA', 'FHN', 'BF.B', 'T'];
export const known = (s: string) => UNIVERSE.includes(s);

export function record(symbol: string): SymbolRecord {
  return {
    symbol,
    name: `${symbol} Corp`,
    cik: 1,
    exchange: 'NYSE',
    kind: 'stock',
    sector: null,
    subIndustry: null,
    marketCap: { value: 5e9, asOf: '2025-05-02', source: 'Nasdaq screener' },
    pe: null,
    pb: null,
    ebitda: null,
    sp500: false,
    etf: null,
  };
}

/** A fresh database with the test universe loaded, and a clock that ticks one minute per call. */
export async function setupStores() {
  const db = await openCapLensDB(new IDBFactory());
  const symbols = createSymbolStore(db);
  await symbols.loadSnapshot({ key: 'b1', builtAt: 'b1' }, UNIVERSE.map(record));
  let t = Date.parse('2026-01-05T10:00:00Z');
  const now = () => new Date((t += 60_000));
  return { db, symbols, lists: createWatchlistStore(db, (s) => symbols.has(s), now) };
}

export function list(name: string, entries: [string, string?][], order = 0): Watchlist {
  return {
    id: `id-${name}`,
    name,
    order,
    createdAt: '2026-01-01T00:00:00.000Z',
    entries: entries.map(([symbol, note = ''], i) => ({ symbol, note, addedAt: `2026-01-0${(i % 9) + 1}T00:00:00.000Z` })),
  };
}

/** Lists as plain name → [symbol, note] pairs, for comparisons. */
export const shape = (lists: readonly Watchlist[]) => lists.map((l) => ({ name: l.name, entries: l.entries.map((e) => [e.symbol, e.note]) }));
