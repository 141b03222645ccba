import type { DetectedTicker } from '@/lib/messaging/protocol';
import { formatUsdCompact } from '@/lib/format';
import { CapClassBadge } from './CapClassBadge';

export interface HoverState {
  ticker: DetectedTicker;
  /** The hovered mention's box in the page, viewport coordinates. */
  rect: { left: number; top: number; bottom: number };
}

const WIDTH = 260;
const HEIGHT = 64;

/**
 * A small card next to a highlighted ticker in the page: symbol, name, cap class, market cap,
 * from the card model already resolved. Fixed to the viewport inside our shadow root; text only.
 */
export function HoverCard({ hover: h }: { hover: HoverState | null }) {
  if (!h) return null;
  const c = h.ticker.context;
  const left = Math.max(4, Math.min(h.rect.left, innerWidth - WIDTH - 4));
  const top = h.rect.bottom + 6 + HEIGHT < innerHeight ? h.rect.bottom + 6 : Math.max(4, h.rect.top - 6 - HEIGHT);
  return (
    <div class="cl-hover" role="tooltip" data-hover-symbol={c.symbol} style={{ left: `${left}px`, top: `${top}px`, width: `${WIDTH}px` }}>
      <div class="cl-card__head">
        <strong>{c.symbol}</strong>
        {c.kind === 'stock' ? <CapClassBadge capClass={c.capClass} notListed={c.listing?.status === 'not-listed'} /> : <span class="cl-kind">{c.kind}</span>}
      </div>
      <div class="cl-hover__name">{c.name ?? 'Not in the CapLens symbol list'}</div>
      {c.marketCap && <div class="cl-muted">Market cap {formatUsdCompact(c.marketCap.value)}</div>}
    </div>
  );
}
