/**
 * Live pages: single-page apps and infinite scroll. `watchPage` scans the page once, then
 * scans only the subtrees the page adds (debounced MutationObserver). An SPA navigation is the
 * caller's to notice: WXT announces it only to listeners added through the content script's ctx,
 * under a name of its own, so the caller starts a new watcher then (lib/page-scan/page-scan.ts).
 * Our own sidebar and attribute-only changes never trigger work. Everything is torn down when
 * the AbortSignal aborts: the observer is disconnected and the timer cleared, so nothing leaks
 * across navigations or content-script invalidation.
 *
 * Content-script side only: candidates are unvalidated (the background validates them).
 */
import type { SiteAdapter } from '../sites/site';
import { PAGE_SNIPPETS, SIDEBAR_TAG, scanAddedLocated, scanDomLocated, scanDomLocatedChunked, type ChunkOptions, type LocatedCandidate } from './dom-scan';
import type { Candidate } from './types';

export interface WatchOptions {
  site?: SiteAdapter;
  /** Aborting stops everything (required: a watcher without an end leaks). */
  signal: AbortSignal;
  /**
   * New candidates. `reset: true` = a full scan (first scan, SPA navigation): replace what
   * you have. `reset: false` = candidates from added subtrees only: add them. `located` is the
   * same list with each candidate's node, for highlighting and scrolling to a mention without
   * a second walk of the page.
   */
  onCandidates: (candidates: Candidate[], info: { reset: boolean; located: LocatedCandidate[] }) => void;
  /** Also report company names (evidence 'name'); read at each scan. Default off. */
  names?: () => boolean;
  /** Quiet time after the last mutation before added subtrees are scanned. Default 250 ms. */
  debounceMs?: number;
  /** The page URL for quote-page recognition; defaults to the document's URL at each full scan. */
  url?: () => string;
  /** Called when a scan or the callback throws (the watcher keeps going). */
  onError?: (error: unknown) => void;
  /**
   * Run full scans (first scan, SPA navigation) in idle-time chunks (dom-scan
   * scanDomLocatedChunked) instead of one task. The first report then arrives asynchronously;
   * added subtrees wait for the full scan's report. A node added while a chunked scan runs
   * may be counted twice (once by the scan, once as an added subtree).
   */
  chunked?: boolean | ChunkOptions;
}

const DEFAULT_DEBOUNCE_MS = 250;
// A burst bigger than this is treated as a page swap: one full scan is cheaper than thousands of subtree scans.
const MAX_PENDING_NODES = 2000;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;

/** Inside (or is) our own <caplens-sidebar>: its mutations are ours, never the page's. */
function inSidebar(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === ELEMENT_NODE && (n as Element).localName === SIDEBAR_TAG) return true;
  }
  return false;
}

/**
 * Watches `root` (a Document, or an element of one) and reports candidates as the page
 * changes. Returns once the first full scan has been reported (synchronously).
 */
export function watchPage(root: Document | Element, opts: WatchOptions): void {
  const { signal, onCandidates } = opts;
  if (signal.aborted) return;
  const doc = root.nodeType === DOCUMENT_NODE ? (root as Document) : (root as Element).ownerDocument;
  const win = doc.defaultView;
  const debounceMs = opts.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const report = (e: unknown) => {
    if (signal.aborted) return;
    try {
      opts.onError?.(e);
    } catch {
      // an error handler that throws must not take the watcher down
    }
  };

  // Symbols the page has marked as tickers so far (a bare "ZION" in a new card counts when
  // the page already had "$ZION"); reset with each full scan.
  let known = new Set<string>();
  let pending: Node[] = [];
  let overflow = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const scanOpts = () => ({ site: opts.site, signal, url: opts.url?.() ?? doc.URL, snippets: PAGE_SNIPPETS, names: opts.names?.() === true });

  // Full scans are numbered: a chunked scan overtaken by a navigation or an abort reports nothing.
  let generation = 0;
  let scanning = false;

  const reportFull = (located: LocatedCandidate[]) => {
    try {
      onCandidates(
        located.map((l) => l.candidate),
        { reset: true, located },
      );
    } catch (e) {
      report(e);
    }
  };

  const fullScan = () => {
    if (signal.aborted) return;
    // Mutations queued before this scan are part of what it reads.
    observer.takeRecords();
    pending = [];
    overflow = false;
    const mine = ++generation;
    const fresh = new Set<string>();
    if (opts.chunked) {
      scanning = true;
      scanDomLocatedChunked(root, scanOpts(), fresh, opts.chunked === true ? {} : opts.chunked).then(
        (located) => {
          if (mine !== generation || signal.aborted) return;
          scanning = false;
          known = fresh;
          reportFull(located);
          if (pending.length > 0 || overflow) schedule();
        },
        (e: unknown) => {
          if (mine !== generation || signal.aborted) return;
          scanning = false;
          report(e);
        },
      );
      return;
    }
    scanning = false;
    known = fresh;
    let located: LocatedCandidate[];
    try {
      located = scanDomLocated(root, scanOpts(), known);
    } catch (e) {
      report(e);
      return;
    }
    reportFull(located);
  };

  const flush = () => {
    timer = undefined;
    if (signal.aborted) return;
    // Added subtrees are reported after the full scan they follow (a reset would drop them).
    if (scanning) return;
    if (overflow) {
      fullScan();
      return;
    }
    const nodes = pending.filter((n) => n.isConnected && (root === doc || root.contains(n)));
    pending = [];
    // Outermost only: a node inside another added node is scanned with it.
    const outer = nodes.filter((n) => !nodes.some((o) => o !== n && o.contains(n)));
    if (outer.length === 0) return;
    try {
      const located = scanAddedLocated(doc, outer, scanOpts(), known);
      if (located.length > 0) onCandidates(located.map((l) => l.candidate), { reset: false, located });
    } catch (e) {
      report(e);
    }
  };

  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };

  const observer = new (win?.MutationObserver ?? MutationObserver)((records) => {
    if (signal.aborted) return;
    let added = false;
    for (const r of records) {
      if (r.type !== 'childList' || inSidebar(r.target)) continue;
      for (const n of r.addedNodes) {
        if (n.nodeType !== ELEMENT_NODE && n.nodeType !== TEXT_NODE) continue;
        if (inSidebar(n)) continue;
        if (n.nodeType === TEXT_NODE && (n.nodeValue ?? '').trim() === '') continue;
        if (pending.length >= MAX_PENDING_NODES) overflow = true;
        else pending.push(n);
        added = true;
      }
    }
    if (added) schedule();
  });

  const teardown = () => {
    generation++;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending = [];
  };
  signal.addEventListener('abort', teardown, { once: true });

  // Childlist only: attribute changes (classes, live prices in data-*) and text edits in place
  // (ticking quotes) are not new content.
  observer.observe(root, { childList: true, subtree: true });
  fullScan();
}
