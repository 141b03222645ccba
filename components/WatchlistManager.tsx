import { useEffect, useState } from 'preact/hooks';
import type { Watchlist } from '@/lib/watchlists/model';
import type { Call } from './LookupPanel';

/** Options page: create, rename, delete lists; add and remove symbols. Errors shown next to the control. */
export function WatchlistManager({ call }: { call: Call }) {
  const [lists, setLists] = useState<Watchlist[] | null>(null);
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const refresh = () => call({ type: 'watchlists:list' }).then(setLists);
  useEffect(() => {
    void refresh().catch((e: unknown) => setError(String(e instanceof Error ? e.message : e)));
  }, []);

  const guard = (p: Promise<unknown>) =>
    p.then(() => refresh()).then(() => setError(null)).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));

  return (
    <section class="cl-section" aria-labelledby="wl-title">
      <h2 id="wl-title">Watchlists</h2>
      <form
        class="cl-row"
        onSubmit={(e) => {
          e.preventDefault();
          void guard(call({ type: 'watchlists:create', name: newName }).then(() => setNewName('')));
        }}
      >
        <input class="cl-input" aria-label="New watchlist name" placeholder="New list name" value={newName} onInput={(e) => setNewName((e.target as HTMLInputElement).value)} />
        <button class="cl-btn cl-btn--primary" type="submit">
          Create list
        </button>
      </form>
      {error && (
        <p class="cl-error" role="alert">
          {error}
        </p>
      )}
      {lists?.length === 0 && <p class="cl-empty">No watchlists yet. Create one above, or add a ticker from the popup.</p>}
      {lists?.map((l) => <ListEditor key={l.id} list={l} call={call} guard={guard} />)}
    </section>
  );
}

function ListEditor({ list, call, guard }: { list: Watchlist; call: Call; guard: (p: Promise<unknown>) => Promise<void> }) {
  const [symbol, setSymbol] = useState('');
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(list.name);
  const [rowError, setRowError] = useState<string | null>(null);

  const addSymbol = (e: Event) => {
    e.preventDefault();
    call({ type: 'watchlists:add', id: list.id, symbol: symbol.trim() })
      .then(() => {
        setSymbol('');
        setRowError(null);
        return guard(Promise.resolve());
      })
      .catch((err: unknown) => setRowError(err instanceof Error ? err.message : String(err)));
  };

  return (
    <div class="cl-list" data-list={list.name}>
      <div class="cl-list__head">
        {renaming ? (
          <form
            class="cl-row"
            onSubmit={(e) => {
              e.preventDefault();
              void guard(call({ type: 'watchlists:rename', id: list.id, name }).then(() => setRenaming(false)));
            }}
          >
            <input class="cl-input" aria-label={`New name for ${list.name}`} value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
            <button class="cl-btn cl-btn--primary" type="submit">
              Save
            </button>
            <button class="cl-btn" type="button" onClick={() => setRenaming(false)}>
              Cancel
            </button>
          </form>
        ) : (
          <>
            <h3>{list.name}</h3>
            <span class="cl-muted">{list.entries.length} symbols</span>
            <button class="cl-btn" type="button" onClick={() => setRenaming(true)} aria-label={`Rename ${list.name}`}>
              Rename
            </button>
            <button
              class="cl-btn"
              type="button"
              aria-label={`Delete ${list.name}`}
              onClick={() => {
                if (confirm(`Delete the watchlist "${list.name}" and its ${list.entries.length} symbols?`)) {
                  void guard(call({ type: 'watchlists:delete', id: list.id }));
                }
              }}
            >
              Delete
            </button>
          </>
        )}
      </div>
      <ul class="cl-list__entries">
        {list.entries.map((e) => (
          <li key={e.symbol} data-symbol={e.symbol}>
            <strong>{e.symbol}</strong>
            <button
              class="cl-btn"
              type="button"
              aria-label={`Remove ${e.symbol} from ${list.name}`}
              onClick={() => void guard(call({ type: 'watchlists:remove', id: list.id, symbol: e.symbol }))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form class="cl-row" onSubmit={addSymbol}>
        <input
          class="cl-input"
          aria-label={`Add symbol to ${list.name}`}
          placeholder="Add symbol, e.g. ZION"
          value={symbol}
          onInput={(e) => setSymbol((e.target as HTMLInputElement).value)}
        />
        <button class="cl-btn" type="submit">
          Add
        </button>
        {rowError && (
          <span class="cl-error" role="alert">
            {rowError}
          </span>
        )}
      </form>
    </div>
  );
}
