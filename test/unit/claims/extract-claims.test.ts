import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { extractClaims } from '../../../lib/claims/extract-claims';
import type { Mention } from '../../../lib/claims/extracted-claim';

/** Mentions the detector would resolve, found here by a tiny table so the test needs no universe. */
const KNOWN: Array<[RegExp, string]> = [[/\bIWM\b/g, 'IWM'], [/\bApple\b/g, 'AAPL'], [/\bZions Bancorporation\b/g, 'ZION'], [/Russell 2000(?! ETF)/g, 'RUT'], [/\bNVDA\b/g, 'NVDA']];
const mentionsOf = (text: string): Mention[] => KNOWN.flatMap(([re, subject]) => [...text.matchAll(re)].map((m) => ({ subject, start: m.index!, end: m.index! + m[0].length })));
const one = (text: string, date = '2026-01-06') => extractClaims(text, mentionsOf(text), date).map((c) => ({ kind: c.kind, text: c.text, subject: c.subject, stated: c.stated }));

describe('extractClaims: phrasings per kind', () => {
  test.each([
    ['The Fed ended the year at a range of 3.50%–3.75%.', 'fed-funds-range', 'a range of 3.50%–3.75%', 'fed-funds', [3.5, 3.75], '%'],
    ['Policymakers held rates in a 3.5% to 3.75% target range.', 'fed-funds-range', 'a 3.5% to 3.75% target range', 'fed-funds', [3.5, 3.75], '%'],
    ['The Federal Reserve kept its benchmark in the 4.25-4.50% range.', 'fed-funds-range', 'the 4.25-4.50% range', 'fed-funds', [4.25, 4.5], '%'],
    ['The Fed made three consecutive 25-basis-point cuts last year.', 'rate-move-count', 'three consecutive 25-basis-point cuts', 'fed-funds', 3, 'cuts'],
    ['The Fed has cut rates five times since September 2025.', 'rate-move-count', 'cut rates five times', 'fed-funds', 5, 'cuts'],
    ['The central bank delivered two quarter-point hikes in 2023.', 'rate-move-count', 'two quarter-point hikes', 'fed-funds', 2, 'hikes'],
    ['The 10-year yield rose to 4.69% on Tuesday.', 'treasury-yield', '10-year yield rose to 4.69%', '10y', 4.69, '%'],
    ['The two-year yield touched 3.9%.', 'treasury-yield', 'two-year yield touched 3.9%', '2y', 3.9, '%'],
    ['The yield on the 30-year Treasury bond hit 5.1%.', 'treasury-yield', 'yield on the 30-year Treasury bond hit 5.1%', '30y', 5.1, '%'],
    ['Small caps trade at a nearly 26% discount to large caps.', 'small-vs-large-discount', 'a nearly 26% discount to large caps', 'small-vs-large', 26, '%'],
    ['The Russell 2000 sits at a discount of 30% to the S&P 500.', 'small-vs-large-discount', 'discount of 30% to the S&P 500', 'small-vs-large', 30, '%'],
    ['Apple trades at a forward P/E of 30x.', 'pe-multiple', 'forward P/E of 30x', 'AAPL', 30, 'x'],
    ['Zions Bancorporation is priced at 6 times earnings.', 'pe-multiple', '6 times earnings', 'ZION', 6, 'x'],
    ['The Magnificent Seven trade at forward price-to-earnings ratios often exceeding 30x.', 'pe-multiple', 'forward price-to-earnings ratios often exceeding 30x', 'magnificent-seven', 30, 'x'],
    ['Zions Bancorporation, a $10 billion regional lender, rose.', 'market-cap', 'a $10 billion regional lender', 'ZION', 1e10, 'USD'],
    ['Apple has a market cap of $3.5 trillion.', 'market-cap', 'market cap of $3.5 trillion', 'AAPL', 3.5e12, 'USD'],
    ['IWM is up 9% this year.', 'price-return', 'is up 9%', 'IWM', 9, '%'],
    ['The Russell 2000 rose 12.8% in 2025.', 'price-return', 'rose 12.8%', 'RUT', 12.8, '%'],
    ['NVDA fell 4.5% on Monday.', 'price-return', 'fell 4.5%', 'NVDA', -4.5, '%'],
    ['Analysts see projected 35% earnings growth for Russell 2000 companies.', 'earnings-growth', 'projected 35% earnings growth', 'RUT', 35, '%'],
  ])('%s', (text, kind, quote, subject, value, unit) => {
    const found = one(text);
    expect(found).toContainEqual({ kind, text: quote, subject, stated: { value, unit } });
  });
});

describe('extractClaims: negatives (not claims of these kinds)', () => {
  test.each([
    'Investors poured about $2 billion into U.S. small-cap equity funds in the week.',
    'One broker set a price target of $45.35 for a regional lender.',
    'Services accounted for 12% of revenue last quarter.',
    'Apple revenue rose 8% in the quarter.',
    'Futures markets expect two more cuts in 2026.',
    'The Fed could deliver three cuts next year.',
    'The company raised $500 million in a bond sale.',
    'Their bullish case hinges on continued rate cuts.',
    'Many small caps can be found at single-digit multiples.',
    'The 10-year yield rose 10 basis points.',
    'A $10 billion acquisition was announced.',
    'Margins expanded to 25% from 20%.',
  ])('%s', (text) => {
    expect(one(text)).toEqual([]);
  });

  test('never throws and keeps every claim inside the text, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        for (const c of extractClaims(text, [], '2026-01-06')) {
          expect(text.slice(c.start, c.end)).toBe(c.text);
        }
      }),
    );
  });
});
