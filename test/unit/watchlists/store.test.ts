import 'fake-indexeddb/auto'; // IndexedDB and its globals (IDBRequest, IDBKeyRange…) for this file only, not the whole suite
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { exportCsv } from '../../../lib/watchlists/export';
import { planImport } from '../../../lib/watchlists/import';
import { moveItem, sortEntries } from '../../../lib/watchlists/sort';
import { known, list, setupStores, shape } from './fixtures';

afterEach(() => vi.restoreAllMocks());

async function withBanks() {
  const s = await setupStores();
  const banks = await s.lists.create('Banks');
  for (const sym of ['ZION', 'WAL', 'KEY']) await s.lists.addSymbol(banks.id, sym);
  const tech = await s.lists.create('Tech');
  await s.lists.addSymbol(tech.id, 'AAPL', 'phones');
  return { ...s, banks, tech };
}

describe('watchlist store: notes, order, sort', () => {
  test('notes are trimmed, limited to 500 characters and only set on symbols in the list', async () => {
    const { lists, banks } = await withBanks();
    expect((await lists.setNote(banks.id, 'WAL', '  deposits, "flows"\nQ3 ')).entries[1]!.note).toBe('deposits, "flows"\nQ3');
    await expect(lists.setNote(banks.id, 'WAL', 'x'.repeat(501))).rejects.toThrow(/at most 500 characters/);
    await expect(lists.setNote(banks.id, 'AAPL', 'n')).rejects.toThrow(/AAPL is not in “Banks”/);
    await expect(lists.setNote('nope', 'WAL', 'n')).rejects.toThrow(/no longer exists/);
    expect((await lists.get(banks.id)).entries[1]!.note).toBe('deposits, "flows"\nQ3');
  });

  test('reorder takes the complete new order; anything else is refused and changes nothing', async () => {
    const { lists, banks } = await withBanks();
    expect((await lists.reorderEntries(banks.id, ['KEY', 'ZION', 'WAL'])).entries.map((e) => e.symbol)).toEqual(['KEY', 'ZION', 'WAL']);
    for (const bad of [['KEY', 'ZION'], ['KEY', 'ZION', 'ZION'], ['KEY', 'ZION', 'AAPL'], ['KEY', 'ZION', 'WAL', 'T']]) {
      await expect(lists.reorderEntries(banks.id, bad)).rejects.toThrow(/changed since/);
    }
    expect((await lists.get(banks.id)).entries.map((e) => e.symbol)).toEqual(['KEY', 'ZION', 'WAL']);
  });

  test('lists reorder in one go; a stale order is refused', async () => {
    const { lists, banks, tech } = await withBanks();
    const other = await lists.create('Other');
    expect((await lists.reorderLists([other.id, banks.id, tech.id])).map((l) => l.name)).toEqual(['Other', 'Banks', 'Tech']);
    expect((await lists.all()).map((l) => l.name)).toEqual(['Other', 'Banks', 'Tech']);
    await expect(lists.reorderLists([banks.id, tech.id])).rejects.toThrow(/changed since/);
    expect((await lists.all()).map((l) => l.name)).toEqual(['Other', 'Banks', 'Tech']);
  });

  test('sort by symbol or by date added, both directions', async () => {
    const { lists, banks } = await withBanks();
    const order = async (by: Parameters<typeof lists.sort>[1]) => (await lists.sort(banks.id, by)).entries.map((e) => e.symbol);
    expect(await order('symbol-asc')).toEqual(['KEY', 'WAL', 'ZION']);
    expect(await order('symbol-desc')).toEqual(['ZION', 'WAL', 'KEY']);
    expect(await order('added-asc')).toEqual(['ZION', 'WAL', 'KEY']);
    expect(await order('added-desc')).toEqual(['KEY', 'WAL', 'ZION']);
  });

  test('pure helpers: moveItem clamps, sortEntries takes a metric (seam for card metrics)', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 9)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 5, 0)).toEqual(['a', 'b', 'c']);
    const entries = list('x', [['A'], ['B'], ['C']]).entries;
    const cap: Record<string, number | null> = { A: 1, B: null, C: 3 };
    expect(sortEntries(entries, 'cap-desc', (s) => cap[s] ?? null).map((e) => e.symbol)).toEqual(['C', 'A', 'B']);
    // A metric key without values keeps the order; an order key ignores a metric.
    expect(sortEntries(entries, 'cap-desc').map((e) => e.symbol)).toEqual(['A', 'B', 'C']);
    expect(sortEntries(entries, 'symbol-desc', (s) => cap[s] ?? null).map((e) => e.symbol)).toEqual(['C', 'B', 'A']);
  });
});

