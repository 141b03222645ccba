import type { MarketContext } from '@/lib/context/market-context';
import { formatAsOf, formatPct } from '@/lib/format';
import { DiscountChart } from './DiscountChart';

const BASIS_SHORT: Record<string, string> = {
  forward: 'forward P/E',
  'trailing-ex-losses': 'trailing P/E, loss-makers out',
  'trailing-all': 'trailing P/E, losses in',
  'sec-frames': 'trailing P/E, SEC filings',
};

function Change({ bp, label }: { bp: number | null | undefined; label: string }) {
  if (bp == null) return null;
  const dir = bp > 0 ? 'up' : bp < 0 ? 'down' : 'flat';
  const arrow = bp > 0 ? '▲' : bp < 0 ? '▼' : '■';
  return (
    <span class={`cl-chg cl-chg--${dir}`} aria-label={`${bp > 0 ? 'up' : bp < 0 ? 'down' : 'unchanged'} ${Math.abs(bp)} basis points over ${label}`}>
      <span aria-hidden="true">{arrow}</span>
      {Math.abs(bp)}bp {label}
    </span>
  );
}

/** Fed funds, 2y/10y, curve slope and the small-vs-large discount, each with its date and source. */
export function MacroStrip({ market, chart = false }: { market: MarketContext | null; chart?: boolean }) {
  if (!market) return null;
  const { fedFunds, ust10y, ust2y, curve2s10s, smallVsLarge } = market;
  const move = fedFunds?.lastMove;
  const range = fedFunds ? `${fedFunds.lower.toFixed(2)}–${fedFunds.upper.toFixed(2)}%` : '';
  // The summary ("held at 3.50–3.75% since 10 Dec 2025 (5 holds)") with its range in bold; older contexts have none.
  const at = fedFunds?.summary ? fedFunds.summary.indexOf(range) : -1;
  const summaryParts = fedFunds?.summary && at >= 0 ? [fedFunds.summary.slice(0, at), fedFunds.summary.slice(at + range.length)] : null;
  const next = fedFunds?.nextMeeting;
  const after = fedFunds?.meetingsAfterData ?? [];
  return (
    <section class="cl-macro" aria-label="Rates backdrop">
      {fedFunds && (
        <div class="cl-macro__item" title={`${fedFunds.source}, as of ${formatAsOf(fedFunds.asOf)}`}>
          <span class="cl-label">Fed funds</span>
          {summaryParts ? (
            <span data-fed-summary>
              {summaryParts[0]}
              <strong>{range}</strong>
              {summaryParts[1]}
            </span>
          ) : (
            <>
              <strong>{range}</strong>
              {move && (
                <span class="cl-muted">
                  {move.direction} {Math.abs(move.sizeBp)}bp {formatAsOf(move.date)}
                </span>
              )}
            </>
          )}
          {after.length > 0 && (
            // The range is the data's; meetings have been held since, so it may no longer be in force.
            <span class="cl-muted" data-fed-after>
              as of {formatAsOf(fedFunds.asOf)}: {after.length} {after.length === 1 ? 'meeting' : 'meetings'} since
            </span>
          )}
        </div>
      )}
      {ust2y && (
        <div class="cl-macro__item" title={`${ust2y.source}, as of ${formatAsOf(ust2y.asOf)}`}>
          <span class="cl-label">2y</span>
          <strong>{formatPct(ust2y.value)}</strong>
          <Change bp={ust2y.change1mBp} label="1m" />
        </div>
      )}
      {ust10y && (
        <div class="cl-macro__item" title={`${ust10y.source}, as of ${formatAsOf(ust10y.asOf)}`}>
          <span class="cl-label">10y</span>
          <strong>{formatPct(ust10y.value)}</strong>
          <Change bp={ust10y.change1mBp} label="1m" />
        </div>
      )}
      {curve2s10s && (
        <div class="cl-macro__item" title={`${curve2s10s.source}, as of ${formatAsOf(curve2s10s.asOf)}`}>
          <span class="cl-label">2s10s</span>
          <strong>
            {curve2s10s.value >= 0 ? '+' : '−'}
            {Math.abs(Math.round(curve2s10s.value * 100))}bp
          </strong>
          {curve2s10s.move3m && <span class="cl-muted">{curve2s10s.move3m.replace('-', ' ')} (3m)</span>}
        </div>
      )}
      {smallVsLarge && (
        <div class="cl-macro__item" title={smallVsLarge.method}>
          <span class="cl-label">Small vs large P/E</span>
          {smallVsLarge.discountPct != null ? (
            <>
              <strong>
                {smallVsLarge.discountPct < 0 ? `${Math.abs(smallVsLarge.discountPct).toFixed(0)}% discount` : `${smallVsLarge.discountPct.toFixed(0)}% premium`}
              </strong>
              {smallVsLarge.smallPe != null && smallVsLarge.largePe != null && (
                <span class="cl-muted">
                  {smallVsLarge.smallPe.toFixed(1)}× vs {smallVsLarge.largePe.toFixed(1)}×
                  {smallVsLarge.basis ? ` ${BASIS_SHORT[smallVsLarge.basis] ?? smallVsLarge.basis}` : ''}, {formatAsOf(smallVsLarge.asOf)}
                </span>
              )}
            </>
          ) : (
            <span class="cl-muted" title={smallVsLarge.reason ?? undefined}>
              n/a: {smallVsLarge.reason ?? 'no small-cap earnings in the data'}
            </span>
          )}
          {chart && smallVsLarge.series && smallVsLarge.series.length > 0 && <DiscountChart series={smallVsLarge.series} />}
        </div>
      )}
      <div class="cl-macro__foot cl-source">
        Fed range: as of {formatAsOf(fedFunds?.asOf)}
        {fedFunds?.effective && `, effective ${formatPct(fedFunds.effective.value)} on ${formatAsOf(fedFunds.effective.asOf)}`}
        {after.length > 0 && `; FOMC ${after.length === 1 ? 'meeting' : 'meetings'} since: ${after.map((d) => formatAsOf(d)).join(', ')} (${after.length === 1 ? 'its decision is' : 'decisions'} not in this data)`}
        {next && `; next FOMC ${formatAsOf(next.date)} (scheduled)`}. Yields: as of{' '}
        {formatAsOf(ust10y?.asOf)} (FRED H.15, U.S. Treasury).
        {smallVsLarge?.discountPct != null &&
          ` Small vs large: estimated Russell 2000 vs S&P 500 aggregate P/E, both sides from one dataset of ${formatAsOf(smallVsLarge.asOf)}; method on hover.`}
      </div>
    </section>
  );
}
