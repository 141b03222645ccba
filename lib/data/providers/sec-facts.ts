/**
 * Picks CapLens' fundamentals out of a validated `companyfacts` document. Rules, so that a figure is
 * never invented:
 *  - Each metric has an ordered list of candidate tags (us-gaap first, then ifrs-full). Filers
 *    switch tags over time (InterestExpense → InterestExpenseNonoperating in 2024), so the
 *    candidate with the most recent period wins; list order breaks ties.
 *  - Periods are classified by length, not by `fp` (a 10-Q's `fp` also labels its prior-year
 *    comparatives): ~1 year = annual, ~3 months = quarter; instants have no `start`.
 *  - TTM = last fiscal year + current year-to-date − prior year-to-date, only when all three facts exist.
 *  - EBITDA = operating income + D&A for the same period, labelled derived.
 *  - Missing → null plus a note saying which tags were looked for.
 *
 * The rules live in sec-fact-index.ts (finding facts), sec-figure.ts (a sourced figure),
 * sec-duration-metrics.ts (annual, quarter, TTM) and sec-instant-metrics.ts (balance sheet,
 * share classes, total debt); EBITDA and the assembly stay here.
 */
import type { CompanyFacts } from './sec';
import { durationMetric } from './sec-duration-metrics';
import { buildIndex } from './sec-fact-index';
import { short, type SecFigure, type SecMetric } from './sec-figure';
import { debtMetric, instantMetric } from './sec-instant-metrics';
import { METRIC_TAGS } from './sec-tags';

export type { SecFigure, SecMetric } from './sec-figure';

export interface SecFundamentals {
  cik: string;
  entityName: string;
  taxonomies: string[];
  interestExpense: SecMetric;
  operatingIncome: SecMetric;
  depreciationAmortization: SecMetric;
  ebitda: SecMetric;
  totalDebt: SecMetric;
  cash: SecMetric;
  /** Cover-page share count (all classes summed when several are reported; `derived` says so). */
  sharesOutstanding: SecMetric;
  /** Net income (NetIncomeLoss, fallbacks in METRIC_TAGS.netIncome): TTM only from one FY + matching YTDs. */
  netIncome: SecMetric;
  stockholdersEquity: SecMetric;
  /** Amount of long-term debt bearing a variable rate, where the filer tags it without a dimension. */
  variableRateDebt: SecMetric;
  /** Rate on the variable-rate debt (fraction, 0.061 = 6.1%). */
  variableRateDebtRate: SecMetric;
  /** Debt due within twelve months of the balance-sheet date (maturity schedule, else current debt). */
  debtDueWithinYear: SecMetric;
}

// ---------- EBITDA ----------

function ebitdaFigure(op: SecFigure | null, da: SecFigure | null): SecFigure | null {
  if (!op || !da || op.asOf !== da.asOf || op.start !== da.start || op.unit !== da.unit) return null;
  return {
    ...op,
    value: op.value + da.value,
    concept: 'derived',
    source: `${op.source}; EBITDA derived`,
    derived: `EBITDA (derived) = ${short(op.concept)} + ${short(da.concept)}`,
  };
}

function ebitdaMetric(op: SecMetric, da: SecMetric): SecMetric {
  const annual = ebitdaFigure(op.annual, da.annual);
  const quarter = ebitdaFigure(op.quarter, da.quarter);
  const ttm = ebitdaFigure(op.ttm, da.ttm);
  const latest = ttm ?? annual;
  const notes = latest ? [] : ['EBITDA not derivable: needs operating income and D&A for the same period', ...op.notes, ...da.notes];
  return { annual, quarter, ttm, latest, notes };
}

/** The whole extraction. Pure; input must already be schema-validated. */
export function extractFundamentals(doc: CompanyFacts): SecFundamentals {
  const index = buildIndex(doc);
  const operatingIncome = durationMetric(index, METRIC_TAGS.operatingIncome, 'operating income');
  const depreciationAmortization = durationMetric(index, METRIC_TAGS.depreciationAmortization, 'D&A');
  const variableNote = 'variable-rate debt is usually tagged per instrument with a dimension (e.g. LongtermDebtTypeAxis), which companyfacts omits';
  return {
    cik: doc.cik,
    entityName: doc.entityName,
    taxonomies: Object.keys(doc.facts),
    interestExpense: durationMetric(index, METRIC_TAGS.interestExpense, 'interest expense'),
    operatingIncome,
    depreciationAmortization,
    ebitda: ebitdaMetric(operatingIncome, depreciationAmortization),
    totalDebt: debtMetric(index),
    cash: instantMetric(index, METRIC_TAGS.cash, 'money', 'cash'),
    sharesOutstanding: instantMetric(index, METRIC_TAGS.sharesOutstanding, 'shares', 'shares outstanding'),
    netIncome: durationMetric(index, METRIC_TAGS.netIncome, 'net income'),
    stockholdersEquity: instantMetric(index, METRIC_TAGS.stockholdersEquity, 'money', "stockholders' equity"),
    variableRateDebt: instantMetric(index, METRIC_TAGS.variableRateDebt, 'money', 'variable-rate debt amount', variableNote),
    variableRateDebtRate: instantMetric(index, METRIC_TAGS.variableRateDebtRate, 'pure', 'variable-rate debt rate', variableNote),
    debtDueWithinYear: instantMetric(index, METRIC_TAGS.debtDueWithinYear, 'money', 'debt maturity'),
  };
}
