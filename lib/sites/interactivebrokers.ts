import type { SiteAdapter } from './site';
import { CHROME_SKIP } from './common';

export const interactivebrokers: SiteAdapter = {
  id: 'interactivebrokers',
  name: 'Interactive Brokers',
  kind: 'broker',
  // www.interactivebrokers.com (Traders' Insight articles) and the Client Portal host ndcdyn.
  matches: ['https://*.interactivebrokers.com/*'],
  articleRoot: ['.post-content', 'article', 'main'],
  skip: [...CHROME_SKIP, 'aside', '.related-posts'],
  mainSymbol: '.quote-symbol',
  quoteLinks: [],
};
