import 'fake-indexeddb/auto'; // IndexedDB and its globals (IDBRequest, IDBKeyRange…) for this file only, not the whole suite
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test, vi } from 'vitest';
import { createBackgroundService } from '../../../lib/background/service';
import { request } from '../../../lib/messaging/client';
import type { RequestOf, RequestType } from '../../../lib/messaging/protocol';
import { snapshotHash } from '../../../lib/data/snapshot-hash';
import { SnapshotSchema } from '../../../lib/data/snapshot-schema';
import { realSnapshot } from '../data/real-snapshot';

function service(fetchJson: () => Promise<unknown>, idbFactory = new IDBFactory()) {
  const s = createBackgroundService({ fetchSnapshot: async () => JSON.stringify(await fetchJson()), idbFactory });
  return { ...s, call: <T extends RequestType>(m: RequestOf<T>) => request((x) => s.handle(x), m) };
}

describe('background service over the real snapshot', () => {
  test('loads once, then serves resolve, lookup, search, market and status', async () => {
    let fetches = 0;
    const snap = JSON.parse(JSON.stringify(realSnapshot()));
    const bg = service(async () => {
      fetches++;
      return snap;
    });
    const status = await bg.call({ type: 'status' });
    expect(status.symbols).toBeGreaterThan(10_000);
    expect(status.snapshotBuiltAt).toBe(snap.builtAt);

    const tickers = await bg.call({
      type: 'resolve',
      candidates: [
        { symbol: 'ZION', evidence: 'exchange-prefix', exchange: 'NASDAQ' },
        { symbol: 'IWM', evidence: 'cashtag' },
        { symbol: 'ALL', evidence: 'parenthetical' },
      ],
    });
    expect(tickers.map((t) => t.symbol).sort()).toEqual(['IWM', 'ZION']);
    // Company names resolve over the whole universe, not only the candidates' symbols.
    const named = await bg.call({
      type: 'resolve',
      candidates: [
        { symbol: '?', evidence: 'name', name: 'Bank of America', context: 'Bank of America said trading revenue rose in the quarter' },
        { symbol: 'ZION', evidence: 'cashtag' },
      ],
    });
    expect(named.map((t) => `${t.symbol}:${t.evidence.join('+')}`).sort()).toEqual(['BAC:name', 'ZION:cashtag']);
    expect(named.find((t) => t.symbol === 'BAC')!.context.name).toMatch(/Bank of America/i);
    const iwm = tickers.find((t) => t.symbol === 'IWM')!.context;
    expect(iwm.kind).toBe('etf');
    expect(iwm.etf?.tracks).toMatch(/Russell 2000/);

    const brk = await bg.call({ type: 'lookup', symbol: 'brk-b' });
    expect(brk.symbol).toBe('BRK.B');
    expect(brk.capClass).toBe('mega');
    expect(brk.marketCap?.source).toBeTruthy();
    expect(brk.marketCap?.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    expect((await bg.call({ type: 'search', query: 'zions' }))[0]?.symbol).toBe('ZION');
    const market = await bg.call({ type: 'market' });
    expect(market.fedFunds?.upper).toBeGreaterThan(market.fedFunds?.lower ?? Infinity);
    expect(market.ust10y?.change1mBp).not.toBeUndefined();
    expect(market.smallVsLarge?.method).toMatch(/aggregate forward P\/E/);
    expect(market.smallVsLarge?.series?.map((p) => p.asOf)).toEqual(expect.arrayContaining(['2025-08-21', '2025-10-24', '2025-12-22']));
    // Benchmarks reach the cards: JPM is compared with the S&P 500 aggregate and its sector.
    const jpm = await bg.call({ type: 'lookup', symbol: 'JPM' });
    expect(jpm.valuation?.benchmarkPe).toBeGreaterThan(10);
    expect(jpm.valuation?.sectorMedianPe).toBeGreaterThan(5);
    expect(jpm.rateSensitivity?.level).not.toBe('unknown');
    expect(fetches).toBe(1);
  }, 60_000);

  test('a restarted worker with the same snapshot already loaded answers without parsing it; a changed one reloads', async () => {
    const idbFactory = new IDBFactory();
    const snap = JSON.parse(JSON.stringify(realSnapshot()));
    const text = JSON.stringify(snap);
    await service(async () => snap, idbFactory).call({ type: 'status' });
    const parse = vi.spyOn(JSON, 'parse');
    try {
      // A new service on the same database: what a worker restart after ~30 s idle sees.
      const restarted = service(async () => snap, idbFactory);
      expect((await restarted.call({ type: 'lookup', symbol: 'ZION' })).name).toMatch(/Zions/);
      expect(parse.mock.calls.filter(([arg]) => arg === text)).toHaveLength(0);
      // A rebuilt snapshot (other content, same build date) is parsed and loaded.
      const rows = snap.symbols.rows.map((r: unknown[]) => (r[0] === 'ZION' ? [r[0], 'Zions (rebuilt)', ...r.slice(2)] : r));
      const rebuilt = { ...snap, symbols: { ...snap.symbols, rows } };
      const next = service(async () => rebuilt, idbFactory);
      expect((await next.call({ type: 'lookup', symbol: 'ZION' })).name).toBe('Zions (rebuilt)');
      expect(parse.mock.calls.filter(([arg]) => arg === JSON.stringify(rebuilt))).toHaveLength(1);
    } finally {
      parse.mockRestore();
    }
  }, 90_000);

  test('the bytes the build validated are not validated again; any other bytes are', async () => {
    const text = JSON.stringify(realSnapshot());
    const validate = vi.spyOn(SnapshotSchema, 'safeParse');
    try {
      const trusted = createBackgroundService({ fetchSnapshot: async () => text, idbFactory: new IDBFactory(), buildValidatedHash: snapshotHash(text) });
      expect((await request((x) => trusted.handle(x), { type: 'lookup', symbol: 'ZION' })).name).toMatch(/Zions/);
      expect(validate).not.toHaveBeenCalled();
      // A file changed after the build (here: broken) no longer matches the hash: validated, clear error.
      const broken = text.replace('"schemaVersion":', '"schemaVersion":"x","was":');
      const altered = createBackgroundService({ fetchSnapshot: async () => broken, idbFactory: new IDBFactory(), buildValidatedHash: snapshotHash(text) });
      await expect(request((x) => altered.handle(x), { type: 'lookup', symbol: 'ZION' })).rejects.toThrow(/Invalid CapLens data snapshot/);
      expect(validate).toHaveBeenCalledTimes(1);
    } finally {
      validate.mockRestore();
    }
  }, 60_000);

  test('a broken snapshot gives a clear error, and the next request retries', async () => {
    let attempt = 0;
    const good = JSON.parse(JSON.stringify(realSnapshot()));
    const bg = service(async () => (++attempt === 1 ? { schemaVersion: 1, symbols: 'garbage' } : good));
    await expect(bg.call({ type: 'lookup', symbol: 'ZION' })).rejects.toThrow(/Could not load CapLens data: Invalid CapLens data snapshot/);
    expect((await bg.call({ type: 'lookup', symbol: 'ZION' })).name).toMatch(/Zions/);
  }, 60_000);

  test('metric sorts order a watchlist by the figures its cards show; missing figures last', async () => {
    const bg = service(async () => JSON.parse(JSON.stringify(realSnapshot())));
    const list = await bg.call({ type: 'watchlists:create', name: 'Mixed' });
    for (const symbol of ['IWM', 'ZION', 'AAPL', 'KEY', 'JPM']) await bg.call({ type: 'watchlists:add', id: list.id, symbol });
    const order = async (by: 'cap-desc' | 'pe-asc' | 'gap-asc' | 'rate-desc') =>
      (await bg.call({ type: 'watchlists:sort', id: list.id, by })).entries.map((e) => e.symbol);
    const card = async (s: string) => bg.call({ type: 'lookup', symbol: s });
    const caps = await Promise.all(['AAPL', 'JPM', 'KEY', 'ZION'].map(async (s) => [s, (await card(s)).marketCap!.value] as const));
    const byCap = [...caps].sort((a, b) => b[1] - a[1]).map(([s]) => s);
    // The ETF has no market cap on its card: last.
    expect(await order('cap-desc')).toEqual([...byCap, 'IWM']);
    const pes = (await Promise.all(['AAPL', 'JPM', 'KEY', 'ZION', 'IWM'].map(async (s) => [s, (await card(s)).valuation?.pe ?? null] as const)))
      .filter((x): x is readonly [string, number] => x[1] !== null && x[1] > 0)
      .sort((a, b) => a[1] - b[1])
      .map(([s]) => s);
    expect(pes.length).toBeGreaterThanOrEqual(2);
    expect((await order('pe-asc')).slice(0, pes.length)).toEqual(pes);
    // Sorting by a metric never loses or duplicates a symbol.
    expect([...(await order('rate-desc'))].sort()).toEqual(['AAPL', 'IWM', 'JPM', 'KEY', 'ZION']);
  }, 30_000);
});
