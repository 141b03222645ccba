/**
 * Page furniture where bare upper-case words are not read: headings, cells, bylines, navigation,
 * footers, legal text — by tag, ARIA role, or words in class/id/test ids — looked up from a
 * text block to the scan root.
 */
import type { BareMode } from './candidates';
import { ELEMENT_NODE } from './dom-common';

/** Per-scan memo of the lookups (blocks → mode, elements → marker). */
export interface FurnitureCaches {
  modes: Map<Node, BareMode>;
  markers: Map<Node, boolean>;
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

function attrHint(el: Element): boolean {
  const attrs = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('data-testid') ?? ''} ${el.getAttribute('data-test-id') ?? ''} ${el.getAttribute('data-module') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
  if (attrs.trim() === '') return false;
  for (const w of attrs.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/)) if (NO_BARE_HINTS.has(w)) return true;
  return false;
}

/** Whether `el` (whose localName is `tag`) carries a marker of furniture where bare words are not read (own tag, role or attributes). */
function isNoBareMarker(el: Element, tag: string): boolean {
  // Most prose elements have no attributes at all: then only the tag can say "furniture".
  if (NO_BARE_TAGS.has(tag)) return true;
  if (!el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  return (role !== null && NO_BARE_ROLES.has(role)) || attrHint(el);
}

/** isNoBareMarker, memoised per scan. */
function noBareMarker(el: Element, cache: Map<Node, boolean>): boolean {
  let hit = cache.get(el);
  if (hit === undefined) {
    hit = isNoBareMarker(el, el.localName);
    cache.set(el, hit);
  }
  return hit;
}

/**
 * Where bare words may be read in `block` (structure only; the all-caps test needs the text).
 * Looks at the block and its ancestors up to the scan root: page layout above the article
 * root ("layout-with-header") says nothing about the article's prose.
 */
export function structuralBareMode(block: Node, stop: Node, caches: FurnitureCaches): BareMode {
  const hit = caches.modes.get(block);
  if (hit !== undefined) return hit;
  let mode: BareMode = 'all';
  let n: Node | null = block.nodeType === ELEMENT_NODE ? block : block.parentNode;
  for (let depth = 0; n && n.nodeType === ELEMENT_NODE && depth < MAX_HINT_DEPTH; depth++, n = n.parentNode) {
    const el = n as Element;
    if (el.localName === 'body' || el.localName === 'html') break;
    if (noBareMarker(el, caches.markers)) {
      mode = 'none';
      break;
    }
    if (n === stop) break;
  }
  caches.modes.set(block, mode);
  return mode;
}

// Marks of BareModeStack: a stack index (the nearest marker), the scan root, none, not yet known.
const ROOT_MARK = -1;
const NO_MARK = -2;
const UNKNOWN_MARK = -3;

/**
 * structuralBareMode for the blocks of a walk that keeps its open elements on a stack (the
 * text-run walk): the same answer, without a map lookup per block and element. Each open
 * element's nearest marker (its own or an ancestor's, up to the scan root) is found once, when
 * a block at or below it first needs it; siblings share their parent's. The walk calls
 * `opened(i)` when it puts an element at stack index i, and asks `modeAt(k)` for the block at
 * stack index k (-1: the scan root) while that block and its ancestors are still on the stack.
 */
export class BareModeStack {
  private readonly marks: number[] = [];
  private rootMark = UNKNOWN_MARK;

  constructor(
    private readonly scanRoot: Element,
    private readonly els: readonly Element[],
  ) {}

  opened(index: number): void {
    this.marks[index] = UNKNOWN_MARK;
  }

  modeAt(k: number): BareMode {
    const m = this.markAt(k);
    // structuralBareMode looks at the block and MAX_HINT_DEPTH - 1 ancestors.
    return m !== NO_MARK && k - m < MAX_HINT_DEPTH ? 'none' : 'all';
  }

  /** The stack index of the nearest marker at or above index k (ROOT_MARK: the scan root), or NO_MARK. */
  private markAt(k: number): number {
    const marks = this.marks;
    let j = k;
    let m: number;
    for (;;) {
      if (j < 0) {
        if (this.rootMark === UNKNOWN_MARK) {
          const tag = this.scanRoot.localName;
          // As structuralBareMode: <body> and <html> end the search unread.
          this.rootMark = tag !== 'body' && tag !== 'html' && isNoBareMarker(this.scanRoot, tag) ? ROOT_MARK : NO_MARK;
        }
        m = this.rootMark;
        break;
      }
      const known = marks[j]!;
      if (known !== UNKNOWN_MARK) {
        m = known;
        break;
      }
      const el = this.els[j]!;
      const tag = el.localName;
      if (tag === 'body' || tag === 'html') {
        m = NO_MARK;
        marks[j] = m;
        break;
      }
      if (isNoBareMarker(el, tag)) {
        m = j;
        marks[j] = m;
        break;
      }
      j--;
    }
    // The elements between k and where the search stopped carry no marker: theirs is the same.
    for (let i = j + 1; i <= k; i++) marks[i] = m;
    return m;
  }
}
