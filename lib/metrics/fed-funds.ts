import { formatAsOf } from '../format';

/**
 * The fed funds line in words: where the target range is, since when, and how many meetings in
 * a row have left it there. Pure: every date comes from the decision table or the caller.
 */

/** [decision date, lower %, upper %, change in bp (optional), …] ascending; holds included. */
export type FomcDecisionLike = readonly [string, number, number, ...unknown[]];

export type FomcAction = 'cut' | 'hike' | 'hold';

export interface FedFundsNarrative {
  lower: number;
  upper: number;
  /** Decision that set the current range (the first decision of the current run). */
  since: string;
  /** Decisions after `since` that left the range unchanged. */
  holds: number;
  lastDecision: { date: string; action: FomcAction; deltaBps: number } | null;
  /** e.g. "held at 3.50–3.75% since 10 Dec 2025 (5 holds)". */
  summary: string;
}

const bp = (pct: number) => Math.round(pct * 100);
const sameRange = (a: FomcDecisionLike, b: FomcDecisionLike) => bp(a[1]) === bp(b[1]) && bp(a[2]) === bp(b[2]);
export const formatRange = (lower: number, upper: number) => `${lower.toFixed(2)}–${upper.toFixed(2)}%`;

/**
 * Change made by decision `i`: the stated change when the row has one (the source's own figure,
 * checked at build time), else the move from the previous row's range; null for a first row
 * without a stated change, since nothing says what came before it.
 */
function changeAt(decisions: readonly FomcDecisionLike[], i: number): number | null {
  const stated = decisions[i]![3];
  if (typeof stated === 'number') return stated;
  const prev = decisions[i - 1];
  return prev ? bp(decisions[i]![2]) - bp(prev[2]) : null;
}

export function fedFundsNarrative(decisions: readonly FomcDecisionLike[]): FedFundsNarrative | null {
  const last = decisions.at(-1);
  if (!last) return null;
  // Walk back over the run of decisions that share the current range.
  let start = decisions.length - 1;
  while (start > 0 && sameRange(decisions[start - 1]!, last)) start--;
  const holds = decisions.length - 1 - start;
  const since = decisions[start]![0];
  const delta = changeAt(decisions, decisions.length - 1);
  const action: FomcAction | null = delta === null ? null : delta < 0 ? 'cut' : delta > 0 ? 'hike' : 'hold';
  const range = formatRange(last[1], last[2]);
  let summary: string;
  if (holds === 0 && action === 'cut') summary = `cut to ${range} on ${formatAsOf(last[0])}`;
  else if (holds === 0 && action === 'hike') summary = `raised to ${range} on ${formatAsOf(last[0])}`;
  else if (start === 0 && !changeAt(decisions, 0)) {
    // The table starts inside the run, so the range may be older than its first row: no "since".
    summary = `held at ${range} at every decision since ${formatAsOf(since)} (${holds + 1} in a row)`;
  } else summary = `held at ${range} since ${formatAsOf(since)} (${holds} ${holds === 1 ? 'hold' : 'holds'})`;
  return {
    lower: last[1],
    upper: last[2],
    since,
    holds,
    lastDecision: action === null ? null : { date: last[0], action, deltaBps: delta! },
    summary,
  };
}
