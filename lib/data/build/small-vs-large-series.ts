import type { SmallVsLargePoint } from '../snapshot-schema';
import { gapPct } from '../../metrics/valuation';
import type { AggregatePe } from '../../metrics/benchmarks';
import { setAggregates, type SetAggregates, type SetMember } from './valuation-refs';
import type { Dataset } from './valuation-pick';

/**
 * The small-vs-large discount, one dataset and one date at a time (never mixed): estimated
 * Russell 2000 vs S&P 500, both sides Σ cap ÷ Σ earnings from the same dataset. Three bases:
 * forward; trailing with loss-makers excluded; trailing all-in, which is kept only with a warning,
 * because small-cap losses shrink the denominator until the ratio says nothing about valuation.
 */

export const ALL_IN_WARNING =
  'All-in trailing P/E: losses are netted against profits, so the many small-cap loss-makers shrink the earnings sum and inflate the ratio; it measures profitability, not valuation.';

const r2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100 + 0);
const r1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10 + 0);
const r3 = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000 + 0);

const coverage = (a: SetAggregates, agg: AggregatePe) => ({
  total: a.total,
  present: a.present,
  used: agg.used,
  lossMakers: agg.lossMakers,
  capCoverage: r3(agg.capCoverage),
});

/** Points for one dataset, in basis order forward, trailing ex-losses, trailing all-in. */
export function smallVsLargePoints(d: Dataset, small: readonly SetMember[], large: readonly SetMember[]): SmallVsLargePoint[] {
  const s = setAggregates(d, small);
  const l = setAggregates(d, large);
  const point = (basis: SmallVsLargePoint['basis'], sa: AggregatePe, la: AggregatePe, pick: (a: AggregatePe) => number | null): SmallVsLargePoint => {
    const sp = pick(sa);
    const lp = pick(la);
    let reason: string | null = null;
    if (s.total === 0) reason = 'no estimated Russell 2000 members';
    else if (sa.used === 0 || la.used === 0) reason = basis === 'forward' ? 'the dataset has no forward P/E' : 'no member has both market cap and earnings';
    else if (sp === null) reason = `small caps: ${sa.reason ?? 'aggregate earnings ≤ 0'}`;
    else if (lp === null) reason = `large caps: ${la.reason ?? 'aggregate earnings ≤ 0'}`;
    return {
      source: d.id,
      asOf: d.asOf,
      basis,
      smallPe: reason ? null : r2(sp),
      largePe: reason ? null : r2(lp),
      discountPct: reason ? null : r1(gapPct(sp, lp)),
      small: coverage(s, sa),
      large: coverage(l, la),
      warning: basis === 'trailing-all' ? ALL_IN_WARNING : null,
      reason,
    };
  };
  return [
    point('forward', s.forward, l.forward, (a) => a.pe),
    point('trailing-ex-losses', s.trailing, l.trailing, (a) => a.peExNegative),
    point('trailing-all', s.trailing, l.trailing, (a) => a.pe),
  ];
}

/** All datasets, oldest date first. */
export function smallVsLargeSeries(datasets: readonly Dataset[], small: readonly SetMember[], large: readonly SetMember[]): SmallVsLargePoint[] {
  return [...datasets].sort((a, b) => (a.asOf < b.asOf ? -1 : 1)).flatMap((d) => smallVsLargePoints(d, small, large));
}
