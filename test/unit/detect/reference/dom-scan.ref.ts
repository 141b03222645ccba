/**
 * FROZEN REFERENCE for test/unit/detect/equivalence.test.ts: the straightforward scanner as it
 * was before the performance work (issue 7). Do not optimise or "fix" this copy; change the
 * real one in lib/detect/ and keep the equivalence test green (or update both on purpose).
 */
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
import type { SiteAdapter } from '../../../../lib/sites/site';
import { findPositionedCandidates, findTextCandidates, type BareMode } from './candidates.ref';
import { candidateFromHref, candidateFromOnclick } from '../../../../lib/detect/links';
import { titleSymbol } from '../../../../lib/detect/main-symbol';
import { exchangeLabel, isForeignExchange, parseRic } from '../../../../lib/detect/exchanges';
import { normalizeSymbol } from '../../../../lib/data/normalize-symbol';
import type { Candidate } from '../../../../lib/detect/types';

export interface ScanOptions {
  site?: SiteAdapter;
  signal?: AbortSignal;
  /** The page URL, for recognising quote pages by URL; defaults to the document's URL. */
  url?: string;
  /**
   * Also report capitalised phrases as company-name candidates (evidence 'name', resolved by
   * the validator's name index: "Bank of America" → BAC). Lower confidence; default off (the
   * user setting for "mentioned" tickers).
   */
  names?: boolean;
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

/** Before the page-level bare filter: bare words carry whether their prose cued them. */
interface RawLocated extends LocatedCandidate {
  cued?: boolean;
}

// Headings, cells and page furniture: no bare words there (headlines are full of capitals).
const NO_BARE_TAGS = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'caption', 'figcaption', 'header', 'footer', 'nav', 'aside', 'address',
  'button', 'label', 'legend', 'dt', 'small', 'cite', 'time', 'menu',
]);
const NO_BARE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'heading', 'menu', 'menubar', 'tab', 'tablist', 'cell', 'gridcell', 'columnheader', 'rowheader', 'button', 'toolbar']);
// Words in class/id/test-id of bylines, legal text and other furniture. Matched as whole words
// of the attribute (split at -, _, spaces and camelCase: "ArticleHeader", "byline-attr",
// "article__footnote"), so "authority" or "illegal" do not count.
const NO_BARE_HINTS = new Set([
  'byline', 'bylines', 'author', 'authors', 'dateline', 'disclaimer', 'disclaimers', 'disclosure', 'disclosures', 'copyright',
  'footnote', 'footnotes', 'breadcrumb', 'breadcrumbs', 'newsletter', 'masthead', 'headline', 'heading', 'subhead', 'caption',
  'credit', 'credits', 'legal', 'footer', 'header', 'nav', 'navbar', 'navigation', 'menu', 'tags', 'keywords', 'signup', 'cookie',
  'cookies', 'consent', 'promo', 'sponsor', 'sponsored', 'tape', 'flashline', 'kicker', 'eyebrow',
]);
const MAX_HINT_DEPTH = 12;
const ALL_CAPS_RATIO = 0.7;
const ALL_CAPS_MIN_LETTERS = 12;

function attrHint(el: Element): boolean {
  const attrs = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('data-testid') ?? ''} ${el.getAttribute('data-test-id') ?? ''} ${el.getAttribute('data-module') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
  if (attrs.trim() === '') return false;
  for (const w of attrs.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/)) if (NO_BARE_HINTS.has(w)) return true;
  return false;
}

/**
 * Where bare words may be read in `block` (structure only; the all-caps test needs the text).
 * Looks at the block and its ancestors up to the scan root: page layout above the article
 * root ("layout-with-header") says nothing about the article's prose.
 */
function structuralBareMode(block: Node, stop: Node, cache: Map<Node, BareMode>): BareMode {
  const hit = cache.get(block);
  if (hit !== undefined) return hit;
  let mode: BareMode = 'all';
  let n: Node | null = block.nodeType === ELEMENT_NODE ? block : block.parentNode;
  for (let depth = 0; n && n.nodeType === ELEMENT_NODE && depth < MAX_HINT_DEPTH; depth++, n = n.parentNode) {
    const el = n as Element;
    if (el.localName === 'body' || el.localName === 'html') break;
    const role = el.getAttribute('role');
    if (NO_BARE_TAGS.has(el.localName) || (role !== null && NO_BARE_ROLES.has(role)) || attrHint(el)) {
      mode = 'none';
      break;
    }
    if (n === stop) break;
  }
  cache.set(block, mode);
  return mode;
}

