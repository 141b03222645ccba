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
  // Also the older quote pages still linked from elsewhere: /q?s=OTRK (highshortinterest.com's
  // table, 2021), /q/pr?s=ZION (profile), /q/ks?s=ZION (key statistics).
  quoteLinks: [/^\/quote\/([A-Z]{1,5}(?:-[A-Z])?)(?:[/?#]|$)/, /^\/q(?:\/[a-z]{1,4})?\?(?:[^#]*&)?s=([A-Za-z]{1,5}(?:-[A-Za-z])?)(?:[&#]|$)/],
};
