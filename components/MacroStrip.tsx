import type { MarketContext } from '@/lib/context/market-context';
import { formatAsOf, formatPct } from '@/lib/format';

/** Fed funds, 10-year and curve slope in one line, each with its date on hover and in the footnote. */
export function MacroStrip({ market }: { market: MarketContext | null }) {
  if (!market) return null;
  const { fedFunds, ust10y, ust2y, curve2s10s } = market;
  return (
    <section class="cl-macro" aria-label="Rates backdrop">
      {fedFunds && (
        <div class="cl-macro__item" title={`Target range as of ${formatAsOf(fedFunds.asOf)} · ${fedFunds.source}`}>
          <span class="cl-label">Fed funds</span>
          <strong>
            {fedFunds.lower.toFixed(2)}–{fedFunds.upper.toFixed(2)}%
          </strong>
        </div>
      )}
      {ust2y && (
        <div class="cl-macro__item" title={`as of ${formatAsOf(ust2y.asOf)}`}>
          <span class="cl-label">2y</span>
          <strong>{formatPct(ust2y.value)}</strong>
        </div>
      )}
      {ust10y && (
        <div class="cl-macro__item" title={`as of ${formatAsOf(ust10y.asOf)}`}>
          <span class="cl-label">10y</span>
          <strong>{formatPct(ust10y.value)}</strong>
        </div>
      )}
      {curve2s10s && (
        <div class="cl-macro__item" title={`as of ${formatAsOf(curve2s10s.asOf)}`}>
          <span class="cl-label">2s10s</span>
          <strong>
            {curve2s10s.value >= 0 ? '+' : ''}
            {Math.round(curve2s10s.value * 100)} bp
          </strong>
        </div>
      )}
      <div class="cl-macro__foot cl-source">
        Fed range as of {formatAsOf(fedFunds?.asOf)} (FOMC); yields as of {formatAsOf(ust10y?.asOf)} (FRED, U.S. Treasury)
      </div>
    </section>
  );
}