/** An all-caps block (a headline, a ticker tape): most letters are capitals. */
function mostlyCaps(text: string): boolean {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      letters++;
      upper++;
    } else if (c >= 97 && c <= 122) letters++;
  }
  return letters >= ALL_CAPS_MIN_LETTERS && upper / letters >= ALL_CAPS_RATIO;
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

function skipSelectorOf(site: SiteAdapter | undefined): string {
  return (site?.skip ?? []).join(',');
}

function isSkipped(el: Element, skipSelector: string): boolean {
  if (SKIP_TAGS.has(el.localName)) return true;
  if (el.hasAttribute('hidden')) return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce.toLowerCase() !== 'false') return true;
  if (isRail(el)) return true;
  return skipSelector !== '' && safeMatches(el, skipSelector);
}

const RAIL_CONTAINERS = new Set(['section', 'aside', 'div', 'nav']);
const RAIL_HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
/**
 * Headings of rails that list other instruments, whatever the site's markup: "People also
 * own", "Related stocks", "Most read", "Trending", "Recommended for you", "More from …".
 */
const RAIL_HEADING_RE = /^(?:people[ \u00a0]also[ \u00a0](?:own|bought|buy|watch|viewed?|search(?:ed)?)|related[ \u00a0](?:stocks|lists|coverage|articles|quotes|tickers|news|content)|similar[ \u00a0](?:stocks|companies|funds|etfs)|most[ \u00a0](?:read|popular|viewed)|trending(?:[ \u00a0](?:now|tickers|stocks|news))?|recommended(?:[ \u00a0](?:stories|for[ \u00a0]you|reading))?|more[ \u00a0]from|you[ \u00a0]may[ \u00a0](?:also[ \u00a0])?like|also[ \u00a0]viewed|recently[ \u00a0]viewed|sponsored)(?![A-Za-z])/i;

