import { describe, expect, test } from 'vitest';
import { buildContext } from '../../../lib/context/build-context';
import type { ValuationRefs } from '../../../lib/context/derive';
import { lastPrice, liveMarketCap, liveValuation, trailingNetIncome, type LastPrice } from '../../../lib/context/live-valuation';
import { secRateFacts, SecRateFactsSchema, type SecRateFacts } from '../../../lib/context/sec-inputs';
import { TickerContextSchema } from '../../../lib/context/ticker-context';
import { CompanyFactsSchema, type CompanyFacts, type SecFact } from '../../../lib/data/providers/sec';
import { extractFundamentals, type SecFigure } from '../../../lib/data/providers/sec-facts';
import type { SymbolRecord } from '../../../lib/data/symbol-record';
import { fixtureJson } from '../providers/helpers';

/** A hand-built companyfacts document (SEC wire shape) with the given us-gaap USD facts. */
function doc(concepts: Record<string, SecFact[]>, dei: SecFact[] = []): CompanyFacts {
  const usd = (facts: SecFact[]) => ({ label: null, description: null, units: { USD: facts } });
  return {
    cik: '0000000001',
    entityName: 'Test Co',
    facts: {
      'us-gaap': Object.fromEntries(Object.entries(concepts).map(([k, v]) => [k, usd(v)])),
      ...(dei.length ? { dei: { EntityCommonStockSharesOutstanding: { label: null, description: null, units: { shares: dei } } } } : {}),
    },
  };
}
const dur = (start: string, end: string, val: number, form = '10-Q', filed = '2026-08-01', accn = 'q2'): SecFact => ({ start, end, val, form, filed, accn });
const inst = (end: string, val: number, form = '10-Q', filed = '2026-08-01', accn = 'q2'): SecFact => ({ end, val, form, filed, accn });
const FY = (val: number) => dur('2025-01-01', '2025-12-31', val, '10-K', '2026-02-20', 'k');

describe('net income TTM selection (extractFundamentals → trailingNetIncome), hand-computed', () => {
  const cases: { name: string; facts: SecFact[]; tag?: string; expected: { value: number; basis: string } | RegExp }[] = [
    {
      name: 'profit: FY 400 + YTD 250 − prior YTD 150 = 500',
      facts: [FY(400), dur('2026-01-01', '2026-06-30', 250), dur('2025-01-01', '2025-06-30', 150), dur('2026-04-01', '2026-06-30', 130)],
      expected: { value: 500, basis: 'ttm' },
    },
    {
      name: 'loss: FY −300 + YTD −100 − prior YTD −180 = −220',
      facts: [FY(-300), dur('2026-01-01', '2026-06-30', -100), dur('2025-01-01', '2025-06-30', -180), dur('2026-04-01', '2026-06-30', -60)],
      expected: { value: -220, basis: 'ttm' },
    },
    {
      name: 'missing prior-year YTD: a later quarter exists, so the fiscal year is not the trailing year → refused, not stitched',
      facts: [FY(400), dur('2026-01-01', '2026-06-30', 250), dur('2026-04-01', '2026-06-30', 130)],
      expected: /TTM not derivable: the quarter ended 2026-06-30 lacks matching year-to-date figures/,
    },
    { name: 'annual filer (no quarter since the year end): the fiscal year is the trailing year', facts: [FY(400)], expected: { value: 400, basis: 'annual' } },
    { name: 'only ProfitLoss tagged: the fallback is used', tag: 'ProfitLoss', facts: [FY(90)], expected: { value: 90, basis: 'annual' } },
    { name: 'no net income tag at all', tag: 'Revenues', facts: [FY(90)], expected: /no full-year net income/ },
  ];
  test.each(cases)('$name', ({ facts, tag, expected }) => {
    const f = extractFundamentals(doc({ [tag ?? 'NetIncomeLoss']: facts }));
    const r = trailingNetIncome(secRateFacts(f).netIncome);
    if (expected instanceof RegExp) {
      expect(r.ok).toBe(false);
      expect(!r.ok && r.reason).toMatch(expected);
    } else {
      expect(r.ok && { value: r.value.value, basis: r.value.basis }).toEqual(expected);
    }
  });

  test('NetIncomeLoss and ProfitLoss for the same period: NetIncomeLoss (parent only) wins', () => {
    const f = extractFundamentals(doc({ NetIncomeLoss: [FY(80)], ProfitLoss: [FY(95)] }));
    expect(f.netIncome.latest).toMatchObject({ value: 80, concept: 'us-gaap:NetIncomeLoss' });
  });
});

const fig = (value: number, asOf: string, extra: Partial<SecFigure> = {}): SecFigure => ({
  value, asOf, source: 'SEC EDGAR 10-Q (filed 2026-05-08)', concept: 'us-gaap:X', unit: 'USD', basis: 'instant',
  form: '10-Q', filed: '2026-05-08', accn: 'a', start: null, derived: null, ...extra,
});
const shares = (value: number, asOf: string, extra: Partial<SecFigure> = {}) => fig(value, asOf, { concept: 'dei:EntityCommonStockSharesOutstanding', unit: 'shares', ...extra });
const PRICE: LastPrice = { value: 25, asOf: '2026-06-02', source: 'Yahoo Finance chart API', currency: 'USD' };

