import 'fake-indexeddb/auto'; // IndexedDB and its globals (IDBRequest, IDBKeyRange…) for this file only, not the whole suite
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { DB_VERSION, MIGRATIONS, openCapLensDB } from '../../../lib/cache/db';
import { createWatchlistStore } from '../../../lib/watchlists/store';

describe('IndexedDB migrations', () => {
  // A database as every earlier version left it, with user data in it, must open at the
  // current version with that data intact.
  test.each(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1))('a v%i database upgrades with watchlists intact', async (from) => {
    const factory = new IDBFactory();
    const old = await openCapLensDB(factory, from);
    expect(old.version).toBe(from);
    const lists = createWatchlistStore(old, async () => true);
    const banks = await lists.create('Banks');
    await lists.addSymbol(banks.id, 'ZION', 'core holding');
    await old.put('meta', { key: 'snapshot', value: { builtAt: 'b0', count: 1, loadedAt: 'x' } });
    old.close();

    const db = await openCapLensDB(factory);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['cache', 'meta', 'providerStatus', 'symbolChunks', 'watchlists']);
    const after = await createWatchlistStore(db, async () => true).all();
    expect(after).toHaveLength(1);
    expect(after[0]!.entries).toEqual([expect.objectContaining({ symbol: 'ZION', note: 'core holding' })]);
    // The universe is reloaded from the bundle after v3 reshaped its store; user data is untouched.
    expect(await db.get('meta', 'snapshot')).toBeUndefined();
  });

});
