import type { SiteAdapter } from './site';
import { CHROME_SKIP, URL_SYMBOL_ANY_CASE, SEG_END } from './common';

export const marketwatch: SiteAdapter = {
  id: 'marketwatch',
  name: 'MarketWatch',
  kind: 'news',
  matches: ['https://www.marketwatch.com/*'],
  articleRoot: ['#js-article__body', '.article__body', '.region--primary', 'article', 'main'],
  skip: [...CHROME_SKIP, '.element--related', '.article__aside', '.region--secondary', '.column--aside', '.trending'],
  mainSymbol: '.company__ticker',
  // /investing/stock/zion, /investing/fund/iwm, /investing/stock/brk.b; the market summary's
  // most-active table writes /investing/Stock/EEM. Non-US listings carry ?countrycode=uk; those
  // are left to the validator (not in the US universe).
  quoteLinks: [new RegExp(`^/investing/(?:stock|fund|etf)/(${URL_SYMBOL_ANY_CASE})${SEG_END}`, 'i')],
};
