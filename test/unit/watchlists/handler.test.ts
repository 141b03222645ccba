import 'fake-indexeddb/auto'; // IndexedDB and its globals (IDBRequest, IDBKeyRange…) for this file only, not the whole suite
import { describe, expect, test } from 'vitest';
import { request } from '../../../lib/messaging/client';
import { createBackgroundHandler } from '../../../lib/background/request-router';
import type { RequestOf, RequestType } from '../../../lib/messaging/protocol';
import { exportJson } from '../../../lib/watchlists/export';
import { setupStores, shape } from './fixtures';

// Only the watchlist messages are exercised here; other dependencies must not be reached.
const unused = async (): Promise<never> => {
  throw new Error('not used by watchlist messages');
};

async function setup() {
  const { symbols, lists } = await setupStores();
  const handle = createBackgroundHandler({
    ready: async () => undefined,
    symbols,
    watchlists: lists,
    search: unused,
    market: unused,
    status: unused,
    openOptions: unused,
    quotes: unused,
    dataStatus: unused,
    clearCache: unused,
    refreshNow: unused,
    contextRefs: async () => ({ meta: {} }),
  });
  const call = <T extends RequestType>(m: RequestOf<T>) => request(handle, m);
  const banks = await call({ type: 'watchlists:create', name: 'Banks' });
  for (const symbol of ['ZION', 'WAL', 'KEY']) await call({ type: 'watchlists:add', id: banks.id, symbol });
  return { handle, call, banks };
}

const changes = { createLists: [], addEntries: [], updateNotes: [] };

