import { describe, expect, test } from 'vitest';
import { buildContext } from '../../../lib/context/build-context';
import { TickerContextSchema } from '../../../lib/context/ticker-context';
import { expandSnapshot, indexMetaFromSnapshot } from '../../../lib/data/expand-snapshot';
import type { SymbolRecord } from '../../../lib/data/symbol-record';
import { realSnapshot } from '../data/real-snapshot';

const snap = realSnapshot();
const records = new Map(expandSnapshot(snap).map((r) => [r.symbol, r]));
const meta = indexMetaFromSnapshot(snap);
const ctx = (symbol: string) => TickerContextSchema.parse(buildContext(records.get(symbol), symbol, meta));

const baseRecord: SymbolRecord = {
  symbol: 'TEST',
  name: 'Test Corp',
  cik: null,
  exchange: 'NYSE',
  kind: 'stock',
  sector: null,
  subIndustry: null,
  marketCap: null,
  pe: null,
  pb: null,
  ebitda: null,
  sp500: false,
  etf: null,
};

describe('buildContext on the real snapshot', () => {
  test('ZION: a mid-cap bank stock outside the S&P 500, market cap with source and date', () => {
    const c = ctx('ZION');
    expect(c).toMatchObject({ symbol: 'ZION', kind: 'stock', exchange: 'Nasdaq', capClass: 'mid' });
    // No GICS sector outside the S&P 500: the regional-bank prior comes from the listings' industry, and says so.
    expect(c.rateSensitivity?.level).toBe('high');
    const sector = c.rateSensitivity?.drivers.find((d) => d.name === 'Sector');
    expect(sector?.value).toBe('Regional bank');
    expect(sector?.note).toMatch(/industry “(Major Banks|Banks - Regional)”/);
    expect(sector?.asOf).toMatch(/^20\d\d-\d\d-\d\d$/);
    expect(c.marketCap).toMatchObject({ value: 9945261610, asOf: '2026-08-21', source: 'Nasdaq.com screener' });
    expect(c.price).toMatchObject({ value: 68.14, asOf: '2026-08-21' });
    expect(c.listing).toMatchObject({ status: 'listed', asOf: '2026-08-21' });
    expect(c).toMatchObject({ country: 'United States', industry: { name: 'Banks - Regional', scheme: 'Finviz', asOf: '2025-12-22' } });
    expect(c.etf).toBeUndefined();
  });

  test('CMA (merged into Fifth Third): flagged not listed, no current cap or cap class', () => {
    const c = ctx('CMA');
    expect(c.kind).toBe('stock');
    expect(c.listing).toMatchObject({ status: 'not-listed', asOf: '2026-08-21' });
    expect(c.marketCap).toBeNull();
    expect(c.capClass).toBeNull();
  });

  test('ZION: Russell membership follows its 2026 rank-day rank, and the method says it is an estimate', () => {
    const c = ctx('ZION');
    const rank = records.get('ZION')!.russell!.rank!;
    const { r1000LastRank } = snap.russell;
    // SOURCE.md of the 2026 rank-day screener: ZION ranks about 773 among US companies, far from the band edges.
    expect(rank).toBeLessThanOrEqual(r1000LastRank);
    expect(c.index).toMatchObject({ sp500: false, russell1000: true, russell2000: false });
    expect(c.index.method).toMatch(/S&P 500 constituents list.*as of 2026-08-08/);
    expect(c.index.method).toContain('estimated by market-cap rank (FTSE Russell rules, caps as of 2026-04-30): estimated 2026 reconstitution');
    expect(c.index.method).toContain(`rank ${rank.toLocaleString('en-US')} of`);
  });

  test.each([
    // A fund the rules exclude: a confident "no", with the reason.
    ['PDI', false, /not eligible: closed-end funds/],
    ['KRE', false, /not eligible: exchange-traded funds/],
    // A preferred known only by its ticker suffix.
    ['BAC.PB', false, /not eligible: preferred/],
    // A non-US screener country (Luxembourg) and no published Russell tag; FTSE Russell may count it as US: unknown.
    ['SPOT', null, /membership unknown: the rank-day screener gives a non-US country/],
  ] as const)('%s: Russell flags %s with the reason in the method', (symbol, flag, reason) => {
    const c = ctx(symbol);
    expect(c.index.russell1000).toBe(flag);
    expect(c.index.russell2000).toBe(flag);
    expect(c.index.method).toMatch(reason);
  });

  test('an Irish-incorporated company Finviz tags Russell 2000 is ranked as a US company (FTSE Russell already assigned it)', () => {
    expect(ctx('ALKS').index).toMatchObject({ russell1000: false, russell2000: true });
    expect(ctx('ALKS').index.method).toMatch(/estimated 2026 reconstitution: rank [\d,]+ of/);
  });

  test('an S&P 500 member missing from the rank-day data is Russell 1000 without a rank', () => {
    const row = snap.symbols.rows.find((r) => r[15] === 'sp')!;
    expect(ctx(row[0]).index).toMatchObject({ sp500: true, russell1000: true, russell2000: false });
    expect(ctx(row[0]).index.method).toMatch(/S&P 500 member missing from the rank-day data/);
    expect(ctx('AAPL').index).toMatchObject({ sp500: true, russell1000: true, russell2000: false });
  });

  test('IWM: an ETF with fund facts and no cap class', () => {
    const c = ctx('IWM');
    expect(c).toMatchObject({ kind: 'etf', capClass: null, marketCap: null, valuation: null });
    expect(c.etf).toMatchObject({ tracks: 'Russell 2000', segment: 'small', leverage: 1 });
    expect(c.etf?.source).toMatch(/Issuer fund facts/);
  });

  test('TZA: leverage is carried through', () => {
    expect(ctx('TZA').etf).toMatchObject({ tracks: 'Russell 2000', leverage: -3 });
  });

  test('BRK.B: share class with a dot, S&P 500 mega cap', () => {
    const c = ctx('BRK.B');
    expect(c).toMatchObject({ symbol: 'BRK.B', kind: 'stock', capClass: 'mega', sector: 'Financials' });
    expect(c.index.sp500).toBe(true);
  });

  test('AAPL: all four multiples from the Finviz quote pages of 2025-12-22, each with its source; no refs, no gap', () => {
    const v = ctx('AAPL').valuation!;
    expect(v).toMatchObject({ pe: 36.33, forwardPe: 29.66, benchmarkPe: null, gapPct: null, asOf: '2025-12-22', source: 'Finviz quote pages (2025-12-22)' });
    expect(v.fieldSources?.map((f) => f.field)).toEqual(['pe', 'forwardPe', 'pb', 'evEbitda']);
  });

  test('unknown symbol: kind unknown, every other field null', () => {
    expect(ctx('XYZQ')).toEqual({
      symbol: 'XYZQ',
      name: null,
      kind: 'unknown',
      exchange: null,
      sector: null,
      marketCap: null,
      capClass: null,
      index: { sp500: null, russell1000: null, russell2000: null, method: null },
      valuation: null,
      rateSensitivity: null,
    });
  });

  test('every record in the snapshot builds a schema-valid context', () => {
    for (const [symbol, record] of records) TickerContextSchema.parse(buildContext(record, symbol, meta));
  });
});

