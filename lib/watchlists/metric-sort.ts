import type { TickerContext } from '../context/ticker-context';
import type { MetricKey } from './sort';

/**
 * The card figure behind each metric sort, as "higher sorts first" (ascending sorts negate).
 * null = no figure (sorted last): an ETF's P/E, negative earnings ("n/m"), an unscored rate gauge.
 */
export const METRIC_VALUE: Record<MetricKey, (c: TickerContext) => number | null> = {
  'cap-desc': (c) => c.marketCap?.value ?? null,
  // A loss-making company has no meaningful P/E: last, not first.
  'pe-asc': (c) => (c.valuation?.pe != null && c.valuation.pe > 0 ? -c.valuation.pe : null),
  'gap-asc': (c) => (c.valuation?.gapPct != null ? -c.valuation.gapPct : null),
  'rate-desc': (c) => c.rateSensitivity?.score ?? null,
};
