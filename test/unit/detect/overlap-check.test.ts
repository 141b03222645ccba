import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { partialOverlapCheck } from '../../../lib/detect/candidates';

// The plain definition the cursor-based check must agree with: some span partly overlaps
// [start, end) without lying wholly inside it.
const bruteForce = (spans: [number, number][], start: number, end: number) =>
  spans.some(([s, e]) => s < end && e > start && !(s >= start && e <= end));

const span = fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 40 })).map(([s, len]): [number, number] => [s, s + len]);

describe('partialOverlapCheck (names inside index names)', () => {
  test('agrees with the plain definition for queries in increasing start order', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), fc.array(span, { maxLength: 30 }), (spans, queries) => {
        const check = partialOverlapCheck(spans);
        for (const [start, end] of [...queries].sort((a, b) => a[0] - b[0])) {
          expect(check(start, end)).toBe(bruteForce(spans, start, end));
        }
      }),
      { numRuns: 300 },
    );
  });

  test.each([
    [[[10, 22]], 0, 12, true], // "Russell" of "Russell 2000" inside a longer phrase: partial overlap
    [[[10, 22]], 5, 30, false], // the index name wholly inside the phrase
    [[[10, 22]], 22, 30, false], // touching, not overlapping
  ] as [[number, number][], number, number, boolean][])('%j vs [%i, %i) → %s', (spans, start, end, want) => {
    expect(partialOverlapCheck(spans)(start, end)).toBe(want);
  });
});
