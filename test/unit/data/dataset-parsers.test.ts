import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { DatasetError, debtFromRatio, displayNumber } from '../../../lib/data/build/dataset-figures';
import { parseFinvizExport } from '../../../lib/data/build/finviz-export';
import { parseFinvizFunds } from '../../../lib/data/build/finviz-funds';
import { parseFinvizQuotePages } from '../../../lib/data/build/finviz-quote-pages';
import { parseTradingViewScan } from '../../../lib/data/build/tradingview-scan';
import { SOURCES_DIR } from './real-snapshot';

const read = (rel: string) => readFileSync(join(SOURCES_DIR, rel), 'utf8');
const fq = parseFinvizQuotePages(gunzipSync(readFileSync(join(SOURCES_DIR, 'finviz-quote-pages-2025-12-22/finviz_scored.csv.gz'))).toString('utf8'));
const tvDir = 'tradingview-us-2025-10-24/';
const tvFiles = { income: read(`${tvDir}income_statement.csv`), balance: read(`${tvDir}balance_sheet.csv`), stocks: read(`${tvDir}tradingview_all_stocks.csv`) };
const tv = parseTradingViewScan(tvFiles);
const fv = parseFinvizExport(read('finviz-2025-08-21/finviz_2025-08-21.csv'));

const near = (actual: number | null | undefined, expected: number, rel = 0.005) => {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(Math.abs(expected) * rel);
};

describe('displayNumber', () => {
  test.each([
    ['823.00M', 823e6], ['$845,000,000', 845e6], ['$-431,816,000', -431816000], ['-0.03', -0.03], ['12.5%', 12.5], ['1.2e9', 1.2e9], ['3.1T', 3.1e12],
  ])('%s → %d', (raw, n) => expect(displayNumber(raw, 'x')).toBeCloseTo(n, 6));
  test.each(['', ' ', '-', '—', 'NaN'])('"%s" is absent, not zero', (raw) => expect(displayNumber(raw, 'x')).toBeNull());
  test('garbage throws naming where', () => expect(() => displayNumber('12abc', 'file row 3 P/E')).toThrow(/file row 3 P\/E: "12abc" is not a number/));
  test('debt from a rounded D/E: exact zero kept, sub-0.05 ratios left out', () => {
    expect(debtFromRatio(0, 100)).toBe(0);
    expect(debtFromRatio(0.01, 100)).toBeNull();
    expect(debtFromRatio(0.8, 100)).toBeCloseTo(80, 9);
    expect(debtFromRatio(0.8, -1)).toBeNull();
  });
});

describe('Finviz quote pages 2025-12-22 (SOURCE.md spot checks)', () => {
  test.each([
    ['ZION', 823.0e6, 5.59, 10.77], ['WAL', 887.0e6, 8.09, null], ['ABCB', 398.17e6, 5.78, null], ['BE', 15.27e6, -0.03, null],
    ['POWL', 180.75e6, 14.85, null], ['MLI', 749.13e6, 6.69, null], ['SNV', 754.45e6, 5.36, null], ['CMA', 690.0e6, 5.23, null],
  ])('%s income %d, EPS %d', (s, income, eps, pe) => {
    const f = fq.get(s)!;
    near(f.netIncome, income);
    expect(f.eps).toBe(eps);
    if (pe !== null) expect(f.pe).toBe(pe);
  });
  test('BE: EV/EBITDA 127.1, no P/E (EPS negative); banks have no EV/EBITDA or cash (null, not 0)', () => {
    near(fq.get('BE')!.evEbitda, 127.12);
    expect(fq.get('BE')!.pe).toBeNull();
    expect(fq.get('ZION')).toMatchObject({ evEbitda: null, cash: null, netDebt: null, industry: 'Banks - Regional' });
  });
  test('AAPL FY2025 income 112.01B; 2,945 rows', () => {
    near(fq.get('AAPL')!.netIncome, 112.01e9);
    expect(fq.size).toBe(2945);
  });
  test('parsed and shown columns must agree; a missing column is an error', () => {
    const cols = ['ticker', 'sector', 'industry', 'country'];
    const fields = ['market_cap', 'price', 'p_e', 'forward_p_e', 'p_b', 'ev_ebitda', 'income', 'enterprise_value', 'debt_eq', 'book_sh', 'cash_sh', 'shs_outstand', 'eps_(ttm)', 'eps_next_y'];
    const header = [...cols, ...fields, ...fields.map((f) => `raw__${f}`)].join(',');
    const row = (pe: string, rawPe: string) => ['X', 'Tech', 'Software', 'USA', ...fields.map((f) => (f === 'p_e' ? pe : '1')), ...fields.map((f) => (f === 'p_e' ? rawPe : '1'))].join(',');
    expect(parseFinvizQuotePages(`${header}\n${row('12.5', '12.50')}`).get('X')!.pe).toBe(12.5);
    expect(() => parseFinvizQuotePages(`${header}\n${row('', '12.50')}`)).toThrow(/p_e parsed as null but the page shows "12.50"/);
    expect(() => parseFinvizQuotePages(`${header}\n${row('1', '1')}\n${row('1', '1')}`)).toThrow(/appears twice/);
    expect(() => parseFinvizQuotePages('ticker,sector\nX,Tech')).toThrow(DatasetError);
    expect(() => parseFinvizQuotePages(`${header}\nX,Tech`)).toThrow(/row 2 has 2 fields/);
  });
});