describe('watchlist messages', () => {
  test.each([
    [{ type: 'watchlists:note', id: 'x', symbol: 'ZION' }],
    [{ type: 'watchlists:note', id: 'x', symbol: 'ZION', note: 'n'.repeat(1001) }],
    [{ type: 'watchlists:reorder', id: 'x', symbols: 'ZION' }],
    [{ type: 'watchlists:reorder', id: 'x', symbols: Array.from({ length: 5001 }, () => 'ZION') }],
    [{ type: 'watchlists:reorder-lists', ids: [''] }],
    [{ type: 'watchlists:sort', id: 'x', by: 'market-cap' }],
    [{ type: 'watchlists:import-plan', filename: 'a.csv' }],
    [{ type: 'watchlists:import-plan', text: 'x'.repeat(2 * 1024 * 1024 + 1), filename: 'a.csv' }],
    [{ type: 'watchlists:import-plan', text: '', filename: 42 }],
    [{ type: 'watchlists:import-apply' }],
    [{ type: 'watchlists:import-apply', changes: { createLists: [] } }],
    [{ type: 'watchlists:import-apply', changes: { ...changes, addEntries: [{ list: 'A', symbol: 'X'.repeat(17), note: '' }] } }],
    [{ type: 'watchlists:import-apply', changes: { ...changes, updateNotes: [{ list: 'A', symbol: 'ZION', note: 'n'.repeat(501) }] } }],
    [{ type: 'watchlists:import-apply', changes: { ...changes, createLists: Array.from({ length: 5001 }, () => 'A') } }],
  ])('malformed %# → error envelope', async (msg) => {
    const { handle } = await setup();
    const res = await handle(msg);
    expect(res).toEqual({ ok: false, error: expect.stringMatching(/malformed/) });
  });

  test('note, reorder, sort and reorder-lists', async () => {
    const { call, banks } = await setup();
    expect((await call({ type: 'watchlists:note', id: banks.id, symbol: 'wal', note: ' deposits ' })).entries[1]).toMatchObject({ symbol: 'WAL', note: 'deposits' });
    await expect(call({ type: 'watchlists:note', id: banks.id, symbol: 'AAPL', note: 'x' })).rejects.toThrow(/AAPL is not in “Banks”/);
    expect((await call({ type: 'watchlists:reorder', id: banks.id, symbols: ['key', 'ZION', 'WAL'] })).entries.map((e) => e.symbol)).toEqual(['KEY', 'ZION', 'WAL']);
    await expect(call({ type: 'watchlists:reorder', id: banks.id, symbols: ['$$$'] })).rejects.toThrow(/not a valid ticker/);
    expect((await call({ type: 'watchlists:sort', id: banks.id, by: 'symbol-desc' })).entries.map((e) => e.symbol)).toEqual(['ZION', 'WAL', 'KEY']);
    const tech = await call({ type: 'watchlists:create', name: 'Tech' });
    expect((await call({ type: 'watchlists:reorder-lists', ids: [tech.id, banks.id] })).map((l) => l.name)).toEqual(['Tech', 'Banks']);
    await expect(call({ type: 'watchlists:reorder-lists', ids: [tech.id] })).rejects.toThrow(/changed since/);
  });

  test('import-plan checks symbols against the universe and the current lists; writes nothing', async () => {
    const { call } = await setup();
    const before = await call({ type: 'watchlists:list' });
    const text = 'list,symbol,note\nBanks,ZION,\nBanks,QQQQZ,\nBanks,CMA,"a, ""b"""\nNew,brk-b,\nNew,T,x,y\n';
    const plan = await call({ type: 'watchlists:import-plan', text, filename: 'a.csv' });
    expect(plan.rows.map((r) => [r.ref, r.status])).toEqual([
      ['Line 2', 'unchanged'],
      ['Line 3', 'error'],
      ['Line 4', 'add'],
      ['Line 5', 'add'],
      ['Line 6', 'error'],
    ]);
    expect(plan.rows[1]!.message).toMatch(/QQQQZ is not a known/);
    expect(plan.changes).toEqual({
      createLists: ['New'],
      addEntries: [
        { list: 'Banks', symbol: 'CMA', note: 'a, "b"' },
        { list: 'New', symbol: 'BRK.B', note: '' },
      ],
      updateNotes: [],
    });
    expect(await call({ type: 'watchlists:list' })).toEqual(before);

    const after = await call({ type: 'watchlists:import-apply', changes: plan.changes });
    expect(shape(after)).toEqual([
      { name: 'Banks', entries: [['ZION', ''], ['WAL', ''], ['KEY', ''], ['CMA', 'a, "b"']] },
      { name: 'New', entries: [['BRK.B', '']] },
    ]);
    // Applying the same plan twice is refused whole: the lists changed since the preview.
    await expect(call({ type: 'watchlists:import-apply', changes: plan.changes })).rejects.toThrow(/already exists/);
    expect(await call({ type: 'watchlists:list' })).toEqual(after);
  });

  test('import-apply re-checks symbols in the background; one unknown symbol changes nothing', async () => {
    const { call } = await setup();
    const before = await call({ type: 'watchlists:list' });
    const forged = { createLists: ['Forged'], addEntries: [{ list: 'Forged', symbol: 'T', note: '' }, { list: 'Banks', symbol: 'QQQQZ', note: '' }], updateNotes: [] };
    await expect(call({ type: 'watchlists:import-apply', changes: forged })).rejects.toThrow(/QQQQZ is not a known US-listed symbol. Nothing was imported/);
    expect(await call({ type: 'watchlists:list' })).toEqual(before);
  });

  test('a JSON export plans cleanly in another profile; a file-level error is a plan, not a failure', async () => {
    const a = await setup();
    const text = exportJson(await a.call({ type: 'watchlists:list' }));
    const b = await setup();
    await b.call({ type: 'watchlists:delete', id: b.banks.id });
    const plan = await b.call({ type: 'watchlists:import-plan', text, filename: 'x.json' });
    expect(plan.changes.addEntries.map((e) => e.symbol)).toEqual(['ZION', 'WAL', 'KEY']);
    const bad = await b.call({ type: 'watchlists:import-plan', text: '{"lists": [', filename: 'x.json' });
    expect(bad.fileError).toMatch(/Not valid JSON/);
  });
});
