import { browser } from 'wxt/browser';

/**
 * How the sidebar lists the tickers: a card each, or one table row each (a click expands the
 * card). One choice for every site: it is about how the reader likes to scan, not about the site.
 * Cards by default: on the saved real pages of the supported sites most articles name one to
 * three tickers, which cards show whole, sources and dates included (README, "Table view").
 *
 * Stored as `{ v: 1, view }` so a later shape can be migrated from the version. Plain
 * storage.local rather than WXT's storage.defineItem, which adds 3 KB gzipped to the content
 * script (measured), over its size budget already.
 */
export type SidebarView = 'cards' | 'table';
export const DEFAULT_SIDEBAR_VIEW: SidebarView = 'cards';
const KEY = 'sidebarView';

/** The stored record's version now; a later shape raises it and adds its step to MIGRATIONS. */
const VERSION = 1;
/**
 * Steps from each stored version to the next, keyed by the version they produce, in the spirit of
 * defineItem's migrations map (lib/settings/setting-item.ts) at a few bytes. None yet: version 1,
 * `{ v: 1, view }`, is the first shape this setting was ever stored in.
 */
const MIGRATIONS: Record<number, (old: { v: number }) => { v: number }> = {};

/** The stored record brought to VERSION, or null when it is unreadable or from a newer CapLens. */
export function migrateSidebarView(raw: unknown): { v: number; view?: unknown } | null {
  let r = raw as { v: number } | null;
  if (typeof r !== 'object' || r === null || !Number.isInteger(r.v) || r.v < 1) return null;
  while (r.v < VERSION) {
    const step: ((old: { v: number }) => { v: number }) | undefined = MIGRATIONS[r.v + 1];
    if (!step) return null;
    r = step(r);
  }
  return r.v === VERSION ? r : null;
}

/** Anything but a record of a known view (hand-edited, from a future version) reads as the default; storage keeps it. */
export function parseSidebarView(raw: unknown): SidebarView {
  const view = migrateSidebarView(raw)?.view;
  return view === 'table' || view === 'cards' ? view : DEFAULT_SIDEBAR_VIEW;
}

export async function getSidebarView(): Promise<SidebarView> {
  return parseSidebarView((await browser.storage.local.get(KEY))[KEY]);
}

export async function setSidebarView(view: SidebarView): Promise<void> {
  await browser.storage.local.set({ [KEY]: { v: VERSION, view: parseSidebarView({ v: VERSION, view }) } });
}

/** Calls `onChange` when the view changes in any tab; returns the unsubscribe. */
export function watchSidebarView(onChange: (view: SidebarView) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(parseSidebarView(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
