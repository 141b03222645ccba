import { useEffect, useState } from 'preact/hooks';
import type { Watchlist } from '@/lib/watchlists/model';
import { moveItem } from '@/lib/watchlists/sort';
import type { Call } from './LookupPanel';
import { refocus, WatchlistList, type Guard } from './WatchlistList';
import { WatchlistTransfer } from './WatchlistTransfer';

/**
 * Options page: create, rename, delete and reorder lists; add, remove, reorder, sort and annotate
 * symbols; import and export. Errors are shown next to the control; results are announced politely.
 */
export function WatchlistManager({ call }: { call: Call }) {
  const [lists, setLists] = useState<Watchlist[] | null>(null);
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const refresh = () => call({ type: 'watchlists:list' }).then(setLists);
  useEffect(() => {
    void refresh().catch((e: unknown) => setError(String(e instanceof Error ? e.message : e)));
  }, []);

  const guard: Guard = (p, done) =>
    p
      .then(() => refresh())
      .then(() => {
        setError(null);
        if (done) setStatus(done);
        return true;
      })
      .catch((e: unknown) => {
        setError(e instanceof Error ? e.message : String(e));
        return false;
      });

  const moveList = (index: number, delta: -1 | 1) => {
    if (!lists) return;
    const list = lists[index]!;
    const ids = moveItem(lists.map((l) => l.id), index, index + delta);
    void guard(call({ type: 'watchlists:reorder-lists', ids }), `Moved the list ${list.name} to position ${index + delta + 1} of ${ids.length}.`).then(
      () => refocus(`[data-list-id="${list.id}"] .cl-list__head`, delta < 0 ? 'up' : 'down'),
    );
  };

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
      <p id="wl-status" class="cl-status cl-wl-live" role="status">
        {status}
      </p>
      {lists?.length === 0 && <p class="cl-empty">No watchlists yet. Create one above, import a file below, or add a ticker from the popup.</p>}
      {lists?.map((l, i) => (
        <WatchlistList key={l.id} list={l} index={i} count={lists.length} call={call} guard={guard} onMoveList={moveList} />
      ))}
      <WatchlistTransfer lists={lists ?? []} call={call} onImported={refresh} />
    </section>
  );
}
