/**
 * DOM → candidates, the content-script half of detection, assembled for a page: the text-run
 * walk (text-run-walk.ts: blocks read as one string, quote links) over the site's article
 * root(s), symbol cells of tables with a Symbol/Ticker column, and the site's main symbol.
 * Reads only textContent/attributes (no innerHTML), and uses no globals beyond what a
 * Document provides, so it runs in a page and in happy-dom.
 *
 * Bare upper-case words (evidence 'bare') are read only in prose: never in headings, table
 * cells, bylines, navigation, footers or legal text, and in an all-caps block only as
 * "NVDA +3.1%". A bare word is kept when its prose cues it ("shares of ZION", "ZION stock")
 * or when the page has other evidence for the same symbol; the validator then requires the
 * universe and no ambiguity.
 */
import type { SiteAdapter } from '../sites/site';
import { findPositionedCandidates } from './candidates';
import { normalizeSymbol } from '../data/normalize-symbol';
import { candidateFromHref } from './links';
import { isForeignExchange } from './exchanges';
import type { Candidate } from './types';
import {
  docOf,
  drain,
  ELEMENT_NODE,
  isSkippedBy,
  TEXT_NODE,
  DOCUMENT_NODE,
  type LocatedCandidate,
  type RawLocated,
  type ScanOptions,
  type Steps,
} from './dom-common';
import { structuralBareMode } from './furniture';
import { mainSymbol, mainSymbolElement } from './main-symbol';
import { compileSkip } from './skip-rules';
import { insideSkipped, symbolCells, symbolCellsSteps } from './symbol-cells';
import { newCaches } from './scan-caches';
import { blockOf, walkRoot, walkRootSteps } from './text-run-walk';

export { PAGE_SNIPPETS, type LocatedCandidate, type ScanOptions } from './dom-common';
export { SIDEBAR_TAG } from './skip-rules';

/** The site's article roots (first selector that matches anything), outermost only; else body/root. */
export function scanRoots(root: ParentNode, site?: SiteAdapter): Element[] {
  for (const sel of site?.articleRoot ?? []) {
    let found: Element[];
    try {
      found = [...root.querySelectorAll(sel)];
    } catch {
      continue;
    }
    if (found.length === 0) continue;
    return found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
  }
  if ((root as Node).nodeType === DOCUMENT_NODE) {
    const d = root as Document;
    const fallback = d.body ?? d.documentElement;
    return fallback ? [fallback] : [];
  }
  return (root as Node).nodeType === ELEMENT_NODE ? [root as Element] : [...root.children];
}

// ---- Page-level assembly --------------------------------------------------------------

/** Symbols the page marks as tickers (any evidence but an uncued bare word or an index name), on a US venue or none named. */
function addKnown(raw: readonly RawLocated[], known: Set<string>): void {
  for (const r of raw) {
    const c = r.candidate;
    if (c.evidence === 'index' || isForeignExchange(c.exchange)) continue;
    if (c.evidence !== 'bare' || r.cued) known.add(c.symbol);
  }
}

/**
 * Keeps a bare word when its prose cued it or the page has other evidence for the symbol: `raw`
 * filtered in place and returned (no second list of thousands per scan). The located candidates
 * keep what the text scan put on them (offsets, `cued`; see PositionedCandidate): readers of a
 * LocatedCandidate use its candidate and node only.
 */
function finalizeBare(raw: RawLocated[], known: ReadonlySet<string>): LocatedCandidate[] {
  let kept = 0;
  for (const r of raw) if (r.candidate.evidence !== 'bare' || r.cued || known.has(r.candidate.symbol)) raw[kept++] = r;
  raw.length = kept;
  return raw;
}

/**
 * Every candidate on the page with the node it came from, in document order per scan root
 * (symbol cells after their root's text, main symbol last). `known` (optional) collects the
 * symbols with non-bare evidence, for incremental scans (lib/detect/live-scan.ts).
 */
export function scanDomLocated(root: ParentNode, opts: ScanOptions = {}, known: Set<string> = new Set()): LocatedCandidate[] {
  let result: LocatedCandidate[] = [];
  drain(scanSteps(root, opts, known, (r) => (result = r)));
  return result;
}

function* scanSteps(root: ParentNode, opts: ScanOptions, known: Set<string>, done: (r: LocatedCandidate[]) => void): Steps {
  opts.signal?.throwIfAborted();
  const raw: RawLocated[] = [];
  const caches = newCaches(compileSkip(opts.site, docOf(root)), opts.snippets);
  for (const scanRoot of scanRoots(root, opts.site)) {
    const before = raw.length;
    const tables: Element[] = [];
    yield* walkRootSteps(scanRoot, opts, raw, caches, tables);
    yield;
    yield* symbolCellsSteps(scanRoot, scanRoot, caches.skip, raw.slice(before), raw, tables);
    yield;
  }
  const main = mainSymbol(root, opts, raw);
  if (main) raw.push(main);
  addKnown(raw, known);
  done(finalizeBare(raw, known));
}

