import type { TickerContext } from '@/lib/context/ticker-context';
import { SourceNote } from './SourceNote';

type Rate = NonNullable<TickerContext['rateSensitivity']>;

const LEVEL: Record<Rate['level'], string> = {
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
  unknown: 'Unknown',
};

/** Rate sensitivity: a 0–100 meter, the level, and the top drivers in plain words. */
/** A short name for where a driver's figure came from; the full source is on hover. */
function driverOrigin(source: string): string {
  if (source.startsWith('SEC')) return 'SEC filing';
  const dataset = /^(Finviz|TradingView|Nasdaq)/.exec(source.replace(/^.*industry “[^”]*” \(/, ''))?.[1];
  if (dataset) return /industry “/.test(source) ? `${dataset} industry` : dataset;
  return /chart|Stooq|Yahoo/.test(source) ? 'measured' : source.split(' (')[0]!;
}

export function RateGauge({ rate }: { rate: Rate }) {
  const drivers = rate.drivers.slice(0, 3);
  return (
    <div class="cl-block" aria-label="Rate sensitivity">
      <div class="cl-row">
        <span class="cl-label">Rate sensitivity</span>
        <strong class={`cl-level cl-level--${rate.level}`}>{LEVEL[rate.level]}</strong>
        {rate.score != null && (
          <span class="cl-meter" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={rate.score} aria-label={`Rate sensitivity score ${rate.score} of 100`}>
            <span class={`cl-meter__fill cl-level-bg--${rate.level}`} style={{ width: `${rate.score}%` }} />
          </span>
        )}
        {rate.score != null && <span class="cl-muted cl-small">{rate.score}/100</span>}
        {rate.confidence && rate.confidence !== 'none' && <span class="cl-muted cl-small">· {rate.confidence} confidence</span>}
      </div>
      {drivers.length > 0 && (
        <ul class="cl-drivers">
          {drivers.map((d) => (
            <li key={d.name} title={d.source ? `${d.note}. Source: ${d.source}${d.asOf ? `, as of ${d.asOf}` : ''}` : d.note}>
              <span class="cl-label">{d.name}:</span> {d.value}
              {d.source && (
                <span class="cl-muted cl-small" title={d.source}>
                  {' '}({driverOrigin(d.source)}
                  {d.asOf ? `, ${d.asOf}` : ''})
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {rate.level === 'unknown' && <div class="cl-muted cl-small">Not enough data for a score.</div>}
      <SourceNote asOf={rate.asOf} source={rate.source} />
      {rate.missing && rate.missing.length > 0 && (
        <details class="cl-details cl-source">
          <summary>What would sharpen this</summary>
          Missing inputs (they would lower or raise the score): {rate.missing.join(', ')}.
        </details>
      )}
    </div>
  );
}
