import { describe, expect, test } from 'vitest';
import { formatAsOf, formatPct, formatRatio, formatUsdCompact } from '../../lib/format';

describe('formatUsdCompact', () => {
  test.each([
    [6_706_892_268, '$6.71B'],
    [3_162_416_042_769, '$3.16T'],
    [912_345_678, '$912M'],
    [45_600_000, '$45.6M'],
    [999, '$999'],
    [-2_500_000_000, '-$2.50B'],
    [null, '—'],
    [Number.NaN, '—'],
  ])('%s → %s', (v, out) => expect(formatUsdCompact(v)).toBe(out));
});

describe('other formats', () => {
  test.each([
    ['2025-05-02', '2 May 2025'],
    ['2026-08-22T10:00:00Z', '22 Aug 2026'],
    ['Q3 2025', 'Q3 2025'],
    [null, 'date unknown'],
  ])('formatAsOf(%j) = %s', (v, out) => expect(formatAsOf(v)).toBe(out));
  test('ratios and percents', () => {
    expect(formatRatio(18.234)).toBe('18.2×');
    expect(formatRatio(250.4)).toBe('250×');
    expect(formatRatio(null)).toBe('—');
    expect(formatPct(4.953)).toBe('4.95%');
  });
});
