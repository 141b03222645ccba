import { describe, expect, test } from 'vitest';
import {
  capClassOf,
  DEFAULT_CAP_THRESHOLDS,
  membershipDisagreement,
  SMALL_FROM_250M_THRESHOLDS,
} from '../../../lib/metrics/classify';

const B = 1e9;
const M = 1e6;

describe('capClassOf (default thresholds, lower bound inclusive)', () => {
  test.each([
    [4.5e12, 'mega'],
    [200 * B, 'mega'],
    [200 * B - 1, 'large'],
    [10 * B, 'large'],
    [10 * B - 1, 'mid'],
    [2 * B, 'mid'],
    [2 * B - 1, 'small'],
    [300 * M, 'small'],
    [300 * M - 1, 'micro'],
    [50 * M, 'micro'],
    [50 * M - 1, 'nano'],
    [1, 'nano'],
  ] as const)('%d → %s', (cap, expected) => {
    expect(capClassOf(cap)).toBe(expected);
  });

  test.each([[null], [undefined], [0], [-5], [Number.NaN], [Number.POSITIVE_INFINITY]])('%s → null', (cap) => {
    expect(capClassOf(cap)).toBeNull();
  });
});

describe('capClassOf with the $250M small/micro preset', () => {
  test.each([
    [300 * M, 'small'],
    [250 * M, 'small'],
    [250 * M - 1, 'micro'],
    [2 * B, 'mid'],
  ] as const)('%d → %s', (cap, expected) => {
    expect(capClassOf(cap, SMALL_FROM_250M_THRESHOLDS)).toBe(expected);
  });

  test('only the small boundary differs from the default', () => {
    expect({ ...SMALL_FROM_250M_THRESHOLDS, small: DEFAULT_CAP_THRESHOLDS.small }).toEqual(DEFAULT_CAP_THRESHOLDS);
  });
});

describe('membershipDisagreement (cap class today vs estimated Russell membership)', () => {
  const r2000 = { russell1000: false, russell2000: true };
  const r1000 = { russell1000: true, russell2000: false };
  const neither = { russell1000: false, russell2000: false };
  test.each([
    ['large', r2000, /Russell 2000 member .* grown into a large cap since the 2025-04-30 rank day/],
    ['mega', r2000, /grown into a mega cap/],
    ['nano', r2000, /shrunk to a nano cap/],
    ['small', r1000, /Russell 1000 member .* shrunk to a small cap/],
    ['micro', r1000, /shrunk to a micro cap/],
    ['large', neither, /outside the Russell 1000 estimate: likely ineligible/],
  ] as const)('%s cap with %o → reason', (cap, m, reason) => {
    expect(membershipDisagreement(cap, m, '2025-04-30')).toMatch(reason);
  });

  test.each([
    ['mid', r2000], // the Russell 1000/2000 breakpoint lies inside the mid-cap band
    ['mid', r1000],
    ['small', r2000],
    ['micro', r2000],
    ['large', r1000],
    ['small', neither], // below the Russell 3000 or ineligible: nothing to explain
    [null, r2000],
    ['large', { russell1000: null, russell2000: null }],
  ] as const)('%s cap with %o → agree (null)', (cap, m) => {
    expect(membershipDisagreement(cap, m)).toBeNull();
  });

  test('without a rank date the wording still stands', () => {
    expect(membershipDisagreement('large', r2000)).toMatch(/since the last rank day/);
  });
});
