import 'fake-indexeddb/auto'; // IndexedDB and its globals (IDBRequest, IDBKeyRange…) for this file only, not the whole suite
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { createBackgroundService } from '../../../lib/background/service';
import { request } from '../../../lib/messaging/client';
import type { RequestOf, RequestType } from '../../../lib/messaging/protocol';
import type { ProviderKeys } from '../../../lib/settings/provider-keys';
import { realSnapshot } from '../data/real-snapshot';
import { fixtureJson, jsonResponse, stubFetch } from '../providers/helpers';
import { loadedIdb } from './loaded-idb';

// The "fetched" date is the clock's day when the answer lands: a fixed clock (timers stay real), so a
// run across midnight UTC cannot see two different days.
const DAY = '2026-09-01';
async function onDay<T>(f: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${DAY}T12:00:00Z`));
  try {
    return await f();
  } finally {
    vi.useRealTimers();
  }
}

const snapshotText = JSON.stringify(realSnapshot());

// The real snapshot loaded once for the file; each test gets the database as that load left it.
let idb: IDBFactory;
beforeEach(async () => {
  idb = await loadedIdb(snapshotText);
});
const FINNHUB = fixtureJson<{ metric: Record<string, number | null> }>('keyed/finnhub_metric_documented.json');
const FMP = fixtureJson<Record<string, unknown>[]>('keyed/fmp_key_metrics_ttm_documented.json');

function setup(keys: ProviderKeys, respond: (url: string) => Response, granted = true) {
  const { impl, calls } = stubFetch(respond);
  const keyReads = { n: 0 };
  const s = createBackgroundService({
    fetchSnapshot: async () => snapshotText,
    idbFactory: idb,
    // Free live sources off: only the keyed providers the user enabled may be called.
    dataSettings: async () => ({ liveData: false, priceSource: 'yahoo' }),
    hasHosts: async () => granted,
    providerKeys: async () => (keyReads.n++, keys),
    fetchImpl: impl,
  });
  return { call: <T extends RequestType>(m: RequestOf<T>) => request((x) => s.handle(x), m), calls, keyReads };
}

describe('keyed providers on cards', () => {
  test('Finnhub forward P/E and FMP EV/EBITDA fill the valuation with their sources; nothing else is contacted', async () => {
    const { call, calls } = setup(
      { finnhub: { enabled: true, key: 'fh-key' }, fmp: { enabled: true, key: 'fmp-key' }, alphavantage: { enabled: false, key: 'av' } },
      (url) =>
        url.includes('finnhub.io')
          ? jsonResponse({ ...FINNHUB, symbol: 'AAPL' })
          : jsonResponse([{ ...FMP[0], symbol: 'AAPL', evToEBITDATTM: 24.5 }]),
    );
    const c = await onDay(() => call({ type: 'lookup', symbol: 'AAPL' }));
    expect(c.valuation?.forwardPe).toBe(11.5);
    expect(c.valuation?.evEbitda).toBe(24.5);
    const today = DAY;
    // The keyed figures replace the snapshot's forward P/E and EV/EBITDA; P/E and P/B keep their dataset.
    expect(c.valuation?.fieldSources).toEqual([
      { field: 'pe', source: 'Finviz quote pages', asOf: '2025-12-22', origin: 'snapshot' },
      { field: 'pb', source: 'Finviz quote pages', asOf: '2025-12-22', origin: 'snapshot' },
      { field: 'forwardPe', source: `Finnhub basic financials (fetched ${today})`, asOf: today },
      { field: 'evEbitda', source: `Financial Modeling Prep key metrics (TTM) (fetched ${today})`, asOf: today },
    ]);
    expect(c.valuation?.notes?.some((n) => n.startsWith('Figures come from different datasets and dates'))).toBe(true);
    expect(c.valuation?.source).toContain('Financial Modeling Prep');
    expect(new Set(calls.map((x) => new URL(x.url).host))).toEqual(new Set(['finnhub.io', 'financialmodelingprep.com']));
  }, 30_000);

  test('a negative EV/EBITDA from a provider is n/m, not a number', async () => {
    const { call } = setup({ fmp: { enabled: true, key: 'k' } }, () => jsonResponse([{ ...FMP[0], symbol: 'AAPL' }]));
    const c = await onDay(() => call({ type: 'lookup', symbol: 'AAPL' }));
    expect(c.valuation?.notes).toContain(`EV/EBITDA n/m: provider value ≤ 0 (Financial Modeling Prep key metrics (TTM) (fetched ${DAY}))`);
    expect(c.valuation?.evEbitda).toBeNull();
    expect(c.valuation?.fieldSources?.some((f) => f.source.includes('Financial Modeling Prep'))).toBe(false);
  }, 30_000);

  test('429: backs off (no second request while the pause runs), health shows the error, the card stays snapshot-only', async () => {
    const { call, calls } = setup({ alphavantage: { enabled: true, key: 'k' } }, () =>
      jsonResponse({ Note: 'Thank you for using Alpha Vantage! Our standard API call frequency is 5 calls per minute.' }),
    );
    const first = await call({ type: 'lookup', symbol: 'AAPL' });
    await call({ type: 'lookup', symbol: 'AAPL' });
    expect(calls).toHaveLength(1);
    // Snapshot-only: the forward P/E of the Finviz quote pages, not a provider's.
    expect(first.valuation?.fieldSources?.find((f) => f.field === 'forwardPe')).toEqual({ field: 'forwardPe', source: 'Finviz quote pages', asOf: '2025-12-22', origin: 'snapshot' });
    const health = await call({ type: 'data:status' });
    expect(health.providers.find((p) => p.provider === 'alphavantage')?.lastError?.kind).toBe('rate-limited');
  }, 30_000);

  test('enabled but its site not granted: no request', async () => {
    const { call, calls } = setup({ finnhub: { enabled: true, key: 'k' } }, () => jsonResponse(FINNHUB), false);
    await call({ type: 'lookup', symbol: 'AAPL' });
    expect(calls).toEqual([]);
  }, 30_000);

  test('refresh now: cached answers expire and are refetched, the value kept if the refetch fails', async () => {
    let up = true;
    const { call, calls } = setup({ finnhub: { enabled: true, key: 'k' } }, () => (up ? jsonResponse({ ...FINNHUB, symbol: 'AAPL' }) : new Response('', { status: 502 })));
    await call({ type: 'lookup', symbol: 'AAPL' });
    up = false;
    const status = await call({ type: 'data:refresh' });
    expect(status.cacheEntries).toBeGreaterThan(0);
    const c = await call({ type: 'lookup', symbol: 'AAPL' });
    expect(calls).toHaveLength(2);
    expect(c.valuation?.forwardPe).toBe(11.5);
  }, 30_000);

  test('a page of cards reads the provider keys once, and the cards still ask the provider', async () => {
    const { call, calls, keyReads } = setup({ finnhub: { enabled: true, key: 'k' } }, (url) =>
      jsonResponse({ ...FINNHUB, symbol: new URL(url).searchParams.get('symbol') }),
    );
    const symbols = ['AAPL', 'MSFT', 'JPM', 'ZION', 'WAL'];
    const before = keyReads.n;
    const cards = await call({ type: 'resolve', candidates: symbols.map((symbol) => ({ symbol, evidence: 'cashtag' as const })) });
    expect(keyReads.n - before).toBe(1);
    expect(cards.map((c) => c.symbol).sort()).toEqual([...symbols].sort());
    // The provider is rate-limited (1 request/s), so within the page's 1.5 s wait the first card
    // has its figure; the others' requests are queued and land in the cache for the next scan.
    expect(cards.find((c) => c.symbol === calls[0]?.url.match(/symbol=([A-Z]+)/)?.[1])?.context.valuation?.forwardPe).toBe(11.5);
  }, 30_000);
});
