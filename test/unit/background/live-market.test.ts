import 'fake-indexeddb/auto'; // IndexedDB and its globals (IDBRequest, IDBKeyRange…) for this file only, not the whole suite
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { marketForLookup } from '../../../lib/background/lookup-live';
import type { MarketBase } from '../../../lib/background/live-market';
import { createBackgroundService } from '../../../lib/background/service';
import { buildMarketContext, macroDataFromSnapshot } from '../../../lib/context/build-market';
import { isoToday } from '../../../lib/dates';
import { deriveRefs } from '../../../lib/context/derive';
import { expandSnapshot } from '../../../lib/data/expand-snapshot';
import { trailingAnnualPeriod } from '../../../lib/data/providers/sec-frames';
import { request } from '../../../lib/messaging/client';
import { realSnapshot } from '../data/real-snapshot';

// No network: every provider answer comes from this fake fetch.
// The worker reads the system clock for the FOMC calendar; the CLI side is given the same day.
const TODAY = isoToday();
const snapshot = realSnapshot();
const records = expandSnapshot(snapshot);
const refs = deriveRefs(records, snapshot);
const period = trailingAnnualPeriod(snapshot.russell.capsAsOf)!;
const base: MarketBase = {
  macro: macroDataFromSnapshot(snapshot),
  smallVsLarge: refs.smallVsLarge,
  largeAsOf: refs.valuation.asOf,
  capsAsOf: snapshot.russell.capsAsOf,
  records: async () => records,
};

// The recorded DGS10 file ends on the embedded series' last day (2026-09-10); one synthetic later
// observation, so only a live series that went through the gatherer can carry it to the panel.
const DGS10 = `${readFileSync('test/fixtures/providers/fredgraph_DGS10_2026.csv', 'utf8').trimEnd()}\n2099-01-02,1.23\n`;
// FRED's daily target-range bounds as fredgraph serves them, from the real observations in
// data/sources (to 2026-08-21), plus one synthetic later day with a 25 bp cut: only a live range that
// went through the gatherer can move the panel's range.
function fredBound(id: 'DFEDTARL' | 'DFEDTARU', synthetic: number): string {
  const [header, ...rows] = readFileSync('data/sources/fred-rates-2026-08/rates.csv', 'utf8').trimEnd().split('\n');
  const col = header!.split(',').indexOf(id);
  const kept = rows.map((r) => r.split(',')).filter((c) => c[0]! >= '2025-06-01' && c[col] !== '' && c[col] !== undefined);
  return [`observation_date,${id}`, ...kept.map((c) => `${c[0]},${c[col]}`), `2099-01-02,${synthetic}`].join('\n') + '\n';
}
const BOUNDS: Record<string, string> = { DFEDTARL: fredBound('DFEDTARL', 3.25), DFEDTARU: fredBound('DFEDTARU', 3.5) };
// A frame that prices every estimated Russell 2000 company at exactly 12× (caps of a company's classes summed).
const capByCik = new Map<number, number>();
for (const r of records) if (r.russell?.r2000 && r.cik !== null && r.marketCap) capByCik.set(r.cik, (capByCik.get(r.cik) ?? 0) + r.marketCap.value);
const FRAME = JSON.stringify({ taxonomy: 'us-gaap', tag: 'NetIncomeLoss', ccp: period, uom: 'USD', data: [...capByCik].map(([cik, cap]) => ({ cik, end: `${period.slice(2)}-12-31`, val: cap / 12 })) });

function fakeFetch() {
  const urls: string[] = [];
  const fetchImpl = (async (input: RequestInfo | URL) => {
    const url = String(input);
    urls.push(url);
    if (url.includes('fredgraph.csv?id=DGS10')) return new Response(DGS10, { status: 200, headers: { 'content-type': 'text/csv' } });
    for (const [id, csv] of Object.entries(BOUNDS)) if (url.includes(`fredgraph.csv?id=${id}&`)) return new Response(csv, { status: 200, headers: { 'content-type': 'text/csv' } });
    if (url.includes(`/frames/us-gaap/NetIncomeLoss/USD/${period}.json`)) return new Response(FRAME, { status: 200, headers: { 'content-type': 'application/json' } });
    return new Response('down', { status: 503 });
  }) as typeof fetch;
  return { fetchImpl, urls };
}

