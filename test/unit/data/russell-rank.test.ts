import { describe, expect, test } from 'vitest';
import { estimateRussell, russellMeta, type RussellEstimate, type UniverseSymbol } from '../../../lib/data/build/russell-membership';
import { bandAround, normalizeIssuer, type RankedCompany, type SecListing } from '../../../lib/data/build/russell-rank';
import { classifyScreenerName, issuerNameFromScreener, type ScreenerRow } from '../../../lib/data/build/screener';
import { russellExpander } from '../../../lib/data/expand-snapshot';

/** A screener row the way parseScreener makes it (type and issuer read from the description). */
function scr(symbol: string, rawName: string, cap: number | null, price: number): ScreenerRow {
  const security = classifyScreenerName(rawName);
  return { symbol, name: issuerNameFromScreener(rawName), rawName, security, price, marketCap: security === 'other' ? null : cap };
}

interface Mini {
  rows: ScreenerRow[];
  /** symbol → [cik, SEC name, exchange]; symbols absent here are not in the SEC file. */
  sec: Record<string, [number, string, string | null]>;
  sp500?: string[];
  etfs?: string[];
  /** Universe symbols beyond the SEC ones (ETF table, S&P extras). */
  extra?: string[];
}

function estimate(mini: Mini, last: RussellEstimate | null = null) {
  const sec = new Map<string, SecListing>(Object.entries(mini.sec).map(([s, [cik, name, exchange]]) => [s, { cik, name, exchange }]));
  const sp500 = new Set(mini.sp500 ?? []);
  const universe: UniverseSymbol[] = [...Object.keys(mini.sec), ...(mini.extra ?? [])].map((symbol) => ({
    symbol,
    cik: sec.get(symbol)?.cik ?? null,
    exchange: sec.get(symbol)?.exchange ?? null,
    secName: sec.get(symbol)?.name ?? null,
    isEtf: (mini.etfs ?? []).includes(symbol),
    sp500: sp500.has(symbol),
  }));
  const est = estimateRussell(universe, { screener: new Map(mini.rows.map((r) => [r.symbol, r])), sec, sp500 }, last);
  const expand = russellExpander(russellMeta(est, 'rus', '2025-04-30', '2025-04-30', 2025, last ? 2024 : null));
  return { est, cell: (s: string) => est.cells.get(s) ?? null, flags: (s: string) => expand(est.cells.get(s)?.[0] ?? null, est.cells.get(s)?.[1] ?? null) };
}

