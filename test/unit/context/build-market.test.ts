import { describe, expect, test } from 'vitest';
import { buildMarketContext, macroDataFromSnapshot, meetingsSeenFrom, pickNewer, type MacroData } from '../../../lib/context/build-market';
import { MarketContextSchema } from '../../../lib/context/market-context';
import { realSnapshot } from '../data/real-snapshot';

const series = (dates: string[], values: number[], source = 'test') => ({ dates, values, source });

function data(overrides: Partial<MacroData['series']> = {}): MacroData {
  return {
    decisions: [
      ['2025-10-29', 3.75, 4.0],
      ['2025-12-10', 3.5, 3.75],
    ],
    fedFundsSource: 'FOMC statements',
    series: {
      DGS2: series(['2026-06-10', '2026-08-10', '2026-09-10'], [3.8, 3.7, 3.6]),
      DGS10: series(['2026-06-10', '2026-08-10', '2026-09-10'], [4.2, 4.4, 4.5]),
      T10Y2Y: series(['2026-06-10', '2026-08-10', '2026-09-10'], [0.4, 0.7, 0.9]),
      DFF: series(['2026-09-10'], [3.58]),
      ...overrides,
    },
  };
}

describe('buildMarketContext', () => {
  test('levels, 1m/3m changes in bp, curve steepening and the last FOMC move', () => {
    const m = MarketContextSchema.parse(buildMarketContext(data(), null, '2026-09-12'));
    expect(m.fedFunds).toMatchObject({ lower: 3.5, upper: 3.75, asOf: '2025-12-10', lastMove: { date: '2025-12-10', sizeBp: -25, direction: 'cut' } });
    expect(m.fedFunds?.effective).toMatchObject({ value: 3.58, asOf: '2026-09-10' });
    expect(m.ust10y).toMatchObject({ value: 4.5, asOf: '2026-09-10', change1mBp: 10, change3mBp: 30 });
    expect(m.ust2y).toMatchObject({ change1mBp: -10, change3mBp: -20 });
    expect(m.curve2s10s).toMatchObject({ value: 0.9, change3mBp: 50, steepened3m: true });
    expect(m.smallVsLarge).toBeNull();
  });

  // The data ends on its own dates; the reader's day decides which scheduled meeting is next and which
  // were held after the data (their decisions unknown to it).
  test.each([
    ['2026-09-01', '2026-09-16', []],
    ['2026-09-16', '2026-09-16', []],
    ['2026-09-17', '2026-10-28', ['2026-09-16']],
    ['2026-12-05', '2026-12-09', ['2026-09-16', '2026-10-28']],
    ['2027-01-01', null, ['2026-09-16', '2026-10-28', '2026-12-09']],
  ])('the FOMC calendar read on %s: next %s, held since %j', (today, next, heldSince) => {
    const scheduled = ['2026-09-16', '2026-10-28', '2026-12-09'];
    expect(meetingsSeenFrom(scheduled, today)).toEqual({ next, heldSince });
    const ff = MarketContextSchema.parse(buildMarketContext({ ...data(), scheduled }, null, today)).fedFunds!;
    expect(ff.nextMeeting ?? null).toEqual(next ? { date: next, status: 'scheduled' } : null);
    expect(ff.meetingsAfterData ?? []).toEqual(heldSince);
  });

  test('live series replace embedded ones only when newer', () => {
    const live = { DGS10: series(['2026-11-20'], [4.1], 'FRED DGS10 (live)'), DGS2: series(['2026-01-02'], [9.9], 'stale live') };
    const merged = pickNewer(data(), live);
    expect(merged.series.DGS10.source).toBe('FRED DGS10 (live)');
    expect(merged.series.DGS2.values.at(-1)).toBe(3.6);
  });

  test('on the real snapshot: every block present with its source and date', () => {
    const m = MarketContextSchema.parse(buildMarketContext(macroDataFromSnapshot(realSnapshot()), null, '2026-12-05'));
    for (const block of [m.fedFunds, m.ust2y, m.ust10y, m.curve2s10s]) {
      expect(block?.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(block?.source.length).toBeGreaterThan(5);
    }
    // The effective rate sits inside the target range it confirms.
    const ff = m.fedFunds!;
    expect(ff.effective!.value).toBeGreaterThanOrEqual(ff.lower);
    expect(ff.effective!.value).toBeLessThanOrEqual(ff.upper);
  });
});
