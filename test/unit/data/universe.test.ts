import { describe, expect, test } from 'vitest';
import { parseSecTickers, parseSp500Financials } from '../../../lib/data/build/parse-sources';
import type { ListingRow } from '../../../lib/data/build/nasdaq-screener-json';
import type { ScreenerRow } from '../../../lib/data/build/screener';
import { buildSymbolRows, encodeVocab, secNameLooksLikeEtf } from '../../../lib/data/build/universe';
import type { EtfRow } from '../../../lib/data/snapshot-schema';

describe('parseSecTickers', () => {
  test('normalises share classes, keeps the first of duplicate symbols, fixes the NYS alias', () => {
    const out = parseSecTickers({
      fields: ['cik', 'name', 'ticker', 'exchange'],
      data: [
        [1067983, 'BERKSHIRE HATHAWAY INC', 'BRK-B', 'NYSE'],
        [1, 'LATER DUPLICATE', 'BRK-B', 'Nasdaq'],
        [2, 'SOME CO', 'SOME', 'NYS'],
        [3, 'NO EXCHANGE', 'NOEX', null],
        [4, 'BAD TICKER', 'BAD TICKER', 'OTC'],
      ],
    });
    expect(out).toEqual([
      { symbol: 'BRK.B', cik: 1067983, name: 'BERKSHIRE HATHAWAY INC', exchange: 'NYSE' },
      { symbol: 'SOME', cik: 2, name: 'SOME CO', exchange: 'NYSE' },
      { symbol: 'NOEX', cik: 3, name: 'NO EXCHANGE', exchange: null },
    ]);
  });

  test('rejects a file with another layout', () => {
    expect(() => parseSecTickers({ fields: ['ticker'], data: [] })).toThrow();
  });
});

describe('secNameLooksLikeEtf', () => {
  test.each([
    ['SPDR S&P 500 ETF TRUST', true],
    ['INVESCO QQQ TRUST, SERIES 1', true],
    ['SPDR GOLD TRUST', true],
    ['iShares Bitcoin Trust ETF', true],
    ['ESSENTIAL PROPERTIES REALTY TRUST, INC.', false],
    ['GABELLI EQUITY TRUST INC', false],
    ['ZIONS BANCORPORATION, NATIONAL ASSOCIATION /UT/', false],
  ])('%s → %s', (name, expected) => {
    expect(secNameLooksLikeEtf(name)).toBe(expected);
  });
});

