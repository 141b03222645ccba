import { useEffect, useState } from 'preact/hooks';
import { NOTE_MAX, type Watchlist, type WatchlistEntry } from '@/lib/watchlists/model';
import { moveItem, SORT_KEYS, SORT_LABELS, type SortKey } from '@/lib/watchlists/sort';
import type { Call } from './LookupPanel';

export type Guard = (p: Promise<unknown>, done?: string) => Promise<boolean>;

interface Props {
  list: Watchlist;
  index: number;
  count: number;
  call: Call;
  guard: Guard;
  onMoveList: (index: number, delta: -1 | 1) => void;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** YYYY-MM-DD in local time (the day the user added it), or the raw text if unparseable. */
function localDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 10);
  const pad = (v: number) => String(v).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * After a move the row is re-rendered in its new place: put focus back on the button the user
 * pressed (or its twin when the row reached an end), so repeated Enter/Space keeps moving it.
 */
export function refocus(selector: string, dir: 'up' | 'down') {
  setTimeout(() => {
    const row = document.querySelector(selector);
    const want = row?.querySelector<HTMLButtonElement>(`:scope > .cl-wl-move [data-move="${dir}"]`);
    const other = row?.querySelector<HTMLButtonElement>(`:scope > .cl-wl-move [data-move="${dir === 'up' ? 'down' : 'up'}"]`);
    (want && !want.disabled ? want : other)?.focus();
  }, 0);
}

/** Up/down buttons; disabled at the ends. */
function MoveButtons({ what, index, count, onMove }: { what: string; index: number; count: number; onMove: (delta: -1 | 1) => void }) {
  return (
    <span class="cl-wl-move">
      <button class="cl-btn cl-btn--icon" type="button" data-move="up" aria-label={`Move ${what} up`} disabled={index === 0} onClick={() => onMove(-1)}>
        ↑
      </button>
      <button class="cl-btn cl-btn--icon" type="button" data-move="down" aria-label={`Move ${what} down`} disabled={index === count - 1} onClick={() => onMove(1)}>
        ↓
      </button>
    </span>
  );
}

/** A note edited in place: saved on Enter or when focus leaves, Escape restores the saved text. */
function NoteField({ entry, listName, save }: { entry: WatchlistEntry; listName: string; save: (note: string) => Promise<boolean> }) {
  // Single-line input: line breaks from an imported note show as spaces (they are kept unless edited).
  const shown = entry.note.replace(/\r\n|\r|\n/g, ' ');
  const [draft, setDraft] = useState(shown);
  useEffect(() => setDraft(shown), [shown]);
  const commit = () => {
    if (draft.trim() !== shown.trim()) void save(draft);
  };
  return (
    <input
      class="cl-input cl-wl-note"
      aria-label={`Note for ${entry.symbol} in ${listName}`}
      placeholder="Add a note"
      maxLength={NOTE_MAX}
      value={draft}
      onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(shown);
      }}
    />
  );
}

