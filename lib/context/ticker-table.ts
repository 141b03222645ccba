import type { TickerContext } from './ticker-context';

/**
 * The sidebar's table view as data: the sortable columns and their sort values. Pure, so the
 * ordering rules are tested without a DOM. A missing value (an ETF's cap class, a loss-maker's
 * P/E) sorts last in both directions: a reader sorting by P/E wants the cheapest or the dearest
 * figures at the top, not the blanks.
 */
export type TableColumn = 'symbol' | 'cap' | 'russell' | 'pe' | 'gap' | 'rate';
export type SortDir = 'ascending' | 'descending';
export interface TableSort {
  column: TableColumn;
  dir: SortDir;
}

const CAP_RANK = { nano: 0, micro: 1, small: 2, mid: 3, large: 4, mega: 5 } as const;
const RATE_RANK = { low: 0, moderate: 1, high: 2 } as const;

/** "R1000", "R2000" (estimated membership) or null when neither or unknown. */
export function russellOf(c: TickerContext): 'R1000' | 'R2000' | null {
  return c.index.russell1000 ? 'R1000' : c.index.russell2000 ? 'R2000' : null;
}

/** The value a column sorts by; null for "no figure". Cap classes sort by size, smallest first. */
export function sortValue(c: TickerContext, column: TableColumn): string | number | null {
  switch (column) {
    case 'symbol':
      return c.symbol;
    case 'cap':
      return c.capClass ? CAP_RANK[c.capClass] : null;
    case 'russell':
      return russellOf(c);
    case 'pe':
      return c.valuation?.pe ?? null;
    case 'gap':
      return c.valuation?.gapPct ?? null;
    case 'rate': {
      const level = c.rateSensitivity?.level;
      return level && level !== 'unknown' ? RATE_RANK[level] : null;
    }
  }
}

/** A sorted copy; ties (and no sort at all) keep the given order, which is the page's. */
export function sortRows<T extends { context: TickerContext }>(rows: readonly T[], sort: TableSort | null): T[] {
  if (!sort) return [...rows];
  const sign = sort.dir === 'ascending' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, v: sortValue(row.context, sort.column) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
      const c = a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
      return c ? sign * c : a.i - b.i;
    })
    .map((x) => x.row);
}

/** A header click: the same column flips direction; a new one starts ascending. */
export function nextSort(current: TableSort | null, column: TableColumn): TableSort {
  return current?.column === column ? { column, dir: current.dir === 'ascending' ? 'descending' : 'ascending' } : { column, dir: 'ascending' };
}
