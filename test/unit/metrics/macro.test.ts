import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  addMonths,
  changeOverMonths,
  classifyCurveMove,
  curveSummary,
  fedFundsStatus,
  type FomcDecision,
  latestObservation,
  observationOnOrBefore,
  type Series,
  slopeSeries,
  summarizeSeries,
} from '../../../lib/metrics/macro';

describe('addMonths (calendar, clamped to month end)', () => {
  test.each([
    ['2026-03-31', -1, '2026-02-28'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-05-31', -3, '2026-02-28'],
    ['2026-09-10', -3, '2026-06-10'],
    ['2025-12-31', 2, '2026-02-28'],
    ['2026-07-31', -1, '2026-06-30'],
  ])('%s %+d months → %s', (d, m, expected) => {
    expect(addMonths(d, m)).toBe(expected);
  });
  test('rejects a non-date', () => {
    expect(() => addMonths('2026-9-1', 1)).toThrow(/not an ISO date/);
  });
});

// A 2y-like series with gaps (weekends, a missing July stretch).
const S: Series = {
  dates: ['2026-06-05', '2026-06-08', '2026-07-06', '2026-08-07', '2026-09-08', '2026-09-10'],
  values: [3.6, 3.58, 3.52, 3.46, 3.5, 3.47],
};

describe('observations', () => {
  test.each([
    ['2026-09-10', { date: '2026-09-10', value: 3.47 }],
    ['2026-09-09', { date: '2026-09-08', value: 3.5 }],
    ['2026-06-07', { date: '2026-06-05', value: 3.6 }],
    ['2026-06-04', null],
  ])('on or before %s', (d, expected) => {
    expect(observationOnOrBefore(S, d)).toEqual(expected);
  });
  test('skips non-finite values', () => {
    expect(observationOnOrBefore({ dates: ['2026-01-02', '2026-01-05'], values: [1, Number.NaN] }, '2026-01-05')).toEqual({ date: '2026-01-02', value: 1 });
  });
  test('latest, optionally as of a date', () => {
    expect(latestObservation(S)).toEqual({ date: '2026-09-10', value: 3.47 });
    expect(latestObservation(S, '2026-08-31')).toEqual({ date: '2026-08-07', value: 3.46 });
    expect(latestObservation({ dates: [], values: [] })).toBeNull();
  });
});

describe('changeOverMonths', () => {
  test('1m: 2026-09-10 vs nearest on/before 2026-08-10 (08-07): 3.47 − 3.46 = +0.01 = +1 bp', () => {
    expect(changeOverMonths(S, 1)).toEqual({
      months: 1,
      from: { date: '2026-08-07', value: 3.46 },
      to: { date: '2026-09-10', value: 3.47 },
      change: 0.01,
      changeBp: 1,
    });
  });
  test('3m: vs 2026-06-08 (target 06-10): 3.47 − 3.58 = −11 bp', () => {
    expect(changeOverMonths(S, 3)).toMatchObject({ from: { date: '2026-06-08' }, change: -0.11, changeBp: -11 });
  });
  test('a start point older than the gap tolerance gives null, not a mislabelled change', () => {
    // As of 2026-07-06 the 2m target is 2026-05-06, before the first observation → null.
    expect(changeOverMonths(S, 2, { asOf: '2026-07-06' })).toBeNull();
    const sparse: Series = { dates: ['2026-01-02', '2026-02-20', '2026-03-02'], values: [1, 2, 3] };
    expect(changeOverMonths(sparse, 1)).toBeNull(); // target 02-02, nearest 01-02 is 31 days before
    expect(changeOverMonths(sparse, 1, { maxGapDays: 40 })?.change).toBe(2);
  });
  test('summary', () => {
    expect(summarizeSeries(S)).toMatchObject({ value: 3.47, asOf: '2026-09-10', change1m: { changeBp: 1 }, change3m: { changeBp: -11 } });
    expect(summarizeSeries({ dates: [], values: [] })).toBeNull();
  });
});

describe('2s10s curve', () => {
  const two: Series = { dates: ['2026-06-10', '2026-08-10', '2026-09-10'], values: [3.9, 3.7, 3.5] };
  const ten: Series = { dates: ['2026-06-10', '2026-08-10', '2026-09-09', '2026-09-10'], values: [4.2, 4.15, 4.1, 4.12] };

  test('slope = 10y − 2y on common dates', () => {
    expect(slopeSeries(two, ten)).toEqual({ dates: ['2026-06-10', '2026-08-10', '2026-09-10'], values: [0.3, 0.45, 0.62] });
  });

  test('steepened over 1m and 3m with both legs down: bull steepening', () => {
    const c = curveSummary({ dgs2: two, dgs10: ten })!;
    expect(c).toMatchObject({ value: 0.62, asOf: '2026-09-10', steepened1m: true, steepened3m: true, move1m: 'bull-steepening', move3m: 'bull-steepening' });
    expect(c.change1m?.changeBp).toBe(17);
    expect(c.change3m?.changeBp).toBe(32);
  });

  test("FRED's T10Y2Y is preferred when given", () => {
    const t: Series = { dates: ['2026-08-11', '2026-09-11'], values: [0.5, 0.4] };
    const c = curveSummary({ dgs2: two, dgs10: ten, t10y2y: t })!;
    expect(c).toMatchObject({ value: 0.4, asOf: '2026-09-11', steepened1m: false, steepened3m: null, move3m: null });
    // Legs over 08-11 → 09-11 use 08-10 → 09-10 observations: 2y −20 bp, 10y −3 bp; slope −10 bp → bull flattening
    // (labels come from the legs' signs; the mismatch with the slope change is FRED's own data).
    expect(c.move1m).toBe('bull-flattening');
  });

  test.each([
    [10, -20, -10, 'bull-steepening'],
    [10, 5, 15, 'bear-steepening'],
    [10, -5, 5, 'twist-steepening'],
    [-10, 5, -5, 'twist-flattening'],
    [-10, 20, 10, 'bear-flattening'],
    [-10, -5, -15, 'bull-flattening'],
    [0, 3, 3, 'unchanged'],
    [5, null, 2, 'twist-steepening'],
  ] as const)('slope %d bp, 2y %s bp, 10y %s bp → %s', (slope, d2, d10, move) => {
    expect(classifyCurveMove(slope, d2, d10)).toBe(move);
  });
});

const DECISIONS: FomcDecision[] = [
  ['2023-05-03', 5.0, 5.25],
  ['2023-07-26', 5.25, 5.5],
  ['2024-09-18', 4.75, 5.0],
  ['2024-11-07', 4.5, 4.75],
  ['2024-12-18', 4.25, 4.5],
  ['2025-09-17', 4.0, 4.25],
  ['2025-10-29', 3.75, 4.0],
  ['2025-12-10', 3.5, 3.75],
];

describe('fedFundsStatus', () => {
  test('current range and last move', () => {
    expect(fedFundsStatus(DECISIONS)).toEqual({
      lower: 3.5,
      upper: 3.75,
      asOf: '2025-12-10',
      lastMove: { date: '2025-12-10', sizeBp: -25, direction: 'cut' },
      previous: { lower: 3.75, upper: 4.0 },
    });
  });
  test.each([
    ['2024-10-01', 4.75, { date: '2024-09-18', sizeBp: -50, direction: 'cut' }],
    ['2024-01-01', 5.25, { date: '2023-07-26', sizeBp: 25, direction: 'hike' }],
  ] as const)('as of %s', (asOf, lower, lastMove) => {
    expect(fedFundsStatus(DECISIONS, asOf)).toMatchObject({ lower, lastMove });
  });
  test('a "hold" row moves the as-of but not the last move', () => {
    const s = fedFundsStatus([...DECISIONS, ['2026-01-28', 3.5, 3.75]])!;
    expect(s.asOf).toBe('2026-01-28');
    expect(s.lastMove?.date).toBe('2025-12-10');
  });
  test('one decision: range, no last move; none: null', () => {
    expect(fedFundsStatus([['2025-12-10', 3.5, 3.75]])).toMatchObject({ lower: 3.5, lastMove: null, previous: null });
    expect(fedFundsStatus([])).toBeNull();
    expect(fedFundsStatus(DECISIONS, '2020-01-01')).toBeNull();
  });
});

describe('on the repo data (data/sources)', () => {
  const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/sources');
  const csv = (path: string) =>
    readFileSync(resolve(dir, path), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
  const fred = (path: string): Series => {
    const rows = csv(path).filter((r) => r[1] !== undefined && r[1] !== '' && r[1] !== '.');
    return { dates: rows.map((r) => r[0]!), values: rows.map((r) => Number(r[1])) };
  };

  test('FRED 2026: every block present, computed slope matches T10Y2Y within 1 bp', () => {
    const dgs2 = fred('fred-2026-ytd/DGS2.csv');
    const dgs10 = fred('fred-2026-ytd/DGS10.csv');
    // The blocks lib/context/build-market.ts puts in the panel; the slope computed from the two legs.
    const m = { ust2y: summarizeSeries(dgs2), ust10y: summarizeSeries(dgs10), curve2s10s: curveSummary({ dgs2, dgs10 }) };
    const t = fred('fred-2026-ytd/T10Y2Y.csv');
    expect(m.ust2y?.change1m).not.toBeNull();
    expect(m.ust10y?.change3m).not.toBeNull();
    const official = observationOnOrBefore(t, m.curve2s10s!.asOf)!;
    expect(Math.abs(official.value - m.curve2s10s!.value)).toBeLessThanOrEqual(0.011);
    expect(typeof m.curve2s10s!.steepened3m).toBe('boolean');
  });
});
