import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SourcedValueSchema } from '../../../lib/context/ticker-context';
import {
  cik10,
  companyFactsUrl,
  CompanyFactsSchema,
  fetchCompanyFacts,
  secRequestHeaders,
  secUserAgent,
  secUserAgentRule,
  type CompanyFacts,
  type SecFact,
} from '../../../lib/data/providers/sec';
import { extractFundamentals } from '../../../lib/data/providers/sec-facts';
import { ProviderError } from '../../../lib/data/providers/http';
import { fixtureJson, jsonResponse, stubFetch } from './helpers';

const SNOW_FILE = 'CIK0001640147_SNOW_companyfacts.trimmed.json';
const LPA_FILE = 'CIK0001997711_LPA_companyfacts_ifrs.json';
const snow = () => CompanyFactsSchema.parse(fixtureJson(SNOW_FILE));
const lpa = () => CompanyFactsSchema.parse(fixtureJson(LPA_FILE));

describe('SEC companyfacts: Snowflake (us-gaap, recorded)', () => {
  const f = extractFundamentals(snow());

  test('identity; integer cik normalised to 10 digits', () => {
    expect(f.cik).toBe('0001640147');
    expect(f.entityName).toBe('SNOWFLAKE INC.');
    expect(f.taxonomies).toEqual(['dei', 'us-gaap']);
  });

  test('interest expense: InterestExpenseNonoperating, FY, Q1 and TTM', () => {
    const m = f.interestExpense;
    expect(m.annual).toMatchObject({
      value: 2_759_000,
      asOf: '2025-01-31',
      start: '2024-02-01',
      concept: 'us-gaap:InterestExpenseNonoperating',
      source: 'SEC EDGAR 10-K (filed 2025-03-21)',
    });
    expect(m.quarter).toMatchObject({ value: 2_071_000, asOf: '2025-04-30', source: 'SEC EDGAR 10-Q (filed 2025-05-30)' });
    // FY(2,759,000) + Q1 FY26 YTD (2,071,000) − Q1 FY25 YTD (0)
    expect(m.ttm).toMatchObject({ value: 4_830_000, asOf: '2025-04-30', start: '2024-05-01', basis: 'ttm' });
    expect(m.ttm!.source).toBe('SEC EDGAR 10-Q (filed 2025-05-30) + 10-K (filed 2025-03-21), TTM derived');
    expect(m.latest).toEqual(m.ttm);
  });

  test('the net interest line (InterestIncomeExpenseNonoperatingNet) is not mistaken for expense', () => {
    expect(f.interestExpense.latest!.concept).not.toContain('Net');
  });

  test('operating income and D&A, with TTM', () => {
    expect(f.operatingIncome.annual).toMatchObject({ value: -1_456_010_000, asOf: '2025-01-31' });
    expect(f.operatingIncome.quarter).toMatchObject({ value: -447_257_000, asOf: '2025-04-30' });
    expect(f.operatingIncome.ttm!.value).toBe(-1_456_010_000 + -447_257_000 - -348_572_000);
    expect(f.depreciationAmortization.annual).toMatchObject({ value: 182_508_000, concept: 'us-gaap:DepreciationDepletionAndAmortization' });
    expect(f.depreciationAmortization.ttm!.value).toBe(182_508_000 + 48_804_000 - 40_221_000);
  });

  test('EBITDA is derived and labelled as such', () => {
    expect(f.ebitda.annual!.value).toBe(-1_456_010_000 + 182_508_000);
    expect(f.ebitda.latest).toMatchObject({ value: -1_554_695_000 + 191_091_000, concept: 'derived', basis: 'ttm', asOf: '2025-04-30' });
    expect(f.ebitda.latest!.derived).toBe('EBITDA (derived) = OperatingIncomeLoss + DepreciationDepletionAndAmortization');
    expect(f.ebitda.latest!.source).toContain('EBITDA derived');
  });

  test('no LongTermDebt tag: debt comes from the convertible notes, with the reason stated', () => {
    expect(f.totalDebt.latest).toMatchObject({ value: 2_273_600_000, asOf: '2025-04-30', concept: 'us-gaap:ConvertibleDebtNoncurrent' });
    expect(f.totalDebt.annual).toMatchObject({ value: 2_271_529_000, asOf: '2025-01-31', form: '10-K' });
    expect(f.totalDebt.notes).toEqual(['no LongTermDebt tag (convertible notes only): total debt = convertible debt']);
  });

  test('cash and cover-page shares', () => {
    expect(f.cash.latest).toMatchObject({ value: 2_243_083_000, asOf: '2025-04-30', form: '10-Q' });
    expect(f.cash.annual).toMatchObject({ value: 2_628_798_000, asOf: '2025-01-31', form: '10-K' });
    expect(f.sharesOutstanding.latest).toMatchObject({ value: 333_700_000, asOf: '2025-05-08', concept: 'dei:EntityCommonStockSharesOutstanding', unit: 'shares' });
  });

  test('variable-rate debt is not tagged: null with reasons, never invented', () => {
    expect(f.variableRateDebt.latest).toBeNull();
    expect(f.variableRateDebt.notes[0]).toBe('no variable-rate debt amount tag (LongtermDebtPercentageBearingVariableInterestAmount)');
    expect(f.variableRateDebt.notes[1]).toContain('dimension');
    expect(f.variableRateDebtRate.latest).toBeNull();
  });

  test('every figure is a valid SourcedValue (value, asOf, source)', () => {
    for (const metric of Object.values(f)) {
      if (typeof metric !== 'object' || metric === null || !('latest' in metric)) continue;
      for (const fig of [metric.annual, metric.quarter, metric.ttm, metric.latest]) {
        if (fig) expect(SourcedValueSchema.safeParse(fig).success).toBe(true);
      }
    }
  });
});

