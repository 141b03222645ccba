/**
 * Detected mentions → DOM Ranges over their text, for inline highlighting. Reads the nodes the
 * scan located (lib/detect/dom-scan LocatedCandidate) and never changes the page. Only mentions
 * the background accepted are marked: a candidate counts when its symbol was detected with that
 * kind of evidence ("ALL" in prose stays unmarked when only "$ALL" made the ticker).
 *
 * Company names ('name') and index names ('index') are not marked: their text is not the
 * symbol, and the background does not say which phrase resolved to which company.
 */
import type { LocatedCandidate } from '../detect/dom-scan';
import { isForeignExchange } from '../detect/exchanges';

export interface MentionRange {
  symbol: string;
  range: Range;
}

/** Symbol → the evidence kinds the background counted for it (DetectedTicker.evidence). */
export type AcceptedEvidence = ReadonlyMap<string, ReadonlySet<string>>;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SHOW_TEXT = 0x4;
const UNMARKED = new Set(['name', 'index', 'main-symbol']);
// A link whose text is longer than this is a teaser block, not a ticker link: mark the symbol in it instead.
const MAX_LINK_TEXT = 60;
// Text nodes after the located one to look through ("(NASDAQ: " + <a>ZION</a> + ")").
const LOOKAHEAD_NODES = 3;
const BLOCKS = 'p, li, td, th, dd, dt, blockquote, figcaption, caption, h1, h2, h3, h4, h5, h6, div, section, article';
/** Enough for any article; a page with more mentions gets the first ones marked. */
export const MAX_RANGES = 2000;

/** "BRK.B" as written in text: BRK.B, BRK/B, BRK-B; a cashtag may be in any case. */
function symbolPattern(symbol: string): RegExp {
  const body = symbol
    .split('.')
    .map((p) => p.replace(/[^A-Z0-9]/g, ''))
    .join('[./-]');
  return new RegExp(`(?<![A-Za-z0-9$])(\\$?)(${body})(?![A-Za-z0-9])`, 'gi');
}

interface Want {
  symbol: string;
  /** Only the cashtag form was accepted in this node. */
  cashtagOnly: boolean;
}

/** Ranges over every accepted mention in `located`, document order not guaranteed; at most MAX_RANGES. */
export function mentionRanges(located: readonly LocatedCandidate[], accepted: AcceptedEvidence): MentionRange[] {
  const out: MentionRange[] = [];
  const taken = new Map<Node, Set<number>>();
  const byText = new Map<Text, Map<string, Want>>();

  const addText = (node: Text, start: number, end: number, symbol: string) => {
    const seen = taken.get(node) ?? new Set<number>();
    taken.set(node, seen);
    if (seen.has(start) || out.length >= MAX_RANGES) return;
    seen.add(start);
    const range = node.ownerDocument.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    out.push({ symbol, range });
  };

  /** Marks matches of `want` in `node`; true when at least one was found. */
  const markIn = (node: Text, want: Want, all: boolean): boolean => {
    const re = symbolPattern(want.symbol);
    let found = false;
    for (let m = re.exec(node.data); m; m = re.exec(node.data)) {
      const cashtag = m[1] === '$';
      // Without "$" a symbol is written in capitals; a cashtag only when that is all that was accepted.
      if ((!cashtag && m[2] !== m[2]!.toUpperCase()) || (want.cashtagOnly && !cashtag)) continue;
      addText(node, m.index, m.index + m[0].length, want.symbol);
      found = true;
      if (!all) break;
    }
    return found;
  };

  for (const { candidate: c, node } of located) {
    if (UNMARKED.has(c.evidence) || isForeignExchange(c.exchange)) continue;
    if (!accepted.get(c.symbol)?.has(c.evidence)) continue;
    if (node.nodeType === TEXT_NODE) {
      const wants = byText.get(node as Text) ?? new Map<string, Want>();
      byText.set(node as Text, wants);
      const prev = wants.get(c.symbol);
      wants.set(c.symbol, { symbol: c.symbol, cashtagOnly: (prev?.cashtagOnly ?? true) && c.evidence === 'cashtag' });
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (el.localName === 'a' && (el.textContent ?? '').trim().length > 0 && (el.textContent ?? '').length <= MAX_LINK_TEXT) {
        if (taken.has(el) || out.length >= MAX_RANGES) continue;
        taken.set(el, new Set());
        const range = el.ownerDocument.createRange();
        range.selectNodeContents(el);
        out.push({ symbol: c.symbol, range });
      } else {
        firstMatchUnder(el, { symbol: c.symbol, cashtagOnly: false }, markIn);
      }
    }
  }

  for (const [node, wants] of byText) {
    for (const want of wants.values()) {
      if (markIn(node, want, true)) continue;
      // The mention started in this node and continues in the next ones (split by a link or <b>).
      const block = node.parentElement?.closest(BLOCKS);
      if (!block) continue;
      const walker = node.ownerDocument.createTreeWalker(block, SHOW_TEXT);
      walker.currentNode = node;
      let n: Node | null = node;
      for (let i = 0; i < LOOKAHEAD_NODES && (n = walker.nextNode()); i++) if (markIn(n as Text, want, false)) break;
    }
  }
  return out;
}

function firstMatchUnder(el: Element, want: Want, markIn: (node: Text, want: Want, all: boolean) => boolean): void {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (markIn(n as Text, want, false)) return;
}

/** The accepted evidence per symbol, from the background's answer. */
export function acceptedEvidence(tickers: ReadonlyArray<{ symbol: string; evidence: readonly string[] }>): Map<string, Set<string>> {
  return new Map(tickers.map((t) => [t.symbol, new Set(t.evidence)]));
}
