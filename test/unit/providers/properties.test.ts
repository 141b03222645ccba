import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseFredCsv } from '../../../lib/data/providers/fred';
import { parseStooqCsv } from '../../../lib/data/providers/prices';
import { isIsoDate, parseCell, toSeries } from '../../../lib/data/providers/series';
import { addDays, daysBetween } from '../../../lib/dates';

// Strings biased towards CSV structure so the parsers' branches are actually reached.
const csvish = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc
    .tuple(
      fc.array(fc.array(fc.constantFrom('Date', 'DATE', 'observation_date', '"2 Yr"', '10 Yr', '1.5 Month', '09/01/2023', '2024-02-30', '4.18', '.', '', 'N/D', '"a,b"', '"', 'Close', 'x'), { maxLength: 6 }), { maxLength: 8 }),
      fc.constantFrom('\n', '\r\n', '\r'),
    )
    .map(([rows, eol]) => rows.map((r) => r.join(',')).join(eol)),
);

const realDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('CSV parsers never throw', () => {
  test('fred', () => {
    fc.assert(
      fc.property(csvish, fc.option(fc.string({ maxLength: 8 }), { nil: undefined }), (s, id) => {
        const r = parseFredCsv(s, id);
        expect(r.value.dates.length).toBe(r.value.values.length);
        for (const v of r.value.values) expect(Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('stooq', () => {
    fc.assert(
      fc.property(csvish, (s) => {
        const r = parseStooqCsv(s, 'X');
        const dates = r.value.closes.map((c) => c.date);
        expect([...dates].sort()).toEqual(dates);
      }),
      { numRuns: 300 },
    );
  });

  test('non-string input is tolerated too (defensive: data comes from the network)', () => {
    expect(parseFredCsv(null as unknown as string).value.dates).toEqual([]);
    expect(parseStooqCsv(42 as unknown as string, 'X').value.closes).toEqual([]);
  });
});

describe('date arithmetic', () => {
  test('addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(realDate, fc.integer({ min: -4000, max: 4000 }), (iso, n) => {
        expect(daysBetween(iso, addDays(iso, n))).toBe(n);
      }),
    );
  });
});

describe('series helpers', () => {
  test('parseCell: missing markers and junk are null, numbers are numbers', () => {
    expect(['', '.', 'N/D', 'n/a', 'abc', '1,000', 'Infinity', '1e999'].map(parseCell)).toEqual(Array(8).fill(null));
    expect(['4.18', ' -0.5 ', '.25', '1e-3'].map(parseCell)).toEqual([4.18, -0.5, 0.25, 0.001]);
  });

  test('toSeries sorts ascending and keeps one value per date', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(realDate, fc.double({ noNaN: true, noDefaultInfinity: true }))), (pts) => {
        const s = toSeries('X', pts, 'u', 'src');
        expect(new Set(s.dates).size).toBe(s.dates.length);
        expect([...s.dates].sort()).toEqual(s.dates);
        expect(s.asOf).toBe(s.dates.at(-1) ?? null);
      }),
    );
  });
});