// The untrimmed recorded file lives outside the repo (../shared, present in CI); the trimmed copy must
// not change any extracted figure.
const FULL_SNOW = resolve(__dirname, '../../../../shared/data/fixtures/sec-companyfacts/CIK0001640147_SNOW_companyfacts.json');
test.skipIf(!existsSync(FULL_SNOW))('trimmed SNOW fixture extracts exactly like the full 1.28 MB file', () => {
  const full = extractFundamentals(CompanyFactsSchema.parse(JSON.parse(readFileSync(FULL_SNOW, 'utf8'))));
  const trimmed = extractFundamentals(snow());
  expect({ ...full, taxonomies: [] }).toEqual({ ...trimmed, taxonomies: [] });
  expect(full.taxonomies).toEqual(['dei', 'us-gaap', 'srt']);
});

describe('SEC companyfacts: Logistic Properties of the Americas (ifrs-full only, recorded)', () => {
  const f = extractFundamentals(lpa());

  test('zero-padded string cik accepted; no us-gaap assumed', () => {
    expect(f.cik).toBe('0001997711');
    expect(f.taxonomies).toEqual(['dei', 'ifrs-full']);
  });

  test('interest expense from ifrs-full:InterestExpense (preferred over FinanceCosts), 20-F', () => {
    expect(f.interestExpense.latest).toMatchObject({
      value: 22_872_591,
      asOf: '2024-12-31',
      concept: 'ifrs-full:InterestExpense',
      source: 'SEC EDGAR 20-F (filed 2025-04-02)',
      basis: 'annual',
    });
    expect(f.interestExpense.quarter).toBeNull();
    expect(f.interestExpense.ttm).toBeNull();
  });

  test('operating income, D&A, derived EBITDA', () => {
    expect(f.operatingIncome.latest).toMatchObject({ value: 36_606_814, concept: 'ifrs-full:ProfitLossFromOperatingActivities' });
    expect(f.depreciationAmortization.latest).toMatchObject({ value: 1_112_422, concept: 'ifrs-full:AdjustmentsForDepreciationAndAmortisationExpense' });
    expect(f.ebitda.latest!.value).toBe(36_606_814 + 1_112_422);
  });

  test('debt = ifrs-full:Borrowings; cash; shares from the latest filing (20-F/A)', () => {
    expect(f.totalDebt.latest).toMatchObject({ value: 267_216_692, asOf: '2024-12-31', concept: 'ifrs-full:Borrowings' });
    expect(f.cash.latest).toMatchObject({ value: 28_827_347, concept: 'ifrs-full:CashAndCashEquivalents' });
    expect(f.sharesOutstanding.latest).toMatchObject({ value: 31_668_601, asOf: '2025-04-02', form: '20-F/A' });
  });

  test('variable-rate debt: null for IFRS filers', () => {
    expect(f.variableRateDebt.latest).toBeNull();
  });
});

