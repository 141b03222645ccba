import 'fake-indexeddb/auto'; // IndexedDB and its globals (IDBRequest, IDBKeyRange…) for this file only, not the whole suite
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { openCapLensDB } from '../../../lib/cache/db';
import { createSymbolStore } from '../../../lib/cache/symbol-store';
import { createBackgroundHandler } from '../../../lib/background/request-router';
import type { RequestOf, RequestType } from '../../../lib/messaging/protocol';
import { request } from '../../../lib/messaging/client';
import { createWatchlistStore } from '../../../lib/watchlists/store';
import { record } from '../cache/stores.test';

async function setup(overrides: Partial<Parameters<typeof createBackgroundHandler>[0]> = {}) {
  const db = await openCapLensDB(new IDBFactory());
  const symbols = createSymbolStore(db);
  await symbols.loadSnapshot({ key: 'b1', builtAt: 'b1' }, [
    record('ZION', { marketCap: { value: 6.7e9, asOf: '2025-05-02', source: 'Nasdaq screener' } }),
    record('WAL'),
    record('IT', { name: 'Gartner' }),
  ]);
  const handle = createBackgroundHandler({
    ready: async () => undefined,
    symbols,
    watchlists: createWatchlistStore(db, (s) => symbols.has(s)),
    search: async () => [],
    market: async () => {
      throw new Error('no market data');
    },
    status: async () => ({ snapshotBuiltAt: 'b1', symbols: 3, loadedAt: null, loadMs: null }),
    openOptions: async () => undefined,
    quotes: async () => [],
    dataStatus: async () => ({ providers: [], cacheBytes: 0, cacheEntries: 0 }),
    clearCache: async () => undefined,
    refreshNow: async () => 0,
    contextRefs: async () => ({ meta: { sp500ListAsOf: '2026-08-08', sp500ListSource: 'S&P 500 list' } }),
    ...overrides,
  });
  return { handle, call: <T extends RequestType>(m: RequestOf<T>) => request(handle, m) };
}

describe('request handler', () => {
  test.each([
    [undefined, /malformed/],
    ['resolve', /malformed/],
    [{ type: 'drop-tables' }, /unknown request "drop-tables"/],
    [{ type: 'lookup' }, /malformed/],
    [{ type: 'lookup', symbol: 'X'.repeat(100) }, /malformed/],
    [{ type: 'resolve', candidates: Array.from({ length: 5001 }, () => ({ symbol: 'ZION', evidence: 'cashtag' })) }, /malformed/],
    // The claim check: text over the limit, a date hint that is not a short string, no hints at all.
    [{ type: 'claims', text: 'x'.repeat(100_001), hints: {} }, /malformed/],
    [{ type: 'claims', text: 'The Fed cut.', hints: { published: 'x'.repeat(65) } }, /malformed/],
    [{ type: 'claims', text: 'The Fed cut.' }, /malformed/],
    [{ type: 'resolve', candidates: [{ symbol: 'ZION', evidence: 'telepathy' }] }, /malformed/],
    [{ type: 'watchlists:create', name: 7 }, /malformed/],
  ])('rejects %j without throwing', async (msg, error) => {
    const { handle } = await setup();
    const res = await handle(msg);
    expect(res.ok).toBe(false);
    expect(res.ok ? '' : res.error).toMatch(error);
  });

  test('resolve validates candidates against the universe and returns card contexts', async () => {
    const { call } = await setup();
    const tickers = await call({
      type: 'resolve',
      candidates: [
        { symbol: 'ZION', evidence: 'exchange-prefix', exchange: 'NASDAQ' },
        { symbol: 'ZION', evidence: 'cashtag' },
        { symbol: 'WAL', evidence: 'exchange-prefix', exchange: 'NYSE' },
        { symbol: 'NOPE', evidence: 'cashtag' },
        // "IT" is a listed symbol (Gartner) and a word: a parenthesis alone is not enough.
        { symbol: 'IT', evidence: 'parenthetical' },
      ],
    });
    expect(tickers.map((t) => [t.symbol, t.count])).toEqual([
      ['ZION', 2],
      ['WAL', 1],
    ]);
    expect(tickers[0]!.context.capClass).toBe('mid');
    expect(tickers[0]!.context.index.method).toMatch(/S&P 500 list as of 2026-08-08/);
    expect(tickers[0]!.evidence).toEqual(expect.arrayContaining(['exchange-prefix', 'cashtag']));
  });

  test('lookup normalises the symbol; unknown symbols are "unknown", not errors', async () => {
    const { call } = await setup();
    expect((await call({ type: 'lookup', symbol: 'zion' })).name).toBe('ZION Corp');
    expect((await call({ type: 'lookup', symbol: 'QQQQZ' })).kind).toBe('unknown');
    await expect(call({ type: 'lookup', symbol: '$$$' })).rejects.toThrow(/not a valid ticker/);
  });

  test('a reply the content script would read is schema-checked before it is sent', async () => {
    // The page no longer parses replies itself (it carries no zod): a broken background must
    // still never hand it a bad shape. A quote without its price is refused with the reason.
    const { handle } = await setup({ quotes: async () => [{ symbol: 'ZION' } as never] });
    const res = await handle({ type: 'quotes', symbols: ['ZION'] });
    expect(res).toEqual({ ok: false, error: expect.stringMatching(/^CapLens background produced an invalid quotes reply \(0\.\w+: /) });
    // Well-formed replies pass unchanged, and so do the extension pages' own types.
    const good = await setup({ quotes: async () => [] });
    expect(await good.handle({ type: 'quotes', symbols: ['ZION'] })).toEqual({ ok: true, data: [] });
    expect((await good.handle({ type: 'status' })).ok).toBe(true);
  });

  test('handler failures come back as error envelopes', async () => {
    const { call } = await setup();
    await expect(call({ type: 'market' })).rejects.toThrow('no market data');
  });

  test('watchlist round trip through the protocol', async () => {
    const { call } = await setup();
    const list = await call({ type: 'watchlists:create', name: 'Banks' });
    await call({ type: 'watchlists:add', id: list.id, symbol: 'zion' });
    await expect(call({ type: 'watchlists:add', id: list.id, symbol: 'NOPE' })).rejects.toThrow(/not a known/);
    const [only] = await call({ type: 'watchlists:list' });
    expect(only!.entries.map((e) => e.symbol)).toEqual(['ZION']);
    expect(await call({ type: 'watchlists:delete', id: list.id })).toEqual([]);
  });
});
