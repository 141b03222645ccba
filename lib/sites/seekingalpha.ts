import type { SiteAdapter } from './site';
import { CHROME_SKIP, URL_SYMBOL_UPPER, SEG_END } from './common';

export const seekingalpha: SiteAdapter = {
  id: 'seekingalpha',
  name: 'Seeking Alpha',
  kind: 'news',
  matches: ['https://seekingalpha.com/*'],
  articleRoot: ['[data-test-id="article-content"]', '[data-test-id="content-container"]', 'article', 'main'],
  skip: [...CHROME_SKIP, '[data-test-id="comments-section"]', '[data-test-id="trending-news"]', '[data-test-id="related-articles"]', 'aside'],
  mainSymbol: '[data-test-id="symbol-title"]',
  // /symbol/ZION, /symbol/BRK.B/dividends
  quoteLinks: [new RegExp(`^/symbol/(${URL_SYMBOL_UPPER})${SEG_END}`)],
};
