import type { Quote } from '@/lib/context/quote';
import { formatAsOf } from '@/lib/format';
import { Sparkline } from './Sparkline';

/** Price, day change and a one-year sparkline; marked when the figure is stale. */
export function QuoteLine({ quote: q }: { quote: Quote }) {
  const chg = q.changePct;
  const dir = chg == null ? 'flat' : chg > 0 ? 'pos' : chg < 0 ? 'neg' : 'flat';
  return (
    <div class="cl-row cl-quote">
      <strong class="cl-value cl-price">
        {q.currency && q.currency !== 'USD' ? `${q.currency} ` : '$'}
        {q.price.toFixed(2)}
      </strong>
      {chg != null && (
        <span class={`cl-day cl-day--${dir}`}>
          {chg > 0 ? '+' : ''}
          {chg.toFixed(2)}% today
        </span>
      )}
      <Sparkline values={q.spark} label={`One-year price line${q.change1yPct != null ? `, ${q.change1yPct.toFixed(0)}% over the period` : ''}`} />
      <span class="cl-source">
        {q.stale && <span class="cl-stale">stale · </span>}
        as of {formatAsOf(q.asOf)} · {q.source}
      </span>
    </div>
  );
}
