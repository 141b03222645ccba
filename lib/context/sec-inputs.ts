import { z } from 'zod';
import type { SecFigure, SecFundamentals } from '../data/providers/sec-facts';
import { isNum } from '../metrics/num';
import type { SourcedInput } from './sourced-input';

/**
 * SEC companyfacts → rate-sensitivity inputs. The background caches only the few figures this
 * needs (`SecRateFacts`, a few KB) rather than the multi-megabyte companyfacts document, and
 * derives the inputs when a card is built. Pure. Every input keeps the filing it came from and
 * its period end; an input whose parts are not from the same period is left out with a note,
 * never stitched together.
 */

const SecFigureSchema = z.object({
  value: z.number(),
  asOf: z.string(),
  source: z.string(),
  concept: z.string(),
  unit: z.string(),
  basis: z.enum(['annual', 'quarter', 'ttm', 'instant']),
  form: z.string(),
  filed: z.string(),
  accn: z.string(),
  start: z.string().nullable(),
  derived: z.string().nullable(),
}) satisfies z.ZodType<SecFigure>;

const fig = () => SecFigureSchema.nullable();
const duration = () => z.object({ annual: fig(), ttm: fig() });
const instant = () => z.object({ annual: fig(), latest: fig() });
/** Net income also keeps the last quarter: it tells whether the fiscal year is still the trailing year. */
const earnings = () => z.object({ annual: fig(), quarter: fig(), ttm: fig() });

export const SecRateFactsSchema = z.object({
  cik: z.string(),
  entityName: z.string(),
  operatingIncome: duration(),
  interestExpense: duration(),
  ebitda: duration(),
  totalDebt: instant(),
  cash: instant(),
  variableRateDebt: instant(),
  debtDueWithinYear: instant(),
  // Live valuation (lib/context/live-valuation.ts). Required, so a record cached before they existed
  // fails validation on read and is refetched rather than showing a card without them.
  netIncome: earnings(),
  stockholdersEquity: instant(),
  sharesOutstanding: instant(),
  /** Why an input is missing, from the extraction (tags looked for). */
  notes: z.array(z.string()),
});
export type SecRateFacts = z.infer<typeof SecRateFactsSchema>;

export function secRateFacts(f: SecFundamentals): SecRateFacts {
  const d = (m: SecFundamentals['operatingIncome']) => ({ annual: m.annual, ttm: m.ttm });
  const i = (m: SecFundamentals['totalDebt']) => ({ annual: m.annual, latest: m.latest });
  return {
    cik: f.cik,
    entityName: f.entityName,
    operatingIncome: d(f.operatingIncome),
    interestExpense: d(f.interestExpense),
    ebitda: d(f.ebitda),
    totalDebt: i(f.totalDebt),
    cash: i(f.cash),
    variableRateDebt: i(f.variableRateDebt),
    debtDueWithinYear: i(f.debtDueWithinYear),
    netIncome: { annual: f.netIncome.annual, quarter: f.netIncome.quarter, ttm: f.netIncome.ttm },
    stockholdersEquity: i(f.stockholdersEquity),
    sharesOutstanding: i(f.sharesOutstanding),
    notes: [
      ...new Set([
        ...f.interestExpense.notes,
        ...f.totalDebt.notes,
        ...f.variableRateDebt.notes,
        ...f.debtDueWithinYear.notes,
        ...f.netIncome.notes,
        ...f.stockholdersEquity.notes,
        ...f.sharesOutstanding.notes,
      ]),
    ],
  };
}

/** "SEC 10-K, FY ended 2025-01-31 (filed 2025-03-21), companyfacts" — the card's source line for one figure. */
export function secLabel(f: SecFigure): string {
  const forms = f.basis === 'ttm' ? f.source.replace(/^SEC EDGAR /, '').replace(/ \(filed [^)]*\)/g, '').replace(/, TTM derived.*$/, '') : f.form;
  const period =
    f.basis === 'ttm' ? `TTM to ${f.asOf}` : f.basis === 'annual' ? `FY ended ${f.asOf}` : f.basis === 'quarter' ? `quarter ended ${f.asOf}` : `as of ${f.asOf}`;
  return `SEC ${forms}, ${period} (filed ${f.filed}), companyfacts`;
}

