import { describe, expect, test } from 'vitest';
import { checkClaim } from '../../../lib/claims/check-claims';
import { checkPriceReturn, priceRangeFor, priceReturnWindow, priceSymbolFor } from '../../../lib/claims/check-price-return';
import type { ClaimWindow, ExtractedClaim, Qualifier } from '../../../lib/claims/extracted-claim';
import { extractClaims } from '../../../lib/claims/extract-claims';
import { TOLERANCE } from '../../../lib/claims/tolerances';
import type { PriceHistory } from '../../../lib/data/providers/prices';

// Synthetic closes chosen for the arithmetic (round numbers), not market data.
const hist = (closes: Array<[string, number]>, symbol = 'XYZ'): PriceHistory => ({
  symbol,
  currency: 'USD',
  regularMarketPrice: closes.at(-1)?.[1] ?? null,
  previousClose: null,
  asOf: null,
  closes: closes.map(([date, close]) => ({ date, close })),
  source: 'Test closes',
});
const claim = (value: number, window: ClaimWindow | null, q: Qualifier = 'exact', subject: string | null = 'XYZ'): ExtractedClaim => ({
  kind: 'price-return',
  text: `rose ${value}%`,
  start: 0,
  end: 0,
  sentence: '',
  subject,
  stated: { value, unit: '%' },
  detail: { qualifier: q, window },
});
const YTD26 = { from: '2026-01-01', to: '2026-01-06', words: 'this year' };
const Y2025 = { from: '2025-01-01', to: '2025-12-31', words: 'in 2025' };

// 2025-12-31 (Wed) is the last close of 2025; 2026-01-01 is a holiday, 01-03/04 a weekend.
const H = hist([
  ['2024-12-30', 90],
  ['2024-12-31', 80],
  ['2025-01-02', 81],
  ['2025-06-30', 95],
  ['2025-12-30', 99],
  ['2025-12-31', 100],
  ['2026-01-02', 101],
  ['2026-01-05', 104],
  ['2026-01-06', 106],
  ['2026-01-07', 120],
]);

describe('checkPriceReturn', () => {
  test.each([
    // YTD from the 2025-12-31 close (100) to the article's date (106): +6%.
    ['ytd matches', claim(6.2, YTD26), '2026-01-06', 'matches', 6, '2026-01-06'],
    ['ytd differs', claim(9, YTD26), '2026-01-06', 'differs', 6, '2026-01-06'],
    // Article dated on a Sunday: the Friday close (101) is the end.
    ['end over a weekend', claim(1, { ...YTD26, to: '2026-01-04' }), '2026-01-04', 'matches', 1, '2026-01-02'],
    // Full year 2025: 2024-12-31 close (80, not 90 on 12-30) to 2025-12-31 (100): +25%.
    ['calendar year', claim(25, Y2025), '2026-01-06', 'matches', 25, '2025-12-31'],
    // The window ends after the article's date: the article's date wins (never a later close).
    ['window capped at article date', claim(6, { from: '2026-01-01', to: '2026-12-31', words: 'in 2026' }), '2026-01-06', 'matches', 6, '2026-01-06'],
    // A fall: stated negative.
    ['negative', claim(-5, YTD26), '2026-01-06', 'matches', -5, '2026-01-06', hist([['2025-12-31', 100], ['2026-01-06', 95]])],
    ['negative differs', claim(5, YTD26), '2026-01-06', 'differs', -5, '2026-01-06', hist([['2025-12-31', 100], ['2026-01-06', 95]])],
  ] as const)('%s', (_, c, date, verdict, value, asOf, h: PriceHistory = H) => {
    const r = checkPriceReturn(c, date, h);
    expect(r.verdict).toBe(verdict);
    expect(r.ours).toEqual({ value, unit: '%', asOf, source: 'Test closes' });
    expect(r.note).toMatch(/dividends not included/);
    expect(r.note).toMatch(/0\.5 percentage points/);
  });

  test('the note of a differing claim gives both numbers', () => {
    const r = checkPriceReturn(claim(9, YTD26), '2026-01-06', H);
    expect(r.note).toContain('6.00%');
    expect(r.note).toContain('9%');
    expect(r.note).toContain('2025-12-31');
  });

  test.each([
    // ours = 10.5 exactly; the edge is inclusive.
    [10, 'exact', 'matches'],
    [11, 'exact', 'matches'],
    [9.99, 'exact', 'differs'],
    [11.01, 'exact', 'differs'],
    // "more than 12%": ours 10.5 is not above 11.5.
    [12, 'above', 'differs'],
    [11, 'above', 'matches'],
  ] as const)('tolerance ±%s: stated %s (%s) → %s', (stated, q, verdict) => {
    expect(TOLERANCE.priceReturnPts).toBe(0.5);
    const h = hist([['2025-12-31', 200], ['2026-01-06', 221]]);
    const r = checkPriceReturn(claim(stated, YTD26, q), '2026-01-06', h);
    expect(r.ours?.value).toBe(10.5);
    expect(r.verdict).toBe(verdict);
  });

  test.each([
    ['history starts inside the window', hist([['2025-03-03', 50], ['2025-12-31', 60]]), claim(20, Y2025), /starts on 2025-03-03.*close before it/],
    ['history starts on the first day of the window', hist([['2025-01-02', 50], ['2025-12-31', 60]]), claim(20, Y2025), /starts on 2025-01-02/],
    ['a hole before the window', hist([['2024-11-01', 50], ['2025-01-02', 51], ['2025-12-31', 60]]), claim(20, Y2025), /no close in the week before 2025-01-01/],
    ['history ends before the window ends', hist([['2024-12-31', 50], ['2025-10-01', 60]]), claim(20, Y2025), /no close in the week up to 2025-12-31/],
    ['no closes', hist([]), claim(20, Y2025), /has no closes/],
    ['no period named', H, claim(6, null), /names no period/],
    ['no article date and an open window', H, claim(6, { from: '2025-01-01', to: null, words: 'since 2025' }), /no date/],
  ] as const)('unverifiable: %s', (_, h, c, why) => {
    const r = checkPriceReturn(c, c.detail.window?.to === null ? null : '2026-01-06', h);
    expect(r.verdict).toBe('unverifiable');
    expect(r.ours).toBeNull();
    expect(r.note).toMatch(why);
  });
});