describe('the market gatherer, shared by the service worker and lookup --market --live', () => {
  test('one fake network, one MarketContext: the CLI (no cache) and the worker (IndexedDB cache) agree', async () => {
    const cli = fakeFetch();
    const { market, misses } = await marketForLookup(base, { secUserAgent: 'CapLens-tests ops@example.com', fetchImpl: cli.fetchImpl, today: TODAY });
    // The live figures are there: the synthetic DGS10 day and the frame's 12×.
    expect(market.ust10y).toMatchObject({ value: 1.23, asOf: '2099-01-02' });
    expect(market.smallVsLarge?.smallPe).toBeCloseTo(12, 9);
    expect(market.smallVsLarge?.basis).toBe('sec-frames');
    // The live range is a day newer than the embedded one and 25 bp lower: a decision the table does not have.
    expect(market.fedFunds).toMatchObject({ lower: 3.25, upper: 3.5, asOf: '2099-01-02', summary: 'cut to 3.25–3.50%, effective 2 Jan 2099', lastDecision: null });
    expect(market.fedFunds?.lastMove).toEqual({ date: '2099-01-02', sizeBp: -25, direction: 'cut' });
    expect(market.fedFunds?.source).toMatch(/^FRED DFEDTARL\/DFEDTARU.*decisions table .* ends 2026-07-29$/);
    // The three other series answered 503: each is named, and its embedded figure stands.
    expect(misses.map((m) => `${m.input}:${m.kind}`).sort()).toEqual(['DFF:http', 'DGS2:http', 'T10Y2Y:http']);
    expect(market.ust2y?.asOf).toBe(buildMarketContext(base.macro, base.smallVsLarge, TODAY).ust2y?.asOf);

    const worker = fakeFetch();
    const s = createBackgroundService({
      fetchSnapshot: async () => JSON.stringify(snapshot),
      idbFactory: new IDBFactory(),
      dataSettings: async () => ({ liveData: true, priceSource: 'yahoo' }),
      hasHosts: async () => true,
      fetchImpl: worker.fetchImpl,
    });
    const fromWorker = await request((x) => s.handle(x), { type: 'market' });
    // The worker reads its records from IndexedDB in key order: sums in another order differ in the last bits.
    const close = (m: typeof market) => ({ ...m, smallVsLarge: { ...m.smallVsLarge, smallPe: 0, largePe: 0, discountPct: 0 } });
    expect(close(fromWorker)).toEqual(close(market));
    for (const k of ['smallPe', 'largePe', 'discountPct'] as const) expect(fromWorker.smallVsLarge![k]).toBeCloseTo(market.smallVsLarge![k]!, 9);
    // Same requests: the CLI asks for nothing the worker would not.
    expect([...cli.urls].sort()).toEqual([...worker.urls].sort());
  }, 60_000);

  test('offline: the snapshot panel, every live input named as a miss', async () => {
    const offline = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    const { market, misses } = await marketForLookup(base, { secUserAgent: 'CapLens-tests', fetchImpl: offline, today: TODAY });
    expect(market).toEqual(buildMarketContext(base.macro, base.smallVsLarge, TODAY));
    expect(misses.map((m) => m.input).sort()).toEqual(['DFEDTARL/DFEDTARU', 'DFF', 'DGS10', 'DGS2', `SEC frames ${period}`, 'T10Y2Y']);
    expect(new Set(misses.map((m) => m.kind))).toEqual(new Set(['offline']));
  }, 30_000);
});
