import { describe, expect, test } from 'vitest';
import { buildContext } from '../../../lib/context/build-context';
import { TickerContextSchema } from '../../../lib/context/ticker-context';
import { expandSnapshot, indexMetaFromSnapshot } from '../../../lib/data/expand-snapshot';
import type { SymbolRecord } from '../../../lib/data/symbol-record';
import { realSnapshot } from '../data/real-snapshot';

const snap = realSnapshot();
const records = new Map(expandSnapshot(snap).map((r) => [r.symbol, r]));
const meta = indexMetaFromSnapshot(snap);
const ctx = (symbol: string) => TickerContextSchema.parse(buildContext(records.get(symbol), symbol, meta));

const baseRecord: SymbolRecord = {
  symbol: 'TEST',
  name: 'Test Corp',
  cik: null,
  exchange: 'NYSE',
  kind: 'stock',
  sector: null,
  subIndustry: null,
  marketCap: null,
  pe: null,
  pb: null,
  ebitda: null,
  sp500: false,
  etf: null,
};

describe('buildContext on the real snapshot', () => {
  test('ZION: a mid-cap bank stock outside the S&P 500, market cap with source and date', () => {
    const c = ctx('ZION');
    expect(c).toMatchObject({ symbol: 'ZION', kind: 'stock', exchange: 'Nasdaq', capClass: 'mid', rateSensitivity: null });
    expect(c.marketCap).toMatchObject({ asOf: '2025-05-02', source: 'Nasdaq screener' });
    expect(c.index).toMatchObject({ sp500: false, russell1000: null, russell2000: null });
    expect(c.index.method).toMatch(/2026-08-08/);
    expect(c.index.method).toMatch(/Russell.*not estimated yet/);
    expect(c.etf).toBeUndefined();
  });

  test('IWM: an ETF with fund facts and no cap class', () => {
    const c = ctx('IWM');
    expect(c).toMatchObject({ kind: 'etf', capClass: null, marketCap: null, valuation: null });
    expect(c.etf).toMatchObject({ tracks: 'Russell 2000', segment: 'small', leverage: 1 });
    expect(c.etf?.source).toMatch(/Issuer fund facts/);
  });

  test('TZA: leverage is carried through', () => {
    expect(ctx('TZA').etf).toMatchObject({ tracks: 'Russell 2000', leverage: -3 });
  });

  test('BRK.B: share class with a dot, S&P 500 mega cap', () => {
    const c = ctx('BRK.B');
    expect(c).toMatchObject({ symbol: 'BRK.B', kind: 'stock', capClass: 'mega', sector: 'Financials' });
    expect(c.index.sp500).toBe(true);
  });

  test('AAPL: valuation from S&P financials with as-of and source, later fields null', () => {
    const v = ctx('AAPL').valuation!;
    expect(v.pe).toBeGreaterThan(0);
    expect(v.pb).not.toBeNull();
    expect(v).toMatchObject({ forwardPe: null, evEbitda: null, benchmarkPe: null, sectorMedianPe: null, gapPct: null, asOf: '2026-08-22' });
    expect(v.source).toMatch(/S&P 500 financials/);
  });

  test('unknown symbol: kind unknown, every other field null', () => {
    expect(ctx('XYZQ')).toEqual({
      symbol: 'XYZQ',
      name: null,
      kind: 'unknown',
      exchange: null,
      sector: null,
      marketCap: null,
      capClass: null,
      index: { sp500: null, russell1000: null, russell2000: null, method: null },
      valuation: null,
      rateSensitivity: null,
    });
  });

  test('every record in the snapshot builds a schema-valid context', () => {
    for (const [symbol, record] of records) TickerContextSchema.parse(buildContext(record, symbol, meta));
  });
});

describe('buildContext kind mapping and edge cases', () => {
  test.each([
    ['stock', 'stock'],
    ['adr', 'stock'],
    ['etf', 'etf'],
    ['fund', 'etf'],
    ['unknown', 'unknown'],
  ] as const)('record kind %s → context kind %s', (recordKind, kind) => {
    expect(buildContext({ ...baseRecord, kind: recordKind }, 'TEST').kind).toBe(kind);
  });

  test('no market cap → no cap class; no P/E or P/B → valuation null', () => {
    const c = TickerContextSchema.parse(buildContext(baseRecord, 'TEST'));
    expect(c.capClass).toBeNull();
    expect(c.valuation).toBeNull();
    expect(c.index.method).toMatch(/S&P 500 constituents list/);
  });

  test('P/B alone still yields a dated valuation', () => {
    const c = buildContext({ ...baseRecord, pb: { value: 1.2, asOf: '2026-01-01', source: 'X' } }, 'TEST');
    expect(c.valuation).toMatchObject({ pe: null, pb: 1.2, asOf: '2026-01-01', source: 'X' });
  });

  test('the symbol of an unknown ticker is normalised when possible', () => {
    expect(buildContext(undefined, 'brk-b').symbol).toBe('BRK.B');
  });
});
