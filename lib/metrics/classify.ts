import type { CapClass } from '../context/ticker-context';

/**
 * Lower bounds (USD, inclusive) of each cap class; anything below `micro` is nano.
 * Cap-class cut-offs are conventions, not standards, so they are data rather than code.
 */
export interface CapThresholds {
  mega: number;
  large: number;
  mid: number;
  small: number;
  micro: number;
}

const B = 1e9;
const M = 1e6;

/** mega ≥ $200B, large $10–200B, mid $2–10B, small $300M–2B, micro $50–300M, nano < $50M. */
export const DEFAULT_CAP_THRESHOLDS: Readonly<CapThresholds> = Object.freeze({
  mega: 200 * B,
  large: 10 * B,
  mid: 2 * B,
  small: 300 * M,
  micro: 50 * M,
});

/** Same as the default except that small starts at $250M (the boundary some index providers and brokers use). */
export const SMALL_FROM_250M_THRESHOLDS: Readonly<CapThresholds> = Object.freeze({
  ...DEFAULT_CAP_THRESHOLDS,
  small: 250 * M,
});

export function capClassOf(
  marketCapUsd: number | null | undefined,
  thresholds: Readonly<CapThresholds> = DEFAULT_CAP_THRESHOLDS,
): CapClass | null {
  // A zero or negative market cap is a data error, not a nano-cap company.
  if (marketCapUsd == null || !Number.isFinite(marketCapUsd) || marketCapUsd <= 0) return null;
  if (marketCapUsd >= thresholds.mega) return 'mega';
  if (marketCapUsd >= thresholds.large) return 'large';
  if (marketCapUsd >= thresholds.mid) return 'mid';
  if (marketCapUsd >= thresholds.small) return 'small';
  if (marketCapUsd >= thresholds.micro) return 'micro';
  return 'nano';
}
