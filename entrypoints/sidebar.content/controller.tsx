import { signal } from '@preact/signals';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Sidebar, type SidebarState } from '@/components/Sidebar';
import { findFirstMention } from '@/lib/detect/dom-scan';
import { watchPage } from '@/lib/detect/live-scan';
import type { Candidate } from '@/lib/detect/types';
import { fitCandidates, pageRequest } from '@/lib/messaging/page-client';
import { isTabMessage } from '@/lib/messaging/tab-messages';
import { getSitePrefs, setSitePrefs, SIDEBAR_WIDTH } from '@/lib/settings/site-settings';
import type { SiteAdapter } from '@/lib/sites/site';

const send = (m: unknown) => browser.runtime.sendMessage(m);

/** Wires page scanning, the background API and the Preact sidebar together. */
export function startSidebar(ctx: ContentScriptContext, site: SiteAdapter, container: HTMLElement): HTMLElement {
  const state: SidebarState = {
    collapsed: signal(false),
    tickers: signal([]),
    market: signal(null),
    error: signal(null),
    scanning: signal(true),
    quotes: signal({}),
    watchlists: signal([]),
    width: signal(SIDEBAR_WIDTH.default),
  };
  container.classList.add('cl-theme');

  void getSitePrefs(site.id).then((p) => {
    state.collapsed.value = p.collapsed;
    state.width.value = p.width;
  });
  const resize = (width: number, done: boolean) => {
    state.width.value = width;
    if (done) void setSitePrefs(site.id, { width });
  };

  const loadWatchlists = () =>
    pageRequest(send, { type: 'watchlists:list' })
      .then((lists) => (state.watchlists.value = lists))
      .catch(() => undefined);
  void loadWatchlists();
  const watch = async (symbol: string, add: boolean) => {
    const lists = state.watchlists.value;
    if (add) {
      const id = lists[0]?.id ?? (await pageRequest(send, { type: 'watchlists:create', name: 'Watchlist' })).id;
      await pageRequest(send, { type: 'watchlists:add', id, symbol });
    } else {
      for (const l of lists) if (l.entries.some((e) => e.symbol === symbol)) await pageRequest(send, { type: 'watchlists:remove', id: l.id, symbol });
    }
    await loadWatchlists();
  };

  const toggle = () => {
    state.collapsed.value = !state.collapsed.value;
    // Lists may have changed in the popup or options while the panel was closed.
    if (!state.collapsed.value) void loadWatchlists();
    void setSitePrefs(site.id, { collapsed: state.collapsed.value });
  };

  const select = (symbol: string) => {
    const node = findFirstMention(document, symbol, { site });
    const hit = node instanceof Element ? node : node?.parentElement;
    if (!hit) return;
    hit.scrollIntoView({ behavior: 'smooth', block: 'center' });
    // A transient outline via the Web Animations API: no classes or styles left on the page.
    hit.animate([{ outline: '3px solid #f5a623', outlineOffset: '2px' }, { outline: '3px solid transparent', outlineOffset: '2px' }], {
      duration: 1800,
      easing: 'ease-out',
    });
  };

  let candidates: Candidate[] = [];
  let generation = 0;
  const resolve = async () => {
    const mine = ++generation;
    try {
      const tickers = await pageRequest(send, { type: 'resolve', candidates: fitCandidates(candidates) });
      if (mine !== generation || ctx.isInvalid) return;
      state.tickers.value = tickers;
      state.error.value = null;
      // Prices fill in after the cards; an empty answer means live data is off.
      const wanted = tickers.filter((t) => t.context.kind === 'stock' || t.context.kind === 'etf').slice(0, 20).map((t) => t.symbol);
      if (wanted.length) {
        void pageRequest(send, { type: 'quotes', symbols: wanted })
          .then((qs) => {
            if (mine === generation) state.quotes.value = Object.fromEntries(qs.map((q) => [q.symbol, q]));
          })
          .catch(() => undefined);
      }
    } catch (e) {
      if (mine === generation) state.error.value = e instanceof Error ? e.message : String(e);
    } finally {
      if (mine === generation) state.scanning.value = false;
    }
  };

  void pageRequest(send, { type: 'market' })
    .then((m) => (state.market.value = m))
    .catch(() => undefined);
  // First scan in idle-time chunks (no long task on heavy pages), then only added subtrees;
  // SPA navigations (wxt:locationchange) rescan from scratch. Torn down with the context.
  watchPage(document, {
    site,
    signal: ctx.signal,
    chunked: true,
    onCandidates: (found, { reset }) => {
      candidates = reset ? found : candidates.concat(found);
      void resolve();
    },
    onError: (e) => console.debug('[CapLens] scan failed', e),
  });
  // The keyboard shortcut (commands API) arrives from the background as a tab message.
  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id === browser.runtime.id && isTabMessage(message)) toggle();
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  render(
    <Sidebar
      state={state}
      onToggle={toggle}
      onSelect={select}
      onOpenOptions={() => void pageRequest(send, { type: 'options:open' }).catch(() => undefined)}
      onWatch={watch}
      onResize={resize}
    />,
    container,
  );
  return container;
}
