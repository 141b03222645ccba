import type { CapClass } from '../context/ticker-context';
import { formatRatio } from '../format';
import { clamp, isNum, round } from './num';
import { BANK_SWING, bankCapitalScore, bankFundingScore, type PeerSpread } from './bank-scales';
import { CAP_PRIOR, coverageScore, floatingShareScore, gearingScore, leverageScore, maturityScore, yieldBetaScore } from './rate-scales';
import type { SectorPrior } from './rate-sector-priors';

/**
 * Rate sensitivity: how exposed a company's earnings and valuation are to interest rates, from
 * whatever evidence exists. Each input becomes a 0–100 sub-score on a stated scale; the score is
 * the weighted mean of the sub-scores present. Missing inputs are listed and lower the
 * confidence; they are never filled in. Scales, weights and the sector table are explained and
 * sourced in docs/methodology.md. The sector table (rate-sector-priors.ts) and the scales
 * (rate-scales.ts) have their own files.
 */

export type RateLevel = 'low' | 'moderate' | 'high' | 'unknown';

// Weights of each input in the score. Company-specific evidence outweighs priors; the debt terms
// outweigh the measured beta because one year of daily data gives a noisy beta.
export const RATE_WEIGHTS = Object.freeze({
  floating: 0.25,
  coverage: 0.2,
  // Net debt / EBITDA and debt / equity both measure balance-sheet debt: 0.15 between them.
  leverage: 0.1,
  gearing: 0.05,
  maturity: 0.05,
  beta: 0.2,
  sector: 0.1,
  cap: 0.05,
});
// Banks only, in place of the debt inputs above (which do not apply to lenders): capital and
// borrowed funding, scored against peer banks of the same dataset (bank-scales.ts).
export const BANK_WEIGHTS = Object.freeze({ capital: 0.1, funding: 0.1 });
type ComponentKey = keyof typeof RATE_WEIGHTS | keyof typeof BANK_WEIGHTS;
const WEIGHTS: Readonly<Record<ComponentKey, number>> = { ...RATE_WEIGHTS, ...BANK_WEIGHTS };
const BANK_PRIORS = new Set(['regional-bank', 'bank']);

/** A bank's capital and borrowing ratios and its peers' spread, all from one dataset and date. */
export interface BankBalanceInput {
  equityToAssets: number;
  borrowingsToAssets: number;
  peers: { count: number; equityToAssets: PeerSpread; borrowingsToAssets: PeerSpread };
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
  /** Total debt ÷ shareholders' equity (book); negative when equity is negative. */
  debtToEquity?: number | null;
  /** Share (0–1) of total debt due within 12 months (refinancing at current rates). */
  shortTermDebtShare?: number | null;
  yieldBeta?: MeasuredYieldBeta | null;
  sectorPrior?: SectorPrior | null;
  capClass?: CapClass | null;
  /** Banks: equity and borrowings as shares of total assets (see bank-scales.ts). */
  bankBalance?: BankBalanceInput | null;
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
  gearing: 'debt / equity',
  maturity: 'debt maturity',
  beta: 'measured 10y-yield beta',
  sector: 'sector prior',
  cap: 'cap class',
  capital: 'bank capital (equity ÷ assets)',
  funding: 'bank borrowings ÷ assets',
};

export const LEVEL_CUTS = Object.freeze({ moderate: 35, high: 65 });

export function levelOf(score: number | null): RateLevel {
  if (score === null) return 'unknown';
  return score >= LEVEL_CUTS.high ? 'high' : score >= LEVEL_CUTS.moderate ? 'moderate' : 'low';
}

const pctText = (share: number) => `~${Math.round(clamp(share, 0, 1) * 100)}%`;

export function rateSensitivity(input: RateSensitivityInput): RateSensitivity {
  const lender = input.sectorPrior?.lender === true;
  // The bank drivers need a bank's balance sheet and bank peers: other lenders (insurers,
  // mortgage REITs) and non-lenders have neither, and are not marked as missing them.
  const bank = lender && (!!input.bankBalance || BANK_PRIORS.has(input.sectorPrior!.key));
  const comps: RateComponent[] = [];
  const missing: string[] = [];
  const notApplicable: string[] = [];
  const add = (key: ComponentKey, subScore: number, name: string, value: string, note: string) =>
    comps.push({ key, name, value, note, weight: WEIGHTS[key], subScore: clamp(subScore, 0, 100) });
  const skip = (key: ComponentKey, absent: boolean) => {
    if (lender && (key === 'floating' || key === 'coverage' || key === 'leverage' || key === 'gearing' || key === 'maturity')) {
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
  const de = input.debtToEquity;
  if (!skip('gearing', !isNum(de))) {
    add('gearing', gearingScore(de!), 'Debt / equity', de! < 0 ? 'negative equity' : `debt ${formatRatio(de!)} equity`,
      'book debt per unit of shareholders\' equity: more borrowed money to refinance as rates move');
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
  const bb = input.bankBalance;
  if (bank && sp && bb) {
    const p = bb.peers;
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    const spread = (s: PeerSpread) => `peer median ${pct(s[1])}, 10th–90th percentile ${pct(s[0])}–${pct(s[2])}`;
    const peers = `${p.count} US-listed banks of the same scan; the 10th or 90th percentile moves the sector prior ±${BANK_SWING} points`;
    add('capital', bankCapitalScore(bb.equityToAssets, p.equityToAssets, sp.score), 'Bank leverage',
      `equity ${pct(bb.equityToAssets)} of assets (assets ${formatRatio(1 / bb.equityToAssets)} equity)`,
      `a thinner equity cushion makes rate-driven losses on securities and loans weigh more; ${spread(p.equityToAssets)} (${peers})`);
    add('funding', bankFundingScore(bb.borrowingsToAssets, p.borrowingsToAssets, sp.score), 'Borrowed funding',
      `borrowings ${pct(bb.borrowingsToAssets)} of assets`,
      `borrowings (FHLB advances, repos, notes) reprice with short rates faster than deposits; ${spread(p.borrowingsToAssets)} (${peers})`);
  } else if (bank) missing.push(INPUT_WORDS.capital, INPUT_WORDS.funding);
  if (sp) add('sector', sp.score, 'Sector', sp.label, `${sp.rationale} (${sp.source})`);
  else missing.push(INPUT_WORDS.sector);
  if (input.capClass) {
    add('cap', CAP_PRIOR[input.capClass], 'Size', `${input.capClass} cap`,
      'smaller companies borrow more at floating rates and from banks (FTSE Russell; Voya; Gertler & Gilchrist 1994)');
  } else missing.push(INPUT_WORDS.cap);

  const keys = [...Object.keys(RATE_WEIGHTS), ...(bank ? Object.keys(BANK_WEIGHTS) : [])] as ComponentKey[];
  const applicable = keys.filter((k) => !notApplicable.includes(INPUT_WORDS[k]));
  const weightApplicable = applicable.reduce((s, k) => s + WEIGHTS[k], 0);
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
