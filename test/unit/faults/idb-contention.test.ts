/**
 * IndexedDB faults the background must survive (issue 7): another context upgrading the
 * schema (an extension update while an old worker is alive), another context deleting the
 * database, and the browser terminating the connection. The user-visible result is either a
 * working answer or a clear message, never a hang; watchlists survive an upgrade.
 */
import 'fake-indexeddb/auto'; // IndexedDB and its globals (IDBRequest, IDBKeyRange…) for this file only, not the whole suite
import { IDBFactory } from 'fake-indexeddb';
import { wrap, type IDBPDatabase } from 'idb';
import { describe, expect, test } from 'vitest';
import { createBackgroundService } from '../../../lib/background/service';
import { DB_NAME, DB_VERSION, openCapLensDB } from '../../../lib/cache/db';
import { request } from '../../../lib/messaging/client';
import type { RequestOf, RequestType } from '../../../lib/messaging/protocol';
import { realSnapshot } from '../data/real-snapshot';

const snapshotText = JSON.stringify(realSnapshot());

function service(idbFactory: IDBFactory) {
  const s = createBackgroundService({ fetchSnapshot: async () => snapshotText, idbFactory });
  return { ...s, call: <T extends RequestType>(m: RequestOf<T>) => request((x) => s.handle(x), m) };
}

/**
 * Resolves with the value, or rejects after `ms` (a hang is the failure we look for). The limits
 * are far above any honest duration (a reload of the snapshot on a loaded 2-core machine took 8 s)
 * so a slow machine is never mistaken for a hang; the test timeouts sit above them.
 */
const HANG_MS = 45_000;
const within = <T>(p: Promise<T>, ms: number, what: string) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} did not finish in ${ms} ms`)), ms))]);

async function withWatchlist(bg: ReturnType<typeof service>) {
  const list = await bg.call({ type: 'watchlists:create', name: 'Banks' });
  await bg.call({ type: 'watchlists:add', id: list.id, symbol: 'ZION', note: 'rate-sensitive' });
  return list.id;
}

describe('IndexedDB contention', () => {
  test('a newer schema opened by another context is not blocked; watchlists survive; the old worker says to reload', async () => {
    const factory = new IDBFactory();
    const old = service(factory);
    await withWatchlist(old);

    // The updated extension opens one version higher (a future migration adding a store).
    const req = factory.open(DB_NAME, DB_VERSION + 1);
    req.onupgradeneeded = () => req.result.createObjectStore('futureStore');
    const next = (await within(wrap(req) as Promise<IDBPDatabase>, HANG_MS, 'the newer open')) as IDBPDatabase;
    const saved = await next.getAll('watchlists');
    expect(saved.map((l) => l.name)).toEqual(['Banks']);
    expect(saved[0].entries.map((e: { symbol: string; note: string }) => `${e.symbol}:${e.note}`)).toEqual(["ZION:rate-sensitive"]);
    expect([...next.objectStoreNames]).toContain('futureStore');
    next.close();

    const reply = await within(old.handle({ type: 'lookup', symbol: 'ZION' }), HANG_MS, 'the old worker');
    expect(reply).toEqual({ ok: false, error: 'CapLens was updated in another window. Reload this page to use the new version.' });
  }, 90_000);

  test('the database deleted by another context: the next request reopens, reloads the snapshot and answers', async () => {
    const factory = new IDBFactory();
    const bg = service(factory);
    expect((await bg.call({ type: 'lookup', symbol: 'ZION' })).name).toMatch(/Zions/);

    await within(
      new Promise<void>((resolve, reject) => {
        const req = factory.deleteDatabase(DB_NAME);
        req.onsuccess = () => resolve();
        req.onerror = () => reject(req.error);
      }),
      HANG_MS,
      'deleteDatabase',
    );

    const again = await within(bg.call({ type: 'lookup', symbol: 'ZION' }), HANG_MS, 'the request after deletion');
    expect(again.name).toMatch(/Zions/);
    expect((await bg.call({ type: 'status' })).symbols).toBeGreaterThan(10_000);
  }, 90_000);

  test('a terminated connection is forgotten: openCapLensDB reports it so the owner reopens', async () => {
    const factory = new IDBFactory();
    let gone = 0;
    const conn = await openCapLensDB(factory, DB_VERSION, { onGone: () => gone++ });
    // Deleting the database makes every open connection close for it (versionchange → blocking).
    const del = factory.deleteDatabase(DB_NAME);
    await new Promise<void>((resolve) => (del.onsuccess = () => resolve()));
    expect(gone).toBe(1);
    await expect(conn.get('meta', 'x')).rejects.toThrow();
  });
});
