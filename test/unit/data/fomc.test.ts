import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { crossCheckFedRange, parseFomcMeetings } from '../../../lib/data/build/fomc';
import { parseFredColumns } from '../../../lib/data/build/parse-sources';
import { fedFundsNarrative } from '../../../lib/metrics/fed-funds';
import type { FomcDecisionRow } from '../../../lib/data/snapshot-schema';
import { SOURCES_DIR } from './real-snapshot';

const decided = (end: string, action: string, delta: number, lower: number, upper: number, effective = end) => ({
  id: end,
  end_date: end,
  outcome: { status: 'confirmed', action, delta_bps: delta, lower, upper, effective_date: effective, summary: '维持', vote: { support_count: 12 } },
});
const pending = (end: string) => ({ id: end, end_date: end, outcome: null });
const file = (...meetings: unknown[]) => ({ source: 'x', meetings });

describe('parseFomcMeetings', () => {
  test('decisions with holds, notation votes skipped, undecided meetings after the last decision as scheduled', () => {
    const r = parseFomcMeetings(
      file(
        decided('2025-12-10', 'cut', -25, 3.5, 3.75, '2025-12-11'),
        { id: '2025-08-22', end_date: '2025-08-22', outcome: { status: 'confirmed', action: 'notation_vote', lower: null, upper: null } },
        decided('2026-01-28', 'hold', 0, 3.5, 3.75),
        pending('2026-03-18'),
        pending('2026-04-29'),
      ),
    );
    expect(r.decisions).toEqual([
      ['2025-12-10', 3.5, 3.75, -25, '2025-12-11'],
      ['2026-01-28', 3.5, 3.75, 0, '2026-01-28'],
    ]);
    expect(r.scheduled).toEqual(['2026-03-18', '2026-04-29']);
    // Only dates and ranges come out: no summary or vote text.
    expect(JSON.stringify(r)).not.toMatch(/维持|support/);
  });

  test.each([
    ['not an object', 'hello', /malformed at \(root\)/],
    ['no meetings', file(), /malformed at meetings/],
    ['a bad date', file(decided('2026-1-28', 'hold', 0, 3.5, 3.75)), /malformed at meetings\.0\.end_date/],
    ['a range as text', file({ ...decided('2026-01-28', 'hold', 0, 3.5, 3.75), outcome: { ...decided('2026-01-28', 'hold', 0, 3.5, 3.75).outcome, lower: '3.5' } }), /meetings\.0\.outcome\.lower/],
    ['an unknown action', file(decided('2026-01-28', 'pause', 0, 3.5, 3.75)), /malformed at meetings\.0\.outcome/],
    ['a fractional change', file(decided('2026-01-28', 'cut', -12.5, 3.5, 3.75)), /meetings\.0\.outcome\.delta_bps/],
    ['lower above upper', file(decided('2026-01-28', 'hold', 0, 3.75, 3.5)), /meeting 2026-01-28.*lower bound 3.75 is not below/],
    ['effective before the decision', file(decided('2026-01-28', 'hold', 0, 3.5, 3.75, '2026-01-27')), /effective date 2026-01-27 is before/],
    ['a hold that moves', file(decided('2026-01-28', 'hold', 25, 3.75, 4.0)), /action "hold" does not fit a change of 25 bp/],
    ['a cut that rises', file(decided('2026-01-28', 'cut', 25, 3.75, 4.0)), /action "cut" does not fit/],
    ['a decision after an undecided meeting', file(pending('2026-01-28'), decided('2026-03-18', 'hold', 0, 3.5, 3.75)), /earlier meeting 2026-01-28 has none/],
    ['two meetings on one day', file(decided('2026-01-28', 'hold', 0, 3.5, 3.75), pending('2026-01-28')), /two meetings end on the same date/],
    ['no decision at all', file(pending('2026-09-16')), /no rate decisions/],
  ])('%s is a build error', (_name, json, message) => {
    expect(() => parseFomcMeetings(json)).toThrow(message);
  });
});

