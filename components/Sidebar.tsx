import type { MarketContext } from '@/lib/context/market-context';
import type { Quote } from '@/lib/context/quote';
import type { DetectedTicker } from '@/lib/messaging/protocol';
import type { PageWatchlist } from '@/lib/messaging/page-protocol';
import type { CheckedClaim, ClaimCheck } from '@/lib/claims/claim-schema';
import { claimsDigest } from '@/lib/claims/claims-digest';
import { ClaimsSection } from './ClaimsSection';
import { DigestLine } from './DigestLine';
import { MacroStrip } from './MacroStrip';
import { ResizeHandle } from './ResizeHandle';
import { TickerCard } from './TickerCard';
import { TickerTable } from './TickerTable';
import { ViewBar } from './ViewBar';
import { WatchToggle } from './WatchToggle';
import type { SidebarView } from '@/lib/settings/sidebar-view';

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
  /** The user's watchlists (symbols only); empty when none or unreadable. */
  watchlists: PageWatchlist[];
  /** Panel width in CSS pixels, remembered per site. */
  width: number;
  /** The article's claims checked against our data (null until answered, or when switched off). */
  claims?: ClaimCheck | null;
  /** Cards or table (remembered for all sites); cards when absent. */
  view?: SidebarView;
  /** Push docking (the page narrows) rather than overlay; remembered per site. */
  push?: boolean;
}

export interface SidebarProps {
  state: SidebarState;
  onToggle: () => void;
  onSelect: (symbol: string) => void;
  onOpenOptions: () => void;
  /** Add the symbol to the first watchlist (creating one) or remove it from the lists holding it. */
  onWatch: (symbol: string, add: boolean) => Promise<void>;
  /** A new width while dragging; `done` when the drag or key press ends (persist then). */
  onResize: (width: number, done: boolean) => void;
  /** Scroll the page to a claim's sentence. */
  onSelectClaim?: (claim: CheckedClaim) => void;
  /** The view and docking switches; without them the bar is not shown. */
  onView?: (view: SidebarView) => void;
  onDock?: (push: boolean) => void;
}

/** Name of the first list holding `symbol`, by symbol. */
function watchedBy(lists: PageWatchlist[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const l of lists) for (const e of l.entries) if (!m.has(e.symbol)) m.set(e.symbol, l.name);
  return m;
}

export function Sidebar({ state, onToggle, onSelect, onOpenOptions, onWatch, onResize, onSelectClaim, onView, onDock }: SidebarProps) {
  const { scanning, error } = state;
  const watched = watchedBy(state.watchlists);
  // Watchlist tickers pinned first; otherwise the background's most-mentioned-first order.
  const tickers = [...state.tickers].sort((a, b) => Number(watched.has(b.symbol)) - Number(watched.has(a.symbol)));
  const target = state.watchlists[0]?.name ?? 'a new watchlist';
  const claims = state.claims?.enabled && state.claims.claims.length ? state.claims.claims : null;
  const headline = [digest(tickers, scanning, watched), ...(claims ? [claimsDigest(claims)] : [])].join('; ');
  if (state.collapsed) {
    return (
      <button type="button" class="cl-tab" onClick={onToggle} aria-expanded="false" aria-label={`Open CapLens (${tickers.length} tickers)`}>
        <span class="cl-tab__logo" aria-hidden="true">CL</span>
        <span class="cl-tab__count">{tickers.length}</span>
      </button>
    );
  }
  const card = (t: DetectedTicker) => (
    <TickerCard
      key={t.symbol}
      context={t.context}
      count={t.count}
      evidence={t.evidence}
      quote={state.quotes[t.symbol]}
      onSelect={() => onSelect(t.symbol)}
      headerAction={
        t.context.kind === 'stock' || t.context.kind === 'etf' ? (
          <WatchToggle symbol={t.symbol} onList={watched.get(t.symbol) ?? null} target={target} toggle={onWatch} />
        ) : undefined
      }
    />
  );
  return (
    <aside class="cl-panel" aria-label="CapLens market context" style={{ width: `${state.width}px` }}>
      <ResizeHandle width={state.width} onResize={onResize} />
      <header class="cl-panel__head">
        <strong class="cl-brand">CapLens</strong>
        <DigestLine text={headline} width={state.width} />
        <button type="button" class="cl-icon" onClick={onOpenOptions} aria-label="CapLens settings" title="Settings">
          ⚙
        </button>
        <button type="button" class="cl-icon" onClick={onToggle} aria-expanded="true" aria-label="Collapse CapLens" title="Collapse">
          ›
        </button>
      </header>
      <MacroStrip market={state.market} chart />
      {error && (
        <p class="cl-error" role="alert">
          {error}
        </p>
      )}
      {onView && onDock && <ViewBar view={state.view ?? 'cards'} onView={onView} push={state.push ?? false} onDock={onDock} />}
      <div class="cl-cards">
        <ClaimsSection check={state.claims ?? null} onSelect={(c) => onSelectClaim?.(c)} folded={state.view === 'table'} />
        {state.view === 'table' && tickers.length ? <TickerTable tickers={tickers} renderCard={card} /> : tickers.map(card)}
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
export function digest(tickers: DetectedTicker[], scanning: boolean, watched: ReadonlyMap<string, string> = new Map()): string {
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
  const onLists = tickers.filter((t) => watched.has(t.symbol)).length;
  if (onLists) notes.push(`${onLists} on your watchlist${onLists > 1 ? 's' : ''}`);
  return [parts.length ? `${head}: ${parts.join(', ')}` : head, ...notes].join('; ');
}
