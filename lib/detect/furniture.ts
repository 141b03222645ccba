/**
 * Page furniture where bare upper-case words are not read: headings, cells, bylines, navigation,
 * footers, legal text — by tag, ARIA role, or words in class/id/test ids — looked up from a
 * text block to the scan root.
 */
import type { BareMode } from './candidates';
import { ELEMENT_NODE } from './dom-common';

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

/**
 * Where bare words may be read in `block` (structure only; the all-caps test needs the text).
 * Looks at the block and its ancestors up to the scan root: page layout above the article
 * root ("layout-with-header") says nothing about the article's prose.
 */
export function structuralBareMode(block: Node, stop: Node): BareMode {
  // The block and its ancestors up to the scan root, at most MAX_HINT_DEPTH of them, top first:
  // read as the walk reads its stack of open elements (bareModeStack), the top one as the root.
  const chain: Element[] = [];
  for (let n = block.nodeType === ELEMENT_NODE ? block : block.parentNode; n && n.nodeType === ELEMENT_NODE && chain.length < MAX_HINT_DEPTH; n = n.parentNode) {
    chain.unshift(n as Element);
    if (n === stop) break;
  }
  const root = chain.shift();
  return root ? bareModeStack(root, chain).modeAt(chain.length - 1) : 'all';
}

// No marker at or above an element (up to the scan root, or a <body> or <html> on the way).
const NO_MARK = -2;

/**
 * structuralBareMode for the blocks of a walk that keeps its open elements on a stack (the
 * text-run walk): the same answer, without a map lookup per block and element. Each open
 * element's nearest marker (its own or an ancestor's, up to the scan root) is found once, when
 * a block at or below it first needs it; siblings share their parent's. The walk calls
 * `opened(i)` when it puts an element at stack index i, and asks `modeAt(k)` for the block at
 * stack index k (-1: the scan root) while that block and its ancestors are still on the stack.
 */
export function bareModeStack(scanRoot: Element, els: readonly Element[]) {
  // marks[i + 1]: the stack index of the nearest marker at or above the element at index i (-1:
  // the scan root), or NO_MARK; undefined until a block needs it.
  const marks: Array<number | undefined> = [];
  return {
    opened(i: number): void {
      marks[i + 1] = undefined;
    },
    modeAt(k: number): BareMode {
      let j = k;
      let m = marks[k + 1];
      while (m === undefined) {
        const el = j < 0 ? scanRoot : els[j]!;
        const tag = el.localName;
        // As structuralBareMode: <body> and <html> end the search unread, and so does the scan root.
        if (tag === 'body' || tag === 'html') m = NO_MARK;
        else if (isNoBareMarker(el, tag)) m = j;
        else if (j < 0) m = NO_MARK;
        else m = marks[--j + 1];
      }
      // The elements from k up to where the search stopped share the answer.
      for (let i = j; i <= k; i++) marks[i + 1] = m;
      // structuralBareMode reads the block and MAX_HINT_DEPTH - 1 ancestors.
      return m !== NO_MARK && k - m < MAX_HINT_DEPTH ? 'none' : 'all';
    },
  };
}
