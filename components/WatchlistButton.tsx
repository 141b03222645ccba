import { useEffect, useState } from 'preact/hooks';
import type { Watchlist } from '@/lib/watchlists/model';

export interface WatchlistButtonProps {
  symbol: string;
  lists: Watchlist[];
  add: (listId: string | null, symbol: string) => Promise<void>;
  remove: (listId: string, symbol: string) => Promise<void>;
}

/** Add/remove one symbol on a chosen list; creates a first list when there is none. */
export function WatchlistButton({ symbol, lists, add, remove }: WatchlistButtonProps) {
  const [listId, setListId] = useState<string | null>(lists[0]?.id ?? null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!lists.some((l) => l.id === listId)) setListId(lists[0]?.id ?? null);
  }, [lists]);

  const list = lists.find((l) => l.id === listId);
  const onList = !!list?.entries.some((e) => e.symbol === symbol);
  const run = (p: Promise<void>) => p.then(() => setError(null)).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));

  return (
    <div class="cl-row">
      {lists.length > 1 && (
        <select class="cl-input" aria-label="Watchlist" value={listId ?? ''} onChange={(e) => setListId((e.target as HTMLSelectElement).value)}>
          {lists.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      )}
      {onList && list ? (
        <button type="button" class="cl-btn" onClick={() => run(remove(list.id, symbol))}>
          Remove from {list.name}
        </button>
      ) : (
        <button type="button" class="cl-btn cl-btn--primary" onClick={() => run(add(listId, symbol))}>
          Add to {list ? list.name : 'a new watchlist'}
        </button>
      )}
      {error && (
        <span class="cl-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