/** A section whose first element is a heading such as "People also own" (a rail of other tickers). */
function isRail(el: Element): boolean {
  if (!RAIL_CONTAINERS.has(el.localName)) return false;
  const first = el.firstElementChild;
  if (!first || !RAIL_HEADINGS.has(first.localName)) return false;
  return RAIL_HEADING_RE.test((first.textContent ?? '').trim().slice(0, 60));
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

/** Issue 12 (deliberate change): an element whose onclick navigates (finviz's tiles) is a link too. */
function isLinkElement(el: Element): boolean {
  return el.localName === 'a' || (el.getAttribute('onclick') ?? '').includes('location');
}

function anchorOf(node: Node, block: Node): Element | null {
  let n: Node | null = node.parentNode;
  while (n && n !== block) {
    if (n.nodeType === ELEMENT_NODE && isLinkElement(n as Element)) return n as Element;
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

/** Nodes walked between two yields of a chunked scan. */
const NODES_PER_STEP = 128;

/** Drains a step generator synchronously. */
function drain(steps: Generator<void, void, void>): void {
  for (let r = steps.next(); !r.done; r = steps.next());
}

function walkRoot(scanRoot: Element, opts: ScanOptions, out: RawLocated[], modes: Map<Node, BareMode>): void {
  drain(walkRootSteps(scanRoot, opts, out, modes));
}

/** The walk of one scan root, yielding every NODES_PER_STEP nodes (see scanDomLocatedChunked). */
function* walkRootSteps(scanRoot: Element, opts: ScanOptions, out: RawLocated[], modes: Map<Node, BareMode>): Generator<void, void, void> {
  const { site, signal } = opts;
  const names = opts.names === true;
  const doc = scanRoot.ownerDocument;
  const skipSelector = skipSelectorOf(site);
  const links = new Map<Element, LocatedCandidate>();
  let block: Node | null = null;
  let text = '';
  let segments: Segment[] = [];

  const flush = () => {
    if (text.trim() !== '' && block) {
      let bare = structuralBareMode(block, scanRoot, modes);
      if (bare === 'all' && mostlyCaps(text)) bare = 'numeric';
      // Candidates come sorted by start and segments by offset: one forward pointer, linear.
      let si = 0;
      for (const pc of findPositionedCandidates(text, { bare, names })) {
        const { start, end, cued, ...candidate } = pc;
        while (si < segments.length - 1 && segments[si]!.end <= start) si++;
        const seg = segments[si]!;
        // The same mention as a quote link around it: keep both evidences, count once.
        for (let k = si; k < segments.length && segments[k]!.start < end; k++) {
          const s = segments[k]!;
          if (s.anchor && s.end > start) {
            const link = links.get(s.anchor);
            if (link && link.candidate.symbol === candidate.symbol) link.candidate.extraEvidence = true;
          }
        }
        out.push(candidate.evidence === 'bare' ? { candidate, node: seg.node, cued: cued === true } : { candidate, node: seg.node });
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
    if (visited % NODES_PER_STEP === 0) yield;
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
    } else if (isLinkElement(n as Element)) {
      const el = n as Element;
      const href = el.localName === 'a' ? el.getAttribute('href') : null;
      const onclick = el.localName === 'a' ? null : el.getAttribute('onclick');
      const candidate = href ? candidateFromHref(href, site) : onclick ? candidateFromOnclick(onclick, site) : null;
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
  const found = findTextCandidates(text, { bare: 'none' })[0];
  if (!found) return null;
  const c: Candidate = { symbol: found.symbol, evidence: 'main-symbol', context: text };
  if (found.exchange !== undefined) c.exchange = found.exchange;
  return c;
}

function mainSymbol(root: ParentNode, opts: ScanOptions, found: LocatedCandidate[]): LocatedCandidate | null {
  const site = opts.site;
  if (!site) return genericMainSymbol(root, opts);
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
  return titleMain(docOf(root));
}

/** Issue 12 (deliberate change): without an adapter, the quote page's URL (shared shapes) or title names its symbol. */
function genericMainSymbol(root: ParentNode, opts: ScanOptions): LocatedCandidate | null {
  const doc = docOf(root);
  const body = doc?.body ?? doc?.documentElement;
  if (!doc || !body) return null;
  const url = opts.url ?? doc.URL;
  const c = url && /^https?:/i.test(url) ? candidateFromHref(url) : null;
  if (c) return { candidate: { ...c, evidence: 'main-symbol', context: url!.slice(0, 120) }, node: body };
  return titleMain(doc);
}

function titleMain(doc: Document | null): LocatedCandidate | null {
  const body = doc?.body ?? doc?.documentElement;
  const title = doc?.title ?? '';
  const symbol = body ? titleSymbol(title) : null;
  return symbol && body ? { candidate: { symbol, evidence: 'main-symbol', context: title.slice(0, 120) }, node: body } : null;
}

// ---- Tables with a Symbol/Ticker column -------------------------------------------------

const TABLE_SEL = 'table, [role="table"], [role="grid"], [role="treegrid"]';
const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);
const SYMBOL_HEADER_RE = /^(?:symbols?|tickers?|instrument|ticker[ \u00a0]symbol|sym(?:bol)?[ \u00a0]*[/&|,-][ \u00a0]*(?:name|description)|symbol[ \u00a0]name)(?![A-Za-z])/i;
// The cell's first text: "ZION", "$ZION", "BRK.B", "BRK/B", "BRK B" (IBKR), "BA." (a London line), "SPAXX**".
const SYMBOL_CELL_RE = /^\$?([A-Z]{1,5}(?:[./-][A-Z]{1,2}|[ ][A-Z](?![A-Za-z0-9]))?)\.?(?![A-Za-z0-9])/;
// After the symbol, a venue label: "NASDAQ.NMS · Stock", "TSE · Stock · CAD".
const CELL_EXCHANGE_RE = /^[\s\u00a0\u00b7|,:()-]{0,6}([A-Za-z][A-Za-z.]{1,15})/;
// Row labels that sit in the symbol column of positions tables.
const SYMBOL_CELL_STOP = new Set(['TOTAL', 'TOTALS', 'CASH', 'NA', 'N.A']);
const MAX_HEADER_ROWS = 3;
const MAX_CELL_TEXT = 120;

function isHeaderCell(cell: Element): boolean {
  return cell.localName === 'th' || cell.getAttribute('role') === 'columnheader';
}

function rowsOf(table: Element): Element[] {
  const sel = table.localName === 'table' ? 'tr' : '[role="row"]';
  return [...table.querySelectorAll(sel)].filter((r) => r.closest(TABLE_SEL) === table);
}

function cellsOf(row: Element): Element[] {
  const direct = [...row.children].filter((c) => c.localName === 'td' || c.localName === 'th' || CELL_ROLES.has(c.getAttribute('role') ?? ''));
  if (direct.length > 0 || row.localName === 'tr') return direct;
  // ARIA grids sometimes wrap cells one level deeper.
  return [...row.querySelectorAll('[role="cell"], [role="gridcell"], [role="columnheader"], [role="rowheader"]')].filter((c) => c.closest('[role="row"]') === row);
}

/** The cell covering column `col` (colspan-aware), or null. */
function cellAt(cells: Element[], col: number): Element | null {
  let at = 0;
  for (const c of cells) {
    const span = Math.max(1, Number.parseInt(c.getAttribute('colspan') ?? '1', 10) || 1);
    if (col < at + span) return at === col ? c : null;
    at += span;
  }
  return null;
}

/** [symbol column, header row] of a table, or null when no header cell says Symbol/Ticker. */
function symbolColumn(rows: Element[]): [number, Element] | null {
  for (const row of rows.slice(0, MAX_HEADER_ROWS)) {
    const cells = cellsOf(row);
    if (cells.length === 0 || !cells.some(isHeaderCell)) continue;
    let at = 0;
    for (const c of cells) {
      const label = (c.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (isHeaderCell(c) && SYMBOL_HEADER_RE.test(label)) return [at, row];
      at += Math.max(1, Number.parseInt(c.getAttribute('colspan') ?? '1', 10) || 1);
    }
  }
  return null;
}

/** Node → symbols read from it, to find what was already read inside a cell without a scan per cell. */
function nodeIndex(found: readonly RawLocated[]): Map<Node, string[]> {
  const m = new Map<Node, string[]>();
  for (const f of found) {
    const list = m.get(f.node);
    if (list) list.push(f.candidate.symbol);
    else m.set(f.node, [f.candidate.symbol]);
  }
  return m;
}

/** Whether `symbol` was already read from a node inside `cell` (a quote link, a cashtag). */
function readInside(cell: Element, symbol: string, byNode: Map<Node, string[]>): boolean {
  if (byNode.get(cell)?.includes(symbol)) return true;
  const walker = cell.ownerDocument.createTreeWalker(cell, SHOW_ELEMENT | SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (byNode.get(n)?.includes(symbol)) return true;
  return false;
}

/** The first non-blank text in `el` (the symbol of a symbol cell comes first), trimmed. */
function firstText(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = (n.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (t !== '') return t.slice(0, MAX_CELL_TEXT);
  }
  return '';
}

/** True when `el` or an ancestor up to (not past) `stop` is skipped. */
function insideSkipped(el: Element, stop: Node | null, skipSelector: string): boolean {
  for (let n: Node | null = el; n && n.nodeType === ELEMENT_NODE; n = n.parentNode) {
    if (isSkipped(n as Element, skipSelector)) return true;
    if (n === stop) break;
  }
  return false;
}

/**
 * Symbol cells of the tables in or around `scope`: each row's cell in the Symbol/Ticker column,
 * read as a symbol when it starts with one. A cell whose symbol was already read as text or a
 * link (a quote link in the cell) adds evidence, not a mention.
 */
function symbolCells(scope: Element, stop: Node | null, skipSelector: string, found: readonly RawLocated[], out: RawLocated[]): void {
  drain(symbolCellsSteps(scope, stop, skipSelector, found, out));
}

const ROWS_PER_STEP = 32;

function* symbolCellsSteps(scope: Element, stop: Node | null, skipSelector: string, found: readonly RawLocated[], out: RawLocated[]): Generator<void, void, void> {
  const tables = new Set<Element>();
  let byNode: Map<Node, string[]> | undefined;
  const around = scope.closest(TABLE_SEL);
  if (around) tables.add(around);
  for (const t of scope.querySelectorAll(TABLE_SEL)) tables.add(t);
  for (const table of tables) {
    const rows = rowsOf(table);
    const header = symbolColumn(rows);
    if (!header) continue;
    const [col, headerRow] = header;
    byNode ??= nodeIndex(found);
    let seen = 0;
    for (const row of rows) {
      if (++seen % ROWS_PER_STEP === 0) yield;
      if (row === headerRow) continue;
      const cell = cellAt(cellsOf(row), col);
      if (!cell || (!scope.contains(cell) && !cell.contains(scope))) continue;
      if (insideSkipped(cell, stop, skipSelector)) continue;
      const first = firstText(cell);
      const m = SYMBOL_CELL_RE.exec(first);
      const symbol = m ? normalizeSymbol(m[1]!.replace(' ', '.')) : null;
      if (!symbol || SYMBOL_CELL_STOP.has(symbol)) continue;
      const candidate: Candidate = { symbol, evidence: 'symbol-cell', context: (row.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80) };
      const full = (cell.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_CELL_TEXT);
      const rest = full.startsWith(m![0]) ? full.slice(m![0].length) : '';
      const label = CELL_EXCHANGE_RE.exec(rest);
      const exchange = label ? exchangeLabel(label[1]!) : undefined;
      if (exchange !== undefined) candidate.exchange = exchange;
      if (readInside(cell, symbol, byNode)) candidate.extraEvidence = true;
      out.push({ candidate, node: cell });
    }
  }
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
    if (r.candidate.evidence === 'bare' && !r.cued && !known.has(r.candidate.symbol)) continue;
    out.push({ candidate: r.candidate, node: r.node });
  }
  return out;
}

function mainSymbolElement(root: ParentNode, site: SiteAdapter | undefined): Element | null {
  if (!site?.mainSymbol) return null;
  try {
    return root.querySelector(site.mainSymbol);
  } catch {
    return null;
  }
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

function* scanSteps(root: ParentNode, opts: ScanOptions, known: Set<string>, done: (r: LocatedCandidate[]) => void): Generator<void, void, void> {
  opts.signal?.throwIfAborted();
  const raw: RawLocated[] = [];
  const modes = new Map<Node, BareMode>();
  const skipSelector = skipSelectorOf(opts.site);
  for (const scanRoot of scanRoots(root, opts.site)) {
    const before = raw.length;
    yield* walkRootSteps(scanRoot, opts, raw, modes);
    yield;
    yield* symbolCellsSteps(scanRoot, scanRoot, skipSelector, raw.slice(before), raw);
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
  const skipSelector = skipSelectorOf(site);
  const roots = scanRoots(doc, site);
  const raw: RawLocated[] = [];
  const modes = new Map<Node, BareMode>();
  const scopes: Array<[Element, Element]> = []; // [element to walk, its scan root]
  const texts: Array<[Text, Element]> = [];
  for (const node of nodes) {
    if (!node.isConnected) continue;
    const el = node.nodeType === ELEMENT_NODE ? (node as Element) : node.nodeType === TEXT_NODE ? node.parentElement : null;
    if (!el) continue;
    const root = roots.find((r) => r === el || r.contains(el));
    if (root) {
      if (insideSkipped(el, root, skipSelector)) continue;
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
    let bare = structuralBareMode(block, root, modes);
    if (bare === 'all' && mostlyCaps(value)) bare = 'numeric';
    for (const { start: _s, end: _e, cued, ...candidate } of findPositionedCandidates(value, { bare, names: opts.names === true })) {
      raw.push(candidate.evidence === 'bare' ? { candidate, node: text, cued: cued === true } : { candidate, node: text });
    }
  }
  for (const [el, root] of scopes) {
    const before = raw.length;
    if (isSkipped(el, skipSelector)) continue;
    // The walker reads descendants; an added <a> itself is a link too.
    if (el.localName === 'a') {
      const href = el.getAttribute('href');
      const candidate = href ? candidateFromHref(href, site) : null;
      if (candidate) raw.push({ candidate, node: el });
    }
    walkRoot(el, opts, raw, modes);
    symbolCells(el, root, skipSelector, raw.slice(before), raw);
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
