import { isNum } from './num';

/**
 * Measured rate sensitivity: OLS of a stock's daily returns on daily changes in the 10-year
 * Treasury yield and the market's daily return,
 *
 *   r_stock = a + b1 · Δy10 + b2 · r_market + e
 *
 * the two-index model of Stone (1974) / Sweeney & Warga (1986) and of "Treasury beta" studies.
 * Controlling for the market matters because yields and stocks move together on macro news; b1
 * is what is left for rates once the market's move is accounted for. Pure: price history comes
 * from the caller (the live price source).
 */

export interface DatedSeries {
  /** ISO dates (YYYY-MM-DD), ascending. */
  dates: readonly string[];
  values: readonly number[];
}

export interface OlsResult {
  /** Intercept first, then one coefficient per regressor. */
  coefficients: number[];
  /** Standard errors of the slope coefficients (not the intercept), classical (homoskedastic). */
  standardErrors: number[];
  /** 1 − SSR/SST; null when y is constant. */
  r2: number | null;
  n: number;
}

/**
 * OLS with an intercept. Solved on demeaned data (x − x̄), which removes the intercept from the
 * normal equations and keeps them well conditioned for returns near zero. Null when n ≤ k + 1
 * (no residual degrees of freedom) or the regressors are collinear or constant.
 */
export function ols(y: readonly number[], regressors: readonly (readonly number[])[]): OlsResult | null {
  const n = y.length;
  const k = regressors.length;
  if (k === 0 || n <= k + 1 || regressors.some((x) => x.length !== n)) return null;
  const mean = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
  const my = mean(y);
  const mx = regressors.map(mean);
  const xc = regressors.map((x, j) => x.map((v) => v - mx[j]!));
  const yc = y.map((v) => v - my);

  const xtx = xc.map((a) => xc.map((b) => dot(a, b)));
  const xty = xc.map((a) => dot(a, yc));
  const inv = invert(xtx);
  if (!inv) return null;
  const slopes = inv.map((row) => dot(row, xty));
  const intercept = my - slopes.reduce((s, b, j) => s + b * mx[j]!, 0);

  let ssr = 0;
  for (let i = 0; i < n; i++) {
    let fit = 0;
    for (let j = 0; j < k; j++) fit += slopes[j]! * xc[j]![i]!;
    ssr += (yc[i]! - fit) ** 2;
  }
  const sst = dot(yc, yc);
  const sigma2 = ssr / (n - k - 1);
  return {
    coefficients: [intercept, ...slopes],
    standardErrors: inv.map((row, j) => Math.sqrt(Math.max(0, sigma2 * row[j]!))),
    r2: sst > 0 ? Math.min(1, Math.max(0, 1 - ssr / sst)) : null,
    n,
  };
}

function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Gauss–Jordan inverse with partial pivoting; null when (numerically) singular. */
function invert(m: readonly (readonly number[])[]): number[][] | null {
  const k = m.length;
  const a = m.map((row, i) => [...row, ...row.map((_, j) => (i === j ? 1 : 0))]);
  const scale = Math.max(...m.map((row, i) => Math.abs(row[i]!)));
  if (!(scale > 0)) return null;
  for (let c = 0; c < k; c++) {
    let p = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    // Relative tolerance: a pivot this small against the largest diagonal means the regressors
    // are (near) collinear, and the coefficients would be noise.
    if (Math.abs(a[p]![c]!) <= 1e-10 * scale) return null;
    [a[c], a[p]] = [a[p]!, a[c]!];
    const piv = a[c]![c]!;
    a[c] = a[c]!.map((v) => v / piv);
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = a[r]![c]!;
      if (f !== 0) a[r] = a[r]!.map((v, j) => v - f * a[c]![j]!);
    }
  }
  return a.map((row) => row.slice(k));
}

/**
 * Inner join on date. Returns are computed after the join, so every return and yield change
 * spans the same two dates even when one series skips a day (bond-market holidays differ from
 * stock-exchange holidays, e.g. Columbus Day and Veterans Day).
 */
