/**
 * The fed funds target range from FRED's daily bounds (lib/context/fed-range.ts), and how the market
 * panel uses a later observation of it (lib/context/build-market.ts): a confirmation of the table's
 * range, or a move the decisions table does not have yet.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildMarketContext, macroDataFromSnapshot, pickNewer } from '../../../lib/context/build-market';
import { rangeFromSeries } from '../../../lib/context/fed-range';
import { MarketContextSchema } from '../../../lib/context/market-context';
import { realSnapshot } from '../data/real-snapshot';

const s = (pairs: Array<[string, number]>) => ({ dates: pairs.map((p) => p[0]), values: pairs.map((p) => p[1]) });

/** The real daily bounds in data/sources (FRED, to 2026-08-21). */
function realBounds(): { lower: ReturnType<typeof s>; upper: ReturnType<typeof s> } {
  const [header, ...rows] = readFileSync('data/sources/fred-rates-2026-08/rates.csv', 'utf8').trimEnd().split('\n');
  const cols = header!.split(',');
  const [lo, up] = [cols.indexOf('DFEDTARL'), cols.indexOf('DFEDTARU')];
  const cells = rows.map((r) => r.split(',')).filter((c) => c[0]! >= '2025-01-01');
  const pick = (i: number) => s(cells.filter((c) => c[i]).map((c) => [c[0]!, Number(c[i])]));
  return { lower: pick(lo), upper: pick(up) };
}

describe('rangeFromSeries', () => {
  test('on the real 2025–2026 bounds: 3.50–3.75% on 21 Aug 2026, last changed by the 10 Dec 2025 cut (effective the 11th)', () => {
    const { lower, upper } = realBounds();
    expect(rangeFromSeries(lower, upper, 'FRED')).toEqual({ date: '2026-08-21', lower: 3.5, upper: 3.75, source: 'FRED', move: { date: '2025-12-11', sizeBp: -25, direction: 'cut' } });
  });

  test.each([
    ['no shared day', s([['2026-01-02', 3.5]]), s([['2026-01-03', 3.75]])],
    ['lower above upper', s([['2026-01-02', 4]]), s([['2026-01-02', 3.75]])],
  ])('%s: no range', (_name, lower, upper) => expect(rangeFromSeries(lower, upper, 'FRED')).toBeNull());

  test.each([
    ['a hike', s([['2026-01-02', 3.5], ['2026-01-03', 3.75]]), s([['2026-01-02', 3.75], ['2026-01-03', 4]]), { date: '2026-01-03', sizeBp: 25, direction: 'hike' }],
    ['one bound missing a day: only shared days count', s([['2026-01-02', 3.5], ['2026-01-04', 3.25]]), s([['2026-01-02', 3.75], ['2026-01-03', 3.75], ['2026-01-04', 3.5]]), { date: '2026-01-04', sizeBp: -25, direction: 'cut' }],
    ['no change in the window', s([['2026-01-02', 3.5], ['2026-01-03', 3.5]]), s([['2026-01-02', 3.75], ['2026-01-03', 3.75]]), null],
  ])('%s', (_name, lower, upper, move) => {
    const r = rangeFromSeries(lower, upper, 'FRED');
    expect(r).not.toBeNull();
    expect(r!.move).toEqual(move);
  });

  test('unsorted input is read in date order', () => {
    const r = rangeFromSeries(s([['2026-01-03', 3.25], ['2026-01-02', 3.5]]), s([['2026-01-03', 3.5], ['2026-01-02', 3.75]]), 'FRED');
    expect(r).toMatchObject({ date: '2026-01-03', lower: 3.25, upper: 3.5, move: { date: '2026-01-03', sizeBp: -25 } });
  });
});

describe('the market panel with a later range observation', () => {
  const embedded = macroDataFromSnapshot(realSnapshot());

  test('the same range, observed later: it confirms the table; its decisions and holds still speak', () => {
    const live = { date: '2026-12-04', lower: 3.5, upper: 3.75, source: 'FRED (live)', move: { date: '2025-12-11', sizeBp: -25, direction: 'cut' as const } };
    const ff = MarketContextSchema.parse(buildMarketContext(pickNewer(embedded, {}, live), null, '2026-12-05')).fedFunds!;
    expect(ff).toMatchObject({ lower: 3.5, upper: 3.75, asOf: '2026-12-04', summary: 'held at 3.50–3.75% since 10 Dec 2025 (5 holds)', lastDecision: { date: '2026-07-29', action: 'hold' } });
    // Known through 4 Dec: the September and October meetings no longer count as unknown.
    expect(ff.meetingsAfterData).toBeUndefined();
    expect(ff.nextMeeting).toEqual({ date: '2026-12-09', status: 'scheduled' });
  });

  test('a different range, observed later: the observation speaks, the table\'s last decision is not shown as the latest', () => {
    const live = { date: '2026-12-04', lower: 3.25, upper: 3.5, source: 'FRED (live)', move: { date: '2026-10-29', sizeBp: -25, direction: 'cut' as const } };
    const ff = MarketContextSchema.parse(buildMarketContext(pickNewer(embedded, {}, live), null, '2026-12-05')).fedFunds!;
    expect(ff).toMatchObject({ lower: 3.25, upper: 3.5, asOf: '2026-12-04', summary: 'cut to 3.25–3.50%, effective 29 Oct 2026', lastDecision: null, lastMove: live.move });
    expect(ff.source).toBe('FRED (live): range observed 2026-12-04; the FOMC decisions table (Federal Reserve (FOMC statements)) ends 2026-07-29');
  });

  test('an older live observation never replaces the embedded one', () => {
    const old = { date: '2026-01-05', lower: 9, upper: 9.25, source: 'FRED (live)', move: null };
    expect(pickNewer(embedded, {}, old).range).toEqual(embedded.range);
  });
});