describe('TradingView scan 2025-10-24 (SOURCE.md spot checks)', () => {
  test.each([
    ['ZION', 845.0e6, null, 5230e6, null], ['WAL', 899.8e6, undefined, undefined, undefined], ['ABCB', 391.4e6, undefined, undefined, undefined],
    ['BE', 23.65e6, 166.8e6, 1521.6e6, 575.9e6], ['POWL', 175.4e6, 217.7e6, 1.224e6, 433.0e6], ['MLI', 749.1e6, 947.5e6, undefined, 1317.2e6],
    ['SNV', 800.1e6, undefined, undefined, undefined], ['CMA', 713.0e6, undefined, undefined, undefined], ['AAPL', 99280e6, undefined, undefined, undefined],
  ])('%s NI %d, EBITDA %s, debt %s, cash %s', (s, ni, ebitda, debt, cash) => {
    const f = tv.get(s)!;
    near(f.netIncome, ni);
    if (ebitda === null) expect(f.ebitda).toBeNull();
    else if (ebitda !== undefined) near(f.ebitda, ebitda);
    if (debt !== undefined) near(f.totalDebt, debt!);
    if (cash === null) expect(f.cash).toBeNull();
    else if (cash !== undefined) near(f.cash, cash);
  });
  test('OTC rows and preferreds dropped, duplicates collapsed; D/E recomputed; P/B from cap ÷ equity', () => {
    expect(tv.size).toBeLessThanOrEqual(5546);
    expect([...tv.keys()].some((k) => k.includes('/'))).toBe(false);
    const be = tv.get('BE')!;
    expect(be.debtToEquity).toBeCloseTo(1521631000 / 619430000, 9);
    expect(be.pb).toBeCloseTo(be.marketCap! / be.equity!, 9);
    expect(tv.get('POWL')!.netDebt).toBe(-431816000);
  });
  test('malformed input: unknown exchange, non-numeric money, missing column', () => {
    const ok = { ...tvFiles };
    expect(() => parseTradingViewScan({ ...ok, income: 'ticker,net_income_ttm,ebitda_ttm\nMOON:X,1,2' })).toThrow(/unknown exchange "MOON"/);
    expect(() => parseTradingViewScan({ ...ok, income: 'ticker,net_income_ttm,ebitda_ttm\nX,1,2' })).toThrow(/not EXCHANGE:SYMBOL/);
    expect(() => parseTradingViewScan({ ...ok, income: 'ticker,net_income_ttm,ebitda_ttm\nNYSE:X,$1.2.3,2' })).toThrow(/X net_income_ttm: "\$1.2.3" is not a number/);
    expect(() => parseTradingViewScan({ ...ok, balance: 'ticker,total_debt_fq\nNYSE:X,1' })).toThrow(/missing column/);
    const first = parseTradingViewScan({ ...ok, income: 'ticker,net_income_ttm,ebitda_ttm\nOTC:Y,1,1\nNYSE:X,"$5,000",\nNYSE:X,"$9,000",' });
    expect(first.get('X')!.netIncome).toBe(5000);
    expect(first.get('X')!.ebitda).toBeNull();
    expect(first.has('Y')).toBe(false);
  });
});

