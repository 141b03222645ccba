import type { Qualifier } from './extracted-claim';

/**
 * How close a stated figure must be to ours to match, per kind. Yields in basis points, caps and
 * multiples relative; ranges and counts exactly; the discount and price returns in percentage
 * points.
 */
export const TOLERANCE = {
  yieldBp: 5,
  capRel: 0.1,
  multipleRel: 0.15,
  discountPts: 5,
  /** Price returns: percentage points either side of ours. */
  priceReturnPts: 0.5,
} as const;

/** Figures further than this from the article's date are not a check of it (caps and multiples). */
export const MAX_FIGURE_AGE_DAYS = 92;

/** Whether `ours` supports `stated` within `tol` (absolute), read with the claim's qualifier. */
export function withinAbs(stated: number, ours: number, tol: number, q: Qualifier = 'exact'): boolean {
  if (q === 'above') return ours >= stated - tol;
  if (q === 'below') return ours <= stated + tol;
  return Math.abs(ours - stated) <= tol + 1e-9;
}

/** The same with a tolerance relative to the stated figure. */
export function withinRel(stated: number, ours: number, rel: number, q: Qualifier = 'exact'): boolean {
  return withinAbs(stated, ours, Math.abs(stated) * rel, q);
}
