import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { MacroStrip } from '../../../components/MacroStrip';
import type { MarketContext } from '../../../lib/context/market-context';

afterEach(cleanup);

const base: MarketContext = {
  fedFunds: { lower: 3.5, upper: 3.75, asOf: '2025-12-10', source: 'FOMC statement' },
  ust2y: { value: 4.56, asOf: '2026-09-10', source: 'FRED DGS2' },
  ust10y: { value: 4.95, asOf: '2026-09-10', source: 'FRED DGS10' },
  curve2s10s: { value: 0.33, asOf: '2026-09-11', source: 'FRED T10Y2Y' },
  smallVsLarge: null,
};
const svl = (over: Partial<NonNullable<MarketContext['smallVsLarge']>>): MarketContext['smallVsLarge'] => ({
  smallPe: null,
  largePe: null,
  discountPct: null,
  coverage: 0.03,
  asOf: '2025-05-02',
  method: 'Aggregate P/E …',
  reason: 'small-cap coverage 3% below the 50% minimum',
  ...over,
});

describe('MacroStrip small vs large', () => {
  test('a discount shows both P/Es and where they come from', () => {
    const { container } = render(<MacroStrip market={{ ...base, smallVsLarge: svl({ smallPe: 16.2, largePe: 21.9, discountPct: (16.2 / 21.9 - 1) * 100, coverage: 0.81, reason: null }) }} />);
    const text = container.textContent!;
    expect(text).toContain('26% discount');
    expect(text).toContain('16.2× vs 21.9×');
    expect(text).toContain('caps of 2 May 2025');
  });

  test('a premium is called a premium', () => {
    const { container } = render(<MacroStrip market={{ ...base, smallVsLarge: svl({ smallPe: 30, largePe: 20, discountPct: 50, reason: null }) }} />);
    expect(container.textContent).toContain('50% premium');
  });

  test('withheld: says what it needs, with the reason on hover, and no made-up number', () => {
    const { container } = render(<MacroStrip market={{ ...base, smallVsLarge: svl({}) }} />);
    const na = [...container.querySelectorAll('span')].find((s) => s.textContent?.startsWith('n/a'))!;
    expect(na.textContent).toBe('n/a: needs small-cap earnings (live data, SEC)');
    expect(na.getAttribute('title')).toBe('small-cap coverage 3% below the 50% minimum');
    expect(container.textContent).not.toMatch(/discount|premium|×/);
  });
});
