import type { PriceHistory } from '../data/providers/prices';
import { addDays } from '../dates';
import { yieldBeta, type DatedSeries } from '../metrics/beta';
import type { MeasuredYieldBeta } from '../metrics/rate-sensitivity';
import type { SourcedSeries } from './build-market';

/** The market the beta controls for: SPY (S&P 500 ETF), from the same price source as the stock. */
export const MARKET_PROXY = 'SPY';
/** One year of daily observations, ending on the last date all three series share. */
export const BETA_WINDOW_DAYS = 365;

export type MeasuredBetaInput = MeasuredYieldBeta & { source: string; asOf: string };

/**
 * Several copies of the 10-year yield (embedded snapshot, live FRED) merged by date; a later
 * copy wins on a date both have. The embedded series alone may end before today's prices.
 */
export function mergeSeries(copies: readonly (SourcedSeries | null | undefined)[]): { series: DatedSeries; sources: string[] } {
  const byDate = new Map<string, number>();
  const sources: string[] = [];
  for (const c of copies) {
    if (!c || c.dates.length === 0) continue;
    c.dates.forEach((d, i) => {
      const v = c.values[i];
      if (typeof v === 'number' && Number.isFinite(v)) byDate.set(d, v);
    });
    if (!sources.includes(c.source)) sources.push(c.source);
  }
  const dates = [...byDate.keys()].sort();
  return { series: { dates, values: dates.map((d) => byDate.get(d)!) }, sources };
}

const closes = (h: PriceHistory): DatedSeries => ({ dates: h.closes.map((c) => c.date), values: h.closes.map((c) => c.close) });

/**
 * The card's measured rate beta: daily stock returns on daily 10y-yield changes, market (SPY)
 * returns held fixed, over the last year the three series share. Null with a reason when the
 * data cannot support it (fewer than 120 common days, constant inputs).
 */
export function measuredYieldBeta(
  stock: PriceHistory,
  market: PriceHistory,
  yield10y: readonly (SourcedSeries | null | undefined)[],
): { ok: true; beta: MeasuredBetaInput } | { ok: false; reason: string } {
  const y = mergeSeries(yield10y);
  const s = closes(stock);
  const m = closes(market);
  const yDates = new Set(y.series.dates);
  const mDates = new Set(m.dates);
  const to = s.dates.filter((d) => yDates.has(d) && mDates.has(d)).at(-1);
  if (!to) return { ok: false, reason: 'price history and the 10y yield share no dates' };
  const from = addDays(to, -BETA_WINDOW_DAYS);
  const r = yieldBeta({ stock: s, market: m, yield10y: y.series }, { from, to });
  if (!r.ok) return { ok: false, reason: r.reason };
  const window = `${r.from} to ${r.to}`;
  return {
    ok: true,
    beta: {
      betaYield: r.betaYield,
      tYield: r.tYield,
      r2: r.r2,
      n: r.n,
      window,
      asOf: r.to,
      source: `${stock.source} daily closes (${stock.symbol}; market ${market.symbol}) and ${y.sources.join(' + ')}; ${window}`,
    },
  };
}
