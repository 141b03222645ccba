import 'fake-indexeddb/auto'; // IndexedDB and its globals (IDBRequest, IDBKeyRange…) for this file only, not the whole suite
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { createBackgroundService } from '../../../lib/background/service';
import { request } from '../../../lib/messaging/client';
import type { RequestOf, RequestType } from '../../../lib/messaging/protocol';
import { realSnapshot } from '../data/real-snapshot';
import { levels, syntheticChartBody } from '../context/synthetic-chart';
import { fixtureText, jsonResponse, stubFetch, textResponse } from '../providers/helpers';

const SNOW_FACTS = fixtureText('CIK0001640147_SNOW_companyfacts.trimmed.json');
// SNOW and ZION are in the valuation datasets and have a 2026-08-21 cap; both are removed here so
// that these cards exercise the live path, which serves symbols the embedded data does not cover.
const base = realSnapshot();
const snapshotText = JSON.stringify(base);
const stripped = structuredClone(base);
for (const row of stripped.symbols.rows) if (row[0] === 'SNOW' || row[0] === 'ZION') [row[8], row[9]] = [null, null];
stripped.valuation.rows = stripped.valuation.rows.filter((r) => r[0] !== 'SNOW' && r[0] !== 'ZION');
const uncappedText = JSON.stringify(stripped);

// Thirty weekdays ending Monday 2025-06-02 (a month after SNOW's 10-Q cover date 2025-05-08).
const dates: string[] = [];
for (let t = Date.parse('2025-06-02T00:00:00Z'); dates.length < 30; t -= 86_400_000) {
  const d = new Date(t);
  if (d.getUTCDay() % 6 !== 0) dates.unshift(d.toISOString().slice(0, 10));
}
const flat = (last: number) => levels(last, Array(dates.length - 1).fill(0));

/**
 * ZION's filings in companyfacts' documented shape with HAND-PICKED values (no recorded ZION
 * response exists), so a profitable non-S&P stock shows a numeric P/E: FY 2024 560M, H1 2025 330M,
 * H1 2024 290M → TTM 600M; equity 6.0B; 150,000,000 shares on the cover page.
 */
const ZION_FACTS = {
  cik: 109380,
  entityName: 'ZIONS BANCORPORATION, N.A. (test values)',
  facts: {
    dei: { EntityCommonStockSharesOutstanding: { units: { shares: [{ end: '2025-07-25', val: 150_000_000, accn: 'q2', form: '10-Q', filed: '2025-08-01' }] } } },
    'us-gaap': {
      NetIncomeLoss: {
        units: {
          USD: [
            { start: '2024-01-01', end: '2024-12-31', val: 560e6, accn: 'k', form: '10-K', filed: '2025-02-25' },
            { start: '2024-01-01', end: '2024-06-30', val: 290e6, accn: 'q2', form: '10-Q', filed: '2025-08-01' },
            { start: '2025-01-01', end: '2025-06-30', val: 330e6, accn: 'q2', form: '10-Q', filed: '2025-08-01' },
            { start: '2025-04-01', end: '2025-06-30', val: 170e6, accn: 'q2', form: '10-Q', filed: '2025-08-01' },
          ],
        },
      },
      StockholdersEquity: { units: { USD: [{ end: '2025-06-30', val: 6e9, accn: 'q2', form: '10-Q', filed: '2025-08-01' }] } },
    },
  },
};

const charts: Record<string, unknown> = {
  SNOW: syntheticChartBody('SNOW', dates, flat(180)),
  ZION: syntheticChartBody('ZION', dates, flat(50)),
  SPY: syntheticChartBody('SPY', dates, flat(590)),
};

function setup() {
  const { impl, calls } = stubFetch((url) => {
    if (url.includes('CIK0001640147')) return jsonResponse(SNOW_FACTS);
    if (url.includes('CIK0000109380')) return jsonResponse(ZION_FACTS);
    const yahoo = /\/v8\/finance\/chart\/([^?]+)/.exec(url);
    if (yahoo && charts[yahoo[1]!]) return jsonResponse(charts[yahoo[1]!]);
    return textResponse('', 'text/plain', 503); // FRED, keyed: not under test
  });
  const s = createBackgroundService({
    fetchSnapshot: async () => uncappedText,
    idbFactory: new IDBFactory(),
    dataSettings: async () => ({ liveData: true, priceSource: 'yahoo', secContact: 'ops@example.com' }),
    hasHosts: async () => true,
    fetchImpl: impl,
  });
  return { call: <T extends RequestType>(m: RequestOf<T>) => request((x) => s.handle(x), m), calls };
}

