import type { SiteAdapter } from './site';
import { CHROME_SKIP, URL_SYMBOL_ANY_CASE, SEG_END } from './common';

export const nasdaq: SiteAdapter = {
  id: 'nasdaq',
  name: 'Nasdaq',
  kind: 'news',
  matches: ['https://www.nasdaq.com/*'],
  articleRoot: ['.body__content', '.article-body', 'article', 'main'],
  skip: [...CHROME_SKIP, 'aside', '.related-articles', '.jupiter22-c-related-articles'],
  mainSymbol: '.symbol-page-header__symbol',
  // /market-activity/stocks/zion, /market-activity/etf/iwm, /market-activity/stocks/brk.b
  quoteLinks: [new RegExp(`^/market-activity/(?:stocks|etf|funds-and-etfs|mutual-funds)/(${URL_SYMBOL_ANY_CASE})${SEG_END}`)],
};
