import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fitPhrases } from '../../lib/fit-phrases';

const DIGEST = '8 tickers: 4 mid caps, 3 ETFs; 2 with high rate sensitivity; median P/E 49% below large caps';

describe('fitPhrases', () => {
  test.each<[number, string]>([
    [200, DIGEST],
    [60, '8 tickers: 4 mid caps, 3 ETFs; 2 with high rate sensitivity'],
    [40, '8 tickers: 4 mid caps, 3 ETFs'],
    [25, '8 tickers: 4 mid caps'],
    [12, '8 tickers'],
    [5, '8'],
  ])('at %i characters: %s', (max, want) => {
    const r = fitPhrases(DIGEST, max);
    expect(r.shown).toBe(want);
    expect(r.cut).toBe(want !== DIGEST);
  });
  test('a single word longer than the budget is kept whole', () => {
    expect(fitPhrases('Scanning… more', 4)).toEqual({ shown: 'Scanning…', cut: true });
  });
  test('property: a prefix ending at a word boundary, within budget unless the first word alone exceeds it', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9/%.…]{1,12}$/);
    const sep = fc.constantFrom(' ', ', ', '; ', ': ');
    const text = fc.tuple(word, fc.array(fc.tuple(sep, word), { maxLength: 15 })).map(([w, rest]) => w + rest.map(([s, x]) => s + x).join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 120 }), (t, max) => {
        const { shown, cut } = fitPhrases(t, max);
        expect(t.startsWith(shown)).toBe(true);
        expect(shown.length).toBeGreaterThan(0);
        expect(cut).toBe(shown !== t);
        if (cut) expect(t[shown.length]).toMatch(/[\s,;:]/);
        const firstWord = t.split(/[\s,;:]/)[0]!;
        if (shown.length > max) expect(shown).toBe(firstWord);
        expect(/[\s,;:]$/.test(shown)).toBe(false);
      }),
    );
  });
});
