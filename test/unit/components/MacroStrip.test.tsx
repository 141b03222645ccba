// @vitest-environment happy-dom
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
    expect(text).toContain('both sides from one dataset of 2 May 2025');
  });

  test('the basis and date of the headline figure are named; the sidebar draws the dated series', () => {
    const series = [
      { source: 'Finviz export (2025-08-21)', asOf: '2025-08-21', basis: 'forward', discountPct: -36.4 },
      { source: 'Finviz export (2025-08-21)', asOf: '2025-08-21', basis: 'trailing-ex-losses', discountPct: -38.1 },
      { source: 'TradingView scan (2025-10-24)', asOf: '2025-10-24', basis: 'forward', discountPct: null },
      { source: 'TradingView scan (2025-10-24)', asOf: '2025-10-24', basis: 'trailing-ex-losses', discountPct: -39.2 },
      { source: 'Finviz quote pages (2025-12-22)', asOf: '2025-12-22', basis: 'forward', discountPct: -37.7 },
      { source: 'Finviz quote pages (2025-12-22)', asOf: '2025-12-22', basis: 'trailing-ex-losses', discountPct: -41.1 },
    ].map((p) => ({ ...p, smallPe: null, largePe: null, small: { total: 1, present: 1, used: 1, lossMakers: 0, capCoverage: 1 }, large: { total: 1, present: 1, used: 1, lossMakers: 0, capCoverage: 1 }, warning: null, reason: null }));
    const market = { ...base, smallVsLarge: svl({ smallPe: 13.7, largePe: 22, discountPct: -37.7, asOf: '2025-12-22', basis: 'forward', series, reason: null }) };
    const popup = render(<MacroStrip market={market} />);
    expect(popup.container.textContent).toContain('13.7× vs 22.0× forward P/E, 22 Dec 2025');
    expect(popup.container.querySelector('svg')).toBeNull();
    cleanup();
    const side = render(<MacroStrip market={market} chart />);
    const svg = side.container.querySelector('svg[role="img"]')!;
    // One point per dataset and basis; the dataset without forward P/E is a gap, not a zero.
    expect(svg.getAttribute('aria-label')).toContain('forward P/E: 21 Aug 2025 -36%, 24 Oct 2025 n/a, 22 Dec 2025 -38%');
    expect(svg.getAttribute('aria-label')).toContain('trailing P/E, loss-makers out: 21 Aug 2025 -38%, 24 Oct 2025 -39%, 22 Dec 2025 -41%');
    expect(svg.querySelectorAll('circle').length).toBe(5);
  });

  test('a premium is called a premium', () => {
    const { container } = render(<MacroStrip market={{ ...base, smallVsLarge: svl({ smallPe: 30, largePe: 20, discountPct: 50, reason: null }) }} />);
    expect(container.textContent).toContain('50% premium');
  });

  test('withheld: says what it needs, with the reason on hover, and no made-up number', () => {
    const { container } = render(<MacroStrip market={{ ...base, smallVsLarge: svl({}) }} />);
    const na = [...container.querySelectorAll('span')].find((s) => s.textContent?.startsWith('n/a'))!;
    expect(na.textContent).toBe('n/a: small-cap coverage 3% below the 50% minimum');
    expect(na.getAttribute('title')).toBe('small-cap coverage 3% below the 50% minimum');
    expect(container.textContent).not.toMatch(/discount|premium|×/);
  });
});

describe('MacroStrip fed funds', () => {
  const ff: NonNullable<MarketContext['fedFunds']> = {
    lower: 3.5,
    upper: 3.75,
    asOf: '2026-08-21',
    source: 'Federal Reserve (FOMC statements), FRED DFEDTARU/DFEDTARL: last decision 2026-07-29, range observed 2026-08-21',
    summary: 'held at 3.50–3.75% since 10 Dec 2025 (5 holds)',
    lastDecision: { date: '2026-07-29', action: 'hold', deltaBps: 0 },
    nextMeeting: { date: '2026-09-16', status: 'scheduled' },
    lastMove: { date: '2025-12-10', sizeBp: -25, direction: 'cut' },
  };

  test('shows the summary with the range in bold, its as-of date and the next meeting as scheduled', () => {
    const { container } = render(<MacroStrip market={{ ...base, fedFunds: ff }} />);
    const summary = container.querySelector('[data-fed-summary]')!;
    expect(summary.textContent).toBe('held at 3.50–3.75% since 10 Dec 2025 (5 holds)');
    expect(summary.querySelector('strong')!.textContent).toBe('3.50–3.75%');
    // Short enough to sit on one line of the strip next to its label.
    expect(summary.textContent!.length).toBeLessThanOrEqual(50);
    const foot = container.querySelector('.cl-macro__foot')!.textContent!;
    expect(foot).toContain('Fed range: as of 21 Aug 2026');
    expect(foot).toContain('next FOMC 16 Sep 2026 (scheduled)');
    // No meeting held since the data: nothing flags the range.
    expect(container.querySelector('[data-fed-after]')).toBeNull();
    expect(summary.parentElement!.getAttribute('title')).toContain('as of 21 Aug 2026');
  });

  test('meetings held after the data are named, so an old range is not read as current', () => {
    const { container } = render(<MacroStrip market={{ ...base, fedFunds: { ...ff, nextMeeting: { date: '2026-12-09', status: 'scheduled' }, meetingsAfterData: ['2026-09-16', '2026-10-28'] } }} />);
    const foot = container.querySelector('.cl-macro__foot')!.textContent!;
    expect(foot).toContain('FOMC meetings since: 16 Sep 2026, 28 Oct 2026 (decisions not in this data); next FOMC 9 Dec 2026 (scheduled)');
    const one = render(<MacroStrip market={{ ...base, fedFunds: { ...ff, nextMeeting: { date: '2026-10-28', status: 'scheduled' }, meetingsAfterData: ['2026-09-16'] } }} />);
    expect(one.container.querySelector('.cl-macro__foot')!.textContent).toContain('FOMC meeting since: 16 Sep 2026 (its decision is not in this data)');
    expect(container.textContent).not.toContain('next FOMC 16 Sep 2026');
    // Beside the range itself, not only in the footnote.
    expect(container.querySelector('[data-fed-after]')!.textContent).toBe('as of 21 Aug 2026: 2 meetings since');
    expect(one.container.querySelector('[data-fed-after]')!.textContent).toBe('as of 21 Aug 2026: 1 meeting since');
  });

  test('a context without a summary still shows the range and its last move', () => {
    const { container } = render(<MacroStrip market={{ ...base, fedFunds: { ...base.fedFunds!, lastMove: { date: '2025-12-10', sizeBp: -25, direction: 'cut' } } }} />);
    expect(container.querySelector('[data-fed-summary]')).toBeNull();
    expect(container.textContent).toContain('3.50–3.75%');
    expect(container.textContent).toContain('cut 25bp 10 Dec 2025');
    expect(container.textContent).not.toContain('next FOMC');
  });
});
