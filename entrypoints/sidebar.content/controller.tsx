import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Sidebar, type SidebarState } from '@/components/Sidebar';
import { findFirstMention } from '@/lib/detect/dom-scan';
import { watchPage } from '@/lib/detect/live-scan';
import type { Candidate } from '@/lib/detect/types';
import { fitCandidates, pageRequest } from '@/lib/messaging/page-client';
import { isTabMessage } from '@/lib/messaging/tab-messages';
import { getSitePrefs, setSitePrefs } from '@/lib/settings/site-settings';
import type { SiteAdapter } from '@/lib/sites/site';

const send = (m: unknown) => browser.runtime.sendMessage(m);

/** Wires page scanning, the background API and the Preact sidebar together. */
export function startSidebar(ctx: ContentScriptContext, site: SiteAdapter, container: HTMLElement): HTMLElement {
  let state: SidebarState = { collapsed: false, tickers: [], market: null, error: null, scanning: true, quotes: {} };
  container.classList.add('cl-theme');

  // One re-render per turn however many fields change (Preact diffs against the last render).
  let queued = false;
  const update = (change: Partial<SidebarState>) => {
    state = { ...state, ...change };
    if (queued || ctx.isInvalid) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      if (!ctx.isInvalid) draw();
    });
  };

  void getSitePrefs(site.id).then((p) => update({ collapsed: p.collapsed }));

  const toggle = () => {
    update({ collapsed: !state.collapsed });
    void setSitePrefs(site.id, { collapsed: state.collapsed });
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
      update({ tickers, error: null });
      // Prices fill in after the cards; an empty answer means live data is off.
      const wanted = tickers.filter((t) => t.context.kind === 'stock' || t.context.kind === 'etf').slice(0, 20).map((t) => t.symbol);
      if (wanted.length) {
        void pageRequest(send, { type: 'quotes', symbols: wanted })
          .then((qs) => {
            if (mine === generation) update({ quotes: Object.fromEntries(qs.map((q) => [q.symbol, q])) });
          })
          .catch(() => undefined);
      }
    } catch (e) {
      if (mine === generation) update({ error: e instanceof Error ? e.message : String(e) });
    } finally {
      if (mine === generation) update({ scanning: false });
    }
  };

  void pageRequest(send, { type: 'market' })
    .then((market) => update({ market }))
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

  const openOptions = () => void pageRequest(send, { type: 'options:open' }).catch(() => undefined);
  const draw = () => render(<Sidebar state={state} onToggle={toggle} onSelect={select} onOpenOptions={openOptions} />, container);
  draw();
  return container;
}
