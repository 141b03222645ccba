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

/** Anything but a version-1 record of a known view (hand-edited, from a future version) reads as the default. */
export function parseSidebarView(raw: unknown): SidebarView {
  const r = raw as { v?: unknown; view?: unknown } | null;
  return typeof r === 'object' && r !== null && r.v === 1 && (r.view === 'table' || r.view === 'cards') ? r.view : DEFAULT_SIDEBAR_VIEW;
}

export async function getSidebarView(): Promise<SidebarView> {
  return parseSidebarView((await browser.storage.local.get(KEY))[KEY]);
}

export async function setSidebarView(view: SidebarView): Promise<void> {
  await browser.storage.local.set({ [KEY]: { v: 1, view: parseSidebarView({ v: 1, view }) } });
}

/** Calls `onChange` when the view changes in any tab; returns the unsubscribe. */
export function watchSidebarView(onChange: (view: SidebarView) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(parseSidebarView(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
