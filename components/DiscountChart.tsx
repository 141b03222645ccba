import { formatAsOf } from '@/lib/format';

/** One dated point of the small-vs-large series (MarketContext.smallVsLarge.series). */
export interface DiscountPoint {
  asOf: string;
  basis: string;
  source: string;
  discountPct: number | null;
}

const BASES: { basis: string; label: string; cls: string }[] = [
  { basis: 'forward', label: 'forward P/E', cls: 'cl-dchart__line--fwd' },
  { basis: 'trailing-ex-losses', label: 'trailing P/E, loss-makers out', cls: 'cl-dchart__line--ttm' },
];

/**
 * The small-vs-large discount at each dataset date, one line per basis, as inline SVG. Each point
 * is one dataset on one date (never mixed); a basis a dataset lacks is a gap, not a zero. The
 * zero line is drawn when the range crosses it, so a premium reads as one.
 */
export function DiscountChart({ series }: { series: readonly DiscountPoint[] }) {
  const dates = [...new Set(series.map((p) => p.asOf))].sort();
  const lines = BASES.map((b) => ({ ...b, points: dates.map((d) => series.find((p) => p.asOf === d && p.basis === b.basis)?.discountPct ?? null) })).filter((l) =>
    l.points.some((v) => v !== null),
  );
  const values = lines.flatMap((l) => l.points).filter((v): v is number => v !== null);
  if (dates.length < 2 || values.length < 2) return null;
  const w = 220;
  const h = 64;
  const pad = { l: 30, r: 8, t: 6, b: 16 };
  const lo = Math.min(...values, values.some((v) => v > 0) ? 0 : Math.min(...values)) - 2;
  const hi = Math.max(...values, values.some((v) => v < 0) && values.some((v) => v > 0) ? 0 : Math.max(...values)) + 2;
  const x = (i: number) => pad.l + (i / (dates.length - 1)) * (w - pad.l - pad.r);
  const y = (v: number) => pad.t + ((hi - v) / (hi - lo || 1)) * (h - pad.t - pad.b);
  const summary = lines
    .map((l) => `${l.label}: ${l.points.map((v, i) => `${formatAsOf(dates[i])} ${v === null ? 'n/a' : `${Math.round(v)}%`}`).join(', ')}`)
    .join('; ');
  return (
    <figure class="cl-dchart">
      <svg width={w} height={h} viewBox={`0 0 ${w} ${h}`} role="img" aria-label={`Small-cap P/E discount to the S&P 500 by dataset date. ${summary}`}>
        {[lo + 2, hi - 2].map((v) => (
          <text class="cl-dchart__tick" x={pad.l - 4} y={y(v) + 3} text-anchor="end">
            {Math.round(v)}%
          </text>
        ))}
        {lo < 0 && hi > 0 && <line class="cl-dchart__zero" x1={pad.l} x2={w - pad.r} y1={y(0)} y2={y(0)} />}
        {dates.map((d, i) => (
          <text class="cl-dchart__tick" x={x(i)} y={h - 4} text-anchor={i === 0 ? 'start' : i === dates.length - 1 ? 'end' : 'middle'}>
            {d.slice(0, 7)}
          </text>
        ))}
        {lines.map((l) => {
          const pts = l.points.map((v, i) => (v === null ? null : ([x(i), y(v)] as const))).filter((p): p is readonly [number, number] => p !== null);
          return (
            <g class={`cl-dchart__line ${l.cls}`}>
              <polyline points={pts.map(([a, b]) => `${a.toFixed(1)},${b.toFixed(1)}`).join(' ')} fill="none" stroke="currentColor" stroke-width="1.5" />
              {pts.map(([a, b]) => (
                <circle cx={a} cy={b} r="2.5" fill="currentColor" />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption class="cl-source">
        {lines.map((l) => (
          <span class={`cl-dchart__key ${l.cls}`}>● {l.label} </span>
        ))}
        · each point one dataset and date
      </figcaption>
    </figure>
  );
}