/** One watchlist: name, order among lists, its symbols with notes and order, add and sort. */
export function WatchlistList({ list, index, count, call, guard, onMoveList }: Props) {
  const [symbol, setSymbol] = useState('');
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(list.name);
  const [sortKey, setSortKey] = useState<SortKey>('symbol-asc');
  const [rowError, setRowError] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const rowSel = (s: string) => `[data-list-id="${list.id}"] li[data-symbol="${s}"]`;

  const addSymbol = (e: Event) => {
    e.preventDefault();
    call({ type: 'watchlists:add', id: list.id, symbol: symbol.trim() })
      .then(() => {
        setSymbol('');
        setRowError(null);
        return guard(Promise.resolve());
      })
      .catch((err: unknown) => setRowError(message(err)));
  };

  const reorder = (symbols: string[], done: string) =>
    call({ type: 'watchlists:reorder', id: list.id, symbols })
      .then(() => {
        setRowError(null);
        return guard(Promise.resolve(), done);
      })
      .catch((err: unknown) => setRowError(message(err)));

  const moveEntry = (i: number, delta: -1 | 1) => {
    const s = list.entries[i]!.symbol;
    const order = moveItem(list.entries.map((e) => e.symbol), i, i + delta);
    void reorder(order, `Moved ${s} to position ${i + delta + 1} of ${order.length} in ${list.name}.`).then(() =>
      refocus(rowSel(s), delta < 0 ? 'up' : 'down'),
    );
  };

  const saveNote = (s: string, note: string) =>
    call({ type: 'watchlists:note', id: list.id, symbol: s, note })
      .then(() => {
        setRowError(null);
        return guard(Promise.resolve(), note.trim() ? `Saved the note on ${s}.` : `Cleared the note on ${s}.`);
      })
      .catch((err: unknown) => {
        setRowError(message(err));
        return false;
      });

  const drop = (target: string) => {
    if (!dragging || dragging === target) return;
    const symbols = list.entries.map((e) => e.symbol);
    void reorder(moveItem(symbols, symbols.indexOf(dragging), symbols.indexOf(target)), `Moved ${dragging} in ${list.name}.`);
    setDragging(null);
  };

  return (
    <div class="cl-list" data-list={list.name} data-list-id={list.id}>
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
            <span class="cl-muted">
              {list.entries.length} symbol{list.entries.length === 1 ? '' : 's'}
            </span>
            <span class="cl-wl-spacer" />
            <MoveButtons what={`list ${list.name}`} index={index} count={count} onMove={(d) => onMoveList(index, d)} />
            <button class="cl-btn" type="button" onClick={() => setRenaming(true)} aria-label={`Rename ${list.name}`}>
              Rename
            </button>
            <button
              class="cl-btn"
              type="button"
              aria-label={`Delete ${list.name}`}
              onClick={() => {
                if (confirm(`Delete the watchlist "${list.name}" and its ${list.entries.length} symbols?`)) {
                  void guard(call({ type: 'watchlists:delete', id: list.id }), `Deleted ${list.name}.`);
                }
              }}
            >
              Delete
            </button>
          </>
        )}
      </div>
      {list.entries.length > 0 && (
        <ol class="cl-wl-entries" aria-label={`Symbols in ${list.name}`}>
          {list.entries.map((e, i) => (
            <li
              key={e.symbol}
              data-symbol={e.symbol}
              class={dragging === e.symbol ? 'cl-wl-entry is-dragging' : 'cl-wl-entry'}
              onDragOver={(ev) => dragging && ev.preventDefault()}
              onDrop={(ev) => {
                ev.preventDefault();
                drop(e.symbol);
              }}
            >
              <span
                class="cl-wl-handle"
                draggable
                title="Drag to reorder (or use the arrow buttons)"
                aria-hidden="true"
                onDragStart={(ev) => {
                  ev.dataTransfer?.setData('text/plain', e.symbol);
                  setDragging(e.symbol);
                }}
                onDragEnd={() => setDragging(null)}
              >
                ⋮⋮
              </span>
              <strong class="cl-wl-sym">{e.symbol}</strong>
              <NoteField entry={e} listName={list.name} save={(note) => saveNote(e.symbol, note)} />
              <span class="cl-muted cl-wl-date" title={`Added ${new Date(e.addedAt).toLocaleString()}`}>
                {localDate(e.addedAt)}
              </span>
              <MoveButtons what={`${e.symbol} in ${list.name}`} index={i} count={list.entries.length} onMove={(d) => moveEntry(i, d)} />
              <button
                class="cl-btn"
                type="button"
                aria-label={`Remove ${e.symbol} from ${list.name}`}
                onClick={() => void guard(call({ type: 'watchlists:remove', id: list.id, symbol: e.symbol }), `Removed ${e.symbol} from ${list.name}.`)}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <div class="cl-wl-foot">
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
        </form>
        {list.entries.length > 1 && (
          <div class="cl-row">
            <label class="cl-label" for={`wl-sort-${list.id}`}>
              Sort by
            </label>
            <select id={`wl-sort-${list.id}`} class="cl-input" value={sortKey} onChange={(e) => setSortKey((e.target as HTMLSelectElement).value as SortKey)}>
              {SORT_KEYS.map((k) => (
                <option key={k} value={k}>
                  {SORT_LABELS[k]}
                </option>
              ))}
            </select>
            <button
              class="cl-btn"
              type="button"
              aria-label={`Sort ${list.name}`}
              onClick={() => void guard(call({ type: 'watchlists:sort', id: list.id, by: sortKey }), `Sorted ${list.name} by ${SORT_LABELS[sortKey].toLowerCase()}.`)}
            >
              Sort
            </button>
          </div>
        )}
      </div>
      {rowError && (
        <p class="cl-error" role="alert">
          {rowError}
        </p>
      )}
    </div>
  );
}