describe('liveMarketCap: price × shares, or a refusal', () => {
  test('25.00 × 40,000,000 = 1,000,000,000, dated by the price, both sources named', () => {
    const r = liveMarketCap(PRICE, shares(40_000_000, '2026-05-01'));
    expect(r).toEqual({
      ok: true,
      value: { value: 1_000_000_000, asOf: '2026-06-02', source: 'Yahoo price × SEC shares (10-Q cover page: 40,000,000 as of 2026-05-01, filed 2026-05-08)' },
    });
  });
  test.each([
    ['shares 16 months older than the price', PRICE, shares(40e6, '2025-02-01'), /as of 2025-02-01 is 16 months from the price date \(2026-06-02\)/],
    ['at the limit (460 days) still accepted', PRICE, shares(40e6, '2025-02-27'), null],
    ['several share classes summed', PRICE, shares(70e6, '2026-05-01', { derived: 'sum of share classes reported for the same date' }), /several share classes/],
    ['price not in USD', { ...PRICE, currency: 'CAD' }, shares(40e6, '2026-05-01'), /CAD, not USD/],
    ['no share count', PRICE, null, /no share count/],
    ['no price', null, shares(40e6, '2026-05-01'), /no live price/],
  ] as const)('%s', (_, price, sh, reason) => {
    const r = liveMarketCap(price, sh);
    if (reason === null) expect(r.ok).toBe(true);
    else expect(!r.ok && r.reason).toMatch(reason);
  });

  test('lastPrice pairs the quoted price with its own time, else the last close with its date', () => {
    const h = { symbol: 'X', currency: 'USD', previousClose: null, source: 'Yahoo Finance chart API', closes: [{ date: '2026-06-01', close: 24 }] };
    expect(lastPrice({ ...h, regularMarketPrice: 25, asOf: '2026-06-02T20:00:00.000Z' })).toMatchObject({ value: 25, asOf: '2026-06-02' });
    expect(lastPrice({ ...h, regularMarketPrice: 25, asOf: null })).toMatchObject({ value: 24, asOf: '2026-06-01' });
    expect(lastPrice({ ...h, regularMarketPrice: null, asOf: null, closes: [] })).toBeNull();
  });
});

/** Cached facts with only what the live valuation reads. */
function facts(ni: SecFigure | null, equity: SecFigure | null, sh: SecFigure | null): SecRateFacts {
  const none = { annual: null, latest: null };
  const noFlow = { annual: null, ttm: null };
  return {
    cik: '0000000001', entityName: 'Test Co', operatingIncome: noFlow, interestExpense: noFlow, ebitda: noFlow,
    totalDebt: none, cash: none, variableRateDebt: none, debtDueWithinYear: none,
    netIncome: { annual: null, quarter: null, ttm: ni },
    stockholdersEquity: { annual: null, latest: equity },
    sharesOutstanding: { annual: null, latest: sh },
    notes: [],
  };
}
const ttm = (v: number) => fig(v, '2026-03-31', { basis: 'ttm', start: '2025-04-01', source: 'SEC EDGAR 10-Q (filed 2026-05-08) + 10-K (filed 2026-02-20), TTM derived' });
const REFS: ValuationRefs = { benchmarkPe: 25, benchmarkMedianPe: null, benchmark: 'Test large-cap aggregate', sectors: { Industrials: { medianPe: 16, peers: [10, 16, 30] } }, asOf: '2026-08-22' };
const record: SymbolRecord = {
  symbol: 'TEST', name: 'Test Corp', cik: 1, exchange: 'NYSE', kind: 'stock', sector: 'Industrials', subIndustry: null,
  marketCap: { value: 800e6, asOf: '2025-05-02', source: 'Nasdaq screener' }, pe: null, pb: null, ebitda: null, sp500: false, etf: null,
};
const card = (f: SecRateFacts, r: SymbolRecord = record) =>
  TickerContextSchema.parse(buildContext(r, r.symbol, {}, { valuation: REFS }, { valuation: liveValuation(f, PRICE) }));

