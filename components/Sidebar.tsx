import type { MarketContext } from '@/lib/context/market-context';
import type { Quote } from '@/lib/context/quote';
import type { DetectedTicker } from '@/lib/messaging/protocol';
import { MacroStrip } from './MacroStrip';
import { TickerCard } from './TickerCard';

/** What the sidebar shows; the controller re-renders with a new state on every change. */
export interface SidebarState {
  collapsed: boolean;
  tickers: DetectedTicker[];
  market: MarketContext | null;
  /** A message for the user (background down, extension updated…); null when fine. */
  error: string | null;
  scanning: boolean;
  /** Live quotes by symbol (empty when live data is off). */
  quotes: Record<string, Quote>;
}

export interface SidebarProps {
  state: SidebarState;
  onToggle: () => void;
  onSelect: (symbol: string) => void;
  onOpenOptions: () => void;
}

export function Sidebar({ state, onToggle, onSelect, onOpenOptions }: SidebarProps) {
  const { tickers, scanning, error } = state;
  if (state.collapsed) {
    return (
      <button type="button" class="cl-tab" onClick={onToggle} aria-expanded="false" aria-label={`Open CapLens (${tickers.length} tickers)`}>
        <span class="cl-tab__logo" aria-hidden="true">CL</span>
        <span class="cl-tab__count">{tickers.length}</span>
      </button>
    );
  }
  return (
    <aside class="cl-panel" aria-label="CapLens market context">
      <header class="cl-panel__head">
        <strong class="cl-brand">CapLens</strong>
        <span class="cl-digest" role="status" title={digest(tickers, scanning)}>
          {digest(tickers, scanning)}
        </span>
        <button type="button" class="cl-icon" onClick={onOpenOptions} aria-label="CapLens settings" title="Settings">
          ⚙
        </button>
        <button type="button" class="cl-icon" onClick={onToggle} aria-expanded="true" aria-label="Collapse CapLens" title="Collapse">
          ›
        </button>
      </header>
      <MacroStrip market={state.market} />
      {error && (
        <p class="cl-error" role="alert">
          {error}
        </p>
      )}
      <div class="cl-cards">
        {tickers.map((t) => (
          <TickerCard
            key={t.symbol}
            context={t.context}
            count={t.count}
            evidence={t.evidence}
            quote={state.quotes[t.symbol]}
            onSelect={() => onSelect(t.symbol)}
          />
        ))}
        {!tickers.length && !scanning && !error && (
          <p class="cl-empty">No tickers found on this page.</p>
        )}
      </div>
    </aside>
  );
}

/**
 * The header's margin note: "8 tickers: 4 mid caps, 3 ETFs; 3 with high rate sensitivity;
 * median P/E 40% below large caps". Only what the cards themselves show.
 */
export function digest(tickers: DetectedTicker[], scanning: boolean): string {
  if (scanning && !tickers.length) return 'Scanning…';
  if (!tickers.length) return 'No tickers';
  const counts = new Map<string, number>();
  for (const t of tickers) {
    const key = t.context.kind === 'etf' ? 'ETF' : t.context.capClass ? `${t.context.capClass} cap` : null;
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} ${k}${n > 1 ? 's' : ''}`);
  const head = `${tickers.length} ticker${tickers.length > 1 ? 's' : ''}`;
  const notes: string[] = [];
  const high = tickers.filter((t) => t.context.rateSensitivity?.level === 'high').length;
  if (high) notes.push(`${high} with high rate sensitivity`);
  const gaps = tickers.map((t) => t.context.valuation?.gapPct).filter((g): g is number => typeof g === 'number').sort((a, b) => a - b);
  if (gaps.length) {
    const mid = gaps.length % 2 ? gaps[(gaps.length - 1) / 2]! : (gaps[gaps.length / 2 - 1]! + gaps[gaps.length / 2]!) / 2;
    notes.push(`median P/E ${Math.abs(mid).toFixed(0)}% ${mid < 0 ? 'below' : 'above'} large caps`);
  }
  return [parts.length ? `${head}: ${parts.join(', ')}` : head, ...notes].join('; ');
}
