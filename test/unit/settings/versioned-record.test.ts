import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrate, versionedRecord, type Migrations } from '../../../lib/settings/versioned-record';

const local = fakeBrowser.storage.local;

// A setting three versions old: a bare count (1), then { count } (2), then { count, unit } (3).
const MIGRATIONS: Migrations = {
  2: (n) => ({ count: n }),
  3: (r) => ({ ...(r as object), unit: 'px' }),
};

describe('migrate', () => {
  test('no version beside the value is version 1, brought forward through every step in order', () => {
    expect(migrate(5, undefined, 3, MIGRATIONS)).toEqual({ count: 5, unit: 'px' });
    expect(migrate(5, null, 3, MIGRATIONS)).toEqual({ count: 5, unit: 'px' });
    expect(migrate(5, {}, 3, MIGRATIONS)).toEqual({ count: 5, unit: 'px' });
  });

  test('a stored version runs only the steps after it', () => {
    expect(migrate({ count: 5 }, { v: 2 }, 3, MIGRATIONS)).toEqual({ count: 5, unit: 'px' });
    expect(migrate({ count: 5, unit: 'em' }, { v: 3 }, 3, MIGRATIONS)).toEqual({ count: 5, unit: 'em' });
  });

  test('a newer, malformed or unreachable version is null', () => {
    for (const meta of [{ v: 4 }, { v: 0 }, { v: -1 }, { v: 1.5 }, { v: '2' }]) expect(migrate({ count: 5 }, meta, 3, MIGRATIONS)).toBeNull();
    expect(migrate(5, { v: 1 }, 3, { 3: MIGRATIONS[3]! })).toBeNull();
  });
});

describe('a versioned record in storage', () => {
  const readCount = (r: unknown) => (typeof (r as { count?: unknown }).count === 'number' ? (r as { count: number; unit: string }) : null);
  const item = versionedRecord('testCount', 3, MIGRATIONS, readCount);

  test('an old value reads migrated, and reading writes nothing', async () => {
    await local.set({ testCount: 7 });
    expect(await item.get()).toEqual({ count: 7, unit: 'px' });
    expect(await local.get(['testCount', 'testCount$'])).toEqual({ testCount: 7 });
  });

  test('a write sees the migrated value and records the version beside it', async () => {
    await local.set({ testCount: 7, testCount$: { v: 1 } });
    await item.set((cur) => ({ count: (cur?.count ?? 0) + 1, unit: cur?.unit ?? 'em' }));
    expect(await local.get(null)).toEqual({ testCount: { count: 8, unit: 'px' }, testCount$: { v: 3 } });
  });

  test('a value from a newer version reads as null, stays, and the first write keeps it aside', async () => {
    await local.set({ testCount: { count: 9, unit: 'px', colour: 'red' }, testCount$: { v: 4 } });
    expect(await item.get()).toBeNull();
    await item.set((cur) => ({ count: cur?.count ?? 1, unit: 'px' }));
    expect(await local.get(null)).toEqual({
      testCount: { count: 1, unit: 'px' },
      testCount$: { v: 3 },
      testCountUnreadable: { count: 9, unit: 'px', colour: 'red' },
    });
  });

  test('nothing stored reads as null and a write sets nothing aside', async () => {
    expect(await item.get()).toBeNull();
    await item.set(() => ({ count: 1, unit: 'px' }));
    expect(Object.keys(await local.get(null)).sort()).toEqual(['testCount', 'testCount$']);
  });

  test('watchers hear the migrated value after a change, until they unsubscribe', async () => {
    const seen: unknown[] = [];
    const stop = item.watch((v) => seen.push(v));
    await local.set({ testCount: 3 });
    await new Promise((r) => setTimeout(r, 0));
    stop();
    await local.set({ testCount: 4 });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([{ count: 3, unit: 'px' }]);
  });
});
