/**
 * The text-run walk: one pass over a scan root's DOM that reads text a block at a time. A
 * ticker is often split across inline elements ("(NASDAQ: <a>ZION</a>)"), so the consecutive
 * text nodes of one block are parsed as one string, while each candidate still maps back to the
 * Text node it starts in (for highlighting and scrolling). Quote links are collected on the way,
 * and tables handed to symbol-cells, so the page is walked once. This is the content script's
 * hottest code: everything here is shaped by what it costs per node on a heavy page.
 */
import { collapseSpace, findPositionedCandidates, type BareMode, type FindOptions, type PositionedCandidate } from './candidates';
import { candidateFromOnclick } from './links';
import { linkCandidate, type ScanCaches } from './scan-caches';
import type { Candidate } from './types';
import {
  drain,
  ELEMENT_NODE,
  TEXT_NODE,
  type RawLocated,
  type ScanOptions,
  type Steps,
} from './dom-common';
import { bareModeStack } from './furniture';
import { TABLE_ROLES } from './symbol-cells';

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const ABORT_CHECK_EVERY = 256;

/** Nearest block-level ancestor-or-self, bounded by the scan root. */
export function blockOf(node: Node, scanRoot: Element): Node {
  let n: Node | null = node.nodeType === ELEMENT_NODE ? node : node.parentNode;
  while (n && n !== scanRoot) {
    if (n.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((n as Element).localName)) return n;
    n = n.parentNode;
  }
  return scanRoot;
}

/** Nodes walked between two yields of a chunked scan. */
const NODES_PER_STEP = 128;

/** The walk without yields: added subtrees (scanAddedLocated) are small and read at once. */
export function walkRoot(scanRoot: Element, opts: ScanOptions, out: RawLocated[], caches: ScanCaches): void {
  drain(walkRootSteps(scanRoot, opts, out, caches));
}

