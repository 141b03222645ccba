/**
 * A supported site. One module per site under lib/sites/; the registry turns the list
 * into the content script's match patterns, so adding a site is adding one file.
 */
export interface SiteAdapter {
  /** Stable id, e.g. "reuters". Used as the per-site settings key. */
  id: string;
  /** Human name shown in options, e.g. "Reuters". */
  name: string;
  kind: 'news' | 'broker';
  /** Match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns). */
  matches: string[];
  /** CSS selectors for the main content root(s), tried in order; falls back to document.body. */
  articleRoot?: string[];
  /** CSS selectors of page parts never scanned (nav, ads, comments, related rails, footers). */
  skip?: string[];
  /** Selector whose text is the page's main symbol on quote pages. */
  mainSymbol?: string;
  /** Path patterns of quote links on this site; group 1 is the symbol. */
  quoteLinks?: RegExp[];
}
