import type { SiteAdapter } from './site';
import { CHROME_SKIP } from './common';

export const vanguard: SiteAdapter = {
  id: 'vanguard',
  name: 'Vanguard',
  kind: 'broker',
  // Only the investor site: personal.vanguard.com/institutional.vanguard.com are other products.
  matches: ['https://investor.vanguard.com/*'],
  articleRoot: ['main', '#main-content'],
  skip: [...CHROME_SKIP],
  mainSymbol: '[data-testid="fund-ticker"]',
  // /investment-products/etfs/profile/voo, /investment-products/mutual-funds/profile/vfiax
  quoteLinks: [/^\/investment-products\/(?:etfs|mutual-funds)\/profile\/([A-Za-z]{1,5})(?:[/?#]|$)/],
};