describe('live market cap and valuation on non-S&P 500 cards (fetch stubbed)', () => {
  test('SNOW (recorded filings, synthetic price 180.00): cap 180 × 333,700,000 = 60.07B; P/E n/m on the TTM loss; P/B 60.066B ÷ 2.408B = 24.94', async () => {
    const { call } = setup();
    const c = await call({ type: 'lookup', symbol: 'SNOW' });
    expect(c.index.sp500).toBe(false);
    expect(c.marketCap).toEqual({
      value: 60_066_000_000,
      asOf: '2025-06-02',
      source: 'Yahoo price × SEC shares (10-Q cover page: 333,700,000 as of 2025-05-08, filed 2025-05-30)',
    });
    expect(c.capClass).toBe('large');
    const v = c.valuation!;
    expect(v.pe).toBeNull();
    expect(v.notes).toContain('P/E n/m: negative trailing earnings (SEC 10-Q + 10-K, TTM to 2025-04-30 (filed 2025-05-30), companyfacts)');
    expect(v.pb).toBe(24.94);
    expect(v.fieldSources?.find((f) => f.field === 'pb')).toEqual({
      field: 'pb',
      source: "Yahoo price × SEC shares (10-Q cover page: 333,700,000 as of 2025-05-08, filed 2025-05-30) ÷ stockholders' equity (SEC 10-Q, as of 2025-04-30 (filed 2025-05-30), companyfacts)",
      asOf: '2025-06-02',
    });
  }, 30_000);

  test('ZION (hand-picked filings, price 50.00): cap 7.5B (mid), P/E 7.5B ÷ 600M = 12.5 against the S&P 500 benchmark, P/B 1.25', async () => {
    const { call } = setup();
    const c = await call({ type: 'lookup', symbol: 'ZION' });
    expect(c.marketCap).toMatchObject({ value: 7.5e9, asOf: '2025-06-02' });
    expect(c.marketCap?.source).toMatch(/^Yahoo price × SEC shares \(10-Q cover page: 150,000,000 as of 2025-07-25/);
    expect(c.capClass).toBe('mid');
    const v = c.valuation!;
    expect(v).toMatchObject({ pe: 12.5, pb: 1.25, asOf: '2025-06-02' });
    expect(v.benchmarkPe).toBeGreaterThan(0);
    expect(v.gapPct).toBeCloseTo((12.5 / v.benchmarkPe! - 1) * 100, 0);
    expect(v.benchmark).toMatch(/^S&P 500 aggregate P\/E .*, as of 2026-08-22$/);
    expect(v.notes).toContain('Benchmark and sector median are embedded S&P 500 figures as of 2026-08-22; this P/E is priced 2025-06-02');
    expect(v.fieldSources?.find((f) => f.field === 'pe')?.source).toMatch(/÷ net income \(SEC 10-Q \+ 10-K, TTM to 2025-06-30 \(filed 2025-08-01\), companyfacts\)$/);
  }, 30_000);

  test('live data off: the embedded 2026-08-21 cap and the embedded dataset valuation (no live figures)', async () => {
    const { impl } = stubFetch(() => textResponse('', 'text/plain', 503));
    const s = createBackgroundService({ fetchSnapshot: async () => snapshotText, idbFactory: new IDBFactory(), dataSettings: async () => ({ liveData: false, priceSource: 'yahoo' }), hasHosts: async () => true, fetchImpl: impl });
    const c = await request((x) => s.handle(x), { type: 'lookup', symbol: 'ZION' });
    expect(c.marketCap).toMatchObject({ value: 9945261610, asOf: '2026-08-21', source: 'Nasdaq.com screener' });
    expect(c.valuation).toMatchObject({ pe: 10.77, asOf: '2025-12-22' });
    expect(c.valuation?.fieldSources?.every((f) => !f.source.startsWith('Yahoo'))).toBe(true);
  }, 30_000);
});
