import * as z from 'zod/mini';
import type { PriceHistory } from '../data/providers/prices';

/** Live price for a card: last price, day change, and a weekly sparkline of the last year. */
export const QuoteSchema = z.object({
  symbol: z.string(),
  price: z.number(),
  previousClose: z.nullable(z.number()),
  changePct: z.nullable(z.number()),
  currency: z.nullable(z.string()),
  asOf: z.string(),
  source: z.string(),
  /** Served past its freshness while a refresh failed or runs. */
  stale: z.boolean(),
  /** About one close per week over the last year, oldest first. */
  spark: z.array(z.number()).check(z.maxLength(60)),
  /** Change over the sparkline's span, percent. */
  change1yPct: z.nullable(z.number()),
});
export type Quote = z.infer<typeof QuoteSchema>;

const SPARK_POINTS = 52;

/** Pure: provider history → card quote. Null when the provider gave no usable price. */
export function quoteFromHistory(h: PriceHistory, stale: boolean): Quote | null {
  const last = h.closes.at(-1);
  const price = h.regularMarketPrice ?? last?.close ?? null;
  const asOf = h.asOf ?? last?.date ?? null;
  if (price === null || asOf === null) return null;
  const prev = h.previousClose ?? h.closes.at(-2)?.close ?? null;
  const step = Math.max(1, Math.ceil(h.closes.length / SPARK_POINTS));
  const spark = h.closes.filter((_, i) => i % step === 0 || i === h.closes.length - 1).map((c) => c.close).slice(-60);
  const first = h.closes[0]?.close;
  return {
    symbol: h.symbol,
    price,
    previousClose: prev,
    changePct: prev ? ((price - prev) / prev) * 100 : null,
    currency: h.currency,
    asOf,
    source: h.source,
    stale,
    spark,
    change1yPct: first ? ((price - first) / first) * 100 : null,
  };
}
