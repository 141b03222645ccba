/**
 * A supported site. One module per site under lib/sites/; the registry turns the list
 * into the content script's match patterns, so adding a site is adding one file.
 *
 * Adapters are plain data (strings and regex literals): the registry is imported by the
 * content script's `matches` at build time, so nothing here may touch the DOM on import.
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
  /**
   * Patterns of quote links on this site; group 1 is the symbol. They are tested against
   * `pathname + search + hash` of the link (some brokers keep the symbol in the query or
   * the hash), so anchor them with `^/` where the path shape allows. No `g` flag (stateful).
   */
  quoteLinks?: RegExp[];
  /**
   * How group 1 of a quote link is read. 'plain' (default): a symbol (BRK-B, brk.b, BRK/B).
   * 'ric': a Refinitiv instrument code (ZION.O, WAL.N, BRKb.N, SHOP.TO); the suffix names
   * the exchange, so foreign listings are recognised rather than mapped to a US symbol.
   */
  quoteLinkStyle?: 'plain' | 'ric';
}