describe('base-date selection over weekends and holidays', () => {
  test.each([
    // Window from Monday 2025-01-06: the base is Friday 01-03's close.
    [{ from: '2025-01-06', to: '2025-01-10', words: '' }, '2025-01-03'],
    // From 2025-07-05 (Saturday after the 4 July holiday): the 07-03 close.
    [{ from: '2025-07-05', to: '2025-07-10', words: '' }, '2025-07-03'],
    // From a trading day itself: strictly before it.
    [{ from: '2025-07-03', to: '2025-07-10', words: '' }, '2025-07-02'],
  ])('%o → base %s', (w, baseDate) => {
    const h = hist([
      ['2025-01-02', 10],
      ['2025-01-03', 10],
      ['2025-01-06', 11],
      ['2025-01-10', 12],
      ['2025-07-02', 20],
      ['2025-07-03', 20],
      ['2025-07-07', 21],
      ['2025-07-10', 22],
    ]);
    const r = checkPriceReturn(claim(0, w), '2025-12-31', h);
    expect(r.note).toContain(`on ${baseDate} (the last before ${w.from})`);
  });
});

describe('priceSymbolFor', () => {
  test.each([
    ['IWM', true, { symbol: 'IWM' }],
    ['BRK.B', false, { symbol: 'BRK.B' }],
    ['RUT', true, { symbol: '^RUT' }],
    ['SPX', true, { symbol: '^GSPC' }],
    ['RUI', true, { symbol: '^RUI' }],
    ['IXIC', true, { symbol: '^IXIC' }],
  ] as const)('%s (indexes %s) → %o', (subject, indexes, out) => expect(priceSymbolFor(subject, indexes)).toEqual(out));

  test.each([
    ['RUT', false, /no index history for RUT/],
    [null, true, /names no fund, stock or index/],
    ['russell-microcap', true, /group or index without a price history/],
    ['russell-top-50', true, /group or index without a price history/],
    ['magnificent-seven', true, /group or index without a price history/],
  ] as const)('%s (indexes %s) → unverifiable', (subject, indexes, why) => {
    const r = priceSymbolFor(subject, indexes);
    expect('reason' in r && r.reason).toMatch(why);
  });
});

describe('priceReturnWindow and priceRangeFor', () => {
  test('a window from extraction: "in 2025" in an article of 2026-01-06', () => {
    const [c] = extractClaims('The Russell 2000 rose 12.8% in 2025.', [{ subject: 'RUT', start: 4, end: 16 }], '2026-01-06');
    expect(priceReturnWindow(c!, '2026-01-06')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
  test.each([
    ['2026-01-01', '2026-03-01', '1y'],
    ['2025-01-01', '2026-03-01', '2y'],
    ['2023-01-01', '2026-03-01', '5y'],
    ['2018-01-01', '2026-03-01', '10y'],
    ['2010-01-01', '2026-03-01', 'max'],
  ])('from %s, today %s → %s', (from, today, range) => expect(priceRangeFor(from, today)).toBe(range));
});

describe('checkClaim with the hook', () => {
  test('a price-return claim uses the hook and keeps the period in the note', () => {
    const [c] = extractClaims('IWM is up 6% this year.', [{ subject: 'IWM', start: 0, end: 3 }], '2026-01-06');
    const data = { yields: { '2y': null, '10y': null, '30y': null }, fed: null, smallVsLarge: [], sourceNames: {}, symbols: new Map() };
    const out = checkClaim(c!, '2026-01-06', data, (x, d) => checkPriceReturn(x, d, hist([['2025-12-31', 100], ['2026-01-06', 106]], 'IWM')));
    expect(out.verdict).toBe('matches');
    expect(out.ours).toEqual({ value: 6, unit: '%', asOf: '2026-01-06', source: 'Test closes' });
    expect(out.note).toMatch(/Period named: "this year"/);
    // Without the hook (offline): unchanged.
    expect(checkClaim(c!, '2026-01-06', data).verdict).toBe('unverifiable');
  });
});