describe('buildSymbolRows', () => {
  const listing = (symbol: string, name: string, security: ListingRow['security'], marketCap: number | null, extra: Partial<ListingRow> = {}): [string, ListingRow] => [
    symbol,
    { symbol, name, security, marketCap, price: 10, exchange: 'NYSE', country: 'United States', industry: 'Major Banks', sector: 'Finance', ipoYear: null, ...extra },
  ];
  const listings = new Map<string, ListingRow>([
    listing('ZION', 'Zions Bancorporation N.A.', 'equity', 6.7e9),
    listing('PARA', 'Paramount Global', 'equity', 7.9e9),
    listing('BABA', 'Alibaba Group Holding Limited', 'adr', 2.8e11, { country: 'China' }),
    listing('USB.PA', 'U.S. Bancorp', 'other', null),
    listing('LOSS', 'Loss Co', 'equity', 4.9e9),
    listing('IPO', 'Fresh Listing Inc.', 'equity', 1.2e9),
  ]);
  // Gone from the exchanges by the listings date; the rank-day screener still knew it as a stock.
  const earlier = new Map<string, ScreenerRow>([['GONE', { symbol: 'GONE', name: 'Merged Bancorp', security: 'equity', marketCap: 8e9 }]]);
  const financials = parseSp500Financials(
    [
      'Symbol,Name,Sector,Price,Price/Earnings,Dividend Yield,Earnings/Share,52 Week Low,52 Week High,Market Cap,EBITDA,Price/Sales,Price/Book,SEC Filings',
      'AAPL,Apple,X,1,35.5,,1,1,1,4500000000000,160000000000,1,42.1,',
      'PARA,Paramount Global,X,1.3,0.08,,1,1,1,4616249,-17807440,1,0.29,',
      'LOSS,Loss Co,X,1,-12,,1,1,1,5000000000,,1,2,',
      'BAD,Bad Co,X,1,10,,1,1,1,4616249,,1,2,',
    ].join('\n'),
  );
  const sp500 = new Map([
    ['AAPL', { symbol: 'AAPL', name: 'Apple Inc.', sector: 'Information Technology', subIndustry: 'Tech Hardware', cik: 320193 }],
    ['LOSS', { symbol: 'LOSS', name: 'Loss Co', sector: 'Energy', subIndustry: 'Oil', cik: null }],
    ['BAD', { symbol: 'BAD', name: 'Bad Co', sector: 'Energy', subIndustry: 'Oil', cik: null }],
    ['NEWCO', { symbol: 'NEWCO', name: 'New Spin-off', sector: 'Industrials', subIndustry: 'Aero', cik: 9 }],
  ]);
  const etfs: EtfRow[] = [['IWM', 'iShares Russell 2000 ETF', 'iShares (BlackRock)', 'Russell 2000', 'small', 1, null]];
  const sec = ['AAPL', 'ZION', 'PARA', 'BABA', 'USB.PA', 'LOSS', 'BAD', 'OTCX', 'SPY', 'GONE'].map((symbol, i) => ({
    symbol,
    cik: i + 1,
    name: symbol === 'SPY' ? 'SPDR S&P 500 ETF TRUST' : `${symbol} INC`,
    exchange: symbol === 'OTCX' ? 'OTC' : 'NYSE',
  }));
  // Finviz's funds: one the SEC file lacks (EEM), one it files under its issuer (VXX), one whose
  // symbol a stock on the listings holds now (ZION: the newer listing wins).
  const funds = new Map([
    ['EEM', 'iShares MSCI Emerging Markets ETF'],
    ['VXX', 'iPath Series B S&P 500 VIX Short-Term Futures ETN'],
    ['ZION', 'A Fund That Once Had This Symbol'],
  ]);
  const secWithIssuer = [...sec, { symbol: 'VXX', cik: 99, name: 'BARCLAYS BANK PLC', exchange: 'CBOE' }];
  const rows = new Map(buildSymbolRows({ sec: secWithIssuer, listings, priorListings: [earlier], sp500, financials, etfs, funds }).map((r) => [r[0], r]));
  const pick = (s: string) => {
    const r = rows.get(s)!;
    return { kind: r[4], sp500: r[7], cap: r[8], capSrc: r[9], pe: r[10], valSrc: r[13] };
  };

  test('S&P members missing from the listings take the S&P financials cap, with P/E', () => {
    expect(pick('AAPL')).toEqual({ kind: 'stock', sp500: 1, cap: 4.5e12, capSrc: 'spf', pe: 35.5, valSrc: 'spf' });
    expect(rows.get('AAPL')![18]).toBe(1);
  });

  test('S&P members on the listings take its cap (one date for every cap class) and keep the S&P P/E', () => {
    expect(pick('LOSS')).toMatchObject({ cap: 4.9e9, capSrc: 'nq26' });
  });

  test('ex-members ignore their stale financials row and use the listings', () => {
    expect(pick('PARA')).toEqual({ kind: 'stock', sp500: 0, cap: 7.9e9, capSrc: 'nq26', pe: null, valSrc: null });
  });

  test('listing columns: listed flag, country, Nasdaq sector and industry, last sale', () => {
    expect(rows.get('ZION')!.slice(18)).toEqual([1, 'United States', 'Finance', 'Major Banks', 10]);
    expect(rows.get('BABA')![19]).toBe('China');
  });

  test('a stock gone from the listings is "not listed", keeps its kind and shows no cap', () => {
    expect(pick('GONE')).toMatchObject({ kind: 'stock', cap: null, capSrc: null });
    expect(rows.get('GONE')![18]).toBe(0);
    expect(rows.get('OTCX')![18]).toBe(0);
  });

  test('funds carry no listing flag: the stock screener has no ETFs', () => {
    expect(rows.get('IWM')![18]).toBeNull();
    expect(rows.get('SPY')![18]).toBeNull();
  });

  test('Finviz funds: added when missing, a fund by its own name rather than its issuer\'s, never over a listed stock', () => {
    expect(rows.get('EEM')!.slice(0, 5)).toEqual(['EEM', 'iShares MSCI Emerging Markets ETF', null, null, 'etf']);
    expect(rows.get('EEM')![18]).toBeNull();
    expect(rows.get('VXX')!.slice(0, 5)).toEqual(['VXX', 'iPath Series B S&P 500 VIX Short-Term Futures ETN', 99, 'CBOE', 'etf']);
    // Without Finviz's word it was a company no longer listed.
    expect(rows.get('VXX')![18]).toBeNull();
    expect(rows.get('ZION')!.slice(1, 5)).toEqual(['Zions Bancorporation N.A.', 2, 'NYSE', 'stock']);
  });

  test('stocks listed since the SEC file are added after it, with their cap', () => {
    expect(pick('IPO')).toMatchObject({ kind: 'stock', cap: 1.2e9, capSrc: 'nq26' });
    expect(rows.get('IPO')![2]).toBeNull();
  });

  test('encodeVocab replaces texts by indices into sorted lists and loses nothing', () => {
    const { rows: enc, vocab } = encodeVocab([...rows.values()]);
    expect(vocab.country).toEqual(['China', 'United States']);
    const zion = enc.find((r) => r[0] === 'ZION')!;
    expect(vocab.country[zion[19]!]).toBe('United States');
    expect(vocab.listingIndustry[zion[21]!]).toBe('Major Banks');
    expect(enc.find((r) => r[0] === 'IWM')![19]).toBeNull();
  });

  test('a member whose financials row is bad (cap < $100M) gets no figure from it', () => {
    expect(pick('BAD')).toEqual({ kind: 'stock', sp500: 1, cap: null, capSrc: null, pe: null, valSrc: null });
  });

  test('negative earnings give a null P/E but keep the other figures', () => {
    expect(pick('LOSS')).toMatchObject({ pe: null, valSrc: 'spf' });
    expect(rows.get('LOSS')![11]).toBe(2);
  });

  test('kinds: ADR from the screener name, ETF by table or SEC name, preferred and OTC unknown', () => {
    expect(pick('BABA')).toMatchObject({ kind: 'adr', capSrc: 'nq26' });
    expect(pick('SPY')).toMatchObject({ kind: 'etf', cap: null });
    expect(pick('IWM')).toMatchObject({ kind: 'etf', cap: null });
    expect(pick('USB.PA')).toMatchObject({ kind: 'unknown', cap: null });
    expect(pick('OTCX')).toMatchObject({ kind: 'unknown', cap: null });
  });

  test('ETF-table funds and S&P members missing from the SEC file are still in the universe, after it (then new listings, then Finviz funds)', () => {
    const order = [...rows.keys()];
    expect(order.slice(-4)).toEqual(['IWM', 'NEWCO', 'IPO', 'EEM']);
    expect(rows.get('IWM')![3]).toBeNull();
    expect(pick('NEWCO')).toMatchObject({ kind: 'stock', sp500: 1 });
  });
});
