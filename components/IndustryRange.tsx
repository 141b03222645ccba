import type { TickerContext } from '@/lib/context/ticker-context';
import { formatAsOf, formatRatio } from '@/lib/format';

type Range = NonNullable<NonNullable<TickerContext['valuation']>['industryRange']>;

const W = 120;
const H = 16;
const PAD = 5;

/**
 * The stock's P/E as a dot on its industry's spread (10th–90th percentile whiskers, quartile box,
 * median tick), all from the P/E's own dataset and date. The axis is linear over the whiskers; a
 * P/E beyond them sits at the end as an open dot, so one outlier cannot flatten the box.
 */
export function IndustryRange({ pe, range: r, industry }: { pe: number; range: Range; industry: string }) {
  const lo = r.p10;
  const hi = r.p90 > lo ? r.p90 : lo + 1;
  const x = (v: number) => PAD + ((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo)) * (W - 2 * PAD);
  const outside = pe < r.p10 ? 'below the 10th percentile' : pe > r.p90 ? 'above the 90th percentile' : null;
  const where = outside ?? (pe < r.q25 ? 'in the cheapest quarter' : pe > r.q75 ? 'in the dearest quarter' : 'in the middle half');
  const label = `P/E ${formatRatio(pe)} ${where} of ${r.peers} ${industry} P/Es: 10th–90th percentile ${formatRatio(r.p10)}–${formatRatio(r.p90)}, quartiles ${formatRatio(r.q25)}–${formatRatio(r.q75)}, median ${formatRatio(r.median)}`;
  const mid = H / 2;
  return (
    <div class="cl-row cl-range-row" data-industry-range>
      <span class="cl-label">P/E in industry</span>
      <svg class="cl-range" width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        <title>{label}</title>
        <line class="cl-range__whisker" x1={x(r.p10)} x2={x(r.p90)} y1={mid} y2={mid} />
        <rect class="cl-range__box" x={x(r.q25)} y={mid - 4} width={Math.max(1, x(r.q75) - x(r.q25))} height={8} rx={2} />
        <line class="cl-range__median" x1={x(r.median)} x2={x(r.median)} y1={mid - 5} y2={mid + 5} />
        <circle class={`cl-range__dot${outside ? ' cl-range__dot--out' : ''}`} cx={x(pe)} cy={mid} r={3.5} />
      </svg>
      <span class="cl-source">
        {where[0]!.toUpperCase() + where.slice(1)} of {r.peers} {industry} P/Es (10th–90th percentile {formatRatio(r.p10)}–{formatRatio(r.p90)}, median {formatRatio(r.median)}) · as of {formatAsOf(r.asOf)} · {r.source}
      </span>
    </div>
  );
}
