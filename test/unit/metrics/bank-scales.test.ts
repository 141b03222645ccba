import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BANK_SWING, bankCapitalScore, bankFundingScore, peerPosition, type PeerSpread } from '../../../lib/metrics/bank-scales';

const SPREAD: PeerSpread = [0.08, 0.1, 0.15];

describe('peer position: −1 at the 10th percentile, 0 at the median, +1 at the 90th', () => {
  test.each([
    [0.05, -1],
    [0.08, -1],
    [0.09, -0.5],
    [0.1, 0],
    [0.125, 0.5],
    [0.15, 1],
    [0.4, 1],
  ])('%d → %d', (x, p) => expect(peerPosition(x, SPREAD)).toBeCloseTo(p, 10));

  test('a spread that does not ascend is an error, not a silent score', () => {
    expect(() => peerPosition(0.1, [0.1, 0.1, 0.2])).toThrow(/ascend/);
    expect(() => peerPosition(0.1, [0.3, 0.2, 0.1])).toThrow(/ascend/);
  });
});

describe('bank sub-scores move the sector prior by the bank\'s place among its peers', () => {
  test.each([
    // [equity ÷ assets, prior, capital score]: thin equity scores above the prior
    [0.08, 80, 80 + BANK_SWING],
    [0.1, 80, 80],
    [0.15, 80, 80 - BANK_SWING],
    [0.05, 95, 100], // clamped
  ])('capital %d with prior %d → %d', (ea, prior, score) => expect(bankCapitalScore(ea, SPREAD, prior)).toBeCloseTo(score, 10));

  test.each([
    // [borrowings ÷ assets, prior, funding score]: heavy borrowing scores above the prior
    [0.08, 65, 65 - BANK_SWING],
    [0.1, 65, 65],
    [0.15, 65, 65 + BANK_SWING],
    [0.01, 10, 0], // clamped
  ])('funding %d with prior %d → %d', (ba, prior, score) => expect(bankFundingScore(ba, SPREAD, prior)).toBeCloseTo(score, 10));

  test('property: in [0, 100]; capital falls and funding rises with the ratio', () => {
    const ratio = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(ratio, ratio, fc.integer({ min: 0, max: 100 }), (a, b, prior) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        for (const s of [bankCapitalScore(lo, SPREAD, prior), bankFundingScore(lo, SPREAD, prior)]) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(100);
        }
        expect(bankCapitalScore(hi, SPREAD, prior)).toBeLessThanOrEqual(bankCapitalScore(lo, SPREAD, prior));
        expect(bankFundingScore(hi, SPREAD, prior)).toBeGreaterThanOrEqual(bankFundingScore(lo, SPREAD, prior));
      }),
      { numRuns: 200 },
    );
  });
});