export interface ChunkOptions {
  /** Work per chunk before yielding to the page, in ms (default 8: well under a 50 ms long task). */
  budgetMs?: number;
  /** How to wait between chunks; default requestIdleCallback (timeout 100 ms) where available, else setTimeout 0. */
  yieldToPage?: () => Promise<void>;
  /** Clock; default performance.now. */
  now?: () => number;
}

function defaultYield(): Promise<void> {
  const g = globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number };
  return new Promise((resolve) => (g.requestIdleCallback ? g.requestIdleCallback(() => resolve(), { timeout: 100 }) : setTimeout(resolve, 0)));
}

/**
 * scanDomLocated in chunks of about `budgetMs`, yielding to the page between them (idle time),
 * so scanning a heavy page never makes one long task. Same result as scanDomLocated on an
 * unchanged page; rejects with the signal's reason when aborted between chunks.
 */
export async function scanDomLocatedChunked(root: ParentNode, opts: ScanOptions = {}, known: Set<string> = new Set(), chunk: ChunkOptions = {}): Promise<LocatedCandidate[]> {
  const budget = chunk.budgetMs ?? 8;
  const now = chunk.now ?? (() => performance.now());
  const wait = chunk.yieldToPage ?? defaultYield;
  let result: LocatedCandidate[] = [];
  const steps = scanSteps(root, opts, known, (r) => (result = r));
  let start = now();
  for (let r = steps.next(); !r.done; r = steps.next()) {
    if (now() - start >= budget) {
      await wait();
      opts.signal?.throwIfAborted();
      start = now();
    }
  }
  return result;
}

/** Unvalidated candidates on the page (text, quote links, symbol cells, main symbol). Throws the signal's reason if aborted. */
export function scanDom(root: ParentNode, opts: ScanOptions = {}): Candidate[] {
  return scanDomLocated(root, opts).map((l) => l.candidate);
}

/**
 * Candidates in subtrees added to a page already scanned (infinite scroll, SPA updates): only
 * the parts of `nodes` inside the site's article roots and outside skipped regions and our
 * sidebar. `known` carries the page's non-bare symbols across calls (and is updated), so a
 * bare "ZION" in a new card counts when the page already had "$ZION".
 */
export function scanAddedLocated(doc: Document, nodes: readonly Node[], opts: ScanOptions, known: Set<string>): LocatedCandidate[] {
  opts.signal?.throwIfAborted();
  const site = opts.site;
  const skipped = compileSkip(site, doc);
  const roots = scanRoots(doc, site);
  const raw: RawLocated[] = [];
  const caches = newCaches(skipped, opts.snippets);
  const scopes: Array<[Element, Element]> = []; // [element to walk, its scan root]
  const texts: Array<[Text, Element]> = [];
  for (const node of nodes) {
    if (!node.isConnected) continue;
    const el = node.nodeType === ELEMENT_NODE ? (node as Element) : node.nodeType === TEXT_NODE ? node.parentElement : null;
    if (!el) continue;
    const root = roots.find((r) => r === el || r.contains(el));
    if (root) {
      if (insideSkipped(el, root, skipped)) continue;
      if (node.nodeType === TEXT_NODE) texts.push([node as Text, root]);
      else scopes.push([el, root]);
      continue;
    }
    // A new container holding the article root (an SPA swapping its main view).
    if (node.nodeType === ELEMENT_NODE) for (const r of roots) if (el.contains(r)) scopes.push([r, r]);
  }
  for (const [text, root] of texts) {
    const value = text.nodeValue ?? '';
    if (value.trim() === '') continue;
    const block = blockOf(text, root);
    const bare = structuralBareMode(block, root);
    for (const pc of findPositionedCandidates(value, { bare, names: opts.names === true, capsDemote: bare === 'all', snippet: caches.snippet })) {
      pc.node = text;
      raw.push(pc as RawLocated);
    }
  }
  for (const [el, root] of scopes) {
    const before = raw.length;
    if (isSkippedBy(skipped, el)) continue;
    // The walker reads descendants; an added <a> itself is a link too.
    if (el.localName === 'a') {
      const href = el.getAttribute('href');
      const candidate = href ? candidateFromHref(href, site) : null;
      if (candidate) raw.push({ candidate, node: el });
    }
    walkRoot(el, opts, raw, caches);
    symbolCells(el, root, skipped, raw.slice(before), raw);
  }
  const mainEl = mainSymbolElement(doc, site);
  if (mainEl && nodes.some((n) => n.isConnected && (n === mainEl || n.contains(mainEl)))) {
    const main = mainSymbol(doc, opts, raw);
    if (main) raw.push(main);
  }
  addKnown(raw, known);
  return finalizeBare(raw, known);
}
