import { Component } from 'preact';

export interface WatchToggleProps {
  symbol: string;
  /** Name of the list holding the symbol, or null when it is on none. */
  onList: string | null;
  /** Where an add goes (first list; a new "Watchlist" when there is none). */
  target: string;
  toggle: (symbol: string, add: boolean) => Promise<void>;
}

interface WatchToggleState {
  busy: boolean;
  error: string | null;
}

/**
 * A compact star on sidebar cards: add the ticker to a watchlist, or take it off.
 * A class component: the only stateful component in the page, and preact/hooks would add
 * about 1 KB gzipped to the content script for this one piece of state.
 */
export class WatchToggle extends Component<WatchToggleProps, WatchToggleState> {
  override state: WatchToggleState = { busy: false, error: null };

  override render({ symbol, onList, target, toggle }: WatchToggleProps, { busy, error }: WatchToggleState) {
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
            this.setState({ busy: true });
            toggle(symbol, !on)
              .then(() => this.setState({ error: null }))
              .catch((e: unknown) => this.setState({ error: e instanceof Error ? e.message : String(e) }))
              .finally(() => this.setState({ busy: false }));
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
}
