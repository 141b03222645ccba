import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BDC_MIN_YIELD_PCT, finvizStructureExclusions, structureFromIndustry } from '../../../lib/data/build/russell-finviz-structure';
import { estimateRussell, priorIndexFor, publishedIndex, russellMeta, type UniverseSymbol } from '../../../lib/data/build/russell-membership';
import { parseFinvizIndexFlags, type PublishedRussell } from '../../../lib/data/build/russell-published';
import type { RankedCompany, SecListing } from '../../../lib/data/build/russell-rank';
import { rowExclusion, type RankDayRow } from '../../../lib/data/build/russell-rules';
import { classifyScreenerName, issuerNameFromScreener, type ScreenerRow } from '../../../lib/data/build/screener';
import { russellExpander } from '../../../lib/data/expand-snapshot';

describe('parseFinvizIndexFlags', () => {
  // Header and index values as the quote-page file has them (other columns dropped).
  const csv = ['ticker,index,country', 'ZION,RUT,USA', 'AAPL,"DJIA, NDX, S&P 500",USA', 'BRK-B,S&P 500,USA', 'SPOT,,Luxembourg', 'XRUT,"NDX, RUT",'].join('\n');
  const p = parseFinvizIndexFlags(csv, '2025-12-22');

  test('RUT anywhere in the comma-separated field marks a Russell 2000 member', () => {
    expect([...p.r2000].sort()).toEqual(['XRUT', 'ZION']);
  });
  test('every row is covered, symbols normalised; blank countries are not recorded', () => {
    expect([...p.covered].sort()).toEqual(['AAPL', 'BRK.B', 'SPOT', 'XRUT', 'ZION']);
    expect(p.hq.get('SPOT')).toBe('Luxembourg');
    expect(p.hq.has('XRUT')).toBe(false);
  });
  test('a file without the index column is refused', () => {
    expect(() => parseFinvizIndexFlags('ticker,country\nA,USA', '2025-12-22')).toThrow(/index/);
  });
});

describe('structureFromIndustry: funds, BDCs and shells by Finviz industry', () => {
  test.each([
    ['Closed-End Fund - Debt', 7, 'cef'],
    ['Closed-End Fund - Equity', null, 'cef'],
    ['Shell Companies', null, 'spac'],
    ['Asset Management', 11.73, 'bdc'], // MidCap Financial Investment Corp, 2025-08-21
    ['Asset Management', 8, 'bdc'],
    ['Asset Management', 7.82, null], // Artisan Partners, an asset manager
    ['Asset Management', null, null],
    ['Banks - Regional', 12, null],
  ] as const)('%s, yield %s → %s', (industry, yieldPct, code) => {
    expect(structureFromIndustry(industry, yieldPct)).toBe(code);
  });

  test('property: an asset manager is a BDC exactly when its yield reaches the threshold', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 40, noNaN: true }), (y) => {
        expect(structureFromIndustry('Asset Management', y) === 'bdc').toBe(y >= BDC_MIN_YIELD_PCT);
      }),
    );
  });

  test('finvizStructureExclusions reads Industry and the "12.38%" yield text', () => {
    const csv = ['"Ticker","Industry","Dividend Yield"', '"NMFC","Asset Management","12.38%"', '"BX","Asset Management","2.65%"', '"TY","Closed-End Fund - Equity","6.51%"', '"ZION","Banks - Regional","3.1%"'].join('\n');
    expect(Object.fromEntries(finvizStructureExclusions(csv))).toEqual({ NMFC: 'bdc', TY: 'cef' });
  });
});

describe('rowExclusion: country from headquarters and published membership', () => {
  const row = (extra: Partial<RankDayRow>): RankDayRow => ({ symbol: 'T', description: 'Test Corp. Common Stock', secName: null, sp500: false, ...extra });
  test.each([
    // Leonardo DRS: Nasdaq says Israel, Finviz's headquarters is the US.
    [{ country: 'Israel', hqCountry: 'USA' }, null],
    [{ country: 'Israel', hqCountry: 'Israel' }, 'fhq'],
    [{ country: 'Israel' }, 'fhq'],
    // Tagged Russell 2000: FTSE Russell has assigned it to the US whatever the other sources say.
    [{ country: 'Canada', hqCountry: 'Canada', assignedUs: true }, null],
    // Blank screener country: a known headquarters decides before the name hints.
    [{ country: null, hqCountry: 'Canada' }, 'fhq'],
    [{ country: null, hqCountry: 'USA', description: 'Flutter Entertainment plc Ordinary Shares' }, null],
    [{ country: null, description: 'Flutter Entertainment plc Ordinary Shares' }, 'ford'],
    // Incorporated in a benefit-driven-incorporation country: the headquarters decides.
    [{ country: 'Bermuda', hqCountry: 'Cyprus' }, 'fhq'],
    [{ country: 'Bermuda', hqCountry: 'Bermuda' }, null],
    [{ country: 'Cayman Islands' }, null],
    // The screener says US: a foreign headquarters elsewhere does not override it.
    [{ country: 'United States', hqCountry: 'United Kingdom' }, null],
    // Structure verdicts come before any country rule, even for an S&P 500 or tagged member.
    [{ country: 'United States', structure: 'bdc' as const, assignedUs: true }, 'bdc'],
  ] as [Partial<RankDayRow>, string | null][])('%o → %s', (extra, code) => {
    expect(rowExclusion(row(extra))).toBe(code);
  });
});

