import type { SiteAdapter } from './site';
import { CHROME_SKIP } from './common';

export const reuters: SiteAdapter = {
  id: 'reuters',
  name: 'Reuters',
  kind: 'news',
  matches: ['https://www.reuters.com/*'],
  articleRoot: ['[data-testid="ArticleBody"]', 'article', 'main'],
  skip: [
    ...CHROME_SKIP,
    'aside',
    '[data-testid="Sidebar"]',
    '[data-testid="MostRead"]',
    '[data-testid="RelatedCoverage"]',
    '[data-testid="Tags"]',
    '[data-testid="promo-box"]',
  ],
  // Company pages (/markets/companies/ZION.O/) title the instrument with its RIC.
  mainSymbol: '[data-testid="CompanyHeader"] [data-testid="Ric"]',
  // /markets/companies/ZION.O, /markets/companies/BRKb.N, also bare /markets/companies/KRE.
  quoteLinks: [/^\/markets\/companies\/([A-Z]{1,5}[a-z]?(?:\.[A-Z]{1,2})?)(?:[/?#]|$)/],
  quoteLinkStyle: 'ric',
};