describe('a hand-made rank-day universe', () => {
  const mini: Mini = {
    rows: [
      // Alphabet: both classes repeat the company total at their own price (real screener rows).
      scr('GOOG', 'Alphabet Inc. Class C Capital Stock', 1_975_456_650_000, 162.79),
      scr('GOOGL', 'Alphabet Inc. Class A Common Stock', 1_957_375_500_000, 161.3),
      // Berkshire: the same total on a $795,400 share and a $530 share.
      scr('BRK.A', 'Berkshire Hathaway Inc.', 1_169_933_179_600, 795_400),
      scr('BRK.B', 'Berkshire Hathaway Inc.', 1_169_852_478_245, 530.23),
      // Made up: a source that gives each class its own cap (30M and 10M shares at $10) is summed.
      scr('DUO', 'Duo Holdings Inc. Class A Common Stock', 300e6, 10),
      scr('DUO.B', 'Duo Holdings Inc. Class B Common Stock', 100e6, 10),
      // A ticker reused since rank day: GOLD was Barrick's; the SEC file gives it to A-Mark's CIK.
      scr('GOLD', 'Barrick Gold Corporation Common Stock', 32_197_730_561, 18.37),
      scr('AMRK', 'A-Mark Precious Metals, Inc. Common Stock', 557_524_661, 24.22),
      scr('CENT', 'Eighty Cent Corp. Common Stock', 150e6, 0.8), // under the $1 floor
      scr('TINY', 'Tiny Corp. Common Stock', 20e6, 3), // under the $30M minimum
      scr('BABA', 'Alibaba Group Holding Limited American Depositary Shares', 280e9, 120),
      scr('USB.PA', 'U.S. Bancorp Depositary Shares Each Representing a 1/1000th Interest in a Share of Series A Preferred Stock', 60e9, 20),
      scr('WARW', 'Warrant Co Inc. Common Stock Purchase Warrants', 500e6, 0.3),
      scr('ZION', 'Zions Bancorporation N.A. Common Stock', 6_706_892_268, 45.35),
      scr('LEN', 'Lennar Corporation Class A Common Stock', 28_539_892_226, 108.19),
      scr('CSWI', 'CSW Industrials, Inc. Common Stock', 5_307_481_219, 316.24),
      scr('FI', 'Fiserv, Inc. Common Stock', 100e9, 180),
      scr('QVCG', 'Moved Away Inc. Common Stock', 900e6, 5),
    ],
    sec: {
      GOOG: [1652044, 'Alphabet Inc.', 'Nasdaq'],
      GOOGL: [1652044, 'Alphabet Inc.', 'Nasdaq'],
      'BRK.A': [1067983, 'BERKSHIRE HATHAWAY INC', 'NYSE'],
      'BRK.B': [1067983, 'BERKSHIRE HATHAWAY INC', 'NYSE'],
      DUO: [7, 'DUO HOLDINGS INC', 'Nasdaq'],
      'DUO.B': [7, 'DUO HOLDINGS INC', 'Nasdaq'],
      GOLD: [1591588, 'Gold.com, Inc.', 'NYSE'],
      AMRK: [1591588, 'Gold.com, Inc.', 'Nasdaq'],
      CENT: [8, 'EIGHTY CENT CORP', 'NYSE'],
      TINY: [9, 'TINY CORP', 'NYSE'],
      BABA: [1577552, 'Alibaba Group Holding Ltd', 'NYSE'],
      'USB.PA': [36104, 'US BANCORP \\DE\\', 'NYSE'],
      WARW: [10, 'WARRANT CO INC', 'Nasdaq'],
      ZION: [109380, 'ZIONS BANCORPORATION, NATIONAL ASSOCIATION /UT/', 'Nasdaq'],
      LEN: [920760, 'LENNAR CORP /NEW/', 'NYSE'],
      'LEN.B': [920760, 'LENNAR CORP /NEW/', 'NYSE'], // not in the screener
      'BAC.PB': [70858, 'BANK OF AMERICA CORP /DE/', 'NYSE'], // not in the screener
      CSWI: [1624794, 'CSW INDUSTRIALS, INC.', null], // the old ticker, no longer listed
      CSW: [1624794, 'CSW INDUSTRIALS, INC.', 'Nasdaq'], // renamed after rank day
      FISV: [798354, 'FISERV INC', 'NYSE'], // renamed; the old ticker FI left the SEC file
      QVCG: [11, 'MOVED AWAY INC', 'OTC'], // listed on rank day, over the counter now
      AAPL: [320193, 'Apple Inc.', 'Nasdaq'], // missing from the screener, S&P 500 member
      NEWCO: [12, 'NEWCO INC', 'NYSE'], // listed after rank day
    },
    sp500: ['AAPL', 'GOOG', 'GOOGL', 'BRK.B', 'LEN', 'FISV'],
    etfs: ['IWM'],
    extra: ['IWM'],
  };
  const { est, cell, flags } = estimate(mini);
  const companyCap = (s: string) => est.ranking.companies.find((c) => c.symbols.includes(s))?.cap;

  test('multi-class companies are ranked once, at the company total, never double-counted', () => {
    expect(companyCap('GOOG')).toBe(1_975_456_650_000);
    expect(cell('GOOG')).toEqual(cell('GOOGL'));
    expect(companyCap('BRK.B')).toBe(1_169_933_179_600);
    expect(cell('BRK.A')).toEqual(cell('BRK.B'));
    expect(est.ranking.companies.map((c) => c.symbols.join('+')).slice(0, 3)).toEqual(['GOOG+GOOGL', 'BRK.A+BRK.B', 'FI']);
  });

  test('per-class caps of one issuer are summed', () => {
    expect(companyCap('DUO')).toBe(400e6);
    expect(cell('DUO')).toEqual(cell('DUO.B'));
  });

  test('a reused ticker does not merge two issuers under one CIK', () => {
    expect(companyCap('GOLD')).toBe(32_197_730_561);
    expect(companyCap('AMRK')).toBe(557_524_661);
  });

  test.each([
    ['CENT', 'px', false],
    ['TINY', 'cap', false],
    ['BABA', 'adr', false],
    ['USB.PA', 'pref', false],
    ['WARW', 'warr', false],
    ['IWM', 'etf', false],
    ['QVCG', 'otc', false],
    ['BAC.PB', 'pref', false], // known only by its ticker suffix
  ] as const)('%s is excluded (%s) and shown as not a member', (symbol, code, flag) => {
    expect(cell(symbol)).toEqual([null, code]);
    expect(flags(symbol)).toMatchObject({ rank: null, r1000: flag, r2000: flag, basis: expect.stringMatching(/^estimated 2025 reconstitution: not eligible: /) });
  });

  test('share classes and renamed tickers take their company rank; a preferred never does', () => {
    expect(cell('LEN.B')).toEqual(cell('LEN'));
    expect(cell('CSW')).toEqual(cell('CSWI'));
    // FI itself is not in the universe any more (not in the SEC file), only its rank-day row.
    expect(cell('FISV')).toEqual([est.ranking.companies.find((c) => c.symbols.includes('FI'))!.rank, 'rk']);
    expect(cell('BAC.PB')?.[1]).toBe('pref');
  });

  test('an S&P 500 member absent from the data is a Russell 1000 placeholder and moves the breakpoints', () => {
    expect(cell('AAPL')).toEqual([null, 'sp']);
    expect(flags('AAPL')).toMatchObject({ rank: null, r1000: true, r2000: false });
    expect(est.placeholders).toBe(1);
    expect(est.r1000LastRank).toBe(999);
    expect(est.r2000LastRank).toBe(2999);
  });

  test('a symbol listed after rank day has no estimate at all', () => {
    expect(cell('NEWCO')).toBeNull();
    expect(flags('NEWCO')).toBeNull();
  });

  test('issuer names match across sources despite legal words and SEC suffixes', () => {
    expect(normalizeIssuer('Zions Bancorporation N.A.')).toBe(normalizeIssuer('ZIONS BANCORPORATION, N.A. /UT/'));
    expect(normalizeIssuer("McDonald's Corporation")).toBe(normalizeIssuer('MCDONALDS CORP'));
  });
});

