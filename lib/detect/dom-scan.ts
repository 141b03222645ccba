/**
 * DOM → candidates, the content-script half of detection. Walks text nodes under the site's
 * article root(s) with a TreeWalker, reading each block (p, li, td, …) as one string so a
 * ticker split across inline elements ("(NASDAQ: <a>ZION</a>)") is still seen; adds quote
 * links, symbol cells of tables with a Symbol/Ticker column, and the site's main symbol.
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
import { collapseSpace, findPositionedCandidates, type BareMode, type PositionedCandidate } from './candidates';
import { normalizeSymbol } from '../data/normalize-symbol';
import { candidateFromHref } from './links';
import { isForeignExchange } from './exchanges';
import type { Candidate } from './types';
import {
  docOf,
  drain,
  ELEMENT_NODE,
  isSkippedBy,
  SHOW_ELEMENT,
  SHOW_TEXT,
  TEXT_NODE,
  DOCUMENT_NODE,
  type LocatedCandidate,
  type RawLocated,
  type ScanOptions,
  type SkipCheck,
  type Steps,
} from './dom-common';
import { structuralBareMode } from './furniture';
import { mainSymbol, mainSymbolElement } from './main-symbol';
import { compileSkip } from './skip-rules';
import { insideSkipped, symbolCells, symbolCellsSteps, TABLE_ROLES } from './symbol-cells';

export type { LocatedCandidate, ScanOptions } from './dom-common';
export { SIDEBAR_TAG } from './skip-rules';

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const ABORT_CHECK_EVERY = 256;

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

/** Nearest block-level ancestor-or-self, bounded by the scan root. */
function blockOf(node: Node, scanRoot: Element): Node {
  let n: Node | null = node.nodeType === ELEMENT_NODE ? node : node.parentNode;
  while (n && n !== scanRoot) {
    if (n.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((n as Element).localName)) return n;
    n = n.parentNode;
  }
  return scanRoot;
}

/** Nodes walked between two yields of a chunked scan. */
const NODES_PER_STEP = 128;

function walkRoot(scanRoot: Element, opts: ScanOptions, out: RawLocated[], caches: ScanCaches): void {
  drain(walkRootSteps(scanRoot, opts, out, caches));
}

/** Per-scan caches shared by the walks of one scan. */
interface ScanCaches {
  modes: Map<Node, BareMode>;
  markers: Map<Node, boolean>;
  hrefs: Map<string, Candidate | null>;
  skip: SkipCheck;
}

function newCaches(skip: SkipCheck): ScanCaches {
  return { modes: new Map(), markers: new Map(), hrefs: new Map(), skip };
}

/** candidateFromHref, memoised per scan (article pages repeat the same quote links); a fresh object each time. */
function linkCandidate(href: string, site: SiteAdapter | undefined, cache: Map<string, Candidate | null>): Candidate | null {
  let c = cache.get(href);
  if (c === undefined) {
    c = candidateFromHref(href, site);
    cache.set(href, c);
  }
  return c ? { ...c } : null;
}

