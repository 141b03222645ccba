import { IDBFactory } from 'fake-indexeddb';
import { createBackgroundService } from '../../../lib/background/service';
import { openCapLensDB } from '../../../lib/cache/db';
import { request } from '../../../lib/messaging/client';

/** The stores only a snapshot load writes (lib/background/service.ts): ~10,500 records, kept as loaded. */
const SNAPSHOT_STORES = new Set(['symbolChunks']);

let loaded: Promise<{ factory: IDBFactory; text: string; rows: Map<string, unknown[]> }> | undefined;

/**
 * A fake IndexedDB holding the snapshot as the background loads it (validated, expanded, written:
 * the first-load path), loaded once per test file (over a second a load) and handed to each test
 * as that load left it: every other store (meta, cache, providerStatus, watchlists) is put back to
 * the rows it had right after the load. A service
 * created on it finds its snapshot loaded, as a restarted worker does; tests of the load itself
 * (service.test.ts) build their own database.
 */
export async function loadedIdb(snapshotText: string): Promise<IDBFactory> {
  loaded ??= (async () => {
    const factory = new IDBFactory();
    const s = createBackgroundService({
      fetchSnapshot: async () => snapshotText,
      idbFactory: factory,
      fetchImpl: (async () => {
        throw new Error('no network while loading');
      }) as typeof fetch,
    });
    await request((x) => s.handle(x), { type: 'lookup', symbol: 'ZION' });
    const db = await openCapLensDB(factory);
    const rows = new Map<string, unknown[]>();
    for (const name of db.objectStoreNames) if (!SNAPSHOT_STORES.has(name)) rows.set(name, await db.getAll(name as never));
    db.close();
    return { factory, text: snapshotText, rows };
  })();
  const { factory, text, rows } = await loaded;
  if (text !== snapshotText) throw new Error('loadedIdb: one snapshot per test file');
  const db = await openCapLensDB(factory);
  const tx = db.transaction([...rows.keys()] as never[], 'readwrite');
  for (const [name, list] of rows) {
    const store = tx.objectStore(name as never);
    await store.clear();
    for (const row of list) await store.put(row as never);
  }
  await tx.done;
  db.close();
  return factory;
}
