import { describe, expect, test } from 'vitest';
import { buildContext } from '../../../lib/context/build-context';
import { deriveRefs } from '../../../lib/context/derive';
import { TickerContextSchema } from '../../../lib/context/ticker-context';
import { valuationCoverage } from '../../../lib/data/build/valuation-coverage';
import { expandSnapshot, indexMetaFromSnapshot } from '../../../lib/data/expand-snapshot';
import { realSnapshot } from '../data/real-snapshot';

const snap = realSnapshot();
const list = expandSnapshot(snap);
const records = new Map(list.map((r) => [r.symbol, r]));
const refs = deriveRefs(list, snap);
const meta = indexMetaFromSnapshot(snap);
const val = (s: string) => TickerContextSchema.parse(buildContext(records.get(s), s, meta, refs)).valuation!;

describe('card valuation from the snapshot datasets (real snapshot)', () => {
  test('ZION: Finviz quote pages 2025-12-22 P/E 10.77, gap against that dataset\'s S&P 500 benchmark and Banks - Regional median', () => {
    const v = val('ZION');
    const ds = refs.valuation.datasets!['fq25']!;
    expect(v).toMatchObject({ pe: 10.77, forwardPe: 9.91, pb: 1.31, evEbitda: null, asOf: '2025-12-22', benchmarkPe: ds.benchmark.pe, sectorMedianPe: ds.industries['Banks - Regional']![1] });
    expect(v.gapPct).toBeCloseTo((10.77 / ds.benchmark.pe! - 1) * 100, 0);
    expect(v.benchmark).toMatch(/Finviz quote pages of 2025-12-22/);
    expect(v.notes?.[0]).toMatch(/^EV\/EBITDA n\/m: not meaningful for banks/);
    expect(v.industry).toMatch(/^Banks - Regional \(Finviz/);
  });
  test('ZION: the industry range is that of Banks - Regional in the P/E\'s own dataset, ordered, with the median inside', () => {
    const v = val('ZION');
    const ds = refs.valuation.datasets!['fq25']!;
    const [n, median, q25, q75, p10, p90] = ds.industries['Banks - Regional']!;
    expect(v.industryRange).toEqual({ p10, q25, median, q75, p90, peers: n, source: ds.name, asOf: '2025-12-22' });
    const r = v.industryRange!;
    expect(r.p10 <= r.q25 && r.q25 <= r.median && r.median <= r.q75 && r.q75 <= r.p90).toBe(true);
  });
  test('no industry range where the median is withheld (fewer than five peers)', () => {
    const thin = list.find((r) => {
      const id = r.valuation?.pe?.sourceId;
      const stat = id && r.industry?.sourceId === id ? refs.valuation.datasets![id]!.industries[r.industry.name] : undefined;
      return stat && stat[1] === null;
    });
    expect(thin).toBeDefined();
    expect(val(thin!.symbol).industryRange).toBeUndefined();
  });
  test('CMA: P/E 16.99 from the same dataset; BE: P/E n/m with EPS, net income and dataset', () => {
    expect(val('CMA')).toMatchObject({ pe: 16.99, asOf: '2025-12-22' });
    const be = val('BE');
    expect(be.pe).toBeNull();
    expect(be.gapPct).toBeNull();
    expect(be.notes).toContain('P/E n/m: TTM EPS −0.03 ≤ 0 (break-even or loss per share); TTM net income $15.3M (Finviz quote pages, 2025-12-22)');
    expect(be.evEbitda).toBe(127.12);
  });
  test('a symbol whose multiples come from two datasets says so', () => {
    const mixed = list.find((r) => r.valuation?.pe?.value && r.valuation.pb && r.valuation.pe.sourceId !== r.valuation.pb.sourceId)!;
    expect(val(mixed.symbol).notes?.some((n) => n.startsWith('Figures come from different datasets and dates'))).toBe(true);
  });
  test('record fundamentals: TTM figures and balance sheet from the datasets, each with source and period; banks keep cash null', () => {
    const z = records.get('ZION')!;
    expect(z.fundamentals?.netIncome).toEqual({ value: 823e6, asOf: '2025-12-22', source: 'Finviz quote pages (trailing twelve months)', period: 'ttm' });
    expect(z.fundamentals?.cash).toBeNull();
    expect(z.fundamentals?.netDebt).toMatchObject({ value: 4.46e9, asOf: '2025-10-24', period: 'quarter-end' });
    expect(z.debtToEquity).toMatchObject({ value: 0.8, asOf: '2025-12-22' });
    expect(z.industry).toMatchObject({ name: 'Banks - Regional', scheme: 'Finviz', asOf: '2025-12-22' });
    const p = records.get('POWL')!;
    expect(p.fundamentals?.totalDebt?.value).toBe(0);
    expect(p.fundamentals?.ebitda?.period).toBe('ttm');
  });
  test('coverage targets: P/E or n/m for ≥ 95% of the estimated Russell 2000', () => {
    const c = valuationCoverage(snap);
    expect(c.peOrNm / c.r2000).toBeGreaterThanOrEqual(0.95);
  });
  test('market: the headline is the latest forward point; every dated point is one dataset', () => {
    expect(refs.smallVsLarge).toMatchObject({ basis: 'forward', asOf: '2025-12-22' });
    expect(new Set(refs.smallVsLarge.series!.map((p) => `${p.source}:${p.asOf}`)).size).toBe(3);
    expect(refs.smallVsLarge.series!.filter((p) => p.basis === 'trailing-all').every((p) => p.warning)).toBe(true);
  });
});
