import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HoverCard, type HoverState } from '@/components/HoverCard';
import { Sidebar, type SidebarState } from '@/components/Sidebar';
import { createHighlighter } from '@/lib/highlight/page-highlighter';
import { pageRequest } from '@/lib/messaging/page-client';
import { NAVIGATION_SETTLE_MS, startPageScan } from '@/lib/page-scan/page-scan';
import { DEFAULT_DETECTION_SETTINGS, getDetectionSettings, watchDetectionSettings } from '@/lib/settings/detection-settings';
import { createPagePusher } from '@/lib/dock/page-push';
import { getSidebarView, setSidebarView, watchSidebarView, type SidebarView } from '@/lib/settings/sidebar-view';
import { getSitePrefs, setSitePrefs, SIDEBAR_WIDTH } from '@/lib/settings/site-settings';
import type { SiteAdapter } from '@/lib/sites/site';
import { createPageClaims } from './page-claims';

/** The latest the claim check waits for the first cards. */
const CLAIMS_AFTER_MS = 3000;

const send = (m: unknown) => browser.runtime.sendMessage(m);

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
    const node = scan.firstMention(symbol);
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
  // The claim check reads the whole article and its request keeps the background busy for a while:
  // it starts once the page's first cards are in (or after CLAIMS_AFTER_MS if the scan never answers),
  // so the cards' request is not queued behind it.
  let claimsStarted = false;
  const startClaims = () => {
    if (claimsStarted) return;
    claimsStarted = true;
    claims.check().catch((e: unknown) => console.debug('[CapLens] claim check failed', e));
  };
  // A plain timer, cleared on invalidation: ctx.setTimeout asks ctx.isValid when it fires, and after an
  // extension update that question tears down the sidebar the open page should keep (issue 7).
  const claimsTimer = setTimeout(startClaims, CLAIMS_AFTER_MS);
  ctx.onInvalidated(() => clearTimeout(claimsTimer));

  void pageRequest(send, { type: 'market' })
    .then((market) => update({ market }))
    .catch(() => undefined);

  const highlighter = createHighlighter(document, (t) => {
    const ticker = t && state.tickers.find((x) => x.symbol === t.symbol);
    hover = ticker ? { ticker, rect: t.rect } : null;
    redraw();
  });
  // The keyboard shortcut (commands API) and late live figures (SEC filings, measured beta: the
  // background waits 1.5 s per scan) reach the page through runtime messages, read by the scan.
  const scan = startPageScan({
    doc: document,
    site,
    runtime: browser.runtime,
    signal: ctx.signal,
    settings: getDetectionSettings().catch(() => ({ ...DEFAULT_DETECTION_SETTINGS })),
    onView: (change) => {
      update(change);
      if (change.scanning === false) startClaims();
    },
    highlighter,
    onToggle: toggle,
  });
  ctx.onInvalidated(watchDetectionSettings(scan.setSettings));
  // WXT announces SPA navigations under its own event name, and only to listeners added through ctx.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    scan.navigated();
    // The new view's article arrives with it; read its claims once it has settled.
    update({ claims: null });
    ctx.setTimeout(() => void claims.check(), NAVIGATION_SETTLE_MS);
  });

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
