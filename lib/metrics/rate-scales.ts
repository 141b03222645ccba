/**
 * Input → 0–100 sub-score scales for rate sensitivity. The anchors are the published part of
 * the method (docs/methodology.md lists them), so they sit together where they can be read
 * against that table without the scoring code around them.
 */
import type { CapClass } from '../context/ticker-context';
import { clamp, interpolate } from './num';

/** Small firms borrow more at floating rates and from banks (sources in docs/methodology.md). */
export const CAP_PRIOR: Readonly<Record<CapClass, number>> = { nano: 65, micro: 65, small: 65, mid: 50, large: 30, mega: 20 };

// Scales: [input, sub-score] anchor points, linear in between, flat outside.
const FLOATING_SCALE = [[0, 0], [0.5, 100]] as const; // share of debt at floating rates
const COVERAGE_SCALE = [[1, 100], [2, 75], [4, 40], [8, 10], [12, 0]] as const; // EBIT / interest
const LEVERAGE_SCALE = [[0, 0], [1, 15], [2, 35], [3, 55], [4, 75], [6, 100]] as const; // net debt / EBITDA
const GEARING_SCALE = [[0, 0], [0.5, 25], [1, 50], [2, 80], [3, 100]] as const; // total debt / equity
const MATURITY_SCALE = [[0, 0], [0.1, 20], [0.3, 60], [0.5, 100]] as const; // share due within 12 months
const BETA_SCALE = [[0, 0], [0.02, 25], [0.05, 60], [0.1, 100]] as const; // |return| per 1 pp of 10y yield

export const floatingShareScore = (share: number): number => interpolate(FLOATING_SCALE, clamp(share, 0, 1));
/** Coverage ≤ 1 (EBIT does not pay the interest, or EBIT < 0) is the worst case; +Infinity (no interest) the best. */
export const coverageScore = (coverage: number): number => interpolate(COVERAGE_SCALE, coverage);
/** Negative equity (liabilities above assets) is the worst case, like debt ≥ 3× equity. */
export const gearingScore = (debtToEquity: number): number => (debtToEquity < 0 ? 100 : interpolate(GEARING_SCALE, debtToEquity));
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
