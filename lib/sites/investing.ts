import type { SiteAdapter } from './site';
import { CHROME_SKIP } from './common';

export const investing: SiteAdapter = {
  id: 'investing',
  name: 'Investing.com',
  kind: 'news',
  matches: ['https://www.investing.com/*'],
  articleRoot: ['#article', '.articlePage', '[data-test="article-content"]', 'article', 'main'],
  skip: [...CHROME_SKIP, 'aside', '.js-related-articles', '[data-test="related-articles"]', '#comments'],
  // Instrument pages: <h1 data-test="instrument-header-title">Zions Bancorporation NA (ZION)</h1>.
  mainSymbol: '[data-test="instrument-header-title"]',
  // Instrument URLs are name slugs (/equities/zions-bancorp), not symbols: no quote links.
  quoteLinks: [],
};
