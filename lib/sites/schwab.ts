import type { SiteAdapter } from './site';
import { CHROME_SKIP } from './common';

export const schwab: SiteAdapter = {
  id: 'schwab',
  name: 'Charles Schwab',
  kind: 'broker',
  matches: ['https://*.schwab.com/*'],
  articleRoot: ['main', '#main-content'],
  skip: [...CHROME_SKIP, '.sdps-modal'],
  mainSymbol: '[data-testid="symbol-header"] .symbol',
  quoteLinks: [
    // client.schwab.com/app/research/#/stocks/ZION (the symbol sits in the hash route)
    /^\/app\/research\/?#\/(?:stocks|etfs)\/([A-Z]{1,5}(?:[.-][A-Z])?)(?:[/?]|$)/,
    // www.schwab.com/research/stocks/quotes/summary?symbol=ZION
    /^\/research\/(?:stocks|etfs)\/quotes\/[^?#]*\?(?:[^#]*&)?symbol=([A-Za-z]{1,5}(?:[.-][A-Za-z])?)(?:[&#]|$)/,
  ],
};
