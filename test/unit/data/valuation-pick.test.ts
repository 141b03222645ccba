import { describe, expect, test } from 'vitest';
import { EMPTY_FIGURES, type DatasetFigures } from '../../../lib/data/build/dataset-figures';
import { smallVsLargePoints } from '../../../lib/data/build/small-vs-large-series';
import { evEbitdaVerdict, forwardPeVerdict, pbVerdict, peVerdict, pickFigure, pickValuation, type Dataset } from '../../../lib/data/build/valuation-pick';
import { datasetRefs } from '../../../lib/data/build/valuation-refs';

const fig = (over: Partial<DatasetFigures>): DatasetFigures => ({ ...EMPTY_FIGURES, ...over });
const ds = (id: string, asOf: string, rows: Record<string, Partial<DatasetFigures>>): Dataset => ({
  id, asOf, figures: new Map(Object.entries(rows).map(([s, f]) => [s, fig(f)])),
});

describe('verdicts per dataset', () => {
  test.each([
    ['profit, own P/E', { netIncome: 5, eps: 1, pe: 12 }, { value: 12 }],
    ['loss: n/m with the net income, whatever the P/E column says', { netIncome: -3, pe: 40 }, { nm: 'ni', basis: -3 }],
    ['EPS ≤ 0 with a small profit (BE on the Finviz pages)', { netIncome: 15.27e6, eps: -0.03, pe: null }, { nm: 'eps', basis: -0.03 }],
    ['EPS shown as 0.00 (BE in the Finviz export, P/E 9,438)', { netIncome: 23.65e6, eps: 0, pe: 9438.3 }, { nm: 'eps', basis: 0 }],
    ['no figures: no verdict, the next dataset decides', {}, null],
  ])('P/E: %s', (_, f, expected) => expect(peVerdict(fig(f))).toEqual(expected));

  test('forward P/E: value, n/m on a negative estimate, else nothing', () => {
    expect(forwardPeVerdict(fig({ forwardPe: 9.91 }))).toEqual({ value: 9.91 });
    expect(forwardPeVerdict(fig({ epsNextYear: -1.2 }))).toEqual({ nm: 'feps', basis: -1.2 });
    expect(forwardPeVerdict(fig({}))).toBeNull();
  });
  test('P/B n/m on negative equity; EV/EBITDA n/m for banks and on negative EBITDA', () => {
    expect(pbVerdict(fig({ equity: -5, pb: null }))).toEqual({ nm: 'eq', basis: -5 });
    expect(evEbitdaVerdict(fig({ industry: 'Banks - Regional' }))).toEqual({ nm: 'fin', basis: null });
    expect(evEbitdaVerdict(fig({ industry: 'Regional Banks', evEbitda: 3 }))).toEqual({ nm: 'fin', basis: null });
    expect(evEbitdaVerdict(fig({ industry: 'Insurance - Property & Casualty' }))).toEqual({ nm: 'fin', basis: null });
    expect(evEbitdaVerdict(fig({ industry: 'Insurance Brokers', evEbitda: 14 }))).toEqual({ value: 14 });
    expect(evEbitdaVerdict(fig({ ebitda: -2, evEbitda: null }))).toEqual({ nm: 'ebitda', basis: -2 });
  });
});