describe('buildContext kind mapping and edge cases', () => {
  test.each([
    ['stock', 'stock'],
    ['adr', 'stock'],
    ['etf', 'etf'],
    ['fund', 'etf'],
    ['unknown', 'unknown'],
  ] as const)('record kind %s → context kind %s', (recordKind, kind) => {
    expect(buildContext({ ...baseRecord, kind: recordKind }, 'TEST').kind).toBe(kind);
  });

  test('no market cap → no cap class; no P/E or P/B → valuation null', () => {
    const c = TickerContextSchema.parse(buildContext(baseRecord, 'TEST'));
    expect(c.capClass).toBeNull();
    expect(c.valuation).toBeNull();
    expect(c.index.method).toMatch(/S&P 500 constituents list/);
  });

  test('P/B alone still yields a dated valuation', () => {
    const c = buildContext({ ...baseRecord, pb: { value: 1.2, asOf: '2026-01-01', source: 'X' } }, 'TEST');
    expect(c.valuation).toMatchObject({ pe: null, pb: 1.2, asOf: '2026-01-01', source: 'X (2026-01-01)' });
  });

  test('no rank-day figure: Russell flags unknown, and the method says why', () => {
    const c = buildContext({ ...baseRecord, russell: null }, 'TEST', { russellCapsAsOf: '2025-05-02' });
    expect(c.index).toMatchObject({ russell1000: null, russell2000: null });
    expect(c.index.method).toMatch(/caps as of 2025-05-02\): not estimated for TEST, which has no market cap in that data/);
  });

  test('a record stored by a build without the estimate (no russell key) says it is not estimated yet', () => {
    expect(buildContext(baseRecord, 'TEST').index.method).toMatch(/Russell 1000\/2000 membership not estimated yet/);
  });

  test('a ranked record: flags from the record, basis in the method', () => {
    const russell = { rank: 1500, r1000: false, r2000: true, basis: 'rank 1,500 of 3,400', asOf: '2025-05-02' };
    const c = buildContext({ ...baseRecord, russell }, 'TEST');
    expect(c.index).toMatchObject({ russell1000: false, russell2000: true });
    expect(c.index.method).toMatch(/estimated by market-cap rank \(FTSE Russell rules, caps as of 2025-05-02\): rank 1,500 of 3,400$/);
  });

  test('the symbol of an unknown ticker is normalised when possible', () => {
    expect(buildContext(undefined, 'brk-b').symbol).toBe('BRK.B');
  });
});
