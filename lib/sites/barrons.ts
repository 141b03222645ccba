import type { SiteAdapter } from './site';
import { CHROME_SKIP, URL_SYMBOL_ANY_CASE, SEG_END } from './common';

export const barrons: SiteAdapter = {
  id: 'barrons',
  name: "Barron's",
  kind: 'news',
  matches: ['https://www.barrons.com/*'],
  articleRoot: ['.article-body', '[data-testid="article-body"]', 'article', 'main'],
  skip: [...CHROME_SKIP, 'aside', '.barrons-related', '[data-testid="related"]'],
  mainSymbol: '[data-testid="quote-header"] .symbol',
  quoteLinks: [
    // /market-data/stocks/zion, /market-data/funds/iwm
    new RegExp(`^/market-data/(?:stocks|funds|etfs)/(${URL_SYMBOL_ANY_CASE})${SEG_END}`),
    // In articles: /quote/HD, /quote/hd (not the older /quote/stock/… and /quote/fund/… below, nor
    // index quotes: the 2018 home page's markets box links /quote/index/US/DJIA, which is no security).
    // Any case: the same page's Picks and Pans table links /quote/STOCK/US/XNYS/CCE.
    new RegExp(`^/quote/(?!(?:stock|fund|index)/)(${URL_SYMBOL_ANY_CASE})${SEG_END}`, 'i'),
    // Older shape: /quote/stock/us/xnas/zion, /quote/STOCK/US/XNYS/CCE (US market segments only).
    new RegExp(`^/quote/(?:stock|fund)/us/x[a-z]{3}/(${URL_SYMBOL_ANY_CASE})${SEG_END}`, 'i'),
  ],
};
