import { describe, expect, test } from 'vitest';
import { parseFredCsv } from '../../../lib/data/providers/fred';
import { parseYahooChart, YahooChartSchema, type PriceHistory } from '../../../lib/data/providers/prices';
import { measuredYieldBeta, mergeSeries } from '../../../lib/context/yield-beta-input';
import { yieldBeta } from '../../../lib/metrics/beta';
import { fixtureJson, fixtureText } from '../providers/helpers';
import { levels, syntheticChartBody } from './synthetic-chart';

/** Real FRED DGS10 observations for 2026 (recorded graph CSV; "." days dropped by the parser). */
const parsed = parseFredCsv(fixtureText('fredgraph_DGS10_2026.csv'), 'DGS10');
if (parsed.errors.length) throw new Error(`fixture did not parse: ${parsed.errors.join('; ')}`);
const dgs10 = { dates: parsed.value.dates, values: parsed.value.values, source: 'FRED DGS10 (Federal Reserve H.15)' };

function syntheticChart(symbol: string, dates: readonly string[], closes: readonly number[]): PriceHistory {
  return parseYahooChart(YahooChartSchema.parse(syntheticChartBody(symbol, dates, closes)));
}


const n = dgs10.dates.length;
const idx = Array.from({ length: n - 1 }, (_, k) => k + 1);
const rm = idx.map((i) => 0.01 * Math.sin(i * 0.9) + 0.002 * Math.cos(i * 2.3));
const dy = idx.map((i) => dgs10.values[i]! - dgs10.values[i - 1]!);
const market = syntheticChart('SPY', dgs10.dates, levels(400, rm));

describe('measuredYieldBeta (real 2026 DGS10, synthetic closes in Yahoo chart format)', () => {
  test('exact model r = 0.0003 + 1.1·r_m − 0.04·Δy is recovered: −4% per +100 bp', () => {
    const stock = syntheticChart('ZION', dgs10.dates, levels(50, idx.map((_, k) => 0.0003 + 1.1 * rm[k]! - 0.04 * dy[k]!)));
    const r = measuredYieldBeta(stock, market, [dgs10]);
    if (!r.ok) throw new Error(r.reason);
    expect(r.beta.betaYield).toBeCloseTo(-0.04, 9);
    expect(r.beta.n).toBe(173);
    expect(r.beta.window).toBe('2026-01-02 to 2026-09-10');
    expect(r.beta.asOf).toBe('2026-09-10');
    expect(r.beta.source).toBe(
      'Yahoo Finance chart API daily closes (ZION; market SPY) and FRED DGS10 (Federal Reserve H.15); 2026-01-02 to 2026-09-10',
    );
  });

  test('with noise: matches an independent least-squares fit (numpy.linalg.lstsq on the same series)', () => {
    const e = idx.map((i) => 0.004 * Math.sin(i * 1.7 + 0.5));
    const stock = syntheticChart('ZION', dgs10.dates, levels(50, idx.map((_, k) => 0.0003 + 1.1 * rm[k]! - 0.04 * dy[k]! + e[k]!)));
    const r = measuredYieldBeta(stock, market, [dgs10]);
    if (!r.ok) throw new Error(r.reason);
    // numpy: b = [2.89135886e-04, −4.02301283e-02, 1.10060143], se(b_y) = 0.00505875, t = −7.9526, R² = 0.89686.
    expect(r.beta.betaYield).toBeCloseTo(-0.0402301283, 7);
    expect(r.beta.tYield!).toBeCloseTo(-7.952577, 3);
    expect(r.beta.r2!).toBeCloseTo(0.896865, 5);
  });

  test('the window is the last year of common dates: older observations are left out', () => {
    // 60 synthetic weekdays in mid-2025 where the stock moves +0.5 per point of yield; then the 2026 model (−0.04).
    const old = Array.from({ length: 60 }, (_, k) => new Date(Date.UTC(2025, 5, 2) + k * 86_400_000).toISOString().slice(0, 10));
    const oldY = old.map((_, k) => 4.3 + 0.02 * Math.sin(k));
    const oldRm = old.map((_, k) => 0.005 * Math.cos(k * 1.3));
    const dates = [...old, ...dgs10.dates];
    const allY = [...oldY, ...dgs10.values];
    const allRm = [...oldRm.slice(1), 0.001, ...rm];
    const allDy = allY.slice(1).map((v, i) => v - allY[i]!);
    const beta = (i: number) => (dates[i + 1]! < '2026-01-01' ? 0.5 : -0.04);
    const stock = syntheticChart('ZION', dates, levels(50, allDy.map((d, i) => 1.1 * allRm[i]! + beta(i) * d)));
    const mkt = syntheticChart('SPY', dates, levels(400, allRm));
    const yields = { dates, values: allY, source: 'FRED DGS10 (live)' };
    // Measured on 2026-11-30 data ending 2026-09-10: 2025-09-10 onwards only, the 2025 June–July days are out.
    const r = measuredYieldBeta(stock, mkt, [yields]);
    if (!r.ok) throw new Error(r.reason);
    expect(r.beta.window).toBe('2026-01-02 to 2026-09-10');
    expect(r.beta.betaYield).toBeCloseTo(-0.04, 9);
    // Without the window the June–July 2025 days (beta +0.5) would pull the estimate up.
    const all = yieldBeta({ stock: { dates, values: stock.closes.map((c) => c.close) }, market: { dates, values: mkt.closes.map((c) => c.close) }, yield10y: yields });
    expect(all.ok && all.betaYield).toBeGreaterThan(-0.03);
  });

  test('recorded ^TNX 5-minute chart: one trading day is not enough, reason given', () => {
    const tnx = parseYahooChart(YahooChartSchema.parse(fixtureJson('chart_TNX_5m_1d.json')));
    const r = measuredYieldBeta(tnx, market, [dgs10]);
    // Recorded 2026-02-02: one common date with the yields and the market, so no return at all.
    expect(tnx.closes.map((c) => c.date)).toEqual(['2026-02-02']);
    expect(r).toEqual({ ok: false, reason: '0 observations, need 120' });
    const short = syntheticChart('NEW', dgs10.dates.slice(-60), levels(10, rm.slice(-59)));
    const s = measuredYieldBeta(short, market, [dgs10]);
    expect(s).toEqual({ ok: false, reason: '59 observations, need 120' });
  });
});

describe('mergeSeries', () => {
  test('union by date, later copy wins, non-finite values dropped, sources listed once', () => {
    const m = mergeSeries([
      { dates: ['2026-01-02', '2026-01-05'], values: [4.19, 4.17], source: 'A' },
      null,
      { dates: ['2026-01-05', '2026-01-06'], values: [4.2, Number.NaN], source: 'B' },
    ]);
    expect(m.series).toEqual({ dates: ['2026-01-02', '2026-01-05'], values: [4.19, 4.2] });
    expect(m.sources).toEqual(['A', 'B']);
  });
});
