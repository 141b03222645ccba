/**
 * The content script's scan pipeline, apart from the sidebar's UI so it can be tested on a
 * document: one walk of the page per full scan (lib/detect/live-scan.ts), whose result carries
 * each mention's node, so company names and inline highlighting are options of that same pass
 * rather than a second scan. Then:
 * - a full scan (first scan, SPA navigation, company names switched) sends all candidates and
 *   replaces the cards;
 * - content the page appends is scanned alone (debounced by the watcher) and only its candidates
 *   are sent; the answer is merged into the cards (./merge-tickers.ts);
 * - a `cards:update` push (live figures that landed late) asks for the page's cards again;
 * - an SPA navigation (the caller's `navigated()`, or appended content under a new URL, which
 *   covers pushState and popstate views) scans the new view from scratch.
 * Only `runtime` touches the browser; aborting `signal` stops every listener and timer.
 */
import type { LocatedCandidate } from '../detect/dom-scan';
import { isForeignExchange } from '../detect/exchanges';
import { watchPage } from '../detect/live-scan';
import type { Candidate } from '../detect/types';
import { acceptedEvidence, mentionRanges } from '../highlight/mention-ranges';
import type { PageHighlighter } from '../highlight/page-highlighter';
import type { Quote } from '../context/quote';
import { fitCandidates, pageRequest } from '../messaging/page-client';
import type { DetectedTicker } from '../messaging/page-protocol';
import { parseTabMessage } from '../messaging/tab-messages';
import { DEFAULT_DETECTION_SETTINGS, type DetectionSettings } from '../settings/detection-settings';
import type { SiteAdapter } from '../sites/site';
import { mergeTickers } from './merge-tickers';

type OnTabMessage = (message: unknown, sender: { id?: string }) => void;

/** The part of browser.runtime the scan talks through: requests to the background, and its pushes. */
export interface PageRuntime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(l: OnTabMessage): void; removeListener(l: OnTabMessage): void };
}

/** What the sidebar shows of the scan. */
export interface ScanView {
  tickers: DetectedTicker[];
  quotes: Record<string, Quote>;
  error: string | null;
  scanning: boolean;
}

export interface PageScanDeps {
  doc: Document;
  site: SiteAdapter;
  runtime: PageRuntime;
  signal: AbortSignal;
  /** Options → Detection as stored: the first scan waits for them (names are part of its one pass). */
  settings: Promise<DetectionSettings>;
  onView: (change: Partial<ScanView>) => void;
  /** Painted with the accepted mentions while highlighting is on. */
  highlighter: PageHighlighter;
  /** The keyboard shortcut's `sidebar:toggle`. */
  onToggle?: () => void;
  /** Quiet time before appended content is scanned (the watcher's default when absent). */
  debounceMs?: number;
}

// An SPA's new view may arrive in pieces after its URL changed: content appended this soon after a
// navigation gets a full scan, since only a full scan drops the old view's tickers.
export const NAVIGATION_SETTLE_MS = 3000;
// Prices are asked for the first cards only (the quote request's limit).
const MAX_QUOTED = 20;

