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
  // /quote/ZION, /quote/BRK.B
  quoteLinks: [new RegExp(`^/quote/(${URL_SYMBOL_UPPER})${SEG_END}`)],
};
