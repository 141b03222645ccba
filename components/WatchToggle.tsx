import { useState } from 'preact/hooks';

export interface WatchToggleProps {
  symbol: string;
  /** Name of the list holding the symbol, or null when it is on none. */
  onList: string | null;
  /** Where an add goes (first list; a new "Watchlist" when there is none). */
  target: string;
  toggle: (symbol: string, add: boolean) => Promise<void>;
}

/** A compact star on sidebar cards: add the ticker to a watchlist, or take it off. */
export function WatchToggle({ symbol, onList, target, toggle }: WatchToggleProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const on = onList !== null;
  const label = on ? `Remove ${symbol} from ${onList}` : `Add ${symbol} to ${target}`;
  return (
    <>
      <button
        type="button"
        class={`cl-watch${on ? ' cl-watch--on' : ''}`}
        aria-pressed={on}
        aria-label={label}
        title={label}
        disabled={busy}
        onClick={(e) => {
          // The shadow root is open: a page script could .click() this. Only a real user changes a watchlist.
          if (!e.isTrusted) return;
          setBusy(true);
          toggle(symbol, !on)
            .then(() => setError(null))
            .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
            .finally(() => setBusy(false));
        }}
      >
        {on ? '★' : '☆'}
      </button>
      {error && (
        <span class="cl-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
