import 'fake-indexeddb/auto'; // IndexedDB and its globals (IDBRequest, IDBKeyRange…) for this file only, not the whole suite
import { beforeEach, describe, expect, test } from 'vitest';
import { createBackgroundService } from '../../../lib/background/service';
import { request } from '../../../lib/messaging/client';
import type { RequestOf, RequestType } from '../../../lib/messaging/protocol';
import type { DataSettings } from '../../../lib/settings/data-settings';
import { realSnapshot } from '../data/real-snapshot';
import { fixtureJson, jsonResponse, stubFetch, textResponse } from '../providers/helpers';
import { loadedIdb } from './loaded-idb';

// Comerica has left the exchanges (no Nasdaq industry) and here also loses its dataset rows, so it
// stands for a stock no embedded classification covers: the case the SEC profile's SIC code serves.
const stripped = structuredClone(realSnapshot());
stripped.valuation.rows = stripped.valuation.rows.filter((r) => r[0] !== 'CMA');
stripped.fundamentals.rows = stripped.fundamentals.rows.filter((r) => r[0] !== 'CMA');
const snapshotText = JSON.stringify(stripped);

// The snapshot loaded once for the file; each test gets the database as that load left it.
let idb: IDBFactory;
beforeEach(async () => {
  idb = await loadedIdb(snapshotText);
});
const ON: DataSettings = { liveData: true, priceSource: 'yahoo', secContact: 'ops@example.com' };
const CMA_SUBMISSIONS = 'https://data.sec.gov/submissions/CIK0000028412.json';

// Stub, not a recording: the recorded Tesla submissions document with its identity and industry
// code replaced by a bank's, so the parser sees SEC's real layout.
const cmaProfile = {
  ...fixtureJson<Record<string, unknown>>('CIK0001318605_TSLA_submissions.trimmed.json'),
  cik: '28412',
  name: 'COMERICA INC',
  tickers: ['CMA'],
  exchanges: ['NYSE'],
  sic: '6022',
  sicDescription: 'State Commercial Banks',
};

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

// Only the filing profile answers; companyfacts, prices and FRED fail so the sector prior is what changes.
const profileOnly = (url: string) => (url === CMA_SUBMISSIONS ? jsonResponse(cmaProfile) : textResponse('', 'text/plain', 503));

describe('SEC filing profile (SIC) as the sector prior for a stock without a GICS sector', () => {
  test('offline the snapshot has no sector for Comerica and its name names no industry', async () => {
    const { call, calls } = setup({ liveData: false, priceSource: 'yahoo' }, profileOnly);
    const c = await call({ type: 'lookup', symbol: 'CMA' });
    expect(calls).toEqual([]);
    const rs = c.rateSensitivity!;
    expect(rs.drivers.find((d) => d.name === 'Sector')).toBeUndefined();
    expect(rs.missing).toContain('sector prior');
  }, 30_000);

  test('live: the card gains the regional-bank prior, citing the SIC code; one profile request with the declared User-Agent', async () => {
    const { call, calls } = setup(ON, profileOnly);
    const c = await call({ type: 'lookup', symbol: 'CMA' });
    const profileCalls = calls.filter((x) => x.url === CMA_SUBMISSIONS);
    expect(profileCalls).toHaveLength(1);
    expect((profileCalls[0]!.init!.headers as Record<string, string>)['User-Agent']).toBe('CapLens/0.1.0 ops@example.com');
    const sector = c.rateSensitivity!.drivers.find((d) => d.name === 'Sector')!;
    expect(sector.value).toBe('Regional bank');
    expect(sector.note).toContain('(industry from the SEC filing profile: SIC 6022 State Commercial Banks)');
    expect(sector.source).toBe('SEC filing profile: SIC 6022 State Commercial Banks');
    expect(sector.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(c.rateSensitivity!.missing).not.toContain('sector prior');
    // The snapshot still has no sector: the SIC industry feeds the rate prior only.
    expect(c.sector ?? null).toBeNull();
  }, 30_000);

  test('cached and de-duplicated: two lookups make one profile request', async () => {
    const { call, calls } = setup(ON, profileOnly);
    await Promise.all([call({ type: 'lookup', symbol: 'CMA' }), call({ type: 'lookup', symbol: 'CMA' })]);
    await call({ type: 'lookup', symbol: 'CMA' });
    expect(calls.filter((x) => x.url === CMA_SUBMISSIONS)).toHaveLength(1);
  }, 30_000);

  test('an unmapped SIC code leaves the prior missing, not guessed', async () => {
    const { call } = setup(ON, (url) =>
      url === CMA_SUBMISSIONS ? jsonResponse({ ...cmaProfile, sic: '6199', sicDescription: 'Finance Services' }) : textResponse('', 'text/plain', 503),
    );
    const c = await call({ type: 'lookup', symbol: 'CMA' });
    expect(c.rateSensitivity!.drivers.find((d) => d.name === 'Sector')).toBeUndefined();
    expect(c.rateSensitivity!.missing).toContain('sector prior');
  }, 30_000);

  test('profile unavailable: the missing sector prior says why', async () => {
    const { call } = setup(ON, () => textResponse('', 'text/plain', 503));
    const c = await call({ type: 'lookup', symbol: 'CMA' });
    const why = c.rateSensitivity!.missing?.find((m) => m.startsWith('sector prior'));
    expect(why).toMatch(/^sector prior \(SEC filing profile unavailable \(.+\)\)$/);
  }, 30_000);

  test('a name hint or a GICS sector wins: no profile request for Western Alliance Bancorporation or JPMorgan', async () => {
    const { call, calls } = setup(ON, () => textResponse('', 'text/plain', 503));
    await call({ type: 'lookup', symbol: 'WAL' });
    await call({ type: 'lookup', symbol: 'JPM' });
    expect(calls.filter((x) => x.url.includes('/submissions/'))).toEqual([]);
  }, 30_000);
});
