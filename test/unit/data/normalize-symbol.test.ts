import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalizeSymbol } from '../../../lib/data/normalize-symbol';

describe('normalizeSymbol', () => {
  test.each([
    ['ZION', 'ZION'],
    ['zion', 'ZION'],
    ['  aapl ', 'AAPL'],
    ['BRK.B', 'BRK.B'],
    ['brk-b', 'BRK.B'],
    ['BRK/B', 'BRK.B'],
    ['bf/a', 'BF.A'],
    ['USB-PA', 'USB.PA'],
    ['A', 'A'],
    ['ABCDEFGHIJKL', 'ABCDEFGHIJKL'],
    ['1234', '1234'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeSymbol(raw)).toBe(expected);
  });

  test.each([
    [''],
    ['   '],
    ['ABCDEFGHIJKLM'], // 13 characters
    ['BRK B'],
    ['BRK_B'],
    ['$ZION'],
    ['ZION!'],
    ['.ZION'],
    ['ZION.'],
    ['BRK..B'],
    ['BRK-/B'],
    ['ÄPPLE'],
  ])('%j is rejected', (raw) => {
    expect(normalizeSymbol(raw)).toBeNull();
  });

  test('non-strings are rejected, not thrown on', () => {
    expect(normalizeSymbol(undefined)).toBeNull();
    expect(normalizeSymbol(42)).toBeNull();
    expect(normalizeSymbol(null)).toBeNull();
  });

  test('property: never throws, output is canonical and idempotent', () => {
    const symbolish = fc.stringMatching(/^[A-Za-z0-9./ -]{0,14}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), symbolish), (raw) => {
        const once = normalizeSymbol(raw);
        if (once === null) return;
        expect(once).toMatch(/^[A-Z0-9]+(\.[A-Z0-9]+)*$/);
        expect(once.length).toBeLessThanOrEqual(12);
        expect(normalizeSymbol(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});
