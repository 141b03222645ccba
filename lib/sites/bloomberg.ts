import type { SiteAdapter } from './site';
import { CHROME_SKIP } from './common';

export const bloomberg: SiteAdapter = {
  id: 'bloomberg',
  name: 'Bloomberg',
  kind: 'news',
  matches: ['https://www.bloomberg.com/*'],
  articleRoot: ['.body-content', '[data-component="body-content"]', 'article', 'main'],
  skip: [...CHROME_SKIP, 'aside', '[data-component="related-stories"]', '.most-read', '[data-component="paywall"]'],
  mainSymbol: '[data-component="ticker"]',
  // /quote/ZION:US, /quote/BRK/B:US. Only the :US composite; BP/:LN and SHOP:CN are foreign.
  quoteLinks: [/^\/quote\/([A-Z]{1,5}(?:\/[A-Z])?):US(?:[/?#]|$)/],
};
