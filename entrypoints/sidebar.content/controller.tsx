import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HoverCard, type HoverState } from '@/components/HoverCard';
import { Sidebar, type SidebarState } from '@/components/Sidebar';
import { findFirstMention, PAGE_SNIPPETS, scanDomLocatedChunked, type LocatedCandidate } from '@/lib/detect/dom-scan';
import { watchPage } from '@/lib/detect/live-scan';
import type { Candidate } from '@/lib/detect/types';
import { acceptedEvidence, mentionRanges } from '@/lib/highlight/mention-ranges';
import { createHighlighter } from '@/lib/highlight/page-highlighter';
import { fitCandidates, pageRequest } from '@/lib/messaging/page-client';
import { parseTabMessage } from '@/lib/messaging/tab-messages';
import { DEFAULT_DETECTION_SETTINGS, getDetectionSettings, watchDetectionSettings, type DetectionSettings } from '@/lib/settings/detection-settings';
import { createPagePusher } from '@/lib/dock/page-push';
import { getSidebarView, setSidebarView, watchSidebarView, type SidebarView } from '@/lib/settings/sidebar-view';
import { getSitePrefs, setSitePrefs, SIDEBAR_WIDTH } from '@/lib/settings/site-settings';
import type { SiteAdapter } from '@/lib/sites/site';
import { createPageClaims } from './page-claims';

const send = (m: unknown) => browser.runtime.sendMessage(m);
const NAVIGATION_SETTLE_MS = 3000;

