import { describe, expect, test } from 'vitest';
import { MarketContextSchema } from '../../../lib/context/market-context';
import { mergeSeries } from '../../../lib/data/build/macro-series';
import { buildMarketContext, macroDataFromSnapshot } from '../../../lib/context/build-market';
import { realSnapshot } from './real-snapshot';

describe('macro series', () => {
  const snap = realSnapshot();

  test('cover at least two years of daily Treasury data, history then 2026', () => {
    for (const id of ['DGS2', 'DGS10', 'T10Y2Y'] as const) {
      const s = snap.macro.series[id];
      expect(s.dates[0]! <= '2024-01-05', id).toBe(true);
      expect(s.dates.at(-1)! >= '2026-09-10', id).toBe(true);
      expect(s.sources).toEqual(id === 'T10Y2Y' ? ['fredh', 'fred26'] : ['fredh', 'fredr', 'fred26']);
      expect(s.dates.length).toBeGreaterThan(2 * 240);
    }
  });

  test('DGS30 from fred-rates-2026-08 since 2024; DFF daily since 2024; no series we must not ship', () => {
    const { DGS30, DFF } = snap.macro.series;
    expect(DGS30.sources).toEqual(['fredr']);
    expect(DGS30.dates[0]! >= '2024-01-01' && DGS30.dates[0]! <= '2024-01-05').toBe(true);
    expect([DGS30.dates.at(-1), DGS30.values.at(-1)]).toEqual(['2026-08-20', 5.23]);
    expect(DFF.dates[0]).toBe('2024-01-01');
    expect(DFF.dates.at(-1)).toBe('2026-09-10');
    expect(Object.keys(snap.macro.series).sort()).toEqual(['DFF', 'DGS10', 'DGS2', 'DGS30', 'T10Y2Y']);
    expect(JSON.stringify(snap.macro)).not.toMatch(/ACMTP10|JP10Y|SP500|VIX/);
  });

  test('10y − 2y matches T10Y2Y on common dates (guards against misaligned concatenation)', () => {
    const { DGS2, DGS10, T10Y2Y } = snap.macro.series;
    const two = new Map(DGS2.dates.map((d, i) => [d, DGS2.values[i]!]));
    const ten = new Map(DGS10.dates.map((d, i) => [d, DGS10.values[i]!]));
    let checked = 0;
    T10Y2Y.dates.forEach((d, i) => {
      if (two.has(d) && ten.has(d)) {
        expect(Math.abs(ten.get(d)! - two.get(d)! - T10Y2Y.values[i]!)).toBeLessThanOrEqual(0.011);
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(600);
  });

  test('decisions with holds, the FRED range observation and the next scheduled meeting', () => {
    const ff = snap.macro.fedFunds;
    expect(ff.source).toBe('fomc26');
    expect(ff.decisions.at(-1)).toEqual(['2026-07-29', 3.5, 3.75, 0, '2026-07-29']);
    expect(ff.decisions.filter((d) => d[0] >= '2026-01-01' && d[3] === 0)).toHaveLength(5);
    expect(ff.range).toEqual({ source: 'fredr', date: '2026-08-21', lower: 3.5, upper: 3.75 });
    // The file's calendar after the last decision: the rest of 2026, then 2027's meetings.
    expect(ff.scheduled.slice(0, 4)).toEqual(['2026-09-16', '2026-10-28', '2026-12-09', '2027-01-27']);
    expect(snap.sources['fomc']).toBeUndefined();
  });

  test('the latest effective fed funds rate lies inside the latest FOMC target range', () => {
    const [decidedOn, lower, upper] = snap.macro.fedFunds.decisions.at(-1)!;
    const dff = snap.macro.series.DFF;
    const latest = dff.values.at(-1)!;
    expect(decidedOn).toBe('2026-07-29');
    expect(dff.dates.at(-1)! > decidedOn).toBe(true);
    expect(latest).toBeGreaterThanOrEqual(lower);
    expect(latest).toBeLessThanOrEqual(upper);
    // Every DFF observation after the decision sits in the range: no unrecorded decision in between.
    dff.dates.forEach((d, i) => {
      if (d > decidedOn) expect(dff.values[i]! >= lower && dff.values[i]! <= upper, d).toBe(true);
    });
  });

  test('the embedded macro data give the contract-2 market panel', () => {
    // As `lookup --market` builds it, less the small-vs-large figure (covered with the Russell estimate).
    const m = MarketContextSchema.parse(buildMarketContext(macroDataFromSnapshot(snap), null, '2026-12-05'));
    expect(m.fedFunds).toMatchObject({
      lower: 3.5,
      upper: 3.75,
      asOf: '2026-08-21',
      summary: 'held at 3.50–3.75% since 10 Dec 2025 (5 holds)',
      lastDecision: { date: '2026-07-29', action: 'hold', deltaBps: 0 },
      // Read on 5 Dec 2026: two meetings were held after the data, the next is 9 Dec.
      nextMeeting: { date: '2026-12-09', status: 'scheduled' },
      meetingsAfterData: ['2026-09-16', '2026-10-28'],
      lastMove: { date: '2025-12-10', sizeBp: -25, direction: 'cut' },
    });
    expect(m.fedFunds!.source).toMatch(/^Federal Reserve \(FOMC statements\), FRED DFEDTARU\/DFEDTARL/);
    expect(m.ust2y).toMatchObject({ value: 4.56, asOf: '2026-09-10' });
    expect(m.ust10y).toMatchObject({ value: 4.95, asOf: '2026-09-10' });
    expect(m.curve2s10s).toMatchObject({ value: 0.33, asOf: '2026-09-11' });
    expect(m.smallVsLarge).toBeNull();
  });
});

describe('mergeSeries', () => {
  test('drops dates before `since`, later parts win on overlap, records only contributing sources', () => {
    const s = mergeSeries(
      'DGS2',
      [
        { source: 'old', points: [['2023-12-29', 4.2], ['2024-01-02', 4.3], ['2024-01-03', 4.4]] },
        { source: 'new', points: [['2024-01-03', 4.41], ['2024-01-04', 4.5]] },
        { source: 'empty', points: [['2020-01-01', 1]] },
      ],
      '2024-01-01',
    );
    expect(s.dates).toEqual(['2024-01-02', '2024-01-03', '2024-01-04']);
    expect(s.values).toEqual([4.3, 4.41, 4.5]);
    expect(s.sources).toEqual(['old', 'new']);
  });
});
