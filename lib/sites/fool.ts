import type { SiteAdapter } from './site';
import { CHROME_SKIP, URL_SYMBOL_ANY_CASE, SEG_END } from './common';

export const fool: SiteAdapter = {
  id: 'fool',
  name: 'The Motley Fool',
  kind: 'news',
  matches: ['https://www.fool.com/*'],
  articleRoot: ['.article-body', '.tailwind-article-body', 'article', 'main'],
  skip: [...CHROME_SKIP, 'aside', '.related-articles', '.article-pitch-container', '.company-card'],
  mainSymbol: '[data-testid="quote-ticker"]',
  // /quote/nasdaq/zion/, /quote/nyse/brk-b/. US exchanges only (/quote/tsx/shop/ is foreign).
  // With the company's slug before the symbol (/quote/nasdaq/apple/aapl/: tried first, or "apple"
  // would read as a symbol), or without (/quote/nasdaq/amzn/).
  quoteLinks: [
    new RegExp(`^/quote/(?:nasdaq|nyse|nysemkt|nysearca|amex|otc|bats|cboe)/[a-z0-9-]{1,60}/(${URL_SYMBOL_ANY_CASE})${SEG_END}`),
    new RegExp(`^/quote/(?:nasdaq|nyse|nysemkt|nysearca|amex|otc|bats|cboe)/(${URL_SYMBOL_ANY_CASE})${SEG_END}`),
  ],
};
