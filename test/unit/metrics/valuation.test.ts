import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  comparePe,
  enterpriseValue,
  evEbitdaNotMeaningfulReason,
  evToEbitda,
  forwardPe,
  gapPct,
  multipleValue,
  type Multiple,
  percentileRank,
  priceToBook,
  stockMultiples,
  trailingPe,
} from '../../../lib/metrics/valuation';

const okOf = (m: Multiple) => (m.status === 'ok' ? m.value : m.status);

describe('trailingPe', () => {
  test.each([
    ['earnings: 1000 / 50', { marketCap: 1000, earnings: 50 }, 20],
    ['earnings win over a provider ratio', { marketCap: 1000, earnings: 50, pe: 99 }, 20],
    ['provider ratio', { pe: 15.5 }, 15.5],
    ['earnings without cap fall back to the ratio', { earnings: 50, pe: 18 }, 18],
  ])('%s', (_, input, expected) => {
    expect(okOf(trailingPe(input))).toBeCloseTo(expected as number, 10);
  });

  test.each([
    ['negative earnings', { marketCap: 1000, earnings: -10 }, 'nm', /negative trailing earnings/],
    ['zero earnings', { marketCap: 1000, earnings: 0 }, 'nm', /zero trailing earnings/],
    ['loss known even without a cap', { earnings: -1 }, 'nm', /negative/],
    ['negative provider ratio', { pe: -3 }, 'nm', /P\/E ≤ 0/],
    ['zero provider ratio', { pe: 0 }, 'nm', /P\/E ≤ 0/],
    ['nothing', {}, 'missing', /no trailing earnings or P\/E/],
    ['earnings but no cap', { earnings: 50 }, 'missing', /market cap/],
    ['NaN ratio', { pe: Number.NaN }, 'missing', /no trailing/],
  ])('%s → %s', (_, input, status, reason) => {
    const m = trailingPe(input);
    expect(m.status).toBe(status);
    expect(m.status !== 'ok' && m.reason).toMatch(reason);
    expect(multipleValue(m)).toBeNull();
  });

  test('forward P/E uses the same rules with its own wording', () => {
    expect(okOf(forwardPe({ marketCap: 600, earnings: 40 }))).toBe(15);
    expect(forwardPe({ marketCap: 600, earnings: -1 })).toEqual({ status: 'nm', reason: 'negative forward earnings' });
  });
});

describe('priceToBook', () => {
  test.each([
    [{ marketCap: 1000, bookValue: 400 }, 2.5],
    [{ pb: 3 }, 3],
  ])('%o → %d', (input, expected) => {
    expect(okOf(priceToBook(input))).toBe(expected);
  });
  test.each([
    [{ marketCap: 1000, bookValue: -5 }, 'nm'],
    [{ marketCap: 1000, bookValue: 0 }, 'nm'],
    [{ pb: -1 }, 'nm'],
    [{}, 'missing'],
    [{ bookValue: 10 }, 'missing'],
  ])('%o → %s', (input, status) => {
    expect(priceToBook(input).status).toBe(status);
  });
});

describe('EV/EBITDA', () => {
  const base = { marketCap: 1000, totalDebt: 300, cash: 100, ebitda: 120 };

  test('EV = cap + debt − cash; (1000 + 300 − 100) / 120 = 10', () => {
    expect(enterpriseValue(base)).toBe(1200);
    expect(evToEbitda(base)).toEqual({ status: 'ok', value: 10 });
  });

  test('zero debt is data, not missing: (500 + 0 − 50) / 45 = 10', () => {
    expect(okOf(evToEbitda({ marketCap: 500, totalDebt: 0, cash: 50, ebitda: 45 }))).toBe(10);
  });

  test.each([
    ['missing debt', { ...base, totalDebt: null }, 'missing', 'not available: total debt'],
    ['missing debt and cash', { marketCap: 1000, ebitda: 120 }, 'missing', 'not available: total debt, cash'],
    ['missing cap', { ...base, marketCap: undefined }, 'missing', 'not available: market cap'],
    ['missing EBITDA', { ...base, ebitda: null }, 'missing', 'not available: EBITDA'],
    ['negative EBITDA (even with debt missing)', { marketCap: 1000, ebitda: -5 }, 'nm', 'negative EBITDA'],
    ['zero EBITDA', { ...base, ebitda: 0 }, 'nm', 'zero EBITDA'],
    ['net cash above market cap', { marketCap: 100, totalDebt: 0, cash: 150, ebitda: 10 }, 'nm', 'enterprise value ≤ 0 (net cash exceeds market cap)'],
  ])('%s', (_, input, status, reason) => {
    expect(evToEbitda(input)).toEqual({ status, reason });
  });

  test('missing inputs give no EV (never assumed zero)', () => {
    expect(enterpriseValue({ marketCap: 1000, totalDebt: 300 })).toBeNull();
    expect(enterpriseValue({ marketCap: 1000, cash: 10 })).toBeNull();
  });

  test.each([
    ['Financials', 'Regional Banks', true],
    ['Financials', 'Diversified Banks', true],
    ['Financials', 'Asset Management & Custody Banks', true],
    ['Financials', 'Consumer Finance', true],
    ['Financials', 'Investment Banking & Brokerage', true],
    ['Financials', 'Life & Health Insurance', true],
    ['Financials', 'Property & Casualty Insurance', true],
    ['Financials', 'Multi-line Insurance', true],
    ['Financials', 'Reinsurance', true],
    ['Financials', 'Multi-Sector Holdings', true],
    ['Financials', 'Mortgage REITs', true],
    ['Financials', 'Commercial & Residential Mortgage Finance', true],
    ['Financials', 'Thrifts & Mortgage Finance', true],
    ['Financials', null, true],
    ['Financials', 'Financial Exchanges & Data', false],
    ['Financials', 'Transaction & Payment Processing Services', false],
    ['Financials', 'Insurance Brokers', false],
    ['Real Estate', 'Retail REITs', false],
    ['Information Technology', 'Semiconductors', false],
    [null, null, false],
  ])('%s / %s → not meaningful: %s', (sector, sub, expected) => {
    expect(evEbitdaNotMeaningfulReason(sector, sub) !== null).toBe(expected);
  });

  test('a bank gets n/m with the reason even when every figure is present', () => {
    const m = evToEbitda({ ...base, sector: 'Financials', subIndustry: 'Regional Banks' });
    expect(m.status).toBe('nm');
    expect(m.status === 'nm' && m.reason).toMatch(/banks.*Regional Banks/);
  });
});

