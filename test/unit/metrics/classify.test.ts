import { describe, expect, test } from 'vitest';
import { capClassOf, DEFAULT_CAP_THRESHOLDS, SMALL_FROM_250M_THRESHOLDS } from '../../../lib/metrics/classify';

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
