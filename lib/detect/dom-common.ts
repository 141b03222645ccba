/**
 * What the DOM side of detection shares between its parts (the walk in text-run-walk.ts, symbol
 * cells, the main symbol): options, located candidates, node constants, the step protocol of
 * chunked scans and the compiled skip check's shape.
 */
import type { SiteAdapter } from '../sites/site';
import type { Candidate } from './types';

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
  /**
   * Context snippets per symbol (default: one per mention). The content script keeps
   * PAGE_SNIPPETS: the background reads a snippet only where validation needs it (parentheticals,
   * names and coin-like cashtags always keep theirs), so the rest is work per mention for nothing.
   */
  snippets?: number;
}

/** Context snippets per symbol in the page's scans (ScanOptions.snippets). */
export const PAGE_SNIPPETS = 3;

/** A candidate with the node it was read from (a Text node, or an element for links/main symbol). */
export interface LocatedCandidate {
  candidate: Candidate;
  node: Node;
}

/** Before the page-level bare filter: bare words carry whether their prose cued them. */
export interface RawLocated extends LocatedCandidate {
  cued?: boolean;
}

// NodeFilter constants as numbers: the global NodeFilter differs between page, Node and tests.
export const SHOW_ELEMENT = 0x1;
export const SHOW_TEXT = 0x4;
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_NODE = 9;

/** The Document a root belongs to. */
export function docOf(root: ParentNode): Document {
  return (root as Node).nodeType === DOCUMENT_NODE ? (root as Document) : ((root as Node).ownerDocument as Document);
}

export type Steps = Generator<void, void, void>;

/** Drains a step generator synchronously. */
export function drain(steps: Steps): void {
  for (let r = steps.next(); !r.done; r = steps.next());
}

/**
 * Whether an element's subtree is never scanned: built-in tags (SKIP_TAGS), `hidden`,
 * contenteditable (unless "false"), rails of other tickers, and the adapter's skip selectors.
 * Compiled once per scan so the walk pays a native selector match only where one can hit: the
 * adapter's list is split into plain tag names (a Set lookup), selectors whose subject needs
 * an attribute, class or id (matched only on elements that have attributes), and anything
 * else (matched on every element). A list this engine cannot parse is ignored as a whole.
 */
export interface SkipCheck {
  (el: Element, tag: string, hasAttributes: boolean): boolean;
}

export const isSkippedBy = (skipped: SkipCheck, el: Element) => skipped(el, el.localName, el.hasAttributes());
