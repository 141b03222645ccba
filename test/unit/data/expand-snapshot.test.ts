import { describe, expect, test } from 'vitest';
import { SymbolRecordSchema } from '../../../lib/data/symbol-record';
import { expandSnapshot, parseSnapshot } from '../../../lib/data/expand-snapshot';
import { SNAPSHOT_SCHEMA_VERSION } from '../../../lib/data/snapshot-schema';
import { realSnapshot } from './real-snapshot';

describe('parseSnapshot', () => {
  test.each([
    ['null', null, /Invalid CapLens data snapshot: \(root\)/],
    ['a string', 'hello', /Invalid CapLens data snapshot/],
    ['an empty object', {}, /schemaVersion/],
    ['a future version', { ...realSnapshot(), schemaVersion: SNAPSHOT_SCHEMA_VERSION + 1 }, /schemaVersion/],
    ['the previous version (no Russell or fundamentals sections)', { ...realSnapshot(), schemaVersion: 1 }, /schemaVersion/],
  ])('rejects %s with a clear message', (_name, input, message) => {
    expect(() => parseSnapshot(input)).toThrow(message);
  });

  test('rejects a figure whose source id is unknown', () => {
    const snap = structuredClone(realSnapshot());
    const row = snap.symbols.rows.find((r) => r[8] !== null)!;
    row[9] = 'nope';
    expect(() => parseSnapshot(snap)).toThrow(/unknown source id/);
  });

  test('rejects a changed field list', () => {
    const snap = structuredClone(realSnapshot());
    snap.symbols.fields = [...snap.symbols.fields].reverse();
    expect(() => parseSnapshot(snap)).toThrow(/field list must be exactly/);
  });

  test('accepts the real snapshot after a JSON round trip', () => {
    expect(parseSnapshot(JSON.parse(JSON.stringify(realSnapshot())))).toEqual(realSnapshot());
  });
});

describe('expandSnapshot', () => {
  const records = expandSnapshot(realSnapshot());
  const by = new Map(records.map((r) => [r.symbol, r]));

  test('every record is a valid SymbolRecord', () => {
    expect(records.length).toBe(realSnapshot().symbols.rows.length);
    for (const r of records) SymbolRecordSchema.parse(r);
  });

  test('every figure carries its source name and as-of date', () => {
    const aapl = by.get('AAPL')!;
    expect(aapl.marketCap).toMatchObject({ asOf: '2026-08-21', source: 'Nasdaq.com screener' });
    expect(aapl.pe?.asOf).toBe('2026-08-22');
    const zion = by.get('ZION')!;
    expect(zion.marketCap).toMatchObject({ value: 9945261610, asOf: '2026-08-21', source: 'Nasdaq.com screener' });
    expect(zion.price).toMatchObject({ value: 68.14, asOf: '2026-08-21' });
    expect(zion.listing).toMatchObject({ status: 'listed', asOf: '2026-08-21', source: 'Nasdaq.com screener' });
    expect(zion).toMatchObject({ country: 'United States', listingSector: 'Finance', listingIndustry: 'Major Banks' });
  });

  test('a merged-away stock is flagged not listed, with why, and has no current cap', () => {
    const cma = by.get('CMA')!;
    expect(cma.listing).toMatchObject({ status: 'not-listed', asOf: '2026-08-21' });
    expect(cma.listing?.note).toMatch(/not on the Nasdaq.com screener of 2026-08-21/);
    expect(cma.marketCap).toBeNull();
    expect(by.get('IWM')!.listing).toBeNull();
  });

  test('ETF facts are attached to ETF records', () => {
    expect(by.get('KRE')!.etf).toMatchObject({ tracks: 'S&P Regional Banks Select Industry', segment: 'sector', leverage: 1 });
    expect(by.get('KRE')!.sector).toBe('Financials');
    expect(by.get('ZION')!.etf).toBeNull();
  });
});
