/**
 * DOM → candidates, the content-script half of detection. Walks text nodes under the site's
 * article root(s) with a TreeWalker, reading each block (p, li, td, …) as one string so a
 * ticker split across inline elements ("(NASDAQ: <a>ZION</a>)") is still seen; adds quote
 * links and the site's main symbol. Reads only textContent/attributes (no innerHTML), and
 * uses no globals beyond what a Document provides, so it runs in a page and in happy-dom.
 */
import type { SiteAdapter } from '../sites/site';
import { findPositionedCandidates, findTextCandidates } from './candidates';
import { candidateFromHref } from './links';
import { parseRic } from './exchanges';
import { normalizeSymbol } from '../data/normalize-symbol';
import type { Candidate } from './types';

export interface ScanOptions {
  site?: SiteAdapter;
  signal?: AbortSignal;
  /** The page URL, for recognising quote pages by URL; defaults to the document's URL. */
  url?: string;
}

/** Our own UI; never scanned (it lists the tickers we found). */
export const SIDEBAR_TAG = 'caplens-sidebar';

const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'svg', 'math', 'iframe', 'object', 'canvas', SIDEBAR_TAG]);
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

// NodeFilter constants as numbers: the global NodeFilter differs between page, Node and tests.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const ABORT_CHECK_EVERY = 256;
const MAX_MAIN_SYMBOL_TEXT = 200;

/** A candidate with the node it was read from (a Text node, or an element for links/main symbol). */
export interface LocatedCandidate {
  candidate: Candidate;
  node: Node;
}

function docOf(root: ParentNode): Document {
  return (root as Node).nodeType === DOCUMENT_NODE ? (root as Document) : ((root as Node).ownerDocument as Document);
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false; // an adapter's selector this engine cannot parse: do not skip on it
  }
}

function isSkipped(el: Element, skipSelector: string): boolean {
  if (SKIP_TAGS.has(el.localName)) return true;
  if (el.hasAttribute('hidden')) return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce.toLowerCase() !== 'false') return true;
  return skipSelector !== '' && safeMatches(el, skipSelector);
}

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

function anchorOf(node: Node, block: Node): Element | null {
  let n: Node | null = node.parentNode;
  while (n && n !== block) {
    if (n.nodeType === ELEMENT_NODE && (n as Element).localName === 'a') return n as Element;
    n = n.parentNode;
  }
  return null;
}

interface Segment {
  node: Text;
  start: number;
  end: number;
  anchor: Element | null;
}

function walkRoot(scanRoot: Element, site: SiteAdapter | undefined, signal: AbortSignal | undefined, out: LocatedCandidate[]): void {
  const doc = scanRoot.ownerDocument;
  const skipSelector = (site?.skip ?? []).join(',');
  const links = new Map<Element, LocatedCandidate>();
  let block: Node | null = null;
  let text = '';
  let segments: Segment[] = [];

  const flush = () => {
    if (text.trim() !== '') {
      for (const pc of findPositionedCandidates(text)) {
        const { start, end, ...candidate } = pc;
        const seg = segments.find((s) => s.end > start) ?? segments[segments.length - 1]!;
        // The same mention as a quote link around it: keep both evidences, count once.
        for (const s of segments) {
          if (s.anchor && s.start < end && s.end > start) {
            const link = links.get(s.anchor);
            if (link && link.candidate.symbol === candidate.symbol) link.candidate.extraEvidence = true;
          }
        }
        out.push({ candidate, node: seg.node });
      }
    }
    text = '';
    segments = [];
  };

  const walker = doc.createTreeWalker(scanRoot, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode: (n: Node) => (n.nodeType === ELEMENT_NODE && isSkipped(n as Element, skipSelector) ? FILTER_REJECT : FILTER_ACCEPT),
  });
  let visited = 0;
  for (let n: Node | null = walker.nextNode(); n; n = walker.nextNode()) {
    if (++visited % ABORT_CHECK_EVERY === 0) signal?.throwIfAborted();
    const b = blockOf(n, scanRoot);
    if (b !== block) {
      flush();
      block = b;
    }
    if (n.nodeType === TEXT_NODE) {
      const value = n.nodeValue ?? '';
      if (value === '') continue;
      segments.push({ node: n as Text, start: text.length, end: text.length + value.length, anchor: anchorOf(n, b) });
      text += value;
    } else if ((n as Element).localName === 'a') {
      const href = (n as Element).getAttribute('href');
      const candidate = href ? candidateFromHref(href, site) : null;
      if (candidate) {
        const ctx = (n.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
        if (ctx) candidate.context = ctx;
        const located = { candidate, node: n };
        links.set(n as Element, located);
        out.push(located);
      }
    }
  }
  flush();
}

