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

export interface RussellMembership {
  russell1000: boolean | null;
  russell2000: boolean | null;
}

/**
 * Why the cap class and the estimated Russell membership disagree, in words, or null when they
 * agree or one is unknown. They can disagree legitimately: Russell assigns membership once a
 * year from rank-day market caps (see docs/methodology.md), while the cap class uses today's cap,
 * and the Russell 1000/2000 breakpoint (a few $B) falls inside the practitioners' mid-cap band.
 * So only clear mismatches are reported; a mid cap in either index is normal.
 */
export function membershipDisagreement(
  capClass: CapClass | null,
  membership: RussellMembership,
  rankDate?: string | null,
): string | null {
  if (!capClass) return null;
  const since = rankDate ? ` since the ${rankDate} rank day` : ' since the last rank day';
  if (membership.russell2000 === true && (capClass === 'large' || capClass === 'mega')) {
    return `Russell 2000 member by its rank-day market cap; has grown into a ${capClass} cap${since}`;
  }
  if (membership.russell2000 === true && capClass === 'nano') {
    return `Russell 2000 member by its rank-day market cap; has shrunk to a nano cap${since}`;
  }
  if (membership.russell1000 === true && (capClass === 'small' || capClass === 'micro' || capClass === 'nano')) {
    return `Russell 1000 member by its rank-day market cap; has shrunk to a ${capClass} cap${since}`;
  }
  if (membership.russell1000 === false && membership.russell2000 === false && (capClass === 'large' || capClass === 'mega')) {
    return `${capClass} cap outside the Russell 1000 estimate: likely ineligible (non-US company, ADR, secondary share class) or listed after the rank day`;
  }
  return null;
}
