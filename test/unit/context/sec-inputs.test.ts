import { describe, expect, test } from 'vitest';
import { CompanyFactsSchema } from '../../../lib/data/providers/sec';
import { extractFundamentals, type SecFigure } from '../../../lib/data/providers/sec-facts';
import { rateInputsFromSec, secLabel, secRateFacts, type SecRateFacts } from '../../../lib/context/sec-inputs';
import { fixtureJson } from '../providers/helpers';

const facts = (file: string) => secRateFacts(extractFundamentals(CompanyFactsSchema.parse(fixtureJson(file))));

describe('rate inputs from recorded SEC companyfacts', () => {
  test('Snowflake (us-gaap, convertible notes only): TTM coverage negative, net debt vs negative EBITDA, no floating tag', () => {
    const r = rateInputsFromSec(facts('CIK0001640147_SNOW_companyfacts.trimmed.json'));
    // TTM to 2025-04-30: operating income −1,554,695,000 ÷ interest expense 4,830,000 (values in the fixture).
    expect(r.interestCoverage?.value).toBeCloseTo(-1_554_695_000 / 4_830_000, 6);
    expect(r.interestCoverage?.asOf).toBe('2025-04-30');
    expect(r.interestCoverage?.source).toBe('SEC 10-Q + 10-K, TTM to 2025-04-30 (filed 2025-05-30), companyfacts');
    // Convertible debt 2,273,600,000 − cash 2,243,083,000 at 2025-04-30; EBITDA (TTM) −1,363,604,000.
    expect(r.leverage).toMatchObject({ netDebt: 30_517_000, ebitda: -1_363_604_000, asOf: '2025-04-30' });
    expect(r.leverage?.source).toContain('SEC 10-Q, as of 2025-04-30 (filed 2025-05-30), companyfacts');
    expect(r.floatingDebtShare).toBeNull();
    expect(r.notes.join(' ')).toMatch(/floating-rate share: no non-dimensional variable-rate debt tag/);
  });

  test('Logistic Properties of the Americas (IFRS only): annual coverage 1.60×, net debt 6.3× EBITDA', () => {
    const r = rateInputsFromSec(facts('CIK0001997711_LPA_companyfacts_ifrs.json'));
    // FY2024: profit from operating activities 36,606,814 ÷ interest expense 22,872,591 = 1.6005.
    expect(r.interestCoverage?.value).toBeCloseTo(1.6005, 4);
    expect(r.interestCoverage?.source).toBe('SEC 20-F, FY ended 2024-12-31 (filed 2025-04-02), companyfacts');
    // Borrowings 267,216,692 − cash 28,827,347 = 238,389,345; EBITDA 36,606,814 + 1,112,422 = 37,719,236 → 6.32×.
    expect(r.leverage?.netDebt).toBe(238_389_345);
    expect(r.leverage!.netDebt / r.leverage!.ebitda!).toBeCloseTo(6.32, 2);
    expect(r.shortTermDebtShare).toBeNull();
  });
});

/** Hand-built figures for the cases the recorded files do not have (a variable-rate tag, a maturity schedule). */
function f(value: number, asOf: string, basis: SecFigure['basis'], extra: Partial<SecFigure> = {}): SecFigure {
  return {
    value, asOf, basis, source: 'SEC EDGAR 10-K (filed 2026-02-20)', concept: 'us-gaap:X', unit: 'USD',
    form: '10-K', filed: '2026-02-20', accn: 'a', start: basis === 'instant' ? null : '2025-01-01', derived: null, ...extra,
  };
}
const empty = { annual: null, latest: null };
function base(over: Partial<SecRateFacts> = {}): SecRateFacts {
  return {
    cik: '0000000001', entityName: 'Test Co',
    operatingIncome: { annual: f(500, '2025-12-31', 'annual'), ttm: null },
    interestExpense: { annual: f(200, '2025-12-31', 'annual'), ttm: null },
    ebitda: { annual: f(800, '2025-12-31', 'annual'), ttm: null },
    totalDebt: { annual: f(4000, '2025-12-31', 'instant'), latest: f(4000, '2025-12-31', 'instant') },
    cash: { annual: f(400, '2025-12-31', 'instant'), latest: f(400, '2025-12-31', 'instant') },
    variableRateDebt: { annual: f(1440, '2025-12-31', 'instant'), latest: f(1440, '2025-12-31', 'instant') },
    debtDueWithinYear: { annual: f(600, '2025-12-31', 'instant'), latest: f(600, '2025-12-31', 'instant') },
    netIncome: { annual: null, quarter: null, ttm: null },
    stockholdersEquity: empty,
    sharesOutstanding: empty,
    notes: [],
    ...over,
  };
}

