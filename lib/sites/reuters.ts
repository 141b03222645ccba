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
  quoteLinks: [
    // /markets/companies/ZION.O, /markets/companies/BRKb.N, also bare /markets/companies/KRE.
    /^\/markets\/companies\/([A-Z]{1,5}[a-z]?(?:\.[A-Z]{1,2})?)(?:[/?#]|$)/,
    // Older shapes: /companies/AAPL.OQ (2020–2022: finviz's saved quote pages link it, Reuters
    // descriptions served by a news API carry it) and /finance/stocks/overview?symbol=AAPL.O (a 2015
    // article body copied into a public repository).
    /^\/companies\/([A-Z]{1,5}[a-z]?(?:\.[A-Z]{1,2})?)(?:[/?#]|$)/,
    /^\/finance\/stocks\/overview\?(?:[^#]*&)?symbol=([A-Z]{1,5}[a-z]?(?:\.[A-Z]{1,2})?)(?:[&#]|$)/,
  ],
  quoteLinkStyle: 'ric',
};
