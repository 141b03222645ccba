import { describe, expect, test } from 'vitest';
import { parseSecTickers, parseSp500Financials } from '../../../lib/data/build/parse-sources';
import type { ScreenerRow } from '../../../lib/data/build/screener';
import { buildSymbolRows, secNameLooksLikeEtf } from '../../../lib/data/build/universe';
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
  const screener = new Map<string, ScreenerRow>([
    ['ZION', { symbol: 'ZION', name: 'Zions Bancorporation N.A.', security: 'equity', marketCap: 6.7e9 }],
    ['PARA', { symbol: 'PARA', name: 'Paramount Global', security: 'equity', marketCap: 7.9e9 }],
    ['BABA', { symbol: 'BABA', name: 'Alibaba Group Holding Limited', security: 'adr', marketCap: 2.8e11 }],
    ['USB.PA', { symbol: 'USB.PA', name: 'U.S. Bancorp', security: 'other', marketCap: null }],
  ]);
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
  const sec = ['AAPL', 'ZION', 'PARA', 'BABA', 'USB.PA', 'LOSS', 'BAD', 'OTCX', 'SPY'].map((symbol, i) => ({
    symbol,
    cik: i + 1,
    name: symbol === 'SPY' ? 'SPDR S&P 500 ETF TRUST' : `${symbol} INC`,
    exchange: symbol === 'OTCX' ? 'OTC' : 'NYSE',
  }));
  const rows = new Map(buildSymbolRows({ sec, screener, sp500, financials, etfs }).map((r) => [r[0], r]));
  const pick = (s: string) => {
    const r = rows.get(s)!;
    return { kind: r[4], sp500: r[7], cap: r[8], capSrc: r[9], pe: r[10], valSrc: r[13] };
  };

  test('S&P members take S&P financials, with P/E', () => {
    expect(pick('AAPL')).toEqual({ kind: 'stock', sp500: 1, cap: 4.5e12, capSrc: 'spf', pe: 35.5, valSrc: 'spf' });
  });

  test('ex-members ignore their stale financials row and use the screener', () => {
    expect(pick('PARA')).toEqual({ kind: 'stock', sp500: 0, cap: 7.9e9, capSrc: 'nq', pe: null, valSrc: null });
  });

  test('a member whose financials row is bad (cap < $100M) gets no figure from it', () => {
    expect(pick('BAD')).toEqual({ kind: 'stock', sp500: 1, cap: null, capSrc: null, pe: null, valSrc: null });
  });

  test('negative earnings give a null P/E but keep the other figures', () => {
    expect(pick('LOSS')).toMatchObject({ cap: 5e9, pe: null, valSrc: 'spf' });
    expect(rows.get('LOSS')![11]).toBe(2);
  });

  test('kinds: ADR from the screener name, ETF by table or SEC name, preferred and OTC unknown', () => {
    expect(pick('BABA')).toMatchObject({ kind: 'adr', capSrc: 'nq' });
    expect(pick('SPY')).toMatchObject({ kind: 'etf', cap: null });
    expect(pick('IWM')).toMatchObject({ kind: 'etf', cap: null });
    expect(pick('USB.PA')).toMatchObject({ kind: 'unknown', cap: null });
    expect(pick('OTCX')).toMatchObject({ kind: 'unknown', cap: null });
  });

  test('ETF-table funds and S&P members missing from the SEC file are still in the universe, after it', () => {
    const order = [...rows.keys()];
    expect(order.slice(-2)).toEqual(['IWM', 'NEWCO']);
    expect(rows.get('IWM')![3]).toBeNull();
    expect(pick('NEWCO')).toMatchObject({ kind: 'stock', sp500: 1 });
  });
});
