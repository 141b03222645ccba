import 'fake-indexeddb/auto'; // IndexedDB and its globals (IDBRequest, IDBKeyRange…) for this file only, not the whole suite
import { beforeEach, describe, expect, test } from 'vitest';
import { createBackgroundService } from '../../../lib/background/service';
import { parseFredCsv } from '../../../lib/data/providers/fred';
import { request } from '../../../lib/messaging/client';
import type { RequestOf, RequestType } from '../../../lib/messaging/protocol';
import { realSnapshot } from '../data/real-snapshot';
import { levels, syntheticChartBody } from '../context/synthetic-chart';
import { fixtureText, jsonResponse, stubFetch, textResponse } from '../providers/helpers';
import { loadedIdb } from './loaded-idb';

const DGS10_CSV = fixtureText('fredgraph_DGS10_2026.csv');
const dgs10 = parseFredCsv(DGS10_CSV, 'DGS10').value;
const idx = Array.from({ length: dgs10.dates.length - 1 }, (_, k) => k + 1);
const rm = idx.map((i) => 0.01 * Math.sin(i * 0.9) + 0.002 * Math.cos(i * 2.3));
const dy = idx.map((i) => dgs10.values[i]! - dgs10.values[i - 1]!);
// Stated model: ZION falls 6% per +100 bp, market held fixed.
const charts: Record<string, unknown> = {
  SPY: syntheticChartBody('SPY', dgs10.dates, levels(400, rm)),
  ZION: syntheticChartBody('ZION', dgs10.dates, levels(50, idx.map((_, k) => 1.2 * rm[k]! - 0.06 * dy[k]!))),
};
const snapshotText = JSON.stringify(realSnapshot());

// The real snapshot loaded once for the file; each test gets the database as that load left it.
let idb: IDBFactory;
beforeEach(async () => {
  idb = await loadedIdb(snapshotText);
});

function setup(respond: (url: string) => Response) {
  const { impl, calls } = stubFetch(respond);
  const s = createBackgroundService({
    fetchSnapshot: async () => snapshotText,
    idbFactory: idb,
    dataSettings: async () => ({ liveData: true, priceSource: 'yahoo' }),
    hasHosts: async () => true,
    fetchImpl: impl,
  });
  return { call: <T extends RequestType>(m: RequestOf<T>) => request((x) => s.handle(x), m), calls };
}

function routes(url: string): Response {
  const yahoo = /\/v8\/finance\/chart\/([^?]+)/.exec(url);
  if (yahoo) return charts[yahoo[1]!] ? jsonResponse(charts[yahoo[1]!]) : jsonResponse({ chart: { result: null, error: { code: 'Not Found', description: 'No data' } } }, { status: 404 });
  if (url.includes('fredgraph')) return textResponse(DGS10_CSV);
  return textResponse('', 'text/plain', 404); // SEC: not under test here
}

describe('measured 10y-yield beta on cards (live data on)', () => {
  test('ZION: −6% per +100 bp recovered from the price source, with window and sources', async () => {
    const { call, calls } = setup(routes);
    const c = await call({ type: 'lookup', symbol: 'ZION' });
    const d = c.rateSensitivity!.drivers.find((x) => x.name === 'Measured rate beta')!;
    expect(d.value).toBe('falls ~6% per +100 bp in the 10y yield');
    expect(d.note).toMatch(/^daily returns vs 10y yield changes, market held fixed; 2026-01-02 to 2026-09-10, n 173, R² 1\.00$/);
    // The embedded DGS10 (snapshot label) merged with the live FRED copy (provider label).
    expect(d.source).toBe(
      'Yahoo Finance chart API daily closes (ZION; market SPY) and 10-year Treasury constant-maturity yield, % (FRED DGS10, Federal Reserve H.15) + FRED, Federal Reserve Bank of St. Louis (DGS10); 2026-01-02 to 2026-09-10',
    );
    expect(d.asOf).toBe('2026-09-10');
    expect(c.rateSensitivity!.missing).not.toContain('measured 10y-yield beta');
    // SPY once, ZION once; a second lookup is served from the cache.
    await call({ type: 'lookup', symbol: 'ZION' });
    expect(calls.filter((x) => x.url.includes('finance.yahoo.com')).map((x) => /chart\/([^?]+)/.exec(x.url)![1]).sort()).toEqual(['SPY', 'ZION']);
  }, 30_000);

  test('price source down: no beta, and the card says why', async () => {
    const { call } = setup((url) => (url.includes('finance.yahoo.com') ? new Response('', { status: 429, headers: { 'retry-after': '60' } }) : routes(url)));
    const c = await call({ type: 'lookup', symbol: 'ZION' });
    expect(c.rateSensitivity!.drivers.some((x) => x.name === 'Measured rate beta')).toBe(false);
    expect(c.rateSensitivity!.missing).toContain('measured 10y-yield beta (prices unavailable (rate limited))');
  }, 30_000);
});
