import { describe, expect, test } from 'vitest';
import { parseFundamentals } from '../../../lib/data/build/fundamentals';
import { expandSnapshot } from '../../../lib/data/expand-snapshot';
import { FUNDAMENTALS_FIELDS } from '../../../lib/data/snapshot-schema';
import { realSnapshot } from './real-snapshot';

// data_final.csv's header and number format (raw floats, blanks for missing).
const HEADER =
  ',Ticker,Name,Last Sale,Net Change,Percent Change,Market Cap,Share Issued,Total Assets,Net PPE,Accounts Receivable,Cash And Cash Equivalents,Total Debt,Accounts Payable,Stockholders Equity,Retained Earnings,Working Capital,Total Revenue,Operating Income,EBITDA,Net Income,Capital Expenditure,Free Cash Flow,1 Month Stock Price,6 Month Stock Price,1 Year Stock Price';
const line = (ticker: string, f: { shares?: string; cash?: string; debt?: string; equity?: string; op?: string; ebitda?: string; net?: string }) =>
  [0, ticker, `${ticker} Inc.`, 1, 0, 0, 1e9, f.shares ?? '', 1, 1, 1, f.cash ?? '', f.debt ?? '', 1, f.equity ?? '', 1, 1, 1, f.op ?? '', f.ebitda ?? '', f.net ?? '', 1, 1, 1, 1, 1].join(',');

describe('parseFundamentals', () => {
  const csv = [
    HEADER,
    line('AVGO', { shares: '4702000000.0', cash: '9307000000.0', debt: '66579000000.0', equity: '69789000000.0', op: '6432000000.0', ebitda: '8537000000.0', net: '5503000000.0' }),
    line('LOSS', { debt: '0.0', cash: '5.0', ebitda: '-1200000.4', op: '-2000000.0', net: '-3000000.0', equity: '-10.0' }),
    line('BAD', { debt: '-5.0', shares: '-1.0', cash: '7.0' }),
    line('EMPTY', {}),
    line('GONE', { cash: '1.0' }), // not in the universe
    line('AVGO', { cash: '1.0' }), // duplicate: the first row wins
    line('BRK/B', { cash: '2.0' }),
  ].join('\n');
  const rows = parseFundamentals(csv, new Set(['AVGO', 'LOSS', 'BAD', 'EMPTY', 'BRK.B']));
  const by = new Map(rows.map((r) => [r[0], r]));

  test('columns in FUNDAMENTALS_FIELDS order, rounded to whole units', () => {
    expect(FUNDAMENTALS_FIELDS).toEqual(['symbol', 'totalDebt', 'cash', 'ebitdaQuarter', 'operatingIncomeQuarter', 'netIncomeQuarter', 'stockholdersEquity', 'sharesIssued']);
    expect(by.get('AVGO')).toEqual(['AVGO', 66579000000, 9307000000, 8537000000, 6432000000, 5503000000, 69789000000, 4702000000]);
  });

  test('losses and negative equity are kept; zero debt is a figure, not a gap', () => {
    expect(by.get('LOSS')).toEqual(['LOSS', 0, 5, -1200000, -2000000, -3000000, -10, null]);
  });

  test('negative debt or share counts are data errors and become null', () => {
    expect(by.get('BAD')).toEqual(['BAD', null, 7, null, null, null, null, null]);
  });

  test('rows without any figure, outside the universe, or repeated are dropped; symbols are normalised', () => {
    expect(rows.map((r) => r[0])).toEqual(['AVGO', 'BAD', 'BRK.B', 'LOSS']);
  });
});

describe('fundamentals in the built snapshot', () => {
  const snap = realSnapshot();
  const records = new Map(expandSnapshot(snap).map((r) => [r.symbol, r]));

  test('about 540 of the 570 sample companies are still in the universe', () => {
    expect(snap.fundamentals.rows.length).toBeGreaterThan(500);
    expect(snap.fundamentals.rows.length).toBeLessThanOrEqual(570);
  });

  test('a non-S&P company: quarterly figures labelled as the latest quarter, never annualised', () => {
    const f = records.get('ZION')!.fundamentals!;
    expect(f.totalDebt).toMatchObject({ asOf: '2025-05-02', period: 'quarter-end' });
    expect(f.netIncome).toMatchObject({ period: 'quarter', source: expect.stringMatching(/latest quarter, not annualised/) });
    if (f.ebitda) expect(f.ebitda.period).toBe('quarter');
  });

  test('S&P 500 members keep the trailing-twelve-month EBITDA of the S&P financials, labelled as such', () => {
    const aapl = records.get('AAPL')!;
    expect(aapl.fundamentals!.ebitda).toMatchObject({ value: aapl.ebitda!.value, asOf: '2026-08-22', period: 'ttm' });
    expect(aapl.fundamentals!.ebitda!.source).toMatch(/S&P 500 financials.*trailing twelve months/);
    // A member that is also in the sample: TTM from S&P wins over the sample's quarter.
    const both = snap.fundamentals.rows.find((r) => records.get(r[0])?.sp500 && records.get(r[0])?.ebitda && r[3] !== null);
    expect(both).toBeDefined();
    const rec = records.get(both![0])!;
    expect(rec.fundamentals!.ebitda).toMatchObject({ value: rec.ebitda!.value, period: 'ttm' });
    expect(rec.fundamentals!.totalDebt?.period).toBe('quarter-end');
  });

  test('symbols with no figures have fundamentals null', () => {
    const noData = [...records.values()].find((r) => !r.sp500 && !snap.fundamentals.rows.some((f) => f[0] === r.symbol));
    expect(noData?.fundamentals).toBeNull();
  });
});
