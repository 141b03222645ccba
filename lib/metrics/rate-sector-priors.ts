/**
 * The sector table behind rate sensitivity's "sector prior": industries whose earnings or
 * valuation are known to move with rates, each with a sub-score and a source that
 * docs/methodology.md must cite (a unit test checks). It is reviewed and edited as a table of
 * judgements, so it lives apart from the scoring arithmetic.
 */

export type SectorPriorKey =
  | 'regional-bank'
  | 'bank'
  | 'mortgage-finance'
  | 'mortgage-reit'
  | 'consumer-finance'
  | 'life-insurance'
  | 'reit'
  | 'utility'
  | 'homebuilder'
  | 'biotech-cash-burn'
  | 'real-estate-operator'
  | 'other-financial'
  | 'credit-financed-durables'
  | 'long-duration-growth'
  | 'bond-proxy'
  | 'general';

export interface SectorPrior {
  key: SectorPriorKey;
  label: string;
  /** Sub-score 0–100 the prior contributes. */
  score: number;
  /** Why, in one line (shown as the driver's note). */
  rationale: string;
  /** Short source name; the full citation is in docs/methodology.md. */
  source: string;
  /** Leverage, coverage and floating share mean nothing for lenders (debt is their raw material). */
  lender?: boolean;
}

export const SECTOR_PRIORS: Readonly<Record<SectorPriorKey, SectorPrior>> = Object.freeze({
  'regional-bank': {
    key: 'regional-bank', label: 'Regional bank', score: 80, lender: true,
    rationale: 'margins, deposit costs and securities values move with rates; 2023 showed the tail risk',
    source: 'English, Van den Heuvel & Zakrajšek (2018); Fed SVB review (2023)',
  },
  bank: {
    key: 'bank', label: 'Bank', score: 65, lender: true,
    rationale: 'net interest margin and bond-portfolio values move with rates; deposit franchises hedge part of it',
    source: 'Flannery & James (1984); Drechsler, Savov & Schnabl (2021)',
  },
  'mortgage-finance': {
    key: 'mortgage-finance', label: 'Mortgage finance', score: 80, lender: true,
    rationale: 'origination volumes and funding spreads swing with mortgage rates',
    source: 'Flannery & James (1984)',
  },
  'mortgage-reit': {
    key: 'mortgage-reit', label: 'Mortgage REIT', score: 85, lender: true,
    rationale: 'leveraged holder of long-duration mortgage assets funded short',
    source: 'Chen & Tzang (1988)',
  },
  'consumer-finance': {
    key: 'consumer-finance', label: 'Consumer finance', score: 65, lender: true,
    rationale: 'wholesale funding reprices with rates; credit losses rise with tighter money',
    source: 'Flannery & James (1984)',
  },
  'life-insurance': {
    key: 'life-insurance', label: 'Life insurer', score: 60, lender: true,
    rationale: 'long-dated liabilities and bond portfolios: earnings on the float move with yields',
    source: 'Brewer et al. (2007)',
  },
  reit: {
    key: 'reit', label: 'REIT', score: 75,
    rationale: 'income priced against bond yields; property values and refinancing cost move with rates',
    source: 'Chen & Tzang (1988)',
  },
  utility: {
    key: 'utility', label: 'Utility', score: 65,
    rationale: 'regulated, bond-like income and heavy borrowing; most rate-sensitive industry in two-factor tests',
    source: 'Sweeney & Warga (1986)',
  },
  homebuilder: {
    key: 'homebuilder', label: 'Homebuilder', score: 75,
    rationale: 'demand moves with mortgage rates; housing leads the rate cycle',
    source: 'Leamer (2007)',
  },
  'biotech-cash-burn': {
    key: 'biotech-cash-burn', label: 'Cash-burning biotech', score: 70,
    rationale: 'value sits in distant cash flows (long equity duration) and funding depends on open capital markets',
    source: 'Dechow, Sloan & Soliman (2004)',
  },
  // Broader groups, so that every industry has a prior (the level is never "unknown" for a stock
  // with an industry); the company's own debt figures move the score from there.
  'real-estate-operator': {
    key: 'real-estate-operator', label: 'Real-estate developer or operator', score: 60,
    rationale: 'projects and property values are financed with debt and priced against yields',
    source: 'Chen & Tzang (1988)',
  },
  'other-financial': {
    key: 'other-financial', label: 'Insurer, broker or asset manager', score: 50,
    rationale: 'income on float and client cash, and fees on asset values, move with rates and markets',
    source: 'Brewer et al. (2007)',
  },
  'credit-financed-durables': {
    key: 'credit-financed-durables', label: 'Credit-financed durables', score: 55,
    rationale: 'buyers of homes, cars, furnishings and solar systems borrow: demand moves with borrowing costs',
    source: 'Bernanke & Gertler (1995)',
  },
  'long-duration-growth': {
    key: 'long-duration-growth', label: 'Long-duration growth', score: 50,
    rationale: 'value sits in cash flows far in the future, discounted at higher rates when yields rise',
    source: 'Dechow, Sloan & Soliman (2004)',
  },
  'bond-proxy': {
    key: 'bond-proxy', label: 'Defensive bond proxy', score: 45,
    rationale: 'steady, bond-like cash flows: valuations move with long yields more than earnings do',
    source: 'Baker & Wurgler (2012)',
  },
  general: {
    key: 'general', label: 'No industry-specific rate channel', score: 40,
    rationale: 'the economy-wide exposure of a typical company; its own debt figures decide the rest',
    source: 'CapLens baseline, docs/methodology.md (2026)',
  },
});

/**
 * Prior from GICS sector / sub-industry. Sub-industry decides when known; the sector alone is
 * used only where it is homogeneous enough (Utilities, Real Estate). Biotechnology gets the
 * prior unless the caller knows the company does not burn cash (`cashBurn === false`).
 */
export function sectorPriorFor(
  sector: string | null | undefined,
  subIndustry: string | null | undefined,
  opts: { cashBurn?: boolean | null } = {},
): SectorPrior | null {
  const sub = subIndustry?.toLowerCase() ?? '';
  const sec = sector?.toLowerCase() ?? '';
  const p = SECTOR_PRIORS;
  if (sub) {
    if (sub.includes('regional banks')) return p['regional-bank'];
    if (sub.includes('diversified banks') || sub === 'banks') return p.bank;
    if (sub.includes('mortgage reit')) return p['mortgage-reit'];
    if (sub.includes('mortgage finance') || sub.includes('thrift')) return p['mortgage-finance'];
    if (sub.includes('consumer finance')) return p['consumer-finance'];
    if (sub.includes('life & health insurance') || sub.includes('life insurance')) return p['life-insurance'];
    if (sub.includes('reit')) return p.reit;
    if (sub.includes('homebuilding')) return p.homebuilder;
    if (sub.includes('biotechnology')) return opts.cashBurn === false ? null : p['biotech-cash-burn'];
  }
  if (sec === 'utilities') return p.utility;
  if (!sub && sec === 'real estate') return p.reit;
  return null;
}