// A run of text can hold a candidate only if it has one of these: "$", "(", ":", two capitals
// in a row (bare words, DJIA, VIX, "(NYSE: …)"), or the start of an index name. Runs without
// them (most prose) are not parsed at all. Company names (opt-in) need only a capital.
// Written as one class-led alternation: the regex engine checks a character class per position
// rather than six alternatives.
const MAY_HOLD_TICKER = /[$(:]|[A-Z](?:[A-Z]|&|ussell|asdaq|ow|boe)/;
const NOT_BLANK = /\S/;
const TWO_CAPITALS = /[A-Z]{2}/;

/**
 * The walk of one scan root, yielding every NODES_PER_STEP nodes (see scanDomLocatedChunked).
 *
 * Text is read in runs: the consecutive text nodes (document order, skipped subtrees left out)
 * whose nearest block-level ancestor is the same, so "(NASDAQ: <a>ZION</a>)" is one string and
 * a nested block starts a new run. The walker has no JS filter (a callback per node costs more
 * than the walk itself): elements are checked as they come (compileSkip), and the block and
 * link around each node come from a stack of the open elements.
 */
function* walkRootSteps(scanRoot: Element, opts: ScanOptions, out: RawLocated[], caches: ScanCaches, tables?: Element[]): Steps {
  const { site, signal } = opts;
  const names = opts.names === true;
  const doc = scanRoot.ownerDocument;
  const skipped = caches.skip;
  const links = new Map<Element, LocatedCandidate>();
  const mayHold = names ? NOT_BLANK : MAY_HOLD_TICKER;

  // The current run: its block, text, and per text node its offset and enclosing link.
  // Arrays are reused across runs (a count, not a new array per run).
  let block: Node = scanRoot;
  let segCount = 0;
  let runLength = 0;
  // The run began where its block begins and nothing in it was skipped: if it also reaches the
  // block's end, its text is the block's textContent, one flat string made natively (joining
  // the nodes' strings and flattening them costs more than all the rest of the walk).
  let runWhole = true;
  const segNodes: Text[] = [];
  const segStarts: number[] = [];
  const segEnds: number[] = [];
  const segAnchors: Array<Element | null> = [];

  // Open elements (ancestors of the current node below scanRoot), with their block and link.
  let depth = 0;
  const openBlocks: Node[] = [];
  const openAnchors: Array<Element | null> = [];

  /** The run's text; `complete`: the run ended at its block's end. */
  const runText = (complete: boolean): string => {
    if (complete && runWhole) {
      const whole = block.textContent ?? '';
      if (whole.length === runLength) return whole;
    }
    let t = '';
    for (let i = 0; i < segCount; i++) {
      segStarts[i] = t.length;
      t += segNodes[i]!.data;
      segEnds[i] = t.length;
    }
    return t;
  };

  const flush = (complete: boolean) => {
    if (segCount === 0) return;
    const text = runText(complete);
    // A capital pair (bare words) also means the text may hold a ticker: one pass, not two.
    const pair = TWO_CAPITALS.test(text);
    if (pair || mayHold.test(text)) {
      const bare: BareMode = pair ? structuralBareMode(block, scanRoot, caches) : 'none';
      // Candidates come sorted by start and segments by offset: one forward pointer, linear.
      let si = 0;
      const last = segCount - 1;
      for (const pc of findPositionedCandidates(text, { bare, names, capsDemote: bare === 'all' })) {
        const { start, end } = pc;
        const candidate = plainCandidate(pc);
        while (si < last && segEnds[si]! <= start) si++;
        // The same mention as a quote link around it: keep both evidences, count once.
        for (let k = si; k <= last && segStarts[k]! < end; k++) {
          const a = segAnchors[k];
          if (a && segEnds[k]! > start) {
            const link = links.get(a);
            if (link && link.candidate.symbol === candidate.symbol) link.candidate.extraEvidence = true;
          }
        }
        const node = segNodes[si]!;
        out.push(candidate.evidence === 'bare' ? { candidate, node, cued: pc.cued === true } : { candidate, node });
      }
    }
    segCount = 0;
    runLength = 0;
  };

  // Depth-first by hand (firstChild / nextSibling / parentNode): the walker's moves say where
  // we are, so the open-element stack needs no parentNode lookups, and a skipped subtree is
  // simply not entered.
  const walker = doc.createTreeWalker(scanRoot, SHOW_ELEMENT | SHOW_TEXT);
  let visited = 0;
  let n: Node | null = walker.firstChild();
  while (n) {
    if (++visited % ABORT_CHECK_EVERY === 0) signal?.throwIfAborted();
    if (visited % NODES_PER_STEP === 0) yield;
    const parentBlock = depth > 0 ? openBlocks[depth - 1]! : scanRoot;
    const parentAnchor = depth > 0 ? openAnchors[depth - 1]! : null;

    if (n.nodeType === TEXT_NODE) {
      if (parentBlock !== block) {
        // Back in an outer block after a nested one: that run is complete, this one starts mid-block.
        flush(true);
        block = parentBlock;
        runWhole = false;
      }
      // Only the length here (no string made per node); the text is read when the run ends.
      const length = (n as Text).length;
      if (length !== 0) {
        segNodes[segCount] = n as Text;
        segStarts[segCount] = runLength;
        segEnds[segCount] = runLength + length;
        segAnchors[segCount] = parentAnchor;
        segCount++;
        runLength += length;
      }
    } else {
      const el = n as Element;
      const tag = el.localName;
      const hasAttributes = el.hasAttributes();
      if (skipped(el, tag, hasAttributes)) {
        // Text left out of the run's block: its textContent is no longer the run's text.
        if (parentBlock === block) runWhole = false;
      } else {
        const isBlock = BLOCK_TAGS.has(tag);
        const b = isBlock ? el : parentBlock;
        if (b !== block) {
          // A block nested in the run's block cuts that run short; anything else ends it.
          flush(parentBlock !== block);
          block = b;
          runWhole = isBlock;
        }
        if (tag === 'a') {
          const href = el.getAttribute('href');
          const candidate = href ? linkCandidate(href, site, caches.hrefs) : null;
          if (candidate) {
            const ctx = collapseSpace(el.textContent ?? '').slice(0, 80);
            if (ctx) candidate.context = ctx;
            const located = { candidate, node: el };
            links.set(el, located);
            out.push(located);
          }
        }
        if (tables && (tag === 'table' || (hasAttributes && TABLE_ROLES.has(el.getAttribute('role') ?? '')))) tables.push(el);
        const child = walker.firstChild();
        if (child) {
          openBlocks[depth] = b;
          // The link around a text node is looked for below its block only.
          openAnchors[depth] = tag === 'a' ? el : isBlock ? null : parentAnchor;
          depth++;
          n = child;
          continue;
        }
      }
    }
    // Next in document order: the next sibling, else that of the nearest open ancestor.
    for (n = walker.nextSibling(); !n && depth > 0; n = walker.nextSibling()) {
      walker.parentNode();
      depth--;
    }
  }
  flush(true);
}

/** The Candidate part of a positioned candidate: a plain object of one shape (no rest spread). */
function plainCandidate(pc: PositionedCandidate): Candidate {
  const c: Candidate = { symbol: pc.symbol, evidence: pc.evidence };
  if (pc.exchange !== undefined) c.exchange = pc.exchange;
  if (pc.context !== undefined) c.context = pc.context;
  if (pc.name !== undefined) c.name = pc.name;
  if (pc.extraEvidence !== undefined) c.extraEvidence = pc.extraEvidence;
  return c;
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

/** Keeps a bare word when its prose cued it or the page has other evidence for the symbol. */
function finalizeBare(raw: readonly RawLocated[], known: ReadonlySet<string>): LocatedCandidate[] {
  const out: LocatedCandidate[] = [];
  for (const r of raw) {
    if (r.candidate.evidence !== 'bare') out.push(r); // carries no `cued`: already a plain LocatedCandidate
    else if (r.cued || known.has(r.candidate.symbol)) out.push({ candidate: r.candidate, node: r.node });
  }
  return out;
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
  const caches = newCaches(compileSkip(opts.site, docOf(root)));
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
  const caches = newCaches(skipped);
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
    const bare = structuralBareMode(block, root, caches);
    for (const { start: _s, end: _e, cued, ...candidate } of findPositionedCandidates(value, { bare, names: opts.names === true, capsDemote: bare === 'all' })) {
      raw.push(candidate.evidence === 'bare' ? { candidate, node: text, cued: cued === true } : { candidate, node: text });
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

/**
 * The first node that mentions `symbol` as detected (Text node, or the link/heading element),
 * for scrolling to it. Uses the same rules as scanDom, so "ALL" in a headline is not a hit.
 */
export function findFirstMention(root: ParentNode, symbol: string, opts: ScanOptions = {}): Node | null {
  const want = normalizeSymbol(symbol);
  if (!want) return null;
  const hits = scanDomLocated(root, opts).filter((l) => l.candidate.symbol === want);
  // Prefer a mention in the content; the main-symbol header (or body, for URL-only) is a fallback.
  return (hits.find((l) => l.candidate.evidence !== 'main-symbol') ?? hits[0])?.node ?? null;
}