describe('breakpoints at ranks 1000 and 3000', () => {
  // 3,100 companies with strictly falling caps: rank i has cap (4000 - i) × $100M.
  const rows = Array.from({ length: 3100 }, (_, i) => scr(`C${i + 1}`, `Company ${i + 1} Inc. Common Stock`, (4000 - (i + 1)) * 1e8, 10));
  const sec = Object.fromEntries(rows.map((r, i) => [r.symbol, [1000 + i, `COMPANY ${i + 1} INC`, 'NYSE'] as [number, string, string]]));
  const { flags } = estimate({ rows, sec });

  test.each([
    ['C1', true, false],
    ['C1000', true, false],
    ['C1001', false, true],
    ['C3000', false, true],
    ['C3001', false, false],
  ] as const)('%s → Russell 1000 %s, Russell 2000 %s', (symbol, r1000, r2000) => {
    expect(flags(symbol)).toMatchObject({ rank: Number(symbol.slice(1)), r1000, r2000 });
  });

  test('below rank 3000 the basis says microcap', () => {
    expect(flags('C3001')?.basis).toMatch(/microcap/);
  });
});

describe('banding against last year\'s estimate', () => {
  // 3,100 companies with falling caps; this year two of them swap places across the 1000 breakpoint.
  const rows = (swap: boolean) =>
    Array.from({ length: 3100 }, (_, i) => {
      const n = swap && i + 1 === 950 ? 1050 : swap && i + 1 === 1050 ? 950 : i + 1;
      return scr(`C${n}`, `Company ${n} Inc. Common Stock`, (4000 - (i + 1)) * 1e8, 10);
    });
  const sec = Object.fromEntries(Array.from({ length: 3100 }, (_, i) => [`C${i + 1}`, [1000 + i, `COMPANY ${i + 1} INC`, 'NYSE'] as [number, string, string]]));
  const lastYear = estimate({ rows: rows(false), sec }).est;
  const { est, cell, flags } = estimate({ rows: rows(true), sec }, lastYear);

  test('a member ranked past the breakpoint but inside the band keeps its index (b1 / b2)', () => {
    expect(est.bandRanks[0]).toBeLessThan(950);
    expect(est.bandRanks[1]).toBeGreaterThan(1050);
    expect(cell('C950')).toEqual([1050, 'b1']);
    expect(flags('C950')).toMatchObject({ r1000: true, r2000: false, basis: expect.stringMatching(/kept in the Russell 1000/) });
    expect(cell('C1050')).toEqual([950, 'b2']);
    expect(flags('C1050')).toMatchObject({ r1000: false, r2000: true });
    expect(est.banded).toBe(2);
  });

  test('without last year\'s estimate the rank alone decides', () => {
    const alone = estimate({ rows: rows(true), sec });
    expect(alone.cell('C950')).toEqual([1050, 'rk']);
    expect(alone.flags('C950')).toMatchObject({ r1000: false, r2000: true });
  });
});

describe('bandAround (FTSE Russell ±2.5% cumulative-cap band)', () => {
  const company = (rank: number, cap: number): RankedCompany => ({ key: `c${rank}`, cik: rank, issuer: '', cap, rank, symbols: [] });

  test('equal caps: the band is ±100 ranks around rank 1000 of 4000', () => {
    const [lo, hi] = bandAround(Array.from({ length: 4000 }, (_, i) => company(i + 1, 1)), 1000);
    expect(Math.abs(lo - 900)).toBeLessThanOrEqual(1);
    expect(Math.abs(hi - 1100)).toBeLessThanOrEqual(1);
  });

  test('only the top `universe` companies count, and an empty list gives the breakpoint', () => {
    expect(bandAround([], 1000)).toEqual([1000, 1000]);
    const [lo, hi] = bandAround(Array.from({ length: 5000 }, (_, i) => company(i + 1, 1)), 1000, 2000);
    expect(Math.abs(lo - 950)).toBeLessThanOrEqual(1);
    expect(Math.abs(hi - 1050)).toBeLessThanOrEqual(1);
  });
});