describe('Finviz export 2025-08-21 (SOURCE.md spot checks, $M units)', () => {
  test.each([
    ['ZION', 807.0e6, 5.48, 9.81], ['WAL', 833.4e6, 7.61, 10.84], ['ABCB', 391.36e6, 5.67, 12.28], ['BE', 23.65e6, 0, 9438.3],
    ['POWL', 175.38e6, 14.4, null], ['MLI', 709.71e6, 6.3, null], ['SNV', 738.49e6, 5.21, null], ['CMA', 692.0e6, 5.2, null], ['AAPL', 99280e6, 6.58, null],
  ])('%s income %d, EPS %d', (s, income, eps, pe) => {
    const f = fv.get(s)!;
    near(f.netIncome, income);
    expect(f.eps).toBe(eps);
    if (pe !== null) expect(f.pe).toBe(pe);
  });
  test('BE EV/EBITDA 68.04, D/E 2.56; POWL debt 0 and cash 35.88 × shares; banks keep cash null; ETFs dropped', () => {
    expect(fv.get('BE')).toMatchObject({ evEbitda: 68.04, debtToEquity: 2.56 });
    expect(fv.get('POWL')!.totalDebt).toBe(0);
    near(fv.get('POWL')!.cash, 35.88 * 12.07e6);
    near(fv.get('MLI')!.evEbitda, 10.22);
    expect(fv.get('ZION')!.cash).toBeNull();
    expect(fv.size).toBe(5911);
  });
  test('malformed input: a bad number names the row and column', () => {
    const header = '"Ticker","Sector","Industry","Country","Market Cap","Price","P/E","Forward P/E","P/B","EV/EBITDA","Income","Enterprise Value","Total Debt/Equity","Book/sh","Cash/sh","Shares Outstanding","EPS (ttm)"';
    const good = '"X","Tech","Software","USA",100,1,10,9,2,,10,,0.5,3,,10,1';
    expect(parseFinvizExport(`${header}\n${good}`).get('X')).toMatchObject({ marketCap: 100e6, netIncome: 10e6, equity: 30e6, totalDebt: 15e6, cash: null });
    expect(() => parseFinvizExport(`${header}\n${good.replace(',10,9,', ',ten,9,')}`)).toThrow(/row 2 \(X\) P\/E: "ten" is not a number/);
    expect(() => parseFinvizExport('"Ticker","P/E"\n"X",1')).toThrow(/missing column/);
  });
});

describe('Finviz export 2025-08-21: its funds (ETFs and ETNs)', () => {
  const funds = parseFinvizFunds(read('finviz-2025-08-21/finviz_2025-08-21.csv'));
  test('all 4,466 rows of Industry "Exchange Traded Fund", by their Finviz names; no stock among them', () => {
    expect(funds.size).toBe(4466);
    expect(funds.get('EEM')).toBe('iShares MSCI Emerging Markets ETF');
    expect(funds.get('TLT')).toBe('iShares 20+ Year Treasury Bond ETF');
    expect(funds.get('VXX')).toMatch(/^iPath Series B S&P 500 VIX Short-Term Futures/);
    for (const stock of ['ZION', 'AAPL', 'WAL']) expect(funds.has(stock)).toBe(false);
  });
  test('malformed input: a bad ticker, a repeated one or a nameless fund names the row', () => {
    const head = '"Ticker","Company","Industry"';
    expect([...parseFinvizFunds(`${head}\n"X","X Fund","Exchange Traded Fund"\n"Y","Y Co","Banks - Regional"`)]).toEqual([['X', 'X Fund']]);
    expect(() => parseFinvizFunds(`${head}\n"X Y","Z","Exchange Traded Fund"`)).toThrow(/row 2 \(X Y\)/);
    expect(() => parseFinvizFunds(`${head}\n"X","A","Exchange Traded Fund"\n"X","B","Exchange Traded Fund"`)).toThrow(/X appears twice/);
    expect(() => parseFinvizFunds(`${head}\n"X","","Exchange Traded Fund"`)).toThrow(/no fund name/);
  });
});
