import { versionedRecord } from './versioned-record';

/**
 * How the sidebar lists the tickers: a card each, or one table row each (a click expands the
 * card). One choice for every site: it is about how the reader likes to scan, not about the site.
 * Cards by default: on the saved real pages of the supported sites most articles name one to
 * three tickers, which cards show whole, sources and dates included (README, "Table view").
 */
export type SidebarView = 'cards' | 'table';
export const DEFAULT_SIDEBAR_VIEW: SidebarView = 'cards';

/**
 * Version 1 is `{ v: 1, view }`, the record this setting was first stored as: its `v` predates
 * the version kept beside it (./versioned-record.ts) and stays, so that a value written by either
 * build reads in the other. A later shape raises the version and adds its step to the map.
 */
interface Stored {
  v: 1;
  view: SidebarView;
}

/** A version-1 record of a known view, or null (hand-edited, garbled). */
function readSidebarView(raw: unknown): Stored | null {
  // Never null here: the helper hands over only a stored value.
  const { v, view } = raw as Partial<Stored>;
  return v === 1 && (view === 'table' || view === 'cards') ? { v, view } : null;
}

const item = versionedRecord('sidebarView', 1, {}, readSidebarView);

/** Anything unreadable or from a newer CapLens reads as the default; storage keeps it. */
export const getSidebarView = async (): Promise<SidebarView> => (await item.get())?.view ?? DEFAULT_SIDEBAR_VIEW;

export async function setSidebarView(view: SidebarView): Promise<void> {
  await item.set(() => ({ v: 1, view }));
}

/** Calls `onChange` when the view changes in any tab; returns the unsubscribe. */
export const watchSidebarView = (onChange: (view: SidebarView) => void): (() => void) => item.watch((s) => onChange(s?.view ?? DEFAULT_SIDEBAR_VIEW));