export function alignByDate(series: readonly DatedSeries[]): { dates: string[]; columns: number[][] } {
  const maps = series.map((s) => {
    const m = new Map<string, number>();
    s.dates.forEach((d, i) => {
      const v = s.values[i];
      if (isNum(v)) m.set(d, v);
    });
    return m;
  });
  const first = maps[0];
  if (!first) return { dates: [], columns: [] };
  const dates = [...first.keys()].filter((d) => maps.every((m) => m.has(d))).sort();
  return { dates, columns: maps.map((m) => dates.map((d) => m.get(d)!)) };
}

export interface YieldBetaOptions {
  /** Window, inclusive ISO dates; applied to the levels before differencing. */
  from?: string;
  to?: string;
  /** Fewer observations than this give no estimate (default 120, about half a trading year). */
  minObservations?: number;
}

export type YieldBeta =
  | {
      ok: true;
      alpha: number;
      /** Stock return per +1 percentage point (100 bp) in the 10-year yield, market held fixed. −0.05 = −5%. */
      betaYield: number;
      betaMarket: number;
      seYield: number;
      seMarket: number;
      /** betaYield / seYield; null when the fit is exact (se 0). */
      tYield: number | null;
      r2: number | null;
      n: number;
      /** First and last date of the levels used (the first return ends one observation later). */
      from: string;
      to: string;
    }
  | { ok: false; reason: string; n: number };

export const DEFAULT_MIN_OBSERVATIONS = 120;

export interface ReturnObservations {
  stockReturns: readonly number[];
  /** Daily change in the 10-year yield, percentage points. */
  yieldChanges: readonly number[];
  marketReturns: readonly number[];
}

/** The regression on already aligned observations. */
export function yieldBetaFromReturns(
  obs: ReturnObservations,
  window: { from: string; to: string },
  minObservations = DEFAULT_MIN_OBSERVATIONS,
): YieldBeta {
  const n = obs.stockReturns.length;
  if (obs.yieldChanges.length !== n || obs.marketReturns.length !== n) {
    return { ok: false, reason: 'series differ in length', n };
  }
  if (n < minObservations) return { ok: false, reason: `${n} observations, need ${minObservations}`, n };
  const fit = ols(obs.stockReturns, [obs.yieldChanges, obs.marketReturns]);
  if (!fit) return { ok: false, reason: 'yield changes and market returns are constant or collinear', n };
  const [alpha, betaYield, betaMarket] = fit.coefficients as [number, number, number];
  const [seYield, seMarket] = fit.standardErrors as [number, number];
  return {
    ok: true,
    alpha,
    betaYield,
    betaMarket,
    seYield,
    seMarket,
    tYield: seYield > 0 ? betaYield / seYield : null,
    r2: fit.r2,
    n,
    ...window,
  };
}

/**
 * From levels: stock and market closes (any currency, split/dividend-adjusted) and the 10-year
 * yield in percent. Joins on date, trims to the window, then takes simple returns and yield
 * differences between consecutive common dates.
 */
export function yieldBeta(
  levels: { stock: DatedSeries; market: DatedSeries; yield10y: DatedSeries },
  opts: YieldBetaOptions = {},
): YieldBeta {
  const minObs = opts.minObservations ?? DEFAULT_MIN_OBSERVATIONS;
  // A close ≤ 0 is a data error; dropping the date keeps one bad print from making a ±100% return.
  const prices = (s: DatedSeries): DatedSeries => ({
    dates: s.dates.filter((_, i) => (s.values[i] ?? 0) > 0),
    values: s.values.filter((v) => v > 0),
  });
  const joined = alignByDate([prices(levels.stock), prices(levels.market), levels.yield10y]);
  const keep = joined.dates.map((d) => (!opts.from || d >= opts.from) && (!opts.to || d <= opts.to));
  const dates = joined.dates.filter((_, i) => keep[i]);
  const [stock, market, y10] = joined.columns.map((col) => col.filter((_, i) => keep[i])) as [number[], number[], number[]];
  if (dates.length < 2) return { ok: false, reason: `${Math.max(0, dates.length - 1)} observations, need ${minObs}`, n: 0 };
  const ret = (xs: number[]) => xs.slice(1).map((v, i) => v / xs[i]! - 1);
  return yieldBetaFromReturns(
    { stockReturns: ret(stock), yieldChanges: y10.slice(1).map((v, i) => v - y10[i]!), marketReturns: ret(market) },
    { from: dates[0]!, to: dates[dates.length - 1]! },
    minObs,
  );
}
