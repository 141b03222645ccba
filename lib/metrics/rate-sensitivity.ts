import type { CapClass } from '../context/ticker-context';
import { formatRatio } from '../format';
import { clamp, interpolate, isNum, round } from './num';

/**
 * Rate sensitivity: how exposed a company's earnings and valuation are to interest rates, from
 * whatever evidence exists. Each input becomes a 0–100 sub-score on a stated scale; the score is
 * the weighted mean of the sub-scores present. Missing inputs are listed and lower the
 * confidence; they are never filled in. Scales, weights and the sector table are explained and
 * sourced in docs/methodology.md.
 */

export type RateLevel = 'low' | 'moderate' | 'high' | 'unknown';

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
  | 'biotech-cash-burn';

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

/** Small firms borrow more at floating rates and from banks (sources in docs/methodology.md). */
const CAP_PRIOR: Record<CapClass, number> = { nano: 65, micro: 65, small: 65, mid: 50, large: 30, mega: 20 };

// Weights of each input in the score. Company-specific evidence outweighs priors; the debt terms
// outweigh the measured beta because one year of daily data gives a noisy beta.
export const RATE_WEIGHTS = Object.freeze({
  floating: 0.25,
  coverage: 0.2,
  leverage: 0.15,
  maturity: 0.05,
  beta: 0.2,
  sector: 0.1,
  cap: 0.05,
});
type ComponentKey = keyof typeof RATE_WEIGHTS;

// Scales: [input, sub-score] anchor points, linear in between, flat outside.
const FLOATING_SCALE = [[0, 0], [0.5, 100]] as const; // share of debt at floating rates
const COVERAGE_SCALE = [[1, 100], [2, 75], [4, 40], [8, 10], [12, 0]] as const; // EBIT / interest
const LEVERAGE_SCALE = [[0, 0], [1, 15], [2, 35], [3, 55], [4, 75], [6, 100]] as const; // net debt / EBITDA
const MATURITY_SCALE = [[0, 0], [0.1, 20], [0.3, 60], [0.5, 100]] as const; // share due within 12 months
const BETA_SCALE = [[0, 0], [0.02, 25], [0.05, 60], [0.1, 100]] as const; // |return| per 1 pp of 10y yield

export const floatingShareScore = (share: number): number => interpolate(FLOATING_SCALE, clamp(share, 0, 1));
/** Coverage ≤ 1 (EBIT does not pay the interest, or EBIT < 0) is the worst case; +Infinity (no interest) the best. */
export const coverageScore = (coverage: number): number => interpolate(COVERAGE_SCALE, coverage);
export const maturityScore = (share: number): number => interpolate(MATURITY_SCALE, clamp(share, 0, 1));

/** Net cash scores 0; net debt against EBITDA ≤ 0 scores 100 (nothing to service it from). */
export function leverageScore(netDebt: number, ebitda: number): number {
  if (netDebt <= 0) return 0;
  if (ebitda <= 0) return 100;
  return interpolate(LEVERAGE_SCALE, netDebt / ebitda);
}

/**
 * A beta not distinguishable from zero (|t| < 2) is shrunk toward zero in proportion, so that
 * one noisy year cannot make a stock look rate-sensitive.
 */
export function yieldBetaScore(betaYield: number, tYield: number | null): number {
  const shrink = tYield === null || Number.isNaN(tYield) ? 1 : Math.min(1, Math.abs(tYield) / 2);
  return interpolate(BETA_SCALE, Math.abs(betaYield) * shrink);
}

export interface MeasuredYieldBeta {
  betaYield: number;
  tYield: number | null;
  r2: number | null;
  n: number;
  /** e.g. "2025-09-10 to 2026-09-10". */
  window: string;
}

export interface RateSensitivityInput {
  /** Share (0–1) of total debt at floating or variable rates, with where it came from ("10-K"). */
  floatingDebtShare?: { value: number; source?: string | null } | null;
  /** EBIT / interest expense. Pass Infinity for a company with debt-free books and no interest. */
  interestCoverage?: number | null;
  netDebt?: number | null;
  ebitda?: number | null;
  /** Share (0–1) of total debt due within 12 months (refinancing at current rates). */
  shortTermDebtShare?: number | null;
  yieldBeta?: MeasuredYieldBeta | null;
  sectorPrior?: SectorPrior | null;
  capClass?: CapClass | null;
}

export interface RateComponent {
  key: ComponentKey;
  name: string;
  value: string;
  note: string;
  weight: number;
  subScore: number;
}

export interface RateSensitivity {
  level: RateLevel;
  /** 0–100, rounded; null when there is nothing company- or sector-specific to go on. */
  score: number | null;
  /** Contract 2 drivers, most explanatory first. */
  drivers: { name: string; value: string; note: string }[];
  components: RateComponent[];
  confidence: 'high' | 'medium' | 'low' | 'none';
  /** Weight present ÷ weight applicable, 0–1. */
  completeness: number;
  /** Inputs that would apply but are absent, in words. */
  missing: string[];
  /** Inputs that do not apply (lenders' leverage, for instance). */
  notApplicable: string[];
}

const INPUT_WORDS: Record<ComponentKey, string> = {
  floating: 'floating-rate share of debt',
  coverage: 'interest coverage',
  leverage: 'net debt / EBITDA',
  maturity: 'debt maturity',
  beta: 'measured 10y-yield beta',
  sector: 'sector prior',
  cap: 'cap class',
};

export const LEVEL_CUTS = Object.freeze({ moderate: 35, high: 65 });

