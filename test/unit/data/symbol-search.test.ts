import { describe, expect, test } from 'vitest';
import { searchSymbols, type SearchEntry } from '../../../lib/data/symbol-search';
import { expandSnapshot } from '../../../lib/data/expand-snapshot';
import { realSnapshot } from './real-snapshot';

const ENTRIES: SearchEntry[] = [
  { symbol: 'ZION', name: 'Zions Bancorporation N.A.', kind: 'stock', marketCap: 6.7e9 },
  { symbol: 'ZIONP', name: 'Zions Bancorporation Preferred', kind: 'unknown', marketCap: null },
  { symbol: 'AAPL', name: 'Apple Inc.', kind: 'stock', marketCap: 3.4e12 },
  { symbol: 'APLE', name: 'Apple Hospitality REIT, Inc.', kind: 'stock', marketCap: 3e9 },
  { symbol: 'BRK.B', name: 'Berkshire Hathaway', kind: 'stock', marketCap: 1.1e12 },
  { symbol: 'BRK.A', name: 'Berkshire Hathaway', kind: 'stock', marketCap: 1.1e12 },
  { symbol: 'PNFP', name: 'Pinnacle Financial Partners', kind: 'stock', marketCap: 8e9 },
  { symbol: 'KRE', name: 'SPDR S&P Regional Banking ETF', kind: 'etf' },
  { symbol: 'RF', name: 'Regions Financial Corp', kind: 'stock', marketCap: 2e10 },
  { symbol: 'INCY', name: 'Incyte Corporation', kind: 'stock', marketCap: 1.2e10 },
  { symbol: 'CO', name: 'The Coca-Cola Company', kind: 'stock', marketCap: 3e11 },
];

const symbols = (q: string, limit?: number) => searchSymbols(q, ENTRIES, limit).map((e) => e.symbol);

describe('searchSymbols', () => {
  test.each<[string, string[]]>([
    ['zion', ['ZION', 'ZIONP']], // exact beats prefix
    ['ZI', ['ZION', 'ZIONP']], // prefix, bigger first (null cap last)
    ['brk-b', ['BRK.B']], // share-class spellings
    ['BRK/B', ['BRK.B']],
    ['brkb', ['BRK.B']],
    ['brk', ['BRK.A', 'BRK.B']], // same cap → shorter, then alphabetical
    ['apple', ['AAPL', 'APLE']], // name start, by market cap
    ['Apple Inc.', ['AAPL', 'APLE']], // "inc" is noise
    ['financial', ['RF', 'PNFP']], // a name word starts with the query, by market cap
    ['regional bank', ['KRE']], // multi-word, inside the name
    ['coca cola', ['CO']], // punctuation ignored
    ['inc', ['INCY']], // noise words do not match every "Inc."
    ['', []],
    ['   ', []],
    ['zzzzzz', []],
  ])('%j → %j', (q, expected) => {
    expect(symbols(q)).toEqual(expected);
  });

  test('tiers: exact > symbol prefix > name start > name word > fuzzy', () => {
    const entries: SearchEntry[] = [
      { symbol: 'XBNK', name: 'Fuzzy Banking Nodes Kit', kind: 'stock', marketCap: 9e12 }, // fuzzy: b-n-k from the word "Banking"
      { symbol: 'QQQQ', name: 'Big National Koala', kind: 'stock', marketCap: 8e12 }, // fuzzy b-n-k in name
      { symbol: 'MMMM', name: 'First Bnk Corp', kind: 'stock', marketCap: 7e12 }, // word starts with "bnk"
      { symbol: 'NNNN', name: 'Bnk Holdings', kind: 'stock', marketCap: 6e12 }, // name starts
      { symbol: 'BNKX', name: 'Something', kind: 'stock', marketCap: 1 }, // symbol prefix
      { symbol: 'BNK', name: 'Exact', kind: 'stock', marketCap: null }, // exact
    ];
    expect(searchSymbols('bnk', entries, 10).map((e) => e.symbol)).toEqual(['BNK', 'BNKX', 'NNNN', 'MMMM', 'XBNK', 'QQQQ']);
  });

  test('limit is respected and results are the caller’s own entry objects', () => {
    const out = searchSymbols('a', ENTRIES, 2);
    expect(out).toHaveLength(2);
    expect(ENTRIES).toContain(out[0]);
  });

  // Speed is measured by the benchmark, not asserted here: a timed unit test fails on a busy machine.
  test('ranks the obvious match first on the real 10k-symbol universe', () => {
    const entries = expandSnapshot(realSnapshot()).map((r) => ({
      symbol: r.symbol,
      name: r.name,
      kind: r.kind,
      marketCap: r.marketCap?.value ?? null,
    }));
    expect(searchSymbols('zions', entries)[0]?.symbol).toBe('ZION');
    expect(searchSymbols('AAPL', entries)[0]?.symbol).toBe('AAPL');
    expect(searchSymbols('brk.b', entries)[0]?.symbol).toBe('BRK.B');
    expect(searchSymbols('western alliance', entries)[0]?.symbol).toBe('WAL');
    expect(searchSymbols('bofa', entries)[0]?.symbol).toBe('BAC'); // acronym across words
    // Nothing whose name only holds the letters scattered inside other words ("Zoom Communications").
    expect(searchSymbols('zions', entries).map((e) => e.symbol)).toEqual(['ZION', 'ZIONP']);
  });

  test.each<[string, string, boolean]>([
    ['nvda', 'Nvidia', true], // within one word
    ['bofa', 'Bank of America', true], // then at the first letter of each later word
    ['bnk', 'Big National Koala', true],
    ['jpmchase', 'JPMorgan Chase', true],
    ['zions', 'Zoom Communications', false], // "i" only mid-word in another word
    ['zions', 'Zoom Video Communications Inc', false],
    ['bam', 'Bank of America', false], // "m" starts no later word
  ])('fuzzy %j in %j: %s', (q, name, found) => {
    expect(searchSymbols(q, [{ symbol: 'XXXX', name, kind: 'stock' }]).length > 0).toBe(found);
  });
});