describe('live P/E and P/B on a card without snapshot valuation, hand-computed', () => {
  test('cap 1.0B (small); P/E 1.0B ÷ 50M = 20.0 → 20% below 25, 25% above the sector median 16; P/B 1.0B ÷ 400M = 2.5', () => {
    const c = card(facts(ttm(50e6), fig(400e6, '2026-03-31'), shares(40e6, '2026-05-01')));
    expect(c.marketCap).toEqual({ value: 1e9, asOf: '2026-06-02', source: 'Yahoo price × SEC shares (10-Q cover page: 40,000,000 as of 2026-05-01, filed 2026-05-08)' });
    expect(c.capClass).toBe('small'); // the embedded 800M would be small too; see the next test for a class change
    expect(c.valuation).toMatchObject({ pe: 20, pb: 2.5, benchmarkPe: 25, gapPct: -20, sectorMedianPe: 16, sectorGapPct: 25, asOf: '2026-06-02' });
    expect(c.valuation?.fieldSources?.find((x) => x.field === 'pe')?.source).toBe(
      'Yahoo price × SEC shares (10-Q cover page: 40,000,000 as of 2026-05-01, filed 2026-05-08) ÷ net income (SEC 10-Q + 10-K, TTM to 2026-03-31 (filed 2026-05-08), companyfacts)',
    );
    expect(c.valuation?.source).toContain('SEC 10-Q, as of 2026-03-31 (filed 2026-05-08), companyfacts (2026-03-31)');
    expect(c.valuation?.notes).toContain('Benchmark and sector median are embedded S&P 500 figures as of 2026-08-22; this P/E is priced 2026-06-02');
  });

  test('the cap class follows the live cap: 25 × 100,000,000 = 2.5B is mid', () => {
    expect(card(facts(ttm(50e6), fig(400e6, '2026-03-31'), shares(100e6, '2026-05-01'))).capClass).toBe('mid');
  });

  test('loss → P/E n/m, said explicitly with its source; no gap', () => {
    const v = card(facts(ttm(-10e6), fig(400e6, '2026-03-31'), shares(40e6, '2026-05-01'))).valuation!;
    expect(v.pe).toBeNull();
    expect(v.gapPct).toBeNull();
    expect(v.notes).toContain('P/E n/m: negative trailing earnings (SEC 10-Q + 10-K, TTM to 2026-03-31 (filed 2026-05-08), companyfacts)');
    expect(v.pb).toBe(2.5);
  });

  test('negative equity → P/B n/m', () => {
    const v = card(facts(ttm(50e6), fig(-5e6, '2026-03-31'), shares(40e6, '2026-05-01'))).valuation!;
    expect(v.pb).toBeNull();
    expect(v.notes?.some((n) => n.startsWith('P/B n/m: book value (equity) ≤ 0'))).toBe(true);
    expect(v.pe).toBe(20);
  });

  test('stale shares: the embedded cap stays, no P/E, and the card says why', () => {
    const c = card(facts(ttm(50e6), fig(400e6, '2026-03-31'), shares(40e6, '2024-12-31')));
    expect(c.marketCap).toEqual(record.marketCap);
    expect(c.valuation?.pe).toBeNull();
    expect(c.valuation?.notes?.[0]).toMatch(/^Live market cap not computed: SEC share count as of 2024-12-31 is 17 months from the price date/);
  });

  test('ADR: price per ADR × ordinary shares is not a cap, so the embedded cap stays and no live P/E', () => {
    const c = card(facts(ttm(50e6), fig(400e6, '2026-03-31'), shares(40e6, '2026-05-01')), { ...record, kind: 'adr' });
    expect(c.marketCap).toEqual(record.marketCap);
    expect(c.valuation).toBeNull();
  });

  test('S&P 500 member: the embedded P/E and P/B stay (the benchmark is built from them)', () => {
    const member: SymbolRecord = { ...record, sp500: true, pe: { value: 30, asOf: '2026-08-22', source: 'Yahoo' }, pb: { value: 4, asOf: '2026-08-22', source: 'Yahoo' } };
    const v = card(facts(ttm(50e6), fig(400e6, '2026-03-31'), shares(40e6, '2026-05-01')), member).valuation!;
    expect(v).toMatchObject({ pe: 30, pb: 4, asOf: '2026-08-22' });
    expect(v.fieldSources).toBeUndefined();
  });
});

describe('recorded SNOW companyfacts (Snowflake, fiscal year ending 31 January)', () => {
  const f = secRateFacts(extractFundamentals(CompanyFactsSchema.parse(fixtureJson('CIK0001640147_SNOW_companyfacts.trimmed.json'))));
  test('net income TTM to 2025-04-30 = FY −1,285,640,000 + Q1 −430,092,000 − prior Q1 −316,988,000 = −1,398,744,000', () => {
    const r = trailingNetIncome(f.netIncome);
    expect(r.ok && r.value).toMatchObject({ value: -1_398_744_000, asOf: '2025-04-30', basis: 'ttm', concept: 'us-gaap:NetIncomeLoss' });
  });
  test('equity 2,408,000,000 at 2025-04-30 (10-Q); cover-page shares 333,700,000 as of 2025-05-08', () => {
    expect(f.stockholdersEquity.latest).toMatchObject({ value: 2_408_000_000, asOf: '2025-04-30', form: '10-Q', concept: 'us-gaap:StockholdersEquity' });
    expect(f.sharesOutstanding.latest).toMatchObject({ value: 333_700_000, asOf: '2025-05-08', filed: '2025-05-30', derived: null });
  });
  test('a record cached before these fields existed fails validation (so the cache refetches it)', () => {
    const { netIncome: _n, stockholdersEquity: _e, sharesOutstanding: _s, ...old } = f;
    expect(SecRateFactsSchema.safeParse(old).success).toBe(false);
    expect(SecRateFactsSchema.safeParse(f).success).toBe(true);
  });
});