describe('watchlist store: atomic import', () => {
  test('applies a plan: creates lists, appends symbols, replaces notes', async () => {
    const { lists } = await withBanks();
    const text = 'list,symbol,note\nBanks,CMA,new\nbanks,ZION,"zions, ""z"""\nNew list,BRK-B,Berkshire 📈\nEmpty,,\n';
    const plan = planImport(text, 'a.csv', { knownSymbol: known, existing: await lists.all() });
    expect(plan.rows.filter((r) => r.status === 'error')).toEqual([]);
    const after = await lists.applyImport(plan.changes);
    expect(shape(after)).toEqual([
      { name: 'Banks', entries: [['ZION', 'zions, "z"'], ['WAL', ''], ['KEY', ''], ['CMA', 'new']] },
      { name: 'Tech', entries: [['AAPL', 'phones']] },
      { name: 'New list', entries: [['BRK.B', 'Berkshire 📈']] },
      { name: 'Empty', entries: [] },
    ]);
    expect(after.map((l) => l.order)).toEqual([0, 1, 2, 3]);
    expect(shape(await lists.all())).toEqual(shape(after));
  });

  test('an exported profile re-imported into a fresh one is identical', async () => {
    const { lists } = await withBanks();
    const [banks] = await lists.all();
    await lists.setNote(banks!.id, 'KEY', 'multi\nline, "quoted" — ünïcødé');
    const before = await lists.all();
    const fresh = await setupStores();
    const plan = planImport(exportCsv(before), 'x.csv', { knownSymbol: known, existing: [] });
    expect(shape(await fresh.lists.applyImport(plan.changes))).toEqual(shape(before));
  });

  test.each([
    ['a name clash after the preview', { createLists: ['Fresh', 'banks'], addEntries: [{ list: 'Fresh', symbol: 'T', note: '' }], updateNotes: [] }, /named “banks” already exists/],
    ['a symbol already there', { createLists: ['Fresh'], addEntries: [{ list: 'Fresh', symbol: 'T', note: '' }, { list: 'Banks', symbol: 'WAL', note: '' }], updateNotes: [] }, /WAL is already in “Banks”/],
    ['a list that is gone', { createLists: ['Fresh'], addEntries: [{ list: 'Gone', symbol: 'T', note: '' }], updateNotes: [] }, /“Gone” no longer exists/],
    ['a note on a missing symbol', { createLists: [], addEntries: [{ list: 'Tech', symbol: 'MSFT', note: 'x' }], updateNotes: [{ list: 'Tech', symbol: 'T', note: 'x' }] }, /T is no longer in “Tech”/],
    ['a non-canonical symbol', { createLists: [], addEntries: [{ list: 'Tech', symbol: 'brk-b', note: '' }], updateNotes: [] }, /not a valid ticker/],
    ['a note too long', { createLists: [], addEntries: [{ list: 'Tech', symbol: 'MSFT', note: 'x'.repeat(501) }], updateNotes: [] }, /at most 500/],
  ])('%s fails the whole apply and changes nothing', async (_, changes, error) => {
    const { lists } = await withBanks();
    const before = await lists.all();
    await expect(lists.applyImport(changes)).rejects.toThrow(error);
    expect(await lists.all()).toEqual(before);
  });

  test('a write that fails midway (after the first put) rolls back the earlier writes', async () => {
    const { lists } = await withBanks();
    const before = await lists.all();
    const put = FakeObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      calls += 1;
      if (calls === 2) throw new DOMException('Simulated quota exceeded', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const changes = {
      createLists: ['Fresh'],
      addEntries: [
        { list: 'Banks', symbol: 'CMA', note: 'first write' },
        { list: 'Fresh', symbol: 'T', note: '' },
      ],
      updateNotes: [{ list: 'Tech', symbol: 'AAPL', note: 'changed' }],
    };
    await expect(lists.applyImport(changes)).rejects.toThrow(/Simulated quota/);
    expect(calls).toBe(2);
    vi.restoreAllMocks();
    expect(await lists.all()).toEqual(before);
    // The store still works afterwards.
    expect((await lists.applyImport(changes)).map((l) => l.name)).toEqual(['Banks', 'Tech', 'Fresh']);
  });
});