// A run of text can hold a candidate only if it has one of these: "$", "(", ":", two capitals
// in a row (bare words, DJIA, VIX, "(NYSE: …)"), or the start of an index name. Runs without
// them (most prose) are not parsed at all. Company names (opt-in) need only a capital.
// Written as one class-led alternation: the regex engine checks a character class per position
// rather than six alternatives.
const MAY_HOLD_TICKER = /[$(:]|[A-Z](?:[A-Z]|&|ussell|asdaq|ow|boe)/;
const NOT_BLANK = /\S/;
// Global so the first pair's place is known (lastIndex): the bare-word search starts there.
const TWO_CAPITALS = /[A-Z]{2}/g;

/**
 * The walk of one scan root, yielding every NODES_PER_STEP nodes (see scanDomLocatedChunked).
 *
 * Text is read in runs: the consecutive text nodes (document order, skipped subtrees left out)
 * whose nearest block-level ancestor is the same, so "(NASDAQ: <a>ZION</a>)" is one string and
 * a nested block starts a new run. The walker has no JS filter (a callback per node costs more
 * than the walk itself): elements are checked as they come (compileSkip), and the block and
 * link around each node come from a stack of the open elements.
 */
export function* walkRootSteps(scanRoot: Element, opts: ScanOptions, out: RawLocated[], caches: ScanCaches, tables?: Element[]): Steps {
  const { site, signal } = opts;
  const names = opts.names === true;
  const skipped = caches.skip;
  const mayHold = names ? NOT_BLANK : MAY_HOLD_TICKER;

  // The current run: its block, text, and per text node its offset and enclosing link.
  // Arrays are reused across runs (a count, not a new array per run).
  let block: Node = scanRoot;
  // The block's index on the stack of open elements below (-1: the scan root).
  let blockIndex = -1;
  let segCount = 0;
  let runLength = 0;
  // The run began where its block begins and nothing in it was skipped: if it also reaches the
  // block's end, its text is the block's textContent, one flat string made natively (joining
  // the nodes' strings and flattening them costs more than all the rest of the walk).
  let runWhole = true;
  const segNodes: Text[] = [];
  const segStarts: number[] = [];
  const segEnds: number[] = [];
  // The candidate of the quote link around each text node, if any (null: none, or a link to no quote).
  const segAnchors: Array<Candidate | null> = [];

  // Open elements (ancestors of the current node below scanRoot), with their block and link.
  let depth = 0;
  const openBlocks: Node[] = [];
  const openBlockIndexes: number[] = [];
  const openAnchors: Array<Candidate | null> = [];
  // The open elements themselves: the way back up the walk.
  const openEls: Element[] = [];
  // Where bare words may be read, by block (bareModeStack). A flush reads the stack at its block's
  // index and below: the walk leaves a block (and flushes its run) before it overwrites those.
  const bareModes = bareModeStack(scanRoot, openEls);

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

  // The finders' options, one object per walk whose fields each flush sets (findPositionedCandidates
  // keeps no reference): not a new object per run of text.
  const findOpts: FindOptions = { bare: 'none', names, capsDemote: false, snippet: caches.snippet, firstPair: -1 };

  const flush = (complete: boolean) => {
    // Every candidate is at least two characters ("$F"): a shorter run, most often the line break
    // between two blocks, is not read at all.
    if (runLength < 2) {
      segCount = 0;
      runLength = 0;
      return;
    }
    const text = runText(complete);
    // A capital pair (bare words) also means the text may hold a ticker: one pass, not two.
    TWO_CAPITALS.lastIndex = 0;
    const pair = TWO_CAPITALS.test(text);
    const firstPair = pair ? TWO_CAPITALS.lastIndex - 2 : -1;
    if (pair || mayHold.test(text)) {
      const bare: BareMode = pair ? bareModes.modeAt(blockIndex) : 'none';
      // Candidates come sorted by start and segments by offset: one forward pointer, linear.
      let si = 0;
      const last = segCount - 1;
      findOpts.bare = bare;
      findOpts.capsDemote = bare === 'all';
      findOpts.firstPair = firstPair;
      // The finders append to the scan's own list (no list per text); each positioned candidate
      // gets its node below and is from then on the located candidate (see PositionedCandidate).
      const from = out.length;
      const found = findPositionedCandidates(text, findOpts, out as unknown as PositionedCandidate[]);
      for (let i = from; i < found.length; i++) {
        const pc = found[i]!;
        const { start, end, candidate } = pc;
        while (si < last && segEnds[si]! <= start) si++;
        // The same mention as a quote link around it: keep both evidences, count once.
        for (let k = si; k <= last && segStarts[k]! < end; k++) {
          const link = segAnchors[k];
          if (link && segEnds[k]! > start && link.symbol === candidate.symbol) link.extraEvidence = true;
        }
        pc.node = segNodes[si]!;
      }
    }
    segCount = 0;
    runLength = 0;
  };

  // Depth-first by hand over the nodes' own firstChild / nextSibling (a TreeWalker's moves cost
  // several times a property read): the moves say where
  // we are, so the open-element stack needs no parentNode lookups, and a skipped subtree is
  // simply not entered.
  let visited = 0;
  let n: Node | null = shown(scanRoot.firstChild);
  while (n) {
    // Read before a yield: another scan may run shown() while this one waits.
    const type = shownType;
    if (++visited % ABORT_CHECK_EVERY === 0) signal?.throwIfAborted();
    if (visited % NODES_PER_STEP === 0) yield;
    const parentBlock = depth > 0 ? openBlocks[depth - 1]! : scanRoot;
    const parentBlockIndex = depth > 0 ? openBlockIndexes[depth - 1]! : -1;
    const parentAnchor = depth > 0 ? openAnchors[depth - 1]! : null;

    if (type === TEXT_NODE) {
      if (parentBlock !== block) {
        // Back in an outer block after a nested one: that run is complete, this one starts mid-block.
        flush(true);
        block = parentBlock;
        blockIndex = parentBlockIndex;
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
          blockIndex = isBlock ? depth : parentBlockIndex;
          runWhole = isBlock;
        }
        // A link, or an element whose click handler navigates to a quote page (finviz's tiles).
        const onclick = hasAttributes && tag !== 'a' ? el.getAttribute('onclick') : null;
        const isLink = tag === 'a' || (onclick !== null && onclick.includes('location'));
        let linked: Candidate | null = null;
        if (isLink) {
          const href = tag === 'a' ? el.getAttribute('href') : null;
          const candidate = href ? linkCandidate(href, site, caches.hrefs) : onclick ? candidateFromOnclick(onclick, site) : null;
          if (candidate) {
            const ctx = collapseSpace(el.textContent ?? '').slice(0, 80);
            if (ctx) candidate.context = ctx;
            out.push({ candidate, node: el });
            linked = candidate;
          }
        }
        if (tables && (tag === 'table' || (hasAttributes && TABLE_ROLES.has(el.getAttribute('role') ?? '')))) tables.push(el);
        const child = shown(el.firstChild);
        if (child) {
          openBlocks[depth] = b;
          openBlockIndexes[depth] = isBlock ? depth : parentBlockIndex;
          openEls[depth] = el;
          bareModes.opened(depth);
          // The link around a text node is looked for below its block only.
          // (A link inside a link is the one around its text, even when it names no quote.)
          openAnchors[depth] = isLink ? linked : isBlock ? null : parentAnchor;
          depth++;
          n = child;
          continue;
        }
      }
    }
    // Next in document order: the next sibling, else that of the nearest open ancestor.
    // (The open elements' own slots give the way back up: no parentNode reads.)
    n = shown(n.nextSibling);
    while (!n && depth > 0) n = shown(openEls[--depth]!.nextSibling);
  }
  flush(true);
}

/** The node type of what shown() last returned (read right after the call: one nodeType read per node). */
let shownType = 0;

/**
 * `node` or its first following sibling that is an element or text: what a TreeWalker showing
 * elements and text visits (the nodes it does not show, comments and processing instructions,
 * have no children).
 */
function shown(node: Node | null): Node | null {
  while (node !== null) {
    const type = node.nodeType;
    if (type === ELEMENT_NODE || type === TEXT_NODE) {
      shownType = type;
      return node;
    }
    node = node.nextSibling;
  }
  return null;
}
