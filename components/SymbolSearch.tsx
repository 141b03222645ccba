import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchResult } from '@/lib/messaging/protocol';

export interface SymbolSearchProps {
  search: (query: string) => Promise<SearchResult[]>;
  onPick: (symbol: string) => void;
  autoFocus?: boolean;
}

/** Combobox: type a symbol or company name, arrow keys to move, Enter to pick. */
export function SymbolSearch({ search, onPick, autoFocus }: SymbolSearchProps) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[]>([]);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setResults([]);
      return;
    }
    let live = true;
    // A short pause so fast typing costs one query, not one per key.
    const t = setTimeout(() => {
      void search(q).then((r) => {
        if (!live) return;
        setResults(r);
        setActive(0);
      });
    }, 60);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [query]);

  const pick = (symbol: string) => {
    onPick(symbol);
    setResults([]);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && results.length) {
      e.preventDefault();
      setActive((a) => (a + 1) % results.length);
    } else if (e.key === 'ArrowUp' && results.length) {
      e.preventDefault();
      setActive((a) => (a - 1 + results.length) % results.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = results[active];
      if (hit) pick(hit.symbol);
      else if (query.trim()) pick(query.trim());
    } else if (e.key === 'Escape') {
      setResults([]);
    }
  };

  const open = results.length > 0;
  return (
    <div class="cl-search">
      <input
        ref={input}
        class="cl-input cl-search__input"
        type="search"
        role="combobox"
        list={undefined}
        aria-label="Symbol or company name"
        aria-expanded={open}
        aria-controls="cl-search-list"
        aria-autocomplete="list"
        aria-activedescendant={open ? `cl-opt-${active}` : undefined}
        placeholder="Symbol or company, e.g. ZION or Zions"
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
        autocomplete="off"
        spellcheck={false}
      />
      {open && (
        <ul id="cl-search-list" class="cl-search__list" role="listbox" aria-label="Matches">
          {results.map((r, i) => (
            <li
              key={r.symbol}
              id={`cl-opt-${i}`}
              role="option"
              aria-selected={i === active}
              class={`cl-search__opt${i === active ? ' is-active' : ''}`}
              data-symbol={r.symbol}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(r.symbol);
              }}
            >
              <strong>{r.symbol}</strong> <span class="cl-muted">{r.name}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
