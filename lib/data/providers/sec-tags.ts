/**
 * Which XBRL tags CapLens reads from SEC companyfacts, in order of preference. Kept apart from the
 * extraction logic so the choices can be reviewed (and extended) as data. Lookup is
 * case-insensitive, so FASB's own inconsistencies (`Longterm…` vs `LongTerm…`) do not matter.
 *
 * Variable-rate debt — which tags exist and what they mean:
 *  - us-gaap:LongtermDebtPercentageBearingVariableInterestAmount (monetary, instant): the amount
 *    of long-term debt bearing a variable rate. The one tag that gives a variable-rate *amount*.
 *  - us-gaap:LongTermDebtPercentageBearingVariableInterestRate (percent, instant): despite the
 *    "Percentage" in its name this is the *interest rate* on that debt (e.g. 0.061), not the share
 *    of debt that floats. Reported separately so nobody mistakes it for a share.
 *  - The fixed-rate counterparts (…BearingFixedInterestAmount/Rate) are not read.
 *  - Not useful here: DebtInstrumentInterestRateStatedPercentage (coupon of one instrument),
 *    DebtInstrumentBasisSpreadOnVariableRate1 (spread over SOFR etc.) — both are per-instrument and
 *    nearly always carry a dimension (LongtermDebtTypeAxis, DebtInstrumentAxis), which the
 *    companyfacts API drops. Most filers disclose floating-rate exposure only that way or in text
 *    (Item 7A), so expect `variableRateDebt` to be null for most companies.
 *  - ifrs-full has no standard non-dimensional variable-rate amount tag (IFRS 7 interest-rate risk
 *    tables are dimensional); IFRS filers therefore always get null with a note.
 */

export type UnitKind = 'money' | 'shares' | 'pure';

export const METRIC_TAGS = {
  interestExpense: [
    'us-gaap:InterestExpense',
    'us-gaap:InterestExpenseNonoperating', // the 2024+ taxonomy's replacement for InterestExpense
    'us-gaap:InterestExpenseDebt',
    'us-gaap:InterestAndDebtExpense',
    'us-gaap:InterestExpenseBorrowings',
    'ifrs-full:InterestExpense',
    'ifrs-full:InterestExpenseOnBorrowings',
    'ifrs-full:FinanceCosts', // broader (may include lease interest, FX): last resort
  ],
  // Deliberately absent: InterestIncomeExpenseNonoperatingNet (net of interest income, often positive).
  operatingIncome: ['us-gaap:OperatingIncomeLoss', 'ifrs-full:ProfitLossFromOperatingActivities'],
  depreciationAmortization: [
    'us-gaap:DepreciationDepletionAndAmortization',
    'us-gaap:DepreciationAmortizationAndAccretionNet',
    'us-gaap:DepreciationAndAmortization',
    'ifrs-full:DepreciationAndAmortisationExpense',
    'ifrs-full:AdjustmentsForDepreciationAndAmortisationExpense', // cash-flow add-back, same quantity
  ],
  cash: [
    'us-gaap:CashAndCashEquivalentsAtCarryingValue',
    'us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents',
    'us-gaap:Cash',
    'ifrs-full:CashAndCashEquivalents',
  ],
  sharesOutstanding: ['dei:EntityCommonStockSharesOutstanding'],
  // For the live P/E: net income to the parent's common holders first; ProfitLoss (which includes
  // non-controlling interests) only as a last resort. IFRS: profit attributable to owners of the parent.
  netIncome: [
    'us-gaap:NetIncomeLoss',
    'us-gaap:NetIncomeLossAvailableToCommonStockholdersBasic',
    'us-gaap:ProfitLoss',
    'ifrs-full:ProfitLossAttributableToOwnersOfParent',
  ],
  // For the live P/B: the parent's equity; the total including non-controlling interests as fallback.
  stockholdersEquity: [
    'us-gaap:StockholdersEquity',
    'us-gaap:StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest',
    'ifrs-full:EquityAttributableToOwnersOfParent',
  ],
  variableRateDebt: ['us-gaap:LongtermDebtPercentageBearingVariableInterestAmount'],
  variableRateDebtRate: ['us-gaap:LongTermDebtPercentageBearingVariableInterestRate'],
  // Debt due within a year: the maturity schedule's first bucket (10-K note, non-dimensional for
  // most filers), else the balance sheet's current debt (current maturities + short-term borrowings).
  debtDueWithinYear: ['us-gaap:LongTermDebtMaturitiesRepaymentsOfPrincipalInNextTwelveMonths', 'us-gaap:DebtCurrent'],
} as const satisfies Record<string, readonly string[]>;

/**
 * Total debt = `base` at a balance-sheet date + for each slot in `adds`, the first alternative whose
 * first tag has a value at that date (its other tags are added when present). Alternatives inside a
 * slot are mutually exclusive so nothing is counted twice (DebtCurrent already includes short-term
 * borrowings; LongTermDebtCurrent does not). Recipes compete on recency like single tags do.
 * Leases are excluded throughout (they are not borrowings for rate-sensitivity purposes).
 */
export interface DebtRecipe {
  base: string;
  adds: readonly (readonly (readonly string[])[])[];
  /** Shown with the figure so a reader knows what was (not) included. */
  note?: string;
}

export const DEBT_RECIPES: readonly DebtRecipe[] = [
  // LongTermDebt already includes current maturities.
  { base: 'us-gaap:LongTermDebt', adds: [[['us-gaap:ShortTermBorrowings']]] },
  {
    base: 'us-gaap:LongTermDebtNoncurrent',
    adds: [[['us-gaap:DebtCurrent'], ['us-gaap:LongTermDebtCurrent', 'us-gaap:ShortTermBorrowings'], ['us-gaap:ShortTermBorrowings']]],
  },
  {
    base: 'us-gaap:LongTermDebtAndCapitalLeaseObligations',
    adds: [[['us-gaap:LongTermDebtAndCapitalLeaseObligationsCurrent', 'us-gaap:ShortTermBorrowings'], ['us-gaap:ShortTermBorrowings']]],
    note: 'includes finance-lease obligations (tagged together with debt by the filer)',
  },
  {
    base: 'us-gaap:ConvertibleDebtNoncurrent',
    adds: [[['us-gaap:ConvertibleDebtCurrent']], [['us-gaap:ConvertibleNotesPayableCurrent']]],
    note: 'no LongTermDebt tag (convertible notes only): total debt = convertible debt',
  },
  {
    base: 'us-gaap:ConvertibleNotesPayable',
    adds: [],
    note: 'no LongTermDebt tag (convertible notes only): total debt = convertible notes payable',
  },
  { base: 'us-gaap:DebtCurrent', adds: [], note: 'only current debt is tagged (no long-term debt tag)' },
  { base: 'ifrs-full:Borrowings', adds: [] },
  { base: 'ifrs-full:LongtermBorrowings', adds: [[['ifrs-full:ShorttermBorrowings']]] },
  {
    base: 'ifrs-full:NoncurrentPortionOfNoncurrentBorrowings',
    adds: [[['ifrs-full:CurrentBorrowingsAndCurrentPortionOfNoncurrentBorrowings'], ['ifrs-full:CurrentPortionOfLongtermBorrowings', 'ifrs-full:ShorttermBorrowings']]],
  },
];
