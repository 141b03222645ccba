import { clamp, interpolate } from './num';

/**
 * Balance-sheet rate drivers for banks. A bank's debt is its raw material, so the company scales
 * (net debt / EBITDA, debt / equity, coverage) say nothing about it; what does is
 *  - capital: equity ÷ total assets. When rates rise, the market value of fixed-rate securities
 *    and loans falls; the thinner the equity, the larger that loss as a share of it (the 2023
 *    regional-bank failures: Fed SVB review, 2023);
 *  - borrowed funding: borrowings ÷ total assets. FHLB advances, repos and notes reprice with
 *    short rates far faster than core deposits (Drechsler, Savov & Schnabl, 2017 and 2021), so a
 *    bank funded by them feels hikes, and cuts, sooner.
 * The sector prior already says how rate-sensitive a typical bank of the industry is; these
 * drivers say whether this bank is more or less so than its peers. Each scores the prior moved
 * by up to ±BANK_SWING points with the bank's position among the peers of the same dataset:
 * the 10th percentile, the median and the 90th percentile come with the snapshot (built from
 * the same scan, never a mix of dates) and are printed on the card.
 */

/** How far (in sub-score points) a bank at the peers' 10th or 90th percentile moves from the prior. */
export const BANK_SWING = 20;

/** [10th percentile, median, 90th percentile] of a ratio among the peer banks. */
export type PeerSpread = readonly [number, number, number];

/** −1 at the 10th percentile, 0 at the median, +1 at the 90th, linear between, flat outside. */
export function peerPosition(x: number, [p10, p50, p90]: PeerSpread): number {
  if (!(p10 < p50 && p50 < p90)) throw new Error(`peer spread must ascend strictly, got [${p10}, ${p50}, ${p90}]`);
  return interpolate([[p10, -1], [p50, 0], [p90, 1]], x);
}

/** Thin equity (low equity ÷ assets) → more rate-sensitive than the prior. */
export const bankCapitalScore = (equityToAssets: number, peers: PeerSpread, prior: number): number =>
  clamp(prior - BANK_SWING * peerPosition(equityToAssets, peers), 0, 100);

/** Heavy borrowing (high borrowings ÷ assets) → more rate-sensitive than the prior. */
export const bankFundingScore = (borrowingsToAssets: number, peers: PeerSpread, prior: number): number =>
  clamp(prior + BANK_SWING * peerPosition(borrowingsToAssets, peers), 0, 100);
