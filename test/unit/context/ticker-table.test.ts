import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nextSort, russellOf, sortRows, sortValue, type TableColumn } from '../../../lib/context/ticker-table';
import type { CapClass, TickerContext } from '../../../lib/context/ticker-context';

const ctx = (symbol: string, o: { cap?: CapClass | null; pe?: number | null; gap?: number | null; r1000?: boolean | null; r2000?: boolean | null; rate?: 'low' | 'moderate' | 'high' | 'unknown' | null } = {}): TickerContext => ({
  symbol,
  name: symbol,
  kind: 'stock',
  exchange: null,
  sector: null,
  marketCap: null,
  capClass: o.cap ?? null,
  index: { sp500: null, russell1000: o.r1000 ?? null, russell2000: o.r2000 ?? null, method: null },
  valuation: o.pe === undefined && o.gap === undefined ? null : ({ pe: o.pe ?? null, gapPct: o.gap ?? null } as TickerContext['valuation']),
  rateSensitivity: o.rate ? ({ level: o.rate, score: null, drivers: [], asOf: null, source: null } as TickerContext['rateSensitivity']) : null,
});
const rows = (...cs: TickerContext[]) => cs.map((context) => ({ context }));
const symbols = (rs: { context: TickerContext }[]) => rs.map((r) => r.context.symbol);

describe('table view sort', () => {
  const t = rows(
    ctx('ZION', { cap: 'mid', pe: 10.8, gap: -48, r1000: true, rate: 'high' }),
    ctx('IWM'),
    ctx('AAPL', { cap: 'mega', pe: 35, gap: 25, r1000: true, rate: 'low' }),
    ctx('BE', { cap: 'small', pe: null, gap: null, r2000: true, rate: 'unknown' }),
    ctx('WAL', { cap: 'mid', pe: 9.1, gap: -56, r2000: true, rate: 'high' }),
  );
  test.each<[TableColumn, 'ascending' | 'descending', string[]]>([
    ['symbol', 'ascending', ['AAPL', 'BE', 'IWM', 'WAL', 'ZION']],
    ['cap', 'ascending', ['BE', 'ZION', 'WAL', 'AAPL', 'IWM']],
    ['cap', 'descending', ['AAPL', 'ZION', 'WAL', 'BE', 'IWM']],
    ['pe', 'ascending', ['WAL', 'ZION', 'AAPL', 'IWM', 'BE']],
    ['pe', 'descending', ['AAPL', 'ZION', 'WAL', 'IWM', 'BE']],
    ['gap', 'ascending', ['WAL', 'ZION', 'AAPL', 'IWM', 'BE']],
    ['russell', 'ascending', ['ZION', 'AAPL', 'BE', 'WAL', 'IWM']],
    ['rate', 'descending', ['ZION', 'WAL', 'AAPL', 'IWM', 'BE']],
  ])('%s %s', (column, dir, expected) => {
    expect(symbols(sortRows(t, { column, dir }))).toEqual(expected);
  });
  test('no sort keeps the page order; the input is not mutated', () => {
    const before = symbols(t);
    expect(symbols(sortRows(t, null))).toEqual(before);
    sortRows(t, { column: 'pe', dir: 'descending' });
    expect(symbols(t)).toEqual(before);
  });
  test('russellOf and sortValue read the card model', () => {
    expect(russellOf(t[0]!.context)).toBe('R1000');
    expect(russellOf(t[3]!.context)).toBe('R2000');
    expect(russellOf(t[1]!.context)).toBeNull();
    expect(sortValue(t[3]!.context, 'rate')).toBeNull();
  });
  test('header clicks: a new column starts ascending, the same one flips', () => {
    expect(nextSort(null, 'pe')).toEqual({ column: 'pe', dir: 'ascending' });
    expect(nextSort({ column: 'pe', dir: 'ascending' }, 'pe')).toEqual({ column: 'pe', dir: 'descending' });
    expect(nextSort({ column: 'pe', dir: 'descending' }, 'pe')).toEqual({ column: 'pe', dir: 'ascending' });
    expect(nextSort({ column: 'pe', dir: 'descending' }, 'gap')).toEqual({ column: 'gap', dir: 'ascending' });
  });

  const arbRow = fc.record({
    symbol: fc.string({ minLength: 1, maxLength: 5 }),
    pe: fc.option(fc.double({ min: 0.1, max: 500, noNaN: true }), { nil: null }),
  });
  test('property: a permutation, figures ordered in the chosen direction, blanks last, ties in page order', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 30 }), fc.constantFrom('ascending' as const, 'descending' as const), (raw, dir) => {
        const input = raw.map((r, i) => ({ context: ctx(r.symbol, { pe: r.pe }), i }));
        const out = sortRows(input, { column: 'pe', dir });
        expect(out.map((r) => r.i).sort((a, b) => a - b)).toEqual(input.map((r) => r.i));
        const pes = out.map((r) => r.context.valuation!.pe);
        const firstBlank = pes.indexOf(null);
        if (firstBlank >= 0) expect(pes.slice(firstBlank).every((p) => p === null)).toBe(true);
        for (let k = 1; k < out.length; k++) {
          const a = out[k - 1]!;
          const b = out[k]!;
          const pa = a.context.valuation!.pe;
          const pb = b.context.valuation!.pe;
          if (pa === null || pb === null) {
            if (pa === null && pb === null) expect(a.i).toBeLessThan(b.i);
            continue;
          }
          if (pa === pb) expect(a.i).toBeLessThan(b.i);
          else expect(dir === 'ascending' ? pa < pb : pa > pb).toBe(true);
        }
      }),
    );
  });
});
