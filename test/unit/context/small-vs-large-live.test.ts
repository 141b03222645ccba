import { describe, expect, test } from 'vitest';
import { smallVsLargeWithFrame } from '../../../lib/context/small-vs-large-live';
import type { SymbolRecord } from '../../../lib/data/symbol-record';
import { mergeEarningsFrames } from '../../../lib/data/providers/sec-frames';
import { record } from '../watchlists/fixtures';

const RANK_DAY = '2025-05-02';
const small = (symbol: string, cik: number, cap: number): SymbolRecord => ({
  ...record(symbol),
  cik,
  marketCap: { value: cap, asOf: RANK_DAY, source: 'Nasdaq screener' },
  russell: { rank: 1500, r1000: false, r2000: true, basis: 'rank 1001–3000', asOf: RANK_DAY },
});
const large = (symbol: string, cap: number, pe: number): SymbolRecord => ({
  ...record(symbol),
  cik: 9000 + cap,
  sp500: true,
  marketCap: { value: cap, asOf: '2026-08-22', source: 'Yahoo Finance' },
  pe: { value: pe, asOf: '2026-08-22', source: 'Yahoo Finance' },
  russell: { rank: 10, r1000: true, r2000: false, basis: 'rank 1–1000', asOf: RANK_DAY },
});
const frame = (values: Array<[number, number]>) =>
  mergeEarningsFrames('CY2024', [{ taxonomy: 'us-gaap', tag: 'NetIncomeLoss', ccp: 'CY2024', uom: 'USD', data: values.map(([cik, val]) => ({ cik, val, end: '2024-12-31' })) }]);

describe('small-vs-large with SEC frame earnings', () => {
  // Hand-computed: small = (1 + 2 + 1.5)e9 ÷ (1e8 − 1e8 + 1e8) = 45; large = 400e9 ÷ (100e9/20 + 300e9/30 = 15e9) = 26.67;
  // discount = 45 ÷ 26.67 − 1 = +68.75% (a premium: these made-up small caps are expensive).
  const records = [small('ALFA', 1001, 1e9), small('BETA', 1002, 2e9), small('GAMA', 1003, 1e9), small('GAMB', 1003, 0.5e9), large('BIGA', 100e9, 20), large('BIGB', 300e9, 30)];

  test('share classes summed and earnings counted once; losses included; hand-checked figures', () => {
    const r = smallVsLargeWithFrame(records, frame([[1001, 1e8], [1002, -1e8], [1003, 1e8]]), '2026-08-22');
    expect(r.reason).toBeNull();
    expect(r.smallPe).toBeCloseTo(45, 9);
    expect(r.largePe).toBeCloseTo(400 / 15, 9);
    expect(r.discountPct).toBeCloseTo((45 / (400 / 15) - 1) * 100, 9);
    expect(r.small).toMatchObject({ used: 3, total: 3, lossMakers: 1 });
    expect(r.coverage).toBe(1);
    expect(r.asOf).toBe(RANK_DAY);
    expect(r.method).toMatch(/SEC EDGAR XBRL frames/);
    expect(r.method).toMatch(/different dates/);
  });

  test('companies missing from the frame lower coverage; below half the figure is withheld with the reason', () => {
    const r = smallVsLargeWithFrame(records, frame([[1001, 1e8]]), '2026-08-22');
    expect(r.small).toMatchObject({ used: 1, total: 3 });
    expect(r.smallPe).toBeNull();
    expect(r.reason).toMatch(/small-cap coverage 33% below the 50% minimum/);
  });

  test('small caps whose losses exceed profits have no P/E, said so', () => {
    const r = smallVsLargeWithFrame(records, frame([[1001, 1e8], [1002, -5e8], [1003, 1e8]]), '2026-08-22');
    expect(r.smallPe).toBeNull();
    expect(r.reason).toMatch(/aggregate earnings ≤ 0/);
  });
});