describe('pickValuation: each figure from the newest dataset that has it, with its dataset', () => {
  const newest = ds('fq25', '2025-12-22', { X: { pe: 20, industry: 'Software - Application' }, Y: { netIncome: -1 } });
  const middle = ds('tv25', '2025-10-24', { X: { pb: 3, forwardPe: null, evEbitda: 11, industry: 'Packaged Software' }, Z: { pe: 8, industry: 'Major Banks' } });
  const oldest = ds('fv25', '2025-08-21', { X: { forwardPe: 15, pe: 18 }, Y: { pe: 30 } });
  const all = [newest, middle, oldest];
  test('X: P/E from the newest, P/B and EV/EBITDA from the middle, forward from the oldest; industry of the P/E dataset', () => {
    expect(pickValuation(all, 'X')).toEqual({
      pe: { value: 20, src: 'fq25' },
      forwardPe: { value: 15, src: 'fv25' },
      pb: { value: 3, src: 'tv25' },
      evEbitda: { value: 11, src: 'tv25' },
      industry: { name: 'Software - Application', src: 'fq25' },
    });
  });
  test('Y: a newer loss beats an older positive P/E (n/m, not a stale multiple)', () => {
    expect(pickValuation(all, 'Y').pe).toEqual({ nm: 'ni', basis: -1, src: 'fq25' });
  });
  test('pickFigure: newest non-null, never 0 for absent', () => {
    expect(pickFigure(all, 'Z', 'netIncome')).toBeNull();
    expect(pickFigure([ds('a', '2025-01-01', { Z: { cash: null } }), ds('b', '2024-01-01', { Z: { cash: 0 } })], 'Z', 'cash')).toEqual({ value: 0, src: 'b' });
  });
});

describe('references over one whole dataset', () => {
  const d = ds('fq25', '2025-12-22', {
    A: { marketCap: 300, netIncome: 10, pe: 30, forwardPe: 25, industry: 'Banks - Regional' },
    B: { marketCap: 100, netIncome: 10, pe: 10, forwardPe: 10, industry: 'Banks - Regional' },
    C: { marketCap: 50, netIncome: -5, industry: 'Banks - Regional' },
    D: { marketCap: 10, netIncome: 1, pe: 10, industry: 'Banks - Regional' },
    E: { marketCap: 10, netIncome: 1, pe: 12, industry: 'Banks - Regional' },
    F: { marketCap: 10, netIncome: 1, pe: 14, industry: 'Banks - Regional' },
    G: { marketCap: 10, netIncome: 1, pe: 16, industry: 'Biotechnology' },
  });
  const sp = [{ symbol: 'A', cik: 1 }, { symbol: 'B', cik: 2 }, { symbol: 'C', cik: 3 }, { symbol: 'A2', cik: 1 }];
  const refs = datasetRefs(d, sp);
  test('benchmark: Σ cap ÷ Σ earnings of members, ex-losses and all-in; forward; share classes once', () => {
    expect(refs.benchmark).toMatchObject({ pe: 20, peAll: 30, forwardPe: 18.18 /* 400 ÷ (300/25 + 100/10) */, total: 3, present: 3, used: 3, lossMakers: 1 });
  });
  test('industry median, quartiles, 10th/90th percentiles and n over positive P/Es; under five peers withheld; percentile without the stock itself', () => {
    expect(refs.industries['Banks - Regional']).toEqual([5, 12, 10, 14, 10, 23.6 /* 14 + 0.6 × (30 − 14), linear between ranks */]);
    expect(refs.industries['Biotechnology']).toEqual([1, null, null, null, null, null]);
    expect(refs.percentiles.get('A')).toBe(100);
    expect(refs.percentiles.get('E')).toBe(50);
    expect(refs.percentiles.has('G')).toBe(false);
  });
  test('small vs large: one dataset, three bases, all-in flagged', () => {
    const pts = smallVsLargePoints(d, [{ symbol: 'D', cik: 4 }, { symbol: 'E', cik: 5 }, { symbol: 'C', cik: 3 }], sp);
    expect(pts.map((p) => p.basis)).toEqual(['forward', 'trailing-ex-losses', 'trailing-all']);
    expect(pts[1]).toMatchObject({ source: 'fq25', asOf: '2025-12-22', smallPe: 10, largePe: 20, discountPct: -50, warning: null });
    expect(pts[2]!.warning).toMatch(/losses/);
    expect(pts[2]!.reason).toMatch(/small caps/);
    expect(pts[0]!.reason).toBe('the dataset has no forward P/E');
  });
});
