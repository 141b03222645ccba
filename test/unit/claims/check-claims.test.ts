import { describe, expect, test } from 'vitest';
import { checkClaim } from '../../../lib/claims/check-claims';
import type { ClaimData, SymbolFigures } from '../../../lib/claims/claim-data';
import { claimsDigest } from '../../../lib/claims/claims-digest';
import { extractClaims } from '../../../lib/claims/extract-claims';
import { withinAbs, withinRel } from '../../../lib/claims/tolerances';
import type { SmallVsLargePoint } from '../../../lib/data/valuation-schema';

// A small hand-made data set in the snapshot's shapes (figures chosen for the cases, not real).
const cover = { total: 2000, present: 1900, used: 1300, lossMakers: 500, capCoverage: 0.9 };
const point = (asOf: string, basis: SmallVsLargePoint['basis'], discountPct: number): SmallVsLargePoint => ({
  source: 'fq', asOf, basis, smallPe: 14, largePe: 22, discountPct, small: cover, large: cover, warning: null, reason: null,
});
const fig = (value: number, asOf: string) => ({ value, asOf, source: 'Dataset' });
const sym = (symbol: string, f: Partial<SymbolFigures>): SymbolFigures => ({ symbol, name: symbol, marketCap: null, pe: null, forwardPe: null, ...f });
const DATA: ClaimData = {
  yields: {
    '2y': { dates: ['2026-01-02', '2026-01-05', '2026-01-06'], values: [3.47, 3.46, 3.47], source: 'FRED DGS2' },
    '10y': { dates: ['2026-01-02', '2026-01-05', '2026-01-07'], values: [4.19, 4.17, 4.15], source: 'FRED DGS10' },
    '30y': null,
  },
  fed: {
    decisions: [
      ['2025-07-30', 4.25, 4.5, 0, '2025-07-30'],
      ['2025-09-17', 4, 4.25, -25, '2025-09-18'],
      ['2025-10-29', 3.75, 4, -25, '2025-10-30'],
      ['2025-12-10', 3.5, 3.75, -25, '2025-12-11'],
      ['2026-01-28', 3.5, 3.75, 0, '2026-01-28'],
    ],
    source: 'FOMC',
    coveredTo: '2026-02-15',
  },
  smallVsLarge: [point('2025-08-21', 'forward', -36.4), point('2025-12-22', 'forward', -37.7), point('2025-12-22', 'trailing-ex-losses', -41.1)],
  sourceNames: { fq: 'Finviz quote pages' },
  symbols: new Map([
    ['ZION', sym('ZION', { marketCap: fig(8.2e9, '2026-01-02'), pe: fig(10.5, '2025-12-22') })],
    ['AAPL', sym('AAPL', { forwardPe: fig(29.7, '2025-12-22') })],
    ['MSFT', sym('MSFT', { forwardPe: fig(27.7, '2025-08-21') })],
    ['GOOGL', sym('GOOGL', { forwardPe: fig(27.6, '2025-12-22') })],
    ['AMZN', sym('AMZN', { forwardPe: fig(29.2, '2025-12-22') })],
    ['META', sym('META', { forwardPe: fig(22.2, '2025-12-22') })],
    ['NVDA', sym('NVDA', { forwardPe: fig(24.0, '2025-12-22') })],
    ['TSLA', sym('TSLA', { forwardPe: fig(224.7, '2025-12-22') })],
  ]),
};
const Z = (text: string) => [...text.matchAll(/Zions/g)].map((m) => ({ subject: 'ZION', start: m.index!, end: m.index! + 5 }));
const verdictOf = (text: string, date: string | null = '2026-01-06') => {
  const [c] = extractClaims(text, Z(text), date);
  const checked = checkClaim(c!, date, DATA);
  return [checked.verdict, checked.ours?.value ?? null, checked.ours?.asOf ?? null];
};

