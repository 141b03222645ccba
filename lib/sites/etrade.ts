import type { SiteAdapter } from './site';
import { CHROME_SKIP } from './common';

export const etrade: SiteAdapter = {
  id: 'etrade',
  name: 'E*TRADE',
  kind: 'broker',
  matches: ['https://*.etrade.com/*'],
  articleRoot: ['main', '#mainContent'],
  skip: [...CHROME_SKIP],
  mainSymbol: '[data-test-id="quote-symbol"]',
  // us.etrade.com/etx/mkt/quotes?symbol=ZION#/snapshot/ZION
  quoteLinks: [/^\/etx\/mkt\/quotes\?(?:[^#]*&)?symbol=([A-Za-z]{1,5}(?:[.-][A-Za-z])?)(?:[&#]|$)/],
};
