/**
 * Selectors shared by many adapters: page chrome that never carries the article's tickers.
 * Kept generic (landmark elements and roles) so a site redesign degrades to "scan a bit
 * more" rather than "scan nothing".
 */
export const CHROME_SKIP = [
  'header',
  'nav',
  'footer',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[aria-label="advertisement" i]',
  '.ad',
  '.ads',
];

/** A symbol in a URL path: upper case, optional one-letter share class (BRK-B, BRK.B). */
export const URL_SYMBOL_UPPER = '[A-Z]{1,5}(?:[.-][A-Z])?';
/** Same, for sites that lower-case the symbol in their URLs (MarketWatch, Nasdaq, Fool). */
export const URL_SYMBOL_ANY_CASE = '[A-Za-z]{1,5}(?:[.-][A-Za-z])?';
/** End of a path segment. */
export const SEG_END = '(?:[/?#]|$)';