/** A minimal document with given us-gaap facts, for rules the recorded files do not exercise. */
function doc(usGaap: Record<string, SecFact[]>, unit = 'USD', dei: Record<string, SecFact[]> = {}): CompanyFacts {
  const wrap = (m: Record<string, SecFact[]>, u: string) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, { units: { [u]: v } }]));
  return { cik: '0000000001', entityName: 'TEST CO', facts: { 'us-gaap': wrap(usGaap, unit), dei: wrap(dei, 'shares') } };
}
const fact = (end: string, val: number, form = '10-K', filed = '2025-02-15', extra: Partial<SecFact> = {}): SecFact => ({
  end,
  val,
  form,
  filed,
  accn: `acc-${filed}`,
  ...extra,
});

describe('SEC extraction rules (synthetic)', () => {
  test('debt: LongTermDebtNoncurrent + LongTermDebtCurrent + ShortTermBorrowings at the same date', () => {
    const f = extractFundamentals(
      doc({
        LongTermDebtNoncurrent: [fact('2024-12-31', 900)],
        LongTermDebtCurrent: [fact('2024-12-31', 100)],
        ShortTermBorrowings: [fact('2024-12-31', 50), fact('2023-12-31', 70)],
      }),
    );
    expect(f.totalDebt.latest).toMatchObject({ value: 1050, concept: 'us-gaap:LongTermDebtNoncurrent + us-gaap:LongTermDebtCurrent + us-gaap:ShortTermBorrowings' });
    expect(f.totalDebt.latest!.derived).toBe('sum of LongTermDebtNoncurrent + LongTermDebtCurrent + ShortTermBorrowings');
  });

  test('debt: DebtCurrent already includes short-term borrowings, so they are not added twice', () => {
    const f = extractFundamentals(
      doc({ LongTermDebtNoncurrent: [fact('2024-12-31', 900)], DebtCurrent: [fact('2024-12-31', 150)], ShortTermBorrowings: [fact('2024-12-31', 50)] }),
    );
    expect(f.totalDebt.latest!.value).toBe(1050);
  });

  test('the most recent tag wins when a filer switched tags', () => {
    const f = extractFundamentals(
      doc({
        InterestExpense: [fact('2023-12-31', 10, '10-K', '2024-02-15', { start: '2023-01-01' })],
        InterestExpenseNonoperating: [fact('2024-12-31', 12, '10-K', '2025-02-15', { start: '2024-01-01' })],
      }),
    );
    expect(f.interestExpense.latest).toMatchObject({ value: 12, concept: 'us-gaap:InterestExpenseNonoperating' });
  });

  test('a restated value (filed later for the same period) wins', () => {
    const f = extractFundamentals(
      doc({
        OperatingIncomeLoss: [
          fact('2024-12-31', 100, '10-K', '2025-02-15', { start: '2024-01-01' }),
          fact('2024-12-31', 90, '10-K/A', '2025-06-01', { start: '2024-01-01' }),
        ],
      }),
    );
    expect(f.operatingIncome.latest).toMatchObject({ value: 90, form: '10-K/A' });
  });

  test('TTM not derivable without the prior-year YTD: null TTM, annual shown, reason noted', () => {
    const f = extractFundamentals(
      doc({
        OperatingIncomeLoss: [
          fact('2024-12-31', 400, '10-K', '2025-02-15', { start: '2024-01-01' }),
          fact('2025-03-31', 120, '10-Q', '2025-05-01', { start: '2025-01-01' }),
        ],
      }),
    );
    expect(f.operatingIncome.ttm).toBeNull();
    expect(f.operatingIncome.latest).toMatchObject({ value: 400, basis: 'annual' });
    expect(f.operatingIncome.notes[0]).toContain('TTM not derivable');
  });

  test('variable-rate tags are read when present (case-insensitive tag lookup)', () => {
    const f = extractFundamentals({
      ...doc({ LongtermDebtPercentageBearingVariableInterestAmount: [fact('2024-12-31', 300)] }),
    });
    expect(f.variableRateDebt.latest).toMatchObject({ value: 300, concept: 'us-gaap:LongtermDebtPercentageBearingVariableInterestAmount' });
    const rate = extractFundamentals(doc({ LongTermDebtPercentageBearingVariableInterestRate: [fact('2024-12-31', 0.061)] }, 'pure'));
    expect(rate.variableRateDebtRate.latest).toMatchObject({ value: 0.061, unit: 'pure' });
  });

  test('several cover-page share counts in one filing (share classes) are summed and labelled', () => {
    const f = extractFundamentals(
      doc({}, 'USD', { EntityCommonStockSharesOutstanding: [fact('2025-01-20', 5_800), fact('2025-01-20', 860), fact('2025-01-20', 860)] }),
    );
    // the exact repeat of 860 is one fact listed twice, not a third class
    expect(f.sharesOutstanding.latest).toMatchObject({ value: 6_660, derived: 'sum of share classes reported for the same date' });
  });

  test('an empty document gives nulls with reasons for every metric', () => {
    const f = extractFundamentals({ cik: '0000000001', entityName: 'EMPTY', facts: {} });
    expect(f.interestExpense).toEqual({ annual: null, quarter: null, ttm: null, latest: null, notes: [expect.stringMatching(/^no interest expense tag \(InterestExpense, /)] });
    expect(f.totalDebt.notes[0]).toMatch(/^no debt tag/);
    expect(f.ebitda.notes[0]).toContain('EBITDA not derivable');
  });
});

describe('SEC schema and request', () => {
  test('cik10', () => {
    expect(cik10(1640147)).toBe('0001640147');
    expect(cik10('0001997711')).toBe('0001997711');
    expect(cik10('CIK320193')).toBe('0000320193');
    expect(cik10('12345678901')).toBeNull();
    expect(cik10(-1)).toBeNull();
    expect(cik10('abc')).toBeNull();
  });

  test('schema drift (renamed "facts") is a schema error naming the path', async () => {
    const drifted = { ...(fixtureJson<Record<string, unknown>>(SNOW_FILE)), facts: undefined, factsV2: {} };
    const { impl } = stubFetch(() => jsonResponse(drifted));
    const e = await fetchCompanyFacts(1640147, { fetchImpl: impl }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ProviderError);
    expect((e as ProviderError).kind).toBe('schema');
    expect((e as ProviderError).message).toMatch(/^SEC EDGAR: response shape changed: facts: /);
  });

  test('a fact with a renamed value field is a schema error with the full path', () => {
    const raw = fixtureJson<{ facts: Record<string, Record<string, { units: Record<string, Record<string, unknown>[]> }>> }>(SNOW_FILE);
    const f0 = raw.facts['us-gaap']!['OperatingIncomeLoss']!.units['USD']![0]!;
    f0['value'] = f0['val'];
    delete f0['val'];
    const r = CompanyFactsSchema.safeParse(raw);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path.join('.')).toBe('facts.us-gaap.OperatingIncomeLoss.units.USD.0.val');
  });

  test('fetchCompanyFacts: URL, declared User-Agent, parsed body', async () => {
    const { impl, calls } = stubFetch(() => jsonResponse(fixtureJson(SNOW_FILE)));
    const body = await fetchCompanyFacts('1640147', { fetchImpl: impl, userAgent: secUserAgent('ops@example.com') });
    expect(calls[0]!.url).toBe('https://data.sec.gov/api/xbrl/companyfacts/CIK0001640147.json');
    expect((calls[0]!.init!.headers as Record<string, string>)['User-Agent']).toBe('CapLens/0.1.0 ops@example.com');
    expect(body.cik).toBe('0001640147');
  });

  test('User-Agent helpers and the declarativeNetRequest rule', () => {
    expect(secUserAgent('not an email')).toMatch(/^CapLens/);
    expect(secRequestHeaders()['User-Agent']).toContain('CapLens');
    const rule = secUserAgentRule('CapLens/0.1.0 ops@example.com');
    expect(rule.action.requestHeaders[0]).toEqual({ header: 'User-Agent', operation: 'set', value: 'CapLens/0.1.0 ops@example.com' });
    expect(rule.condition.requestDomains).toEqual(['data.sec.gov']);
    expect(rule.condition.tabIds).toEqual([-1]);
  });

  test('an invalid CIK is refused before any request', () => {
    expect(() => companyFactsUrl('abc')).toThrow(ProviderError);
  });
});