export function levelOf(score: number | null): RateLevel {
  if (score === null) return 'unknown';
  return score >= LEVEL_CUTS.high ? 'high' : score >= LEVEL_CUTS.moderate ? 'moderate' : 'low';
}

const pctText = (share: number) => `~${Math.round(clamp(share, 0, 1) * 100)}%`;

export function rateSensitivity(input: RateSensitivityInput): RateSensitivity {
  const lender = input.sectorPrior?.lender === true;
  const comps: RateComponent[] = [];
  const missing: string[] = [];
  const notApplicable: string[] = [];
  const add = (key: ComponentKey, subScore: number, name: string, value: string, note: string) =>
    comps.push({ key, name, value, note, weight: RATE_WEIGHTS[key], subScore: clamp(subScore, 0, 100) });
  const skip = (key: ComponentKey, absent: boolean) => {
    if (lender && (key === 'floating' || key === 'coverage' || key === 'leverage' || key === 'maturity')) {
      notApplicable.push(INPUT_WORDS[key]);
      return true;
    }
    if (absent) missing.push(INPUT_WORDS[key]);
    return absent;
  };

  const fl = input.floatingDebtShare;
  if (!skip('floating', !fl || !isNum(fl.value))) {
    const src = fl!.source ? ` (${fl!.source})` : '';
    add('floating', floatingShareScore(fl!.value), 'Floating-rate debt', `${pctText(fl!.value)} of debt floating${src}`,
      'interest cost resets with short rates: rises with hikes, falls with cuts');
  }
  const cov = input.interestCoverage;
  if (!skip('coverage', typeof cov !== 'number' || Number.isNaN(cov) || cov === Number.NEGATIVE_INFINITY)) {
    const text = cov === Number.POSITIVE_INFINITY ? 'no interest expense' : cov! < 0 ? 'EBIT negative: interest not covered' : `coverage ${formatRatio(cov!)}`;
    add('coverage', coverageScore(cov!), 'Interest coverage', text, 'EBIT ÷ interest expense; under ~2× leaves little room if borrowing costs rise');
  }
  const { netDebt, ebitda } = input;
  if (!skip('leverage', !isNum(netDebt) || (netDebt > 0 && !isNum(ebitda)))) {
    const text = netDebt! <= 0 ? 'net cash (no net debt)' : ebitda! <= 0 ? 'net debt with negative EBITDA' : `net debt ${formatRatio(netDebt! / ebitda!)} EBITDA`;
    add('leverage', leverageScore(netDebt!, ebitda ?? 1), 'Leverage', text, 'more debt per unit of operating profit means more to refinance');
  }
  const st = input.shortTermDebtShare;
  if (!skip('maturity', !isNum(st))) {
    add('maturity', maturityScore(st!), 'Debt maturity', `${pctText(st!)} of debt due within 12 months`, 'debt coming due is refinanced at current rates');
  }
  const yb = input.yieldBeta;
  if (!skip('beta', !yb || !isNum(yb.betaYield))) {
    const pct = round(yb!.betaYield * 100, 1);
    const dir = pct < 0 ? 'falls' : 'rises';
    const sig = yb!.tYield !== null && Math.abs(yb!.tYield) < 2 ? '; not statistically distinct from zero' : '';
    const r2 = yb!.r2 === null ? '' : `, R² ${yb!.r2.toFixed(2)}`;
    add('beta', yieldBetaScore(yb!.betaYield, yb!.tYield), 'Measured rate beta',
      `${dir} ~${Math.abs(pct)}% per +100 bp in the 10y yield`,
      `daily returns vs 10y yield changes, market held fixed; ${yb!.window}, n ${yb!.n}${r2}${sig}`);
  }
  const sp = input.sectorPrior;
  if (sp) add('sector', sp.score, 'Sector', sp.label, `${sp.rationale} (${sp.source})`);
  else missing.push(INPUT_WORDS.sector);
  if (input.capClass) {
    add('cap', CAP_PRIOR[input.capClass], 'Size', `${input.capClass} cap`,
      'smaller companies borrow more at floating rates and from banks (FTSE Russell; Voya; Gertler & Gilchrist 1994)');
  } else missing.push(INPUT_WORDS.cap);

  const applicable = (Object.keys(RATE_WEIGHTS) as ComponentKey[]).filter((k) => !notApplicable.includes(INPUT_WORDS[k]));
  const weightApplicable = applicable.reduce((s, k) => s + RATE_WEIGHTS[k], 0);
  const weightPresent = comps.reduce((s, c) => s + c.weight, 0);
  const completeness = weightApplicable > 0 ? round(weightPresent / weightApplicable, 4) : 0;

  // Cap class alone describes the average company of that size, not this one: no score from it.
  const scorable = comps.some((c) => c.key !== 'cap');
  const score = scorable ? Math.round(comps.reduce((s, c) => s + c.weight * c.subScore, 0) / weightPresent) : null;
  const level = levelOf(score);
  const confidence = !scorable ? 'none' : completeness >= 0.7 ? 'high' : completeness >= 0.4 ? 'medium' : 'low';

  // Rank by how much each input explains the level: for "high" the inputs pushing up, for
  // "low" those pushing down, otherwise the ones furthest from neutral.
  const pull = (c: RateComponent) =>
    c.weight * (level === 'high' ? c.subScore : level === 'low' ? 100 - c.subScore : Math.abs(c.subScore - 50));
  const ranked = [...comps].sort((a, b) => pull(b) - pull(a) || b.weight - a.weight);
  return {
    level,
    score,
    drivers: ranked.map(({ name, value, note }) => ({ name, value, note })),
    components: ranked,
    confidence,
    completeness,
    missing,
    notApplicable,
  };
}