/** The symbol shown by the site's main-symbol element: "ZION", "ZION.O", or "Zions Bancorporation (ZION)". */
function mainSymbolFromText(raw: string, site: SiteAdapter): Candidate | null {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text === '' || text.length > MAX_MAIN_SYMBOL_TEXT) return null;
  if (site.quoteLinkStyle === 'ric') {
    const ric = parseRic(text);
    if (ric) return { symbol: ric.symbol, evidence: 'main-symbol', ...(ric.exchange ? { exchange: ric.exchange } : {}) };
  }
  if (/^\$?[A-Za-z]{1,5}(?:[./-][A-Za-z])?$/.test(text)) {
    const symbol = normalizeSymbol(text.replace(/^\$/, ''));
    return symbol ? { symbol, evidence: 'main-symbol', context: text } : null;
  }
  // "Allstate Corp (ALL)": the element is the site's own symbol header, so the last
  // parenthesised symbol is taken without the prose stop list.
  const paren = /\(([A-Z]{1,5}(?:[./-][A-Z])?)\)[^(]{0,40}$/.exec(text);
  const symbol = paren ? normalizeSymbol(paren[1]) : null;
  if (symbol) return { symbol, evidence: 'main-symbol', context: text };
  const found = findTextCandidates(text)[0];
  if (!found) return null;
  const c: Candidate = { symbol: found.symbol, evidence: 'main-symbol', context: text };
  if (found.exchange !== undefined) c.exchange = found.exchange;
  return c;
}

function mainSymbol(root: ParentNode, opts: ScanOptions, found: LocatedCandidate[]): LocatedCandidate | null {
  const site = opts.site;
  if (!site) return null;
  if (site.mainSymbol) {
    let el: Element | null = null;
    try {
      el = root.querySelector(site.mainSymbol);
    } catch {
      el = null;
    }
    const c = el ? mainSymbolFromText(el.textContent ?? '', site) : null;
    if (el && c) {
      // Already read as text (the heading sits inside the article root): evidence, not a new mention.
      if (found.some((f) => f.candidate.symbol === c.symbol && el.contains(f.node))) c.extraEvidence = true;
      return { candidate: c, node: el };
    }
  }
  // Quote pages recognised by URL (robinhood.com/stocks/ZION, finance.yahoo.com/quote/ZION/).
  const doc = docOf(root);
  const url = opts.url ?? doc?.URL;
  if (url && /^https?:/i.test(url)) {
    const c = candidateFromHref(url, site);
    const body = doc?.body ?? doc?.documentElement;
    if (c && body) return { candidate: { ...c, evidence: 'main-symbol', context: url.slice(0, 120) }, node: body };
  }
  return null;
}

/** Every candidate on the page with the node it came from, in document order (main symbol last). */
export function scanDomLocated(root: ParentNode, opts: ScanOptions = {}): LocatedCandidate[] {
  opts.signal?.throwIfAborted();
  const out: LocatedCandidate[] = [];
  for (const scanRoot of scanRoots(root, opts.site)) {
    walkRoot(scanRoot, opts.site, opts.signal, out);
  }
  const main = mainSymbol(root, opts, out);
  if (main) out.push(main);
  return out;
}

/** Unvalidated candidates on the page (text, quote links, main symbol). Throws the signal's reason if aborted. */
export function scanDom(root: ParentNode, opts: ScanOptions = {}): Candidate[] {
  return scanDomLocated(root, opts).map((l) => l.candidate);
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
