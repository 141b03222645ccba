import 'fake-indexeddb/auto'; // IndexedDB and its globals (IDBRequest, IDBKeyRange…) for this file only, not the whole suite
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { createCachedQuery } from '../../../lib/cache/cached-query';
import { openCapLensDB } from '../../../lib/cache/db';
import { createWatchlistStore } from '../../../lib/watchlists/store';

const Price = z.object({ price: z.number() });
const MIN = 60_000;

async function setup(maxBytes?: number) {
  const db = await openCapLensDB(new IDBFactory());
  let t = 1_000_000;
  const clock = { now: () => t, advance: (ms: number) => (t += ms) };
  const cache = createCachedQuery(db, { now: clock.now, ...(maxBytes ? { maxBytes } : {}) });
  return { db, cache, clock };
}

const flush = () => new Promise((r) => setTimeout(r, 10));

describe('cached query', () => {
  test('fresh → served from cache; stale → served and revalidated behind; expired → refetched', async () => {
    const { cache, clock } = await setup();
    let n = 0;
    const fetch = vi.fn(async () => ({ price: ++n }));
    const q = { key: 'price:ZION', kind: 'price' as const, fetch, schema: Price };

    expect(await cache.query(q)).toMatchObject({ value: { price: 1 }, stale: false });
    clock.advance(5 * MIN);
    expect(await cache.query(q)).toMatchObject({ value: { price: 1 }, stale: false });
    expect(fetch).toHaveBeenCalledTimes(1);

    clock.advance(15 * MIN); // past maxAge (15 min), within stale window
    expect(await cache.query(q)).toMatchObject({ value: { price: 1 }, stale: true });
    await flush();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(await cache.query(q)).toMatchObject({ value: { price: 2 }, stale: false });

    clock.advance(7 * 60 * MIN); // past maxAge + staleFor: wait for the new value
    expect(await cache.query(q)).toMatchObject({ value: { price: 3 }, stale: false });
  });

  test('concurrent queries for one key share one fetch', async () => {
    const { cache } = await setup();
    let resolve!: (v: { price: number }) => void;
    const fetch = vi.fn(() => new Promise<{ price: number }>((r) => (resolve = r)));
    const q = { key: 'price:WAL', kind: 'price' as const, fetch, schema: Price };
    const all = Promise.all([cache.query(q), cache.query(q), cache.query(q)]);
    await flush();
    resolve({ price: 42 });
    expect((await all).map((r) => r.value.price)).toEqual([42, 42, 42]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('a failed refresh of an expired entry serves the old value, labelled stale with the reason', async () => {
    const { cache, clock } = await setup();
    const q = { key: 'p', kind: 'price' as const, schema: Price, fetch: async () => ({ price: 1 }) };
    await cache.query(q);
    clock.advance(24 * 60 * MIN);
    const res = await cache.query({ ...q, fetch: async () => Promise.reject(new Error('429 rate limited')) });
    expect(res).toMatchObject({ value: { price: 1 }, stale: true, error: '429 rate limited' });
  });

  test('with nothing cached, a provider failure is an error', async () => {
    const { cache } = await setup();
    await expect(cache.query({ key: 'x', kind: 'macro', schema: Price, fetch: async () => Promise.reject(new Error('offline')) })).rejects.toThrow(
      'offline',
    );
  });

  test('malformed provider data is refused and not cached', async () => {
    const { cache, db } = await setup();
    await expect(cache.query({ key: 'bad', kind: 'price', schema: Price, fetch: async () => ({ price: 'NaN' }) as never })).rejects.toThrow();
    expect(await db.get('cache', 'bad')).toBeUndefined();
  });

  test('an invalid record read back is dropped and refetched, never shown', async () => {
    const { cache, db, clock } = await setup();
    await db.put('cache', { key: 'k', kind: 'price', value: { price: 'corrupt' }, fetchedAt: clock.now(), lastAccess: clock.now(), size: 10 });
    expect((await cache.query({ key: 'k', kind: 'price', schema: Price, fetch: async () => ({ price: 7 }) })).value.price).toBe(7);
  });

  test('the size cap evicts least recently used cache entries, never watchlists', async () => {
    const { cache, db, clock } = await setup(100);
    const lists = createWatchlistStore(db, async () => true);
    const mine = await lists.create('Keep me');
    const big = z.object({ s: z.string() });
    for (const key of ['a', 'b', 'c']) {
      clock.advance(1000);
      await cache.query({ key, kind: 'fundamentals', schema: big, fetch: async () => ({ s: key.repeat(30) }) });
    }
    // Each entry is ~40 bytes: with a 100-byte cap the oldest ("a") goes.
    expect((await db.getAllKeys('cache')).sort()).toEqual(['b', 'c']);
    expect((await lists.all()).map((l) => l.id)).toEqual([mine.id]);
  });

  test('QuotaExceededError: evicts and retries once', async () => {
    const { cache, db, clock } = await setup();
    for (const key of ['old1', 'old2']) {
      clock.advance(1000);
      await cache.query({ key, kind: 'price', schema: Price, fetch: async () => ({ price: 1 }) });
    }
    const realPut = db.put.bind(db);
    let failures = 1;
    const spy = vi.spyOn(db, 'put').mockImplementation(((store: 'cache', value: never) => {
      if (store === 'cache' && failures-- > 0) return Promise.reject(new DOMException('full', 'QuotaExceededError'));
      return realPut(store, value);
    }) as typeof db.put);
    const res = await cache.query({ key: 'new', kind: 'price', schema: Price, fetch: async () => ({ price: 9 }) });
    expect(res.value.price).toBe(9);
    expect(await db.get('cache', 'new')).toBeTruthy();
    expect(await db.get('cache', 'old1')).toBeUndefined();
    spy.mockRestore();
  });
});
