import type { ComponentChildren } from 'preact';
import type { Quote } from '@/lib/context/quote';
import type { TickerContext } from '@/lib/context/ticker-context';
import { formatAsOf, formatUsdCompact } from '@/lib/format';
import { CapClassBadge } from './CapClassBadge';
import { IndexMembership } from './IndexMembership';
import { QuoteLine } from './QuoteLine';
import { RateGauge } from './RateGauge';
import { SourceNote } from './SourceNote';
import { ValuationGap } from './ValuationGap';

const KIND_LABEL: Record<TickerContext['kind'], string> = {
  stock: 'Stock',
  etf: 'ETF',
  index: 'Index',
  crypto: 'Crypto',
  unknown: 'Unclassified',
};

export interface TickerCardProps {
  context: TickerContext;
  /** Mentions on the page (sidebar only). */
  count?: number;
  evidence?: string[];
  /** Extra controls (watchlist button…) rendered in the card's footer. */
  actions?: ComponentChildren;
  /** A compact control at the end of the header (the sidebar's watchlist star). */
  headerAction?: ComponentChildren;
  onSelect?: () => void;
  /** Live price, when live data is on and the source answered. */
  quote?: Quote | undefined;
}

/** One ticker. Same markup in sidebar, popup and options (DESIGN.md contract 3). */
export function TickerCard({ context: c, count, evidence, actions, headerAction, onSelect, quote }: TickerCardProps) {
  const headingId = `cl-card-${c.symbol.replace(/[^A-Za-z0-9]/g, '-')}`;
  return (
    <article class="cl-card" data-symbol={c.symbol} data-cap-class={c.capClass ?? ''} aria-labelledby={headingId}>
      <header class="cl-card__head">
        <h3 id={headingId} class="cl-card__title">
          {onSelect ? (
            <button type="button" class="cl-link" onClick={onSelect} title="Show the first mention in the page">
              {c.symbol}
            </button>
          ) : (
            c.symbol
          )}
        </h3>
        <span class="cl-kind">{KIND_LABEL[c.kind]}</span>
        {c.kind === 'stock' && <CapClassBadge capClass={c.capClass} notListed={c.listing?.status === 'not-listed'} />}
        {count !== undefined && (
          <span class="cl-count" title={evidence?.length ? `Found by: ${evidence.join(', ')}` : undefined}>
            {evidence?.length === 1 && evidence[0] === 'name' ? `named ${count}×` : `${count}× on page`}
          </span>
        )}
        {headerAction}
      </header>
      <div class="cl-card__name">
        {c.name ?? 'Not in the CapLens symbol list'}
        {c.exchange && <span class="cl-muted"> · {c.exchange}</span>}
        {c.sector && <span class="cl-muted"> · {c.sector}</span>}
        {c.country && c.country !== 'United States' && <span class="cl-muted"> · {c.country}</span>}
      </div>
      {c.industry && (
        <div class="cl-row cl-card__industry">
          <span class="cl-label">Industry</span> <span class="cl-value">{c.industry.name}</span>
          <span class="cl-source">
            {c.industry.scheme} scheme · {c.industry.source}, {c.industry.asOf}
          </span>
        </div>
      )}
      {quote && <QuoteLine quote={quote} />}
      {c.etf && <EtfFacts etf={c.etf} />}
      {c.kind === 'index' && (
        <div class="cl-row cl-muted">Market index{c.proxyEtf ? ` · tracked by ${c.proxyEtf}` : ''}</div>
      )}
      {c.kind === 'crypto' && <div class="cl-row cl-muted">Crypto asset, not a listed company: no equity data.</div>}
      {(c.kind === 'stock' || c.kind === 'unknown') && c.name && <MarketCap context={c} />}
      {c.kind === 'stock' && <IndexMembership index={c.index} />}
      {c.valuation && <ValuationGap valuation={c.valuation} />}
      {c.rateSensitivity && <RateGauge rate={c.rateSensitivity} />}
      {actions && <footer class="cl-card__actions">{actions}</footer>}
    </article>
  );
}

function MarketCap({ context: c }: { context: TickerContext }) {
  if (c.listing?.status === 'not-listed') {
    // An older cap would read as today's: say why there is none instead.
    return (
      <div class="cl-row" data-listing="not-listed">
        <span class="cl-chip cl-chip--warn">Not listed on {formatAsOf(c.listing.asOf)}</span>{' '}
        <span class="cl-note">{c.listing.note ?? `absent from the ${c.listing.source}`}</span>
      </div>
    );
  }
  if (!c.marketCap) {
    return <div class="cl-row cl-muted">Market cap: no data in the offline snapshot</div>;
  }
  return (
    <div class="cl-row">
      <span class="cl-label">Market cap</span> <strong class="cl-value">{formatUsdCompact(c.marketCap.value)}</strong>
      {c.price && (
        <span class="cl-muted">
          {' '}· last ${c.price.value.toFixed(2)}
          {c.price.asOf !== c.marketCap.asOf ? ` (${formatAsOf(c.price.asOf)})` : ''}
        </span>
      )}
      <SourceNote asOf={c.marketCap.asOf} source={c.marketCap.source} />
    </div>
  );
}

function EtfFacts({ etf }: { etf: NonNullable<TickerContext['etf']> }) {
  const leverage = etf.leverage && etf.leverage !== 1 ? `${etf.leverage > 0 ? '' : '−'}${Math.abs(etf.leverage)}× daily` : null;
  return (
    <div class="cl-row">
      <span class="cl-label">Tracks</span> <strong class="cl-value">{etf.tracks}</strong>
      <div class="cl-chips">
        <span class="cl-chip">{etf.segment}</span>
        {leverage && <span class="cl-chip cl-chip--warn">{etf.leverage! < 0 ? 'Inverse ' : 'Leveraged '}{leverage}</span>}
        {etf.issuer && <span class="cl-chip">{etf.issuer}</span>}
      </div>
      {etf.source && <span class="cl-source">{etf.source}</span>}
    </div>
  );
}