describe('verdicts at the article date, per kind and tolerance', () => {
  test.each([
    // Ranges exact; "end the year" reads the range on 31 Dec.
    ['The Fed, easing since September 2025, ended the year at a range of 3.50%–3.75%.', '2026-01-06', ['matches', [3.5, 3.75], '2025-12-31']],
    ['The Fed cut to end the year at a range of 3.50%–3.75%.', '2026-01-06', ['matches', [3.5, 3.75], '2026-01-06']], // no year named: the article's date
    ['The Fed funds target range is 3.75%-4.00%.', '2026-01-06', ['differs', [3.5, 3.75], '2026-01-06']],
    ['The Fed funds target range is 3.50%-3.75%.', '2026-03-01', ['unverifiable', null, null]], // after the table is known to hold
    // Counts exact, in the window named.
    ['The Fed began in September 2025 with three consecutive 25-basis-point cuts to end the year.', '2026-01-06', ['matches', 3, '2025-12-31']],
    ['The Fed has cut rates two times since September 2025.', '2026-01-06', ['differs', 3, '2026-01-06']],
    ['The Fed made three consecutive 50-basis-point cuts since September 2025.', '2026-01-06', ['differs', 3, '2026-01-06']],
    ['The Fed has made three straight cuts.', '2026-01-06', ['matches', 3, '2026-01-06']], // the latest run
    // Yields ±5 bp on the day; a missing day reads the prior observation.
    ['The two-year yield touched 3.5%.', '2026-01-06', ['matches', 3.47, '2026-01-06']],
    ['The two-year yield touched 3.55%.', '2026-01-06', ['differs', 3.47, '2026-01-06']],
    ['The 10-year yield was 4.2%.', '2026-01-06', ['matches', 4.17, '2026-01-05']],
    ['The 10-year yield was 4.2%.', '2026-03-01', ['unverifiable', null, null]],
    ['The 30-year yield was 4.9%.', '2026-01-06', ['unverifiable', null, null]],
    // Discount: the dataset nearest the date, forward basis, ±5 points.
    ['Small caps trade at a 35% discount to large caps.', '2026-01-06', ['matches', 37.7, '2025-12-22']],
    ['Small caps trade at a 26% discount to large caps.', '2026-01-06', ['differs', 37.7, '2025-12-22']],
    ['Small caps trade at a 26% discount to large caps.', '2027-01-06', ['unverifiable', 37.7, '2025-12-22']],
    // Multiples ±15%, caps ±10%, each within 92 days of the article.
    ['Zions trades at 12 times earnings.', '2026-01-06', ['matches', 10.5, '2025-12-22']],
    ['Zions trades at 13 times earnings.', '2026-01-06', ['differs', 10.5, '2025-12-22']],
    ['Zions, a $9 billion regional lender, rose.', '2026-01-06', ['matches', 8.2e9, '2026-01-02']],
    ['Zions, a $10 billion regional lender, rose.', '2026-01-06', ['differs', 8.2e9, '2026-01-02']],
    ['Zions, a $9 billion regional lender, rose.', '2026-09-06', ['unverifiable', 8.2e9, '2026-01-02']],
    // Without a date nothing dated is checked.
    ['The two-year yield touched 3.5%.', null, ['unverifiable', null, null]],
  ])('%s (%s)', (text, date, want) => {
    expect(verdictOf(text, date)).toEqual(want);
  });

  test('a group claim is set against every member, each with its dataset and date', () => {
    const text = 'The Magnificent Seven trade at forward price-to-earnings ratios often exceeding 30x.';
    const c = checkClaim(extractClaims(text, [], '2026-01-06')[0]!, '2026-01-06', DATA);
    for (const s of ['AAPL', 'MSFT', 'GOOGL', 'AMZN', 'META', 'NVDA', 'TSLA']) expect(c.note).toContain(s);
    // MSFT's figure is 138 days old: listed, not counted. Of the six, 1 above 30x, 4 within 15% or above.
    expect(c.note).toMatch(/MSFT 27\.7x \(Dataset, 2025-08-21\) — too far/);
    expect(c.note).toMatch(/^1 of 6 above 30x, 4 within ±15% or above/);
    expect(c.verdict).toBe('matches');
    expect(c.ours).toMatchObject({ value: 28.4, unit: 'x', asOf: '2025-12-22' });
  });

  test('price returns are unverifiable offline; earnings growth is never checked', () => {
    const text = 'IWM is up 9% this year. Analysts see projected 35% earnings growth.';
    const m = [{ subject: 'IWM', start: 0, end: 3 }];
    const out = extractClaims(text, m, '2026-01-06').map((c) => checkClaim(c, '2026-01-06', DATA));
    expect(out.map((c) => [c.kind, c.verdict, c.ours])).toEqual([
      ['price-return', 'unverifiable', null],
      ['earnings-growth', 'unverifiable', null],
    ]);
    expect(out[0]!.note).toMatch(/this year/);
  });
});

describe('tolerances and digest', () => {
  test.each([
    [4.69, 4.64, 0.05, 'exact', true],
    [4.69, 4.63, 0.05, 'exact', false],
    [30, 26, 4.5, 'above', true],
    [30, 25, 4.5, 'above', false],
    [10, 14, 1, 'below', false],
    [10, 9, 1, 'below', true],
  ] as const)('withinAbs(%d, %d, %d, %s) = %s', (s, o, t, q, want) => expect(withinAbs(s, o, t, q)).toBe(want));

  test('withinRel is relative to the stated figure', () => {
    expect(withinRel(10e9, 9e9, 0.1)).toBe(true);
    expect(withinRel(10e9, 8.9e9, 0.1)).toBe(false);
  });

  test.each([
    [['matches', 'matches', 'differs', 'differs', 'unverifiable'], "5 claims: 2 match, 2 differ, 1 can't check"],
    [['matches', 'differs'], '2 claims: 1 matches, 1 differs'],
    [['unverifiable'], "1 claim: 1 can't check"],
    [[], 'No market claims'],
  ] as const)('%j → %s', (verdicts, want) => {
    expect(claimsDigest(verdicts.map((verdict) => ({ verdict })))).toBe(want);
  });
});