describe('stockMultiples', () => {
  test('a stock gets all four', () => {
    const m = stockMultiples({ marketCap: 1000, earnings: 50, bookValue: 500, totalDebt: 300, cash: 100, ebitda: 120, forwardPe: 16 });
    expect([m.pe, m.forwardPe, m.pb, m.evEbitda].map(multipleValue)).toEqual([20, 16, 2, 10]);
  });
  test.each(['etf', 'fund'])('a %s gets n/m everywhere, not its own "earnings"', (kind) => {
    const m = stockMultiples({ kind, marketCap: 1000, pe: 20, pb: 3 });
    for (const x of Object.values(m)) expect(x).toEqual({ status: 'nm', reason: expect.stringMatching(/^fund:/) });
  });
});

describe('gapPct = (stock / benchmark − 1) × 100', () => {
  test.each([
    [15, 20, -25],
    [30, 20, 50],
    [20, 20, 0],
    [14.8, 20, -26],
  ])('%d vs %d → %d%%', (v, b, expected) => {
    expect(gapPct(v, b)).toBeCloseTo(expected, 10);
  });
  test.each([
    [null, 20],
    [15, null],
    [-5, 20],
    [15, 0],
    [0, 20],
    [Number.NaN, 20],
  ])('%s vs %s → null', (v, b) => {
    expect(gapPct(v, b)).toBeNull();
  });
});

describe('percentileRank (mid-rank)', () => {
  test.each([
    [10, [5, 10, 15, 20], 37.5], // (1 below + ½·1 equal) / 4
    [1, [5, 6], 0],
    [99, [5, 6], 100],
    [10, [10], 50],
    [12, [10, 14, null, Number.NaN, undefined], 50],
    [7, [1, 2, 3, 4, 5, 6, 8, 9, 10, 11], 60],
  ] as const)('%d among %o → %d', (v, peers, expected) => {
    expect(percentileRank(v, peers)).toBeCloseTo(expected, 10);
  });
  test.each([
    [10, []],
    [10, [null, Number.NaN]],
    [null, [1, 2]],
  ] as const)('%s among %o → null', (v, peers) => {
    expect(percentileRank(v, peers)).toBeNull();
  });

  test('property: always within [0, 100] when defined', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.array(fc.option(fc.double(), { nil: null })), (v, peers) => {
        const p = percentileRank(v, peers);
        if (p === null) return peers.every((x) => x === null || !Number.isFinite(x)) || !Number.isFinite(v);
        return p >= 0 && p <= 100;
      }),
    );
  });

  test('property: adding a cheaper peer never lowers the percentile', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 100, noNaN: true }), fc.array(fc.double({ min: 1, max: 100, noNaN: true }), { minLength: 1 }), (v, peers) => {
        return percentileRank(v, [...peers, v / 2])! >= percentileRank(v, peers)! - 1e-9;
      }),
    );
  });
});

describe('comparePe', () => {
  const refs = { benchmarkPe: 20, sectorMedianPe: 12, sectorPeerPes: [10, 12, 14, 20, 30, -5, null] };
  test('gaps and sector percentile (losses among peers ignored)', () => {
    expect(comparePe({ status: 'ok', value: 15 }, refs)).toEqual({
      gapPct: -25,
      sectorGapPct: 25,
      sectorPercentile: 60, // 3 of 5 positive peers below 15
      sectorPeerCount: 5,
    });
  });
  test('an n/m P/E is compared with nothing', () => {
    expect(comparePe({ status: 'nm', reason: 'negative trailing earnings' }, refs)).toEqual({
      gapPct: null,
      sectorGapPct: null,
      sectorPercentile: null,
      sectorPeerCount: 5,
    });
  });
  test('no peers, no benchmarks', () => {
    expect(comparePe({ status: 'ok', value: 15 }, { benchmarkPe: null, sectorMedianPe: null })).toEqual({
      gapPct: null,
      sectorGapPct: null,
      sectorPercentile: null,
      sectorPeerCount: 0,
    });
  });
});
