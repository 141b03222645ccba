import { describe, expect, test } from 'vitest';
import { compareByCompany, type CompareInput } from './russell-oracle-compare';

// Made-up universe: symbol → company; BRK.A/BRK.B one company; NEWCO listed after rank day; GONE delisted before the holdings date.
const companies: Record<string, string> = { 'BRK.A': 'brk', 'BRK.B': 'brk', ZION: 'zion', WAL: 'wal', NEWCO: 'newco', GONE: 'gone', XTRA: 'xtra', SAMP: 'samp' };
const base = (over: Partial<CompareInput>): CompareInput => ({
  ours: [],
  oracle: [],
  canonical: (t) => Object.keys(companies).find((s) => s.replace(/\./g, '') === t),
  companyOf: (s) => companies[s]!,
  companyListedOnRankDay: (c) => c !== 'newco',
  ...over,
});

describe('compareByCompany', () => {
  test('a company held in one class (BRKB) agrees with our two classes, counted once', () => {
    const c = compareByCompany(base({ ours: ['BRK.A', 'BRK.B', 'ZION'], oracle: ['BRKB', 'ZION'] }));
    expect(c).toMatchObject({ recall: 1, precision: 1, hits: 2, oracleCompanies: 2, ourCompanies: 2, extra: [], missed: [] });
  });

  test('listed after rank day: out of recall; unknown tickers: out of recall; real misses still count', () => {
    const c = compareByCompany(base({ ours: ['ZION'], oracle: ['ZION', 'NEWCO', 'WAL', 'ZZZZ'] }));
    expect(c.listedLater).toEqual(['NEWCO']);
    expect(c.unknown).toEqual(['ZZZZ']);
    expect(c.missed).toEqual(['WAL']);
    expect(c.recall).toBe(1 / 2);
  });

  test('delisted before the holdings date: out of precision only when a later listing is given', () => {
    const input = base({ ours: ['ZION', 'GONE', 'XTRA'], oracle: ['ZION'] });
    expect(compareByCompany(input).precision).toBe(1 / 3);
    const c = compareByCompany({ ...input, companyListedAtHoldings: (co) => co !== 'gone' });
    expect(c.delisted).toEqual(['GONE']);
    expect(c.extra).toEqual(['XTRA']);
    expect(c.precision).toBe(1 / 2);
  });

  test('another fund of the same reconstitution vouches for precision, never for recall', () => {
    const c = compareByCompany(base({ ours: ['ZION', 'SAMP'], oracle: ['ZION', 'WAL'], alsoHeld: ['SAMP'] }));
    expect(c.precision).toBe(1);
    expect(c.recall).toBe(1 / 2);
  });
});
