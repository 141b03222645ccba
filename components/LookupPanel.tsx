import { useEffect, useState } from 'preact/hooks';
import type { TickerContext } from '@/lib/context/ticker-context';
import type { MarketContext } from '@/lib/context/market-context';
import type { Quote } from '@/lib/context/quote';
import type { RequestOf, RequestType, ResponseOf } from '@/lib/messaging/protocol';
import type { Watchlist } from '@/lib/watchlists/model';
import { MacroStrip } from './MacroStrip';
import { SymbolSearch } from './SymbolSearch';
import { TickerCard } from './TickerCard';
import { WatchlistButton } from './WatchlistButton';

export type Call = <T extends RequestType>(m: RequestOf<T>) => Promise<ResponseOf<T>>;

/** The popup: search, the card for the pick, watchlist add/remove, market backdrop when idle. */
export interface RecentStore {
  load: () => Promise<string[]>;
  remember: (symbol: string) => Promise<string[]>;
  clear: () => Promise<void>;
}

export interface LookupPanelProps {
  call: Call;
  /** Recent lookups (shown as chips while the card area is empty); omitted = none kept. */
  recent?: RecentStore;
  onOpenOptions: () => void;
  /** Text to look up right away (a symbol or a company name), e.g. from the context menu. */
  initialQuery?: string;
}

export function LookupPanel({ call, onOpenOptions, initialQuery, recent }: LookupPanelProps) {
  const [recents, setRecents] = useState<string[]>([]);
  const [card, setCard] = useState<TickerContext | null>(null);
  const [quote, setQuote] = useState<Quote | undefined>(undefined);
  const [lists, setLists] = useState<Watchlist[]>([]);
  const [market, setMarket] = useState<MarketContext | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refreshLists = () => call({ type: 'watchlists:list' }).then(setLists);
  useEffect(() => {
    void refreshLists().catch(() => undefined);
    void recent?.load().then(setRecents).catch(() => undefined);
    void call({ type: 'market' }).then(setMarket).catch(() => undefined);
    if (initialQuery?.trim()) {
      // Best name/symbol match first; an unmatched text still gets its (unknown) card.
      void call({ type: 'search', query: initialQuery.trim(), limit: 1 })
        .then((r) => pick(r[0]?.symbol ?? initialQuery.trim()))
        .catch(() => pick(initialQuery.trim()));
    }
  }, []);

  const pick = (symbol: string) => {
    call({ type: 'lookup', symbol })
      .then((c) => {
        setCard(c);
        setQuote(undefined);
        setError(null);
        if (c.kind !== 'unknown') void recent?.remember(c.symbol).then(setRecents).catch(() => undefined);
        if (c.kind !== 'unknown') {
          void call({ type: 'quotes', symbols: [c.symbol] })
            .then((qs) => setQuote(qs.find((q) => q.symbol === c.symbol)))
            .catch(() => undefined);
        }
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };

  const add = async (listId: string | null, symbol: string) => {
    const id = listId ?? (await call({ type: 'watchlists:create', name: 'Watchlist' })).id;
    await call({ type: 'watchlists:add', id, symbol });
    await refreshLists();
  };
  const remove = async (listId: string, symbol: string) => {
    await call({ type: 'watchlists:remove', id: listId, symbol });
    await refreshLists();
  };

  return (
    <main class="cl-popup">
      <div class="cl-popup__head">
        <h1>CapLens</h1>
        <button type="button" class="cl-btn" onClick={onOpenOptions}>
          Watchlists &amp; settings
        </button>
      </div>
      <SymbolSearch autoFocus search={(query) => call({ type: 'search', query, limit: 8 })} onPick={pick} />
      {error && (
        <p class="cl-error" role="alert">
          {error}
        </p>
      )}
      {card && (
        <TickerCard
          context={card}
          quote={quote}
          actions={card.kind !== 'unknown' ? <WatchlistButton symbol={card.symbol} lists={lists} add={add} remove={remove} /> : undefined}
        />
      )}
      {!card && recents.length > 0 && (
        <nav class="cl-recent" aria-label="Recent lookups">
          <span class="cl-muted">Recent</span>
          {recents.map((s) => (
            <button key={s} type="button" class="cl-chip" onClick={() => pick(s)}>
              {s}
            </button>
          ))}
          <button
            type="button"
            class="cl-link cl-recent__clear"
            onClick={() => void recent?.clear().then(() => setRecents([]))}
          >
            Clear
          </button>
        </nav>
      )}
      {!card && <MacroStrip market={market} />}
    </main>
  );
}
