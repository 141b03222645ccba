import { describe, expect, test } from 'vitest';
import { fedFundsNarrative, type FomcDecisionLike } from '../../../lib/metrics/fed-funds';

const cut = (d: string, lo: number): FomcDecisionLike => [d, lo, lo + 0.25, -25];
const hold = (d: string, lo: number): FomcDecisionLike => [d, lo, lo + 0.25, 0];

describe('fedFundsNarrative', () => {
  test.each([
    ['a cut as the last decision', [hold('2025-07-30', 4.25), cut('2025-09-17', 4.0)], 'cut to 4.00–4.25% on 17 Sep 2025', { action: 'cut', deltaBps: -25 }],
    ['a hike as the last decision', [hold('2023-06-14', 5.0), ['2023-07-26', 5.25, 5.5, 25]], 'raised to 5.25–5.50% on 26 Jul 2023', { action: 'hike', deltaBps: 25 }],
    ['one hold after a cut', [cut('2025-12-10', 3.5), hold('2026-01-28', 3.5)], 'held at 3.50–3.75% since 10 Dec 2025 (1 hold)', { action: 'hold', deltaBps: 0 }],
    ['holds after a cut', [cut('2025-10-29', 3.75), cut('2025-12-10', 3.5), hold('2026-01-28', 3.5), hold('2026-03-18', 3.5)], 'held at 3.50–3.75% since 10 Dec 2025 (2 holds)', { action: 'hold' }],
    // Without a stated change the move is read from the ranges.
    ['rows without a stated change', [['2024-11-07', 4.5, 4.75], ['2024-12-18', 4.25, 4.5], ['2025-01-29', 4.25, 4.5]], 'held at 4.25–4.50% since 18 Dec 2024 (1 hold)', { action: 'hold', deltaBps: 0 }],
    ['a table that starts inside the run', [hold('2021-01-27', 0), hold('2021-03-17', 0)], 'held at 0.00–0.25% at every decision since 27 Jan 2021 (2 in a row)', { action: 'hold' }],
  ] as const)('%s', (_name, decisions, summary, last) => {
    const n = fedFundsNarrative(decisions as readonly FomcDecisionLike[])!;
    expect(n.summary).toBe(summary);
    expect(n.lastDecision).toMatchObject(last);
  });

  test('one row without a stated change: range only, no last decision; none: null', () => {
    expect(fedFundsNarrative([['2025-12-10', 3.5, 3.75]])).toMatchObject({ lower: 3.5, upper: 3.75, lastDecision: null, holds: 0 });
    expect(fedFundsNarrative([])).toBeNull();
  });
});
