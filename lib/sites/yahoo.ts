import type { SiteAdapter } from './site';
import { CHROME_SKIP } from './common';

export const yahoo: SiteAdapter = {
  id: 'yahoo',
  name: 'Yahoo Finance',
  kind: 'news',
  matches: ['https://finance.yahoo.com/*'],
  articleRoot: ['[data-testid="article-content-wrapper"]', '.caas-body', '[data-testid="quote-main"]', 'article', 'main'],
  skip: [...CHROME_SKIP, '#ybar', '[data-testid="right-rail"]', '[data-testid="recommended-stories"]', '#module-recommended-stories'],
  // Quote pages: <section data-testid="quote-title"><h1>Zions Bancorporation, N.A. (ZION)</h1>
  mainSymbol: '[data-testid="quote-title"] h1',
  // /quote/ZION/, /quote/BRK-B/news. A dot suffix (SHOP.TO, BP.L) is a non-US listing on
  // Yahoo, so only the hyphen share class is accepted here.
  quoteLinks: [/^\/quote\/([A-Z]{1,5}(?:-[A-Z])?)(?:[/?#]|$)/],
};