export function startPageScan(deps: PageScanDeps) {
  const { doc, site, runtime, signal, onView, highlighter } = deps;
  const send = (m: unknown) => runtime.sendMessage(m);
  let settings: DetectionSettings = DEFAULT_DETECTION_SETTINGS;
  let located: LocatedCandidate[] = [];
  let tickers: DetectedTicker[] = [];
  // URL of the view the cards are for: appended content under another URL is a new view.
  let scannedUrl = doc.URL;
  let settleUntil = 0;

  const paint = () => {
    if (settings.highlight && !signal.aborted) highlighter.paint(mentionRanges(located, acceptedEvidence(tickers)));
    else highlighter.clear();
  };

  // Answers apply in order: a full request supersedes all before it (a new generation); a
  // merge waits for the request before it, so it always merges into the cards it follows.
  let generation = 0;
  let chain: Promise<void> = Promise.resolve();
  const ask = async (mine: number, candidates: Candidate[], merge: boolean) => {
    try {
      const answer = await pageRequest(send, { type: 'resolve', candidates: fitCandidates(candidates) });
      // Aborting bumps the generation too.
      if (mine !== generation) return;
      tickers = merge ? mergeTickers(tickers, answer) : answer;
      onView({ tickers, error: null });
      paint();
      void askQuotes(mine);
    } catch (e) {
      if (mine === generation) onView({ error: e instanceof Error ? e.message : String(e) });
    } finally {
      if (mine === generation) onView({ scanning: false });
    }
  };
  // Prices fill in after the cards (the background caches them); an empty answer means live data is off.
  const askQuotes = async (mine: number) => {
    const wanted = tickers.filter((t) => t.context.kind === 'stock' || t.context.kind === 'etf').slice(0, MAX_QUOTED).map((t) => t.symbol);
    if (!wanted.length) return;
    const got = await pageRequest(send, { type: 'quotes', symbols: wanted }).catch(() => null);
    if (got && mine === generation) onView({ quotes: Object.fromEntries(got.map((q) => [q.symbol, q])) });
  };
  const resolveAll = () => {
    const mine = ++generation;
    chain = ask(mine, located.map((l) => l.candidate), false);
  };
  const resolveAdded = (added: Candidate[]) => {
    const mine = generation;
    // The page's foreign-listing mentions go along: they decide whether a new company name counts.
    const foreign = located.filter((l) => isForeignExchange(l.candidate.exchange)).map((l) => l.candidate);
    chain = chain.then(() => ask(mine, foreign.concat(added), true));
  };

  let watcher: AbortController | undefined;
  const startWatching = () => {
    watcher?.abort();
    if (signal.aborted) return;
    watcher = new AbortController();
    scannedUrl = doc.URL;
    watchPage(doc, {
      site,
      signal: watcher.signal,
      // Full scans in idle-time chunks: no long task on heavy pages.
      chunked: true,
      debounceMs: deps.debounceMs,
      names: () => settings.companyNames,
      onCandidates: (_candidates, { reset, located: nodes }) => {
        if (reset) {
          located = nodes;
          return resolveAll();
        }
        if (doc.URL !== scannedUrl) return navigated();
        if (performance.now() < settleUntil) return startWatching();
        located = located.concat(nodes);
        // Their nodes are painted once the answer for them is in.
        resolveAdded(nodes.map((l) => l.candidate));
      },
      onError: (e) => console.debug('[CapLens] scan failed', e),
    });
  };

  /** A new view (the WXT navigation event, or content under a new URL): scan it afresh. */
  let pendingStart: ReturnType<typeof setTimeout> | undefined;
  const navigated = () => {
    if (signal.aborted) return;
    settleUntil = performance.now() + NAVIGATION_SETTLE_MS;
    located = [];
    highlighter.clear();
    // Not inside the page's pushState call: its new view is usually rendered right after it.
    clearTimeout(pendingStart);
    pendingStart = setTimeout(startWatching, 0);
  };

  // Only our own background's messages (a page cannot reach this listener, another extension can).
  const onMessage: OnTabMessage = (raw, sender) => {
    const message = sender.id === runtime.id ? parseTabMessage(raw) : null;
    if (message?.type === 'sidebar:toggle') deps.onToggle?.();
    else if (message?.type === 'cards:update' && tickers.some((t) => message.symbols.includes(t.symbol))) resolveAll();
  };
  runtime.onMessage.addListener(onMessage);
  signal.addEventListener(
    'abort',
    () => {
      watcher?.abort();
      clearTimeout(pendingStart);
      generation++;
      runtime.onMessage.removeListener(onMessage);
      highlighter.clear();
    },
    { once: true },
  );
  void deps.settings.then((s) => {
    settings = s;
    startWatching();
  });

  return {
    navigated,
    /** Options → Detection changed: names need a new scan; highlighting only a repaint. */
    setSettings(next: DetectionSettings) {
      const prev = settings;
      settings = next;
      if (next.companyNames !== prev.companyNames) startWatching();
      else if (next.highlight !== prev.highlight) paint();
    },
    /** The first mention of `symbol` found by the last scans, for scrolling to it (no new walk). */
    firstMention(symbol: string): Node | null {
      const hits = located.filter((l) => l.candidate.symbol === symbol && l.node.isConnected);
      // Prefer a mention in the content; the main-symbol header (or body, for URL-only) is a fallback.
      return (hits.find((l) => l.candidate.evidence !== 'main-symbol') ?? hits[0])?.node ?? null;
    },
  };
}
