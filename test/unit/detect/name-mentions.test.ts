/**
 * Company names as mentions (evidence 'name', the Options "company names" switch): which
 * named companies count, and the cases that looked like mentions on the corpus but were not.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findTextCandidates } from '../../../lib/detect/candidates';
import { universeFromRecords, validateCandidates } from '../../../lib/detect/validate';
import { isNameMention } from '../../../lib/detect/company-names';
import { NAME_SYMBOL, type Candidate } from '../../../lib/detect/types';

const U = universeFromRecords([
  { symbol: 'BAC', name: 'Bank of America Corporation', kind: 'stock' },
  { symbol: 'SCHW', name: 'Charles Schwab Corporation', kind: 'stock' },
  { symbol: 'BLK', name: 'BlackRock, Inc.', kind: 'stock' },
  { symbol: 'FDS', name: 'FactSet Research Systems Inc.', kind: 'stock' },
  { symbol: 'BE', name: 'Bloom Energy Corporation', kind: 'stock' },
  { symbol: 'ZION', name: 'Zions Bancorporation N.A.', kind: 'stock' },
  { symbol: 'BRK.B', name: 'Berkshire Hathaway Inc.', kind: 'stock' },
]);

const detect = (text: string) =>
  validateCandidates(findTextCandidates(text, { names: true, bare: 'none' }), U).map((d) => `${d.symbol}:${d.count}:${d.evidence.join('+')}`);

describe('company names that are mentions', () => {
  test.each([
    ['Bank of America said trading revenue rose.', ['BAC:1:name']],
    ['Shares of Bank of America Corp. fell 2% on Tuesday.', ['BAC:1:name']],
    ['Analysts at BlackRock expect two more cuts this year.', ['BLK:1:name']],
    ['Bloom Energy shares jumped after the data-center deal.', ['BE:1:name']],
    ['Clients moved cash to Charles Schwab after the merger.', ['SCHW:1:name']],
  ])('%s', (text, want) => {
    expect(detect(text)).toEqual(want);
  });
});

describe('company names that are not mentions', () => {
  test.each([
    // A subsidiary or namesake: the name goes on with an entity word.
    ['Balances are held at Charles Schwab Bank, SSB, Member FDIC.', []],
    ['Bank of America Securities acted as underwriter for the deal.', []],
    // A cited data source.
    ['The stock sits near the middle of its range, according to FactSet data.', []],
    ['Earnings are expected to grow 9%, FactSet estimates show for the quarter.', []],
    ['Flows rebounded last week, according to data from FactSet Research Systems.', []],
    // A label on its own (a table cell).
    ['BlackRock (iShares)', []],
    // A gloss of a ticker the ambiguity rules judge on its own ("BE" is a word).
    ['Other word-tickers include BE (Bloom Energy) and more; none is an investment here.', []],
  ])('%s', (text, want) => {
    expect(detect(text)).toEqual(want);
  });

  test('the name next to its own parenthetical symbol is one mention, counted by the symbol', () => {
    expect(detect('Shares of Zions Bancorporation (ZION) rose after results.')).toEqual(['ZION:1:parenthetical']);
    expect(detect('Zions Bancorporation (NASDAQ: ZION) rose after results.')).toEqual(['ZION:1:exchange-prefix']);
  });
});

describe('isNameMention', () => {
  const c = (name: string, context: string): Candidate => ({ symbol: NAME_SYMBOL, evidence: 'name', name, context });

  test('finds the name nearest the middle of its context when it appears twice', () => {
    // The second "Bloom Energy" (the candidate's own, 40 characters in) is the one judged.
    const ctx = 'BE (Bloom Energy) was listed. Later on, Bloom Energy shares rose sharply today';
    expect(isNameMention(c('Bloom Energy', ctx), 'BE')).toBe(true);
  });

  test('a name missing from its context, or empty, is no mention', () => {
    expect(isNameMention(c('Bloom Energy', 'something else entirely here'), 'BE')).toBe(false);
    expect(isNameMention(c('', 'Bloom Energy shares rose'), 'BE')).toBe(false);
  });

  test('a parenthetical of another symbol does not cancel the name', () => {
    expect(isNameMention(c('Bloom Energy', 'Bloom Energy (NYSE: FCEL peer) and others rose'), 'BE')).toBe(true);
    expect(isNameMention(c('Bloom Energy', 'Shares of FCEL (Bloom Energy rival) rose today'), 'BE')).toBe(true);
  });
});

describe('isNameMention on arbitrary text', () => {
  test('always answers, for any name and context', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.option(fc.string({ maxLength: 200 }), { nil: undefined }), fc.string({ maxLength: 8 }), (name, context, symbol) => {
        const got = isNameMention({ symbol: NAME_SYMBOL, evidence: 'name', name, ...(context !== undefined ? { context } : {}) }, symbol);
        return typeof got === 'boolean';
      }),
    );
  });
});
