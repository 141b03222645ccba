import 'fake-indexeddb/auto'; // IndexedDB and its globals (IDBRequest, IDBKeyRange…) for this file only, not the whole suite
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test } from 'vitest';
import { createBackgroundService } from '../../../lib/background/service';
import { request } from '../../../lib/messaging/client';
import type { RequestOf, RequestType } from '../../../lib/messaging/protocol';
import { DEFAULT_DATA_SETTINGS, type DataSettings } from '../../../lib/settings/data-settings';
import { realSnapshot } from '../data/real-snapshot';
import { expandSnapshot } from '../../../lib/data/expand-snapshot';
import { deriveRefs } from '../../../lib/context/derive';
import { trailingAnnualPeriod } from '../../../lib/data/providers/sec-frames';
import { loadedIdb } from './loaded-idb';

const FIX = 'test/fixtures/providers';
const TNX = readFileSync(`${FIX}/chart_TNX_5m_1d.json`, 'utf8');
const DGS10 = readFileSync(`${FIX}/fredgraph_DGS10_2026.csv`, 'utf8');
const snapshotText = JSON.stringify(realSnapshot());

// The real snapshot loaded once for the file; each test gets the database as that load left it.
let idb: IDBFactory;
beforeEach(async () => {
  idb = await loadedIdb(snapshotText);
});

function setup(settings: DataSettings, routes: (url: string) => Response | Promise<Response>) {
  const urls: string[] = [];
  const fetchImpl = (async (input: RequestInfo | URL) => {
    const url = String(input);
    urls.push(url);
    return routes(url);
  }) as typeof fetch;
  const s = createBackgroundService({
    fetchSnapshot: async () => snapshotText,
    idbFactory: idb,
    dataSettings: async () => settings,
    hasHosts: async () => true,
    fetchImpl,
  });
  const call = <T extends RequestType>(m: RequestOf<T>) => request((x) => s.handle(x), m);
  return { call, urls };
}

const json = (body: string) => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
const csv = (body: string) => new Response(body, { status: 200, headers: { 'content-type': 'text/csv' } });

describe('live data through the background', () => {
  test('off by default: no quotes and no network request at all', async () => {
    const { call, urls } = setup(DEFAULT_DATA_SETTINGS, () => json(TNX));
    expect(await call({ type: 'quotes', symbols: ['ZION'] })).toEqual([]);
    await call({ type: 'market' });
    expect(urls).toEqual([]);
  }, 30_000);

  test('on: a quote from the price source, cached; provider health recorded', async () => {
    const { call, urls } = setup({ liveData: true, priceSource: 'yahoo' }, (url) => (url.includes('finance.yahoo.com') ? json(TNX) : csv(DGS10)));
    const [q] = await call({ type: 'quotes', symbols: ['zion'] });
    // Values straight from the recorded ^TNX response.
    expect(q).toMatchObject({ symbol: 'ZION', price: 4.275, previousClose: 4.227, stale: false });
    expect(q!.changePct).toBeCloseTo(((4.275 - 4.227) / 4.227) * 100, 6);
    await call({ type: 'quotes', symbols: ['ZION'] });
    expect(urls.filter((u) => u.includes('yahoo'))).toHaveLength(1);
    const health = await call({ type: 'data:status' });
    expect(health.providers.find((p) => p.provider === 'yahoo')?.lastSuccess).toBeTruthy();
    expect(health.cacheEntries).toBeGreaterThan(0);
  }, 30_000);

  test('market: live FRED series only replace embedded ones that are older', async () => {
    const { call } = setup({ liveData: true, priceSource: 'yahoo' }, (url) =>
      url.includes('DGS10') ? csv(DGS10) : new Response('<html>maintenance</html>', { status: 200, headers: { 'content-type': 'text/html' } }),
    );
    const m = await call({ type: 'market' });
    // The recorded FRED file ends 2026-09-10, as the embedded series does: the embedded one stands.
    expect(m.ust10y).toMatchObject({ value: 4.95, asOf: '2026-09-10' });
    // HTML-with-200 for the other series: recorded as an error, embedded data used.
    expect(m.ust2y?.asOf).toBe('2026-09-10');
    const health = await call({ type: 'data:status' });
    expect(health.providers.find((p) => p.provider === 'fred')?.lastError?.kind).toBe('not-json');
  }, 30_000);

  test('clear cache empties provider data, never watchlists', async () => {
    const { call } = setup({ liveData: true, priceSource: 'yahoo' }, () => json(TNX));
    const list = await call({ type: 'watchlists:create', name: 'Keep' });
    await call({ type: 'quotes', symbols: ['ZION'] });
    const after = await call({ type: 'data:clear-cache' });
    expect(after.cacheEntries).toBe(0);
    expect((await call({ type: 'watchlists:list' })).map((l) => l.id)).toEqual([list.id]);
  }, 30_000);

  test('market: small-vs-large from SEC frames when live; withheld (with its reason) when SEC fails', async () => {
    const records = expandSnapshot(realSnapshot());
    // A frame that prices every estimated Russell 2000 company at exactly 12× (caps of a company's classes summed).
    const capByCik = new Map<number, number>();
    for (const r of records) if (r.russell?.r2000 && r.cik !== null && r.marketCap) capByCik.set(r.cik, (capByCik.get(r.cik) ?? 0) + r.marketCap.value);
    // The earnings year trails the Russell rank-day caps (trailingAnnualPeriod), so it follows the snapshot.
    const period = trailingAnnualPeriod(realSnapshot().russell.capsAsOf)!;
    const frame = { taxonomy: 'us-gaap', tag: 'NetIncomeLoss', ccp: period, uom: 'USD', data: [...capByCik].map(([cik, cap]) => ({ cik, end: `${period.slice(2)}-12-31`, val: cap / 12 })) };
    const fredDown = () => new Response('down', { status: 503 });
    const ok = setup({ liveData: true, priceSource: 'yahoo' }, (url) => (url.includes(`/frames/us-gaap/NetIncomeLoss/USD/${period}.json`) ? json(JSON.stringify(frame)) : url.includes('/frames/') ? new Response('', { status: 404 }) : fredDown()));
    const m = await ok.call({ type: 'market' });
    const largePe = deriveRefs(records).smallVsLarge.large.pe!;
    expect(m.smallVsLarge?.smallPe).toBeCloseTo(12, 9);
    expect(m.smallVsLarge?.largePe).toBeCloseTo(largePe, 9);
    expect(m.smallVsLarge?.discountPct).toBeCloseTo((12 / largePe - 1) * 100, 9);
    expect(m.smallVsLarge?.method).toMatch(/SEC EDGAR XBRL frames/);
    expect(ok.urls.filter((u) => u.includes('/frames/'))).toHaveLength(3);
    await ok.call({ type: 'market' });
    expect(ok.urls.filter((u) => u.includes('/frames/'))).toHaveLength(3); // cached

    // A second worker on a database as loaded: none of the frames above cached.
    idb = await loadedIdb(snapshotText);
    const down = setup({ liveData: true, priceSource: 'yahoo' }, () => new Response('<html>Request Rate Threshold Exceeded</html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    const offline = await down.call({ type: 'market' });
    // SEC down: the embedded figure stands (the latest forward point of the snapshot series).
    expect(offline.smallVsLarge?.basis).toBe('forward');
    expect(offline.smallVsLarge?.smallPe).toBeGreaterThan(0);
    expect(offline.smallVsLarge?.series?.length).toBeGreaterThan(0);
  }, 60_000);
});
