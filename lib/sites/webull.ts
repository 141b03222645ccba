import type { SiteAdapter } from './site';
import { CHROME_SKIP, URL_SYMBOL_ANY_CASE, SEG_END } from './common';

export const webull: SiteAdapter = {
  id: 'webull',
  name: 'Webull',
  kind: 'broker',
  matches: ['https://www.webull.com/*', 'https://app.webull.com/*'],
  articleRoot: ['main', '#app'],
  skip: [...CHROME_SKIP],
  mainSymbol: '[data-testid="ticker-symbol"]',
  // /quote/nasdaq-zion, /quote/nyse-wal, /quote/nysearca-iwm (exchange-symbol slug)
  quoteLinks: [new RegExp(`^/quote/(?:nasdaq|nyse|nysearca|nysemkt|amex|otc|bats)-(${URL_SYMBOL_ANY_CASE})${SEG_END}`)],
};
