import type { Signal } from '@preact/signals';
import type { MarketContext } from '@/lib/context/market-context';
import type { DetectedTicker } from '@/lib/messaging/protocol';
import { MacroStrip } from './MacroStrip';
import { TickerCard } from './TickerCard';

export interface SidebarState {
  collapsed: Signal<boolean>;
  tickers: Signal<DetectedTicker[]>;
  market: Signal<MarketContext | null>;
  /** A message for the user (background down, extension updated…); null when fine. */
  error: Signal<string | null>;
  scanning: Signal<boolean>;
}

export interface SidebarProps {
  state: SidebarState;
  onToggle: () => void;
  onSelect: (symbol: string) => void;
  onOpenOptions: () => void;
}

export function Sidebar({ state, onToggle, onSelect, onOpenOptions }: SidebarProps) {
  const tickers = state.tickers.value;
  if (state.collapsed.value) {
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
        <span class="cl-digest" role="status">{digest(tickers, state.scanning.value)}</span>
        <button type="button" class="cl-icon" onClick={onOpenOptions} aria-label="CapLens settings" title="Settings">
          ⚙
        </button>
        <button type="button" class="cl-icon" onClick={onToggle} aria-expanded="true" aria-label="Collapse CapLens" title="Collapse">
          ›
        </button>
      </header>
      <MacroStrip market={state.market.value} />
      {state.error.value && (
        <p class="cl-error" role="alert">
          {state.error.value}
        </p>
      )}
      <div class="cl-cards">
        {tickers.map((t) => (
          <TickerCard key={t.symbol} context={t.context} count={t.count} evidence={t.evidence} onSelect={() => onSelect(t.symbol)} />
        ))}
        {!tickers.length && !state.scanning.value && !state.error.value && (
          <p class="cl-empty">No tickers found on this page.</p>
        )}
      </div>
    </aside>
  );
}

/** "6 tickers: 3 small caps, 2 ETFs" — the one-line summary in the header. */
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
  return parts.length ? `${head}: ${parts.join(', ')}` : head;
}