describe('crossCheckFedRange', () => {
  const days = (from: string, to: string, lower: number, upper: number) => {
    const out: { lo: [string, number][]; up: [string, number][] } = { lo: [], up: [] };
    for (let t = Date.parse(from); t <= Date.parse(to); t += 86_400_000) {
      const d = new Date(t).toISOString().slice(0, 10);
      out.lo.push([d, lower]);
      out.up.push([d, upper]);
    }
    return out;
  };
  const a = days('2025-12-01', '2025-12-10', 3.75, 4.0);
  const b = days('2025-12-11', '2026-02-03', 3.5, 3.75);
  const lo = [...a.lo, ...b.lo];
  const up = [...a.up, ...b.up];
  const cut: FomcDecisionRow = ['2025-12-10', 3.5, 3.75, -25, '2025-12-11'];
  const hold: FomcDecisionRow = ['2026-01-28', 3.5, 3.75, 0, '2026-01-28'];

  test('matching decisions pass and the latest observation comes back', () => {
    expect(crossCheckFedRange([cut, hold], lo, up)).toEqual({ date: '2026-02-03', lower: 3.5, upper: 3.75 });
  });
  test.each([
    ['a range FRED does not have', [cut, ['2026-01-28', 3.25, 3.5, -25, '2026-01-29'] as FomcDecisionRow], /2026-01-28 sets 3.25–3.5% from 2026-01-29, but FRED .* is 3.5–3.75%/],
    ['an effective date a day late', [['2025-12-10', 3.5, 3.75, -25, '2025-12-12'] as FomcDecisionRow], /states -25 bp, but FRED .* moves from 3.5–3.75% on 2025-12-11/],
    ['a last decision FRED has moved away from', [['2025-12-01', 3.75, 4.0, 0, '2025-12-01'] as FomcDecisionRow], /on 2026-02-03 is 3.5–3.75%, not the 3.75–4% .* a decision is missing/],
  ])('%s fails the build', (_name, decisions, message) => {
    expect(() => crossCheckFedRange(decisions, lo, up)).toThrow(message);
  });
  test('a missing day inside FRED\'s span fails; no observations at all fails', () => {
    expect(() => crossCheckFedRange([hold], lo.filter(([d]) => d !== '2026-01-28'), up)).toThrow(/no observation on 2026-01-28/);
    expect(() => crossCheckFedRange([hold], [], [])).toThrow(/no DFEDTARL\/DFEDTARU/);
  });
});

describe('parseFredColumns', () => {
  test('reads only the asked columns; blanks skipped', () => {
    const r = parseFredColumns('date,DGS2,JP10Y,DGS30\n2026-08-20,4.19,1.6,5.23\n2026-08-21,,,\n', ['DGS2', 'DGS30']);
    expect(r).toEqual({ DGS2: [['2026-08-20', 4.19]], DGS30: [['2026-08-20', 5.23]] });
  });
  test.each([
    ['a missing column', 'date,DGS2\n2026-08-20,4.19\n', /no DGS30 column/],
    ['a bad date', 'date,DGS2,DGS30\n20/08/2026,4.19,5.2\n', /bad date/],
    ['a non-number', 'date,DGS2,DGS30\n2026-08-20,n/a,5.2\n', /DGS2 on 2026-08-20 is not a number/],
  ])('%s is a build error', (_name, csv, message) => {
    expect(() => parseFredColumns(csv, ['DGS2', 'DGS30'])).toThrow(message);
  });
});

describe('on the real files (fomc-2026, fred-rates-2026-08)', () => {
  const meetings = parseFomcMeetings(JSON.parse(readFileSync(resolve(SOURCES_DIR, 'fomc-2026/meetings.json'), 'utf8')));
  const rates = parseFredColumns(readFileSync(resolve(SOURCES_DIR, 'fred-rates-2026-08/rates.csv'), 'utf8'), ['DFEDTARL', 'DFEDTARU']);

  test('the 2025 cuts and the five 2026 holds at 3.50–3.75%', () => {
    const from2025_09 = meetings.decisions.filter((d) => d[0] >= '2025-09-01');
    expect(from2025_09).toEqual([
      ['2025-09-17', 4.0, 4.25, -25, '2025-09-18'],
      ['2025-10-29', 3.75, 4.0, -25, '2025-10-30'],
      ['2025-12-10', 3.5, 3.75, -25, '2025-12-11'],
      ['2026-01-28', 3.5, 3.75, 0, '2026-01-28'],
      ['2026-03-18', 3.5, 3.75, 0, '2026-03-18'],
      ['2026-04-29', 3.5, 3.75, 0, '2026-04-29'],
      ['2026-06-17', 3.5, 3.75, 0, '2026-06-17'],
      ['2026-07-29', 3.5, 3.75, 0, '2026-07-29'],
    ]);
    expect(meetings.decisions[0]![0]).toBe('2021-01-27');
    expect(meetings.scheduled.slice(0, 3)).toEqual(['2026-09-16', '2026-10-28', '2026-12-09']);
  });

  test('every decision matches FRED; the latest range observation is 2026-08-21', () => {
    expect(crossCheckFedRange(meetings.decisions, rates.DFEDTARL, rates.DFEDTARU)).toEqual({ date: '2026-08-21', lower: 3.5, upper: 3.75 });
  });

  test('summary: held at 3.50–3.75% since 10 Dec 2025 (5 holds)', () => {
    expect(fedFundsNarrative(meetings.decisions)).toMatchObject({
      summary: 'held at 3.50–3.75% since 10 Dec 2025 (5 holds)',
      since: '2025-12-10',
      holds: 5,
      lastDecision: { date: '2026-07-29', action: 'hold', deltaBps: 0 },
    });
  });
});
