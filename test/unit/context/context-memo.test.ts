import { describe, expect, test } from 'vitest';
import { buildContext } from '../../../lib/context/build-context';
import { createContextMemo } from '../../../lib/context/context-memo';
import type { LiveInputs } from '../../../lib/context/live-inputs';
import { SMALL_FROM_250M_THRESHOLDS } from '../../../lib/metrics/classify';
import type { SymbolRecord } from '../../../lib/data/symbol-record';

const record = (symbol: string, cap: number): SymbolRecord => ({
  symbol,
  name: `${symbol} Corp`,
  cik: null,
  exchange: 'NYSE',
  kind: 'stock',
  sector: null,
  subIndustry: null,
  marketCap: { value: cap, asOf: '2026-08-21', source: 'Nasdaq.com screener' },
  pe: null,
  pb: null,
  ebitda: null,
  sp500: false,
  etf: null,
});
const meta = { sp500ListAsOf: '2026-08-08', sp500ListSource: 'S&P 500 list' };
const refs = { valuation: { benchmarkPe: 25, benchmarkMedianPe: 22, benchmark: 'S&P 500', sectors: {}, asOf: '2026-08-22' } };

describe('card models reused per record', () => {
  test('the same record, metadata and references give the same (frozen) model, equal to a fresh build', () => {
    const contextFor = createContextMemo();
    const r = record('ZION', 280e6);
    const first = contextFor(r, 'ZION', meta, refs);
    expect(first).toEqual(buildContext(r, 'ZION', meta, refs));
    expect(contextFor(r, 'ZION', meta, { ...refs })).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.index)).toBe(true);
    expect(() => ((first as { name: string | null }).name = 'changed')).toThrow();
  });

  test('other thresholds, metadata, references or a new record object rebuild; live inputs are never cached', () => {
    const contextFor = createContextMemo();
    const r = record('ZION', 280e6);
    const first = contextFor(r, 'ZION', meta, refs);
    expect(first.capClass).toBe('micro');
    // $280M is a small cap when small starts at $250M: the setting is part of the key.
    const small = contextFor(r, 'ZION', meta, { ...refs, capThresholds: { ...SMALL_FROM_250M_THRESHOLDS } });
    expect(small.capClass).toBe('small');
    expect(contextFor(r, 'ZION', meta, { ...refs, capThresholds: { ...SMALL_FROM_250M_THRESHOLDS } })).toBe(small);
    expect(contextFor(r, 'ZION', { ...meta }, refs)).not.toBe(small);
    expect(contextFor(r, 'ZION', meta, { valuation: { ...refs.valuation } }).capClass).toBe('micro');
    expect(contextFor(record('ZION', 280e6), 'ZION', meta, refs)).not.toBe(first);
    const live: LiveInputs = { betaPending: 'prices still loading' };
    const a = contextFor(r, 'ZION', meta, refs, live);
    expect(contextFor(r, 'ZION', meta, refs, live)).not.toBe(a);
    expect(Object.isFrozen(a)).toBe(false);
  });
});