describe('rateInputsFromSec, hand-computed', () => {
  test('coverage 500/200 = 2.5×, net debt 3600/800 = 4.5×, 1440/4000 = 36% floating, 600/4000 = 15% due in a year', () => {
    const r = rateInputsFromSec(base());
    expect(r.interestCoverage?.value).toBe(2.5);
    expect(r.interestCoverage?.source).toBe('SEC 10-K, FY ended 2025-12-31 (filed 2026-02-20), companyfacts');
    expect(r.leverage).toMatchObject({ netDebt: 3600, ebitda: 800 });
    expect(r.floatingDebtShare?.value).toBeCloseTo(0.36, 12);
    expect(r.shortTermDebtShare?.value).toBeCloseTo(0.15, 12);
  });

  test('TTM beats annual only when both flows have it for the same period', () => {
    const ttmOi = f(900, '2026-06-30', 'ttm', { start: '2025-07-01' });
    const r = rateInputsFromSec(base({ operatingIncome: { annual: f(500, '2025-12-31', 'annual'), ttm: ttmOi } }));
    expect(r.interestCoverage?.value).toBe(2.5); // interest has no TTM: the FY pair is used, not 900/200
    const both = rateInputsFromSec(
      base({
        operatingIncome: { annual: null, ttm: ttmOi },
        interestExpense: { annual: null, ttm: f(300, '2026-06-30', 'ttm', { start: '2025-07-01' }) },
      }),
    );
    expect(both.interestCoverage?.value).toBe(3);
  });

  test('periods that do not match are left out with a note, never stitched', () => {
    const r = rateInputsFromSec(base({ interestExpense: { annual: f(200, '2024-12-31', 'annual', { start: '2024-01-01' }), ttm: null } }));
    expect(r.interestCoverage).toBeNull();
    expect(r.notes).toContain('interest coverage: operating income and interest expense not reported for the same period');
    const v = rateInputsFromSec(base({ variableRateDebt: { annual: null, latest: f(1440, '2024-12-31', 'instant') } }));
    expect(v.floatingDebtShare).toBeNull();
    expect(v.notes).toContain('floating-rate share: no total debt reported for 2024-12-31 to compare with');
  });

  test('zero interest expense → no coverage figure (note), net cash → leverage without EBITDA', () => {
    const r = rateInputsFromSec(
      base({ interestExpense: { annual: f(0, '2025-12-31', 'annual'), ttm: null }, cash: { annual: null, latest: f(5000, '2025-12-31', 'instant') }, ebitda: { annual: null, ttm: null } }),
    );
    expect(r.interestCoverage).toBeNull();
    expect(r.notes).toContain('interest coverage: interest expense reported as zero');
    expect(r.leverage).toMatchObject({ netDebt: -1000, ebitda: null });
  });

  test('net debt with no EBITDA → no leverage input', () => {
    const r = rateInputsFromSec(base({ ebitda: { annual: null, ttm: null }, variableRateDebt: empty }));
    expect(r.leverage).toBeNull();
    expect(r.floatingDebtShare).toBeNull();
  });

  test('labels', () => {
    expect(secLabel(f(1, '2025-06-30', 'quarter', { form: '10-Q' }))).toBe('SEC 10-Q, quarter ended 2025-06-30 (filed 2026-02-20), companyfacts');
  });
});
