import 'fake-indexeddb/auto'; // IndexedDB and its globals (IDBRequest, IDBKeyRange…) for this file only, not the whole suite
import { beforeEach, describe, expect, test } from 'vitest';
import { createBackgroundService } from '../../../lib/background/service';
import { request } from '../../../lib/messaging/client';
import type { RequestOf, RequestType } from '../../../lib/messaging/protocol';
import type { DataSettings } from '../../../lib/settings/data-settings';
import { realSnapshot } from '../data/real-snapshot';
import { fixtureText, jsonResponse, stubFetch, textResponse } from '../providers/helpers';
import { loadedIdb } from './loaded-idb';

const SNOW = fixtureText('CIK0001640147_SNOW_companyfacts.trimmed.json');
const snapshotText = JSON.stringify(realSnapshot());

// The real snapshot loaded once for the file; each test gets the database as that load left it.
let idb: IDBFactory;
beforeEach(async () => {
  idb = await loadedIdb(snapshotText);
});
const ON: DataSettings = { liveData: true, priceSource: 'yahoo', secContact: 'ops@example.com' };

function setup(settings: DataSettings, respond: (url: string) => Response | Promise<Response>) {
  const { impl, calls } = stubFetch(respond);
  const s = createBackgroundService({
    fetchSnapshot: async () => snapshotText,
    idbFactory: idb,
    dataSettings: async () => settings,
    hasHosts: async () => true,
    fetchImpl: impl,
  });
  const call = <T extends RequestType>(m: RequestOf<T>) => request((x) => s.handle(x), m);
  return { call, calls };
}

// Prices and FRED are not under test here: answer them with an error so only SEC feeds the card.
const secOnly = (url: string) => (url.includes('data.sec.gov') ? jsonResponse(SNOW) : textResponse('', 'text/plain', 503));
const snowCandidate = { type: 'resolve' as const, candidates: [{ symbol: 'SNOW', evidence: 'cashtag' as const }] };

describe('SEC companyfacts on cards (live data on)', () => {
  test('lookup: coverage and leverage from the filing, each with source and as-of; declared User-Agent sent', async () => {
    const { call, calls } = setup(ON, secOnly);
    const c = await call({ type: 'lookup', symbol: 'SNOW' });
    // Snowflake has no GICS sector here, so its filing profile (submissions) is asked for too: see live-sic.test.ts.
    const secCalls = calls.filter((x) => x.url.includes('/companyfacts/'));
    expect(secCalls.map((x) => x.url)).toEqual(['https://data.sec.gov/api/xbrl/companyfacts/CIK0001640147.json']);
    expect((secCalls[0]!.init!.headers as Record<string, string>)['User-Agent']).toBe('CapLens/0.1.0 ops@example.com');
    const rs = c.rateSensitivity!;
    const coverage = rs.drivers.find((d) => d.name === 'Interest coverage')!;
    expect(coverage).toMatchObject({ value: 'EBIT negative: interest not covered', asOf: '2025-04-30' });
    expect(coverage.source).toBe('SEC 10-Q + 10-K, TTM to 2025-04-30 (filed 2025-05-30), companyfacts');
    expect(rs.drivers.find((d) => d.name === 'Leverage')).toMatchObject({ value: 'net debt with negative EBITDA', asOf: '2025-04-30' });
    expect(rs.source).toContain('live SEC filings');
    // Still missing, and said so: no variable-rate tag, no maturity tag, no beta (prices failed).
    expect(rs.missing).toEqual(
      expect.arrayContaining([
        'floating-rate share of debt (not reported in SEC companyfacts)',
        'debt maturity (not reported in SEC companyfacts)',
        'measured 10y-yield beta (prices unavailable (http))',
      ]),
    );
    expect(rs.level).not.toBe('unknown');
  }, 30_000);

  test('cached for days, de-duplicated: two resolves and a lookup make one companyfacts request', async () => {
    const { call, calls } = setup(ON, secOnly);
    await Promise.all([call(snowCandidate), call(snowCandidate)]);
    await call({ type: 'lookup', symbol: 'SNOW' });
    expect(calls.filter((x) => x.url.includes('/companyfacts/'))).toHaveLength(1);
  }, 30_000);

  test('live data off: no SEC request, snapshot card', async () => {
    const { call, calls } = setup({ liveData: false, priceSource: 'yahoo' }, secOnly);
    const c = await call({ type: 'lookup', symbol: 'SNOW' });
    expect(calls).toEqual([]);
    expect(c.rateSensitivity?.source).toContain('embedded snapshot');
  }, 30_000);

  test('SEC answers an HTML page with 200: the card keeps the snapshot figures and says SEC is unavailable', async () => {
    const { call } = setup(ON, (url) =>
      url.includes('data.sec.gov') ? textResponse('<html><title>Request Rate Threshold Exceeded</title></html>', 'text/html') : textResponse('', 'text/plain', 503),
    );
    const c = await call({ type: 'lookup', symbol: 'SNOW' });
    expect(c.rateSensitivity?.drivers.some((d) => d.source?.startsWith('SEC'))).toBe(false);
    expect(c.rateSensitivity?.missing).toContain('interest coverage (SEC filings unavailable (not-json))');
    const health = await call({ type: 'data:status' });
    expect(health.providers.find((p) => p.provider === 'sec-edgar')?.lastError?.kind).toBe('not-json');
  }, 30_000);

  test('a slow SEC answer does not hold the page’s cards: resolve returns "still loading", the next one has the figures', async () => {
    // The answer is held until the first resolve has given up waiting, then released; the
    // background's push to the tab says when it has landed (a fixed sleep raced the answer's
    // timer on a loaded machine).
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let landed!: () => void;
    const pushed = new Promise<void>((r) => (landed = r));
    const { impl } = stubFetch(async (url) => {
      if (!url.includes('data.sec.gov')) return textResponse('', 'text/plain', 503);
      await released;
      return jsonResponse(SNOW);
    });
    const s = createBackgroundService({
      fetchSnapshot: async () => snapshotText,
      idbFactory: idb,
      dataSettings: async () => ON,
      hasHosts: async () => true,
      fetchImpl: impl,
      notifyTab: async () => landed(),
    });
    const call = <T extends RequestType>(m: RequestOf<T>) => request((x) => s.handle(x, { tabId: 1 }), m);
    const [first] = await call(snowCandidate);
    expect(first!.context.rateSensitivity?.missing).toContain('interest coverage (SEC filings still loading)');
    release();
    await pushed;
    const [second] = await call(snowCandidate);
    expect(second!.context.rateSensitivity?.drivers.find((d) => d.name === 'Interest coverage')?.source).toMatch(/^SEC 10-Q/);
  }, 30_000);
});