export interface SecRateInputs {
  interestCoverage: SourcedInput | null;
  /** Net debt and EBITDA for the leverage ratio, same source line. */
  leverage: { netDebt: number; ebitda: number | null; asOf: string; source: string } | null;
  floatingDebtShare: SourcedInput | null;
  shortTermDebtShare: SourcedInput | null;
  notes: string[];
}

/** A flow pair from the same period: TTM when both have it, else the last fiscal year. */
function samePeriod(a: SecRateFacts['operatingIncome'], b: SecRateFacts['operatingIncome']): [SecFigure, SecFigure] | null {
  for (const k of ['ttm', 'annual'] as const) {
    const x = a[k];
    const y = b[k];
    if (x && y && x.asOf === y.asOf && x.start === y.start) return [x, y];
  }
  return null;
}

/** The total-debt figure at `date` (latest or fiscal-year-end), for shares of debt. */
function debtAt(facts: SecRateFacts, date: string): SecFigure | null {
  return [facts.totalDebt.latest, facts.totalDebt.annual].find((d) => d?.asOf === date) ?? null;
}

function shareOfDebt(part: SecFigure | null, facts: SecRateFacts, what: string, notes: string[]): SourcedInput | null {
  if (!part) return null;
  const debt = debtAt(facts, part.asOf);
  if (!debt || !(debt.value > 0)) {
    notes.push(`${what}: no total debt reported for ${part.asOf} to compare with`);
    return null;
  }
  return { value: Math.min(1, Math.max(0, part.value / debt.value)), asOf: part.asOf, source: secLabel(part) };
}

export function rateInputsFromSec(facts: SecRateFacts): SecRateInputs {
  const notes: string[] = [];

  let interestCoverage: SourcedInput | null = null;
  const cov = samePeriod(facts.operatingIncome, facts.interestExpense);
  if (cov) {
    const [ebit, interest] = cov;
    // Zero interest expense is "nothing to cover", not an infinite ratio on a card.
    if (interest.value > 0) interestCoverage = { value: ebit.value / interest.value, asOf: ebit.asOf, source: secLabel(ebit) };
    else notes.push('interest coverage: interest expense reported as zero');
  } else {
    notes.push('interest coverage: operating income and interest expense not reported for the same period');
  }

  let leverage: SecRateInputs['leverage'] = null;
  const debt = facts.totalDebt.latest;
  const cash = debt ? [facts.cash.latest, facts.cash.annual].find((c) => c?.asOf === debt.asOf) : null;
  if (debt && cash) {
    const ebitda = facts.ebitda.ttm ?? facts.ebitda.annual;
    const netDebt = debt.value - cash.value;
    if (netDebt <= 0 || ebitda) {
      leverage = { netDebt, ebitda: ebitda?.value ?? null, asOf: debt.asOf, source: `${secLabel(debt)}${ebitda ? `; EBITDA ${ebitda.basis === 'ttm' ? 'TTM' : 'FY'} to ${ebitda.asOf}` : ''}` };
    } else notes.push('net debt / EBITDA: EBITDA not derivable (operating income and D&A for one period)');
  } else if (debt) notes.push(`net debt: no cash figure for ${debt.asOf}`);

  const floatingDebtShare = shareOfDebt(facts.variableRateDebt.latest ?? facts.variableRateDebt.annual, facts, 'floating-rate share', notes);
  const shortTermDebtShare = shareOfDebt(facts.debtDueWithinYear.latest ?? facts.debtDueWithinYear.annual, facts, 'debt maturity', notes);
  if (!facts.totalDebt.latest && !facts.totalDebt.annual) notes.push(...facts.notes.filter((n) => n.startsWith('no debt tag')));
  if (!floatingDebtShare && !facts.variableRateDebt.latest) notes.push('floating-rate share: no non-dimensional variable-rate debt tag in the filings');

  return {
    interestCoverage: interestCoverage && isNum(interestCoverage.value) ? interestCoverage : null,
    leverage,
    floatingDebtShare,
    shortTermDebtShare,
    notes,
  };
}