/** Wires page scanning, the background API and the Preact sidebar together. */
export function startSidebar(ctx: ContentScriptContext, site: SiteAdapter, container: HTMLElement): HTMLElement {
  let state: SidebarState = {
    collapsed: false,
    tickers: [],
    market: null,
    error: null,
    scanning: true,
    quotes: {},
    watchlists: [],
    width: SIDEBAR_WIDTH.default,
  };
  let hover: HoverState | null = null;
  // One re-render per turn however many fields change (Preact diffs against the last render).
  let queued = false;
  const redraw = () => {
    if (queued || ctx.isInvalid) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      if (!ctx.isInvalid) draw();
    });
  };
  const update = (change: Partial<SidebarState>) => {
    state = { ...state, ...change };
    redraw();
  };
  container.classList.add('cl-theme');

  void getSitePrefs(site.id).then((p) => update({ collapsed: p.collapsed, width: p.width, push: p.push }));
  void getSidebarView().then((view) => update({ view }), () => undefined);
  ctx.onInvalidated(watchSidebarView((view) => update({ view })));
  const setView = (view: SidebarView) => {
    update({ view });
    void setSidebarView(view);
  };
  const setDock = (push: boolean) => {
    update({ push });
    void setSitePrefs(site.id, { push });
  };
  // Push docking: the page narrows by the open panel's width (see lib/dock/page-push.ts).
  // The panel lives in our shadow root: from the page's document it is the host element.
  const host = (container.getRootNode() as ShadowRoot).host ?? container;
  const pusher = createPagePusher(document, (el) => el === host);
  let pushedAt = 0;
  const dock = () => {
    // The panel as drawn: its border and the 92vw cap included.
    const panel = state.push && !state.collapsed && !ctx.isInvalid ? container.querySelector('.cl-panel') : null;
    const want = panel ? Math.ceil(panel.getBoundingClientRect().width) : 0;
    if (want === pushedAt) return;
    pushedAt = want;
    if (want) pusher.apply(want);
    else pusher.clear();
  };
  // A late or scroll-triggered fixed header, or a new viewport width: measure again.
  let recheck = 0;
  const redock = () => {
    if (!pushedAt || recheck) return;
    recheck = ctx.setTimeout(() => {
      recheck = 0;
      if (pushedAt) pusher.apply(pushedAt);
    }, 250);
  };
  ctx.addEventListener(window, 'scroll', redock, { passive: true });
  ctx.addEventListener(window, 'resize', () => {
    pushedAt = -1;
    dock();
  });
  ctx.onInvalidated(() => pusher.clear());
  const resize = (width: number, done: boolean) => {
    update({ width });
    if (done) void setSitePrefs(site.id, { width });
  };

  const loadWatchlists = () =>
    pageRequest(send, { type: 'watchlists:list' })
      .then((watchlists) => update({ watchlists }))
      .catch(() => undefined);
  void loadWatchlists();
  const watch = async (symbol: string, add: boolean) => {
    const lists = state.watchlists;
    if (add) {
      const id = lists[0]?.id ?? (await pageRequest(send, { type: 'watchlists:create', name: 'Watchlist' })).id;
      await pageRequest(send, { type: 'watchlists:add', id, symbol });
    } else {
      for (const l of lists) if (l.entries.some((e) => e.symbol === symbol)) await pageRequest(send, { type: 'watchlists:remove', id: l.id, symbol });
    }
    await loadWatchlists();
  };

  const toggle = () => {
    update({ collapsed: !state.collapsed });
    // Lists may have changed in the popup or options while the panel was closed.
    if (!state.collapsed) void loadWatchlists();
    void setSitePrefs(site.id, { collapsed: state.collapsed });
  };

  const select = (symbol: string) => {
    const node = findFirstMention(document, symbol, { site });
    flash(node instanceof Element ? node : node?.parentElement);
  };
  const flash = (hit: Element | null | undefined) => {
    if (!hit) return;
    hit.scrollIntoView({ behavior: 'smooth', block: 'center' });
    // A transient outline via the Web Animations API: no classes or styles left on the page.
    hit.animate([{ outline: '3px solid #f5a623', outlineOffset: '2px' }, { outline: '3px solid transparent', outlineOffset: '2px' }], {
      duration: 1800,
      easing: 'ease-out',
    });
  };

  const claims = createPageClaims({ ctx, site, send, update, flash });
  void claims.check();

  // Options → Detection; read before the first scan, applied live when changed.
  let settings: DetectionSettings = { ...DEFAULT_DETECTION_SETTINGS };
  const highlighter = createHighlighter(document, (t) => {
    const ticker = t && state.tickers.find((x) => x.symbol === t.symbol);
    hover = ticker ? { ticker, rect: t.rect } : null;
    redraw();
  });
  // The mentions' nodes from the last located scan, kept only while highlighting is on.
  let located: LocatedCandidate[] = [];
  const paint = () => {
    if (settings.highlight && !ctx.isInvalid) highlighter.paint(mentionRanges(located, acceptedEvidence(state.tickers)));
    else highlighter.clear();
  };

  let candidates: Candidate[] = [];
  let generation = 0;
  const resolve = async () => {
    const mine = ++generation;
    try {
      const tickers = await pageRequest(send, { type: 'resolve', candidates: fitCandidates(candidates) });
      if (mine !== generation || ctx.isInvalid) return;
      state = { ...state, tickers, error: null };
      redraw();
      paint();
      // Prices fill in after the cards; an empty answer means live data is off.
      const wanted = tickers.filter((t) => t.context.kind === 'stock' || t.context.kind === 'etf').slice(0, 20).map((t) => t.symbol);
      if (wanted.length) {
        void pageRequest(send, { type: 'quotes', symbols: wanted })
          .then((qs) => {
            if (mine !== generation) return;
            update({ quotes: Object.fromEntries(qs.map((q) => [q.symbol, q])) });
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
  // Company names and highlighting need more than watchPage reports (name candidates, each
  // mention's node): with either on, each report of the watcher (first scan, added content)
  // triggers one located scan of the page, whose candidates replace the watcher's. So does a
  // report soon after an SPA navigation: the new view may arrive in pieces (fetched after the
  // URL changed), and only a full scan drops the old view's tickers.
  let settleUntil = 0;
  const fullRescans = () => settings.companyNames || settings.highlight || performance.now() < settleUntil;
  let locatedRun = 0;
  const rescanLocated = () => {
    const mine = ++locatedRun;
    scanDomLocatedChunked(document, { site, signal: ctx.signal, names: settings.companyNames, snippets: PAGE_SNIPPETS }).then(
      (found) => {
        if (mine !== locatedRun || ctx.isInvalid) return;
        located = settings.highlight ? found : [];
        candidates = found.map((l) => l.candidate);
        void resolve();
      },
      (e: unknown) => console.debug('[CapLens] scan failed', e),
    );
  };

  // First scan in idle-time chunks (no long task on heavy pages), then only added subtrees.
  // An SPA navigation starts a fresh watcher (a full scan that replaces the cards).
  let watcher: AbortController | undefined;
  const startWatching = () => {
    watcher?.abort();
    watcher = new AbortController();
    watchPage(document, {
      site,
      signal: watcher.signal,
      chunked: true,
      onCandidates: (found, { reset }) => {
        if (fullRescans()) return rescanLocated();
        candidates = reset ? found : candidates.concat(found);
        void resolve();
      },
      onError: (e) => console.debug('[CapLens] scan failed', e),
    });
  };
  ctx.onInvalidated(() => {
    watcher?.abort();
    highlighter.clear();
  });
  // WXT announces SPA navigations under its own event name, and only to listeners added through ctx.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    settleUntil = performance.now() + NAVIGATION_SETTLE_MS;
    located = [];
    highlighter.clear();
    // Not inside the page's pushState call: its new view is usually rendered right after it.
    ctx.setTimeout(startWatching, 0);
    // The new view's article arrives with it; read its claims once it has settled.
    update({ claims: null });
    ctx.setTimeout(() => void claims.check(), NAVIGATION_SETTLE_MS);
  });
  void getDetectionSettings()
    .catch(() => settings)
    .then((s) => {
      if (ctx.isInvalid) return;
      settings = s;
      startWatching();
      const stop = watchDetectionSettings((next) => {
        const prev = settings;
        settings = next;
        if (next.companyNames !== prev.companyNames || (next.highlight && !prev.highlight)) rescanLocated();
        if (!next.highlight) {
          located = [];
          paint();
        }
      });
      ctx.onInvalidated(stop);
    });
  // From the background: the keyboard shortcut (commands API), and live figures (SEC filings,
  // measured beta) that landed after it answered this page's cards (it waits 1.5 s per scan).
  const onMessage = (raw: unknown, sender: { id?: string }) => {
    const message = sender.id === browser.runtime.id ? parseTabMessage(raw) : null;
    if (message?.type === 'sidebar:toggle') toggle();
    else if (message?.type === 'cards:update' && state.tickers.some((t) => message.symbols.includes(t.symbol))) void resolve();
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  const openOptions = () => void pageRequest(send, { type: 'options:open' }).catch(() => undefined);
  const draw = () => {
    render(
      <>
        <Sidebar state={state} onToggle={toggle} onSelect={select} onOpenOptions={openOptions} onWatch={watch} onResize={resize} onSelectClaim={claims.select} onView={setView} onDock={setDock} />
        <HoverCard hover={hover} />
      </>,
      container,
    );
    dock();
  };
  draw();
  return container;
}
