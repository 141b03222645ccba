/** Small numeric helpers shared by the metric modules. Pure. */

/** A finite number (not null, undefined, NaN or ±Infinity). */
export function isNum(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

export function isPositive(x: number | null | undefined): x is number {
  return isNum(x) && x > 0;
}

export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/**
 * Rounds to `digits` decimals. Used on outputs only, to strip binary noise such as
 * 3.47 − 3.46 = 0.010000000000000231 before a figure reaches a card or a test.
 */
export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/**
 * Piecewise-linear interpolation through `points` (ascending x), flat beyond both ends.
 * The risk scales are written as a few anchor points because each anchor can be stated and
 * argued for in docs/methodology.md, which a fitted curve could not.
 */
export function interpolate(points: readonly (readonly [number, number])[], x: number): number {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) throw new Error('interpolate: no points');
  if (x <= first[0]) return first[1];
  if (x >= last[0]) return last[1];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    const [x0, y0] = points[i - 1]!;
    if (x <= x1) return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  }
  return last[1];
}

/** Median of the finite values; null for none. */
export function median(values: readonly number[]): number | null {
  const xs = values.filter(isNum).sort((a, b) => a - b);
  const n = xs.length;
  if (n === 0) return null;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}
