import 'fake-indexeddb/auto'; // IndexedDB and its globals (IDBRequest, IDBKeyRange…) for this file only, not the whole suite
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { DB_VERSION, openCapLensDB } from '../../../lib/cache/db';
import { chunkOf, createSymbolStore } from '../../../lib/cache/symbol-store';
import type { SymbolRecord } from '../../../lib/data/symbol-record';
import { createWatchlistStore } from '../../../lib/watchlists/store';

export function record(symbol: string, extra: Partial<SymbolRecord> = {}): SymbolRecord {
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
    ...extra,
  };
}

describe('symbol store', () => {
  test('loads a snapshot once per build and reads records back validated', async () => {
    const db = await openCapLensDB(new IDBFactory());
    expect(db.version).toBe(DB_VERSION);
    const store = createSymbolStore(db);
    expect(await store.loadSnapshot({ key: 'b1', builtAt: 'b1' }, [record('ZION'), record('WAL')])).toBe(true);
    expect(await store.loadSnapshot({ key: 'b1', builtAt: 'b1' }, [record('ZION'), record('WAL')])).toBe(false);
    expect((await store.get('ZION'))?.name).toBe('ZION Corp');
    expect(await store.has('NOPE')).toBe(false);
    expect([...(await store.getMany(['WAL', 'NOPE', 'ZION'])).keys()].sort()).toEqual(['WAL', 'ZION']);
    expect((await store.snapshotMeta())?.count).toBe(2);

    // Same build date, different content (a rebuilt snapshot): still reloads.
    expect(await store.loadSnapshot({ key: 'b1-rebuilt', builtAt: 'b1' }, [record('ZION'), record('WAL')])).toBe(true);
    // A new build replaces the universe.
    expect(await store.loadSnapshot({ key: 'b2', builtAt: 'b2' }, [record('KEY')])).toBe(true);
    expect(await store.has('ZION')).toBe(false);
  });

  test('symbols that are not in the universe are remembered too, until the next snapshot', async () => {
    const db = await openCapLensDB(new IDBFactory());
    const store = createSymbolStore(db);
    await store.loadSnapshot({ key: 'b1', builtAt: 'b1' }, [record('ZION')]);
    let reads = 0;
    const counted = new Proxy(db, {
      get: (target, key) => {
        const v = Reflect.get(target, key);
        if (key === 'transaction' || key === 'get') return (...args: unknown[]) => (reads++, (v as (...a: unknown[]) => unknown).apply(target, args));
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const watched = createSymbolStore(counted);
    expect([...(await watched.getMany(['ZION', 'CEO', 'GDP'])).keys()]).toEqual(['ZION']);
    const first = reads;
    expect(first).toBeGreaterThan(0);
    // A page scanned again: the same words, no bucket read at all.
    expect([...(await watched.getMany(['CEO', 'ZION', 'GDP'])).keys()]).toEqual(['ZION']);
    expect(await watched.get('CEO')).toBeUndefined();
    expect(reads).toBe(first);
    // A new snapshot that lists one of them forgets what was missing.
    await watched.loadSnapshot({ key: 'b2', builtAt: 'b2' }, [record('ZION'), record('GDP')]);
    expect((await watched.get('GDP'))?.symbol).toBe('GDP');
  });

  test('a corrupted record is treated as missing, never returned half-valid', async () => {
    const db = await openCapLensDB(new IDBFactory());
    const store = createSymbolStore(db);
    await store.loadSnapshot({ key: 'b1', builtAt: 'b1' }, [record('ZION')]);
    const chunk = (await db.get('symbolChunks', chunkOf('BAD'))) ?? { id: chunkOf('BAD'), records: [] };
    await db.put('symbolChunks', { ...chunk, records: [...chunk.records, { symbol: 'BAD', name: 42 } as unknown as SymbolRecord] });
    expect(await store.get('BAD')).toBeUndefined();
    expect((await store.all()).map((r) => r.symbol)).toEqual(['ZION']);
  });
});

describe('watchlist store', () => {
  async function setup() {
    const db = await openCapLensDB(new IDBFactory());
    const symbols = createSymbolStore(db);
    await symbols.loadSnapshot({ key: 'b1', builtAt: 'b1' }, [record('ZION'), record('WAL'), record('BRK.B')]);
    return { db, lists: createWatchlistStore(db, (s) => symbols.has(s)) };
  }

  test('create, rename, add, remove, delete', async () => {
    const { lists } = await setup();
    const banks = await lists.create('  Regional   banks ');
    expect(banks.name).toBe('Regional banks');
    const other = await lists.create('Other');
    expect(other.order).toBe(banks.order + 1);
    await lists.addSymbol(banks.id, 'ZION', 'Zions');
    await lists.addSymbol(banks.id, 'WAL');
    await lists.addSymbol(banks.id, 'ZION'); // no duplicate
    expect((await lists.get(banks.id)).entries.map((e) => e.symbol)).toEqual(['ZION', 'WAL']);
    await lists.removeSymbol(banks.id, 'ZION');
    expect((await lists.get(banks.id)).entries.map((e) => e.symbol)).toEqual(['WAL']);
    await lists.rename(banks.id, 'Banks');
    expect((await lists.all()).map((l) => l.name)).toEqual(['Banks', 'Other']);
    await lists.remove(other.id);
    expect((await lists.all()).map((l) => l.name)).toEqual(['Banks']);
  });

  test.each([
    ['', /needs a name/],
    ['   ', /needs a name/],
    ['x'.repeat(61), /at most 60/],
  ])('rejects the list name %j', async (name, message) => {
    const { lists } = await setup();
    await expect(lists.create(name)).rejects.toThrow(message);
  });

  test('refuses duplicate names, unknown symbols and missing lists, changing nothing', async () => {
    const { lists } = await setup();
    const a = await lists.create('Banks');
    await expect(lists.create('banks')).rejects.toThrow(/already exists/);
    await expect(lists.addSymbol(a.id, 'NOTREAL')).rejects.toThrow(/not a known/);
    await expect(lists.addSymbol('missing-id', 'ZION')).rejects.toThrow(/no longer exists/);
    await expect(lists.rename(a.id, '')).rejects.toThrow();
    expect(await lists.all()).toEqual([a]);
  });
});
