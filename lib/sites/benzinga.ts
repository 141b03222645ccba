import type { SiteAdapter } from './site';
import { CHROME_SKIP, URL_SYMBOL_UPPER, SEG_END } from './common';

export const benzinga: SiteAdapter = {
  id: 'benzinga',
  name: 'Benzinga',
  kind: 'news',
  matches: ['https://www.benzinga.com/*'],
  articleRoot: ['#article-body', '.article-content-body', 'article', 'main'],
  skip: [...CHROME_SKIP, 'aside', '.related-articles', '.sidebar', '.benzinga-ad'],
  mainSymbol: '[data-testid="quote-symbol"]',
  // /quote/ZION, /quote/BRK.B; and the older /stock/SGMO#NASDAQ that Benzinga's own article bodies
  // link each ticker with (site-excerpts/benzinga-article-ticker-links.html, 2023).
  quoteLinks: [new RegExp(`^/quote/(${URL_SYMBOL_UPPER})${SEG_END}`), new RegExp(`^/stock/(${URL_SYMBOL_UPPER})${SEG_END}`)],
};