function scr(symbol: string, rawName: string, cap: number, price: number): ScreenerRow {
  return { symbol, name: issuerNameFromScreener(rawName), rawName, security: classifyScreenerName(rawName), price, marketCap: cap };
}

describe('banding on published membership (no earlier estimate)', () => {
  // 3,100 companies with falling caps; C950 and C1050 sit inside the band on either side of rank 1000.
  const rows = Array.from({ length: 3100 }, (_, i) => scr(`C${i + 1}`, `Company ${i + 1} Inc. Common Stock`, (4000 - (i + 1)) * 1e8, 10));
  const sec = new Map<string, SecListing>(rows.map((r, i) => [r.symbol, { cik: 1000 + i, name: `COMPANY ${i + 1} INC`, exchange: 'NYSE' }]));
  const universe: UniverseSymbol[] = rows.map((r) => ({ symbol: r.symbol, cik: sec.get(r.symbol)!.cik, exchange: 'NYSE', secName: null, isEtf: false, sp500: false }));
  const published: PublishedRussell = { asOf: '2025-12-22', r2000: new Set(['C950', 'C3050']), covered: new Set(['C950', 'C1050', 'C3050']) };
  const est = estimateRussell(universe, { screener: new Map(rows.map((r) => [r.symbol, r])), sec, sp500: new Set(), published });

  test('inside the band a tagged company stays in the 2000 and a covered untagged one in the 1000', () => {
    expect(est.cells.get('C950')).toEqual([950, 'b2']);
    expect(est.cells.get('C1050')).toEqual([1050, 'b1']);
  });
  test('outside the band, or not covered, the rank decides', () => {
    expect(est.cells.get('C3050')).toEqual([3050, 'rk']); // tagged, but far below the band
    expect(est.cells.get('C1040')).toEqual([1040, 'rk']);
    expect(est.banded).toBe(2);
  });
  test('the card names the published source as last year\'s index', () => {
    const expand = russellExpander(russellMeta(est, 'rus25', '2025-04-30', '2025-04-30', 2025, null, "Finviz's Russell 2000 tags of 2025-12-22"));
    expect(expand(1050, 'b1')?.basis).toMatch(/kept in the Russell 1000 because last year's index per Finviz's Russell 2000 tags of 2025-12-22/);
    expect(expand(1040, 'rk')?.basis).toMatch(/placed by rank \(Finviz's Russell 2000 tags of 2025-12-22 do not put it in the other index\)/);
  });

  test('publishedIndex: any tagged class → 2000; covered untagged → 1000; else unknown', () => {
    const company = (symbols: string[]) => ({ key: 'k', cik: 1, issuer: 'X', cap: 1, rank: 1, symbols }) as RankedCompany;
    expect(publishedIndex(company(['C1050', 'C950']), published)).toBe('r2000');
    expect(publishedIndex(company(['C1050']), published)).toBe('r1000');
    expect(publishedIndex(company(['NOPE']), published)).toBeNull();
  });

  test('priorIndexFor (2026): a published Russell 2000 tag beats last year\'s estimate; a missing tag does not', () => {
    // Last year's estimate: plain ranks, no published input (C950 in the 1000, C1050 in the 2000).
    const lastYear = estimateRussell(universe, { screener: new Map(rows.map((r) => [r.symbol, r])), sec, sp500: new Set() });
    const prior = priorIndexFor(lastYear, published)!;
    const at = (s: string) => est.ranking.companies.find((c) => c.symbols.includes(s))!;
    expect(prior(at('C950'))).toBe('r2000'); // tagged, although the estimate had it in the 1000
    expect(prior(at('C1050'))).toBe('r2000'); // covered, untagged: the estimate stands
    expect(prior(at('C900'))).toBe('r1000');
    expect(priorIndexFor(null, null)).toBeNull();
  });
});

describe('rank-day inputs from a second source reach the ranking', () => {
  test('a Finviz US headquarters ranks a company the screener places abroad; a Finviz BDC verdict excludes one', () => {
    const rows = [
      { ...scr('DRS', 'Leonardo DRS, Inc. Common Stock', 9_851e6, 37), country: 'Israel' },
      { ...scr('TEVX', 'Made-up Israel Co. Common Stock', 5e9, 20), country: 'Israel' },
      { ...scr('NMFC', 'New Mountain Finance Corporation Common Stock', 1_090e6, 10.11), country: 'United States' },
    ];
    const sec = new Map<string, SecListing>(rows.map((r, i) => [r.symbol, { cik: 1 + i, name: r.name.toUpperCase(), exchange: 'Nasdaq' }]));
    const universe: UniverseSymbol[] = rows.map((r, i) => ({ symbol: r.symbol, cik: 1 + i, exchange: 'Nasdaq', secName: null, isEtf: false, sp500: false }));
    const est = estimateRussell(universe, {
      screener: new Map(rows.map((r) => [r.symbol, r])),
      sec,
      sp500: new Set(),
      hq: new Map([['DRS', 'USA'], ['TEVX', 'Israel']]),
      structure: new Map([['NMFC', 'bdc' as const]]),
    });
    expect(est.cells.get('DRS')).toEqual([1, 'rk']);
    expect(est.cells.get('TEVX')).toEqual([null, 'fhq']);
    expect(est.cells.get('NMFC')).toEqual([null, 'bdc']);
  });
});
