import type { SiteAdapter } from './site';
import { CHROME_SKIP, URL_SYMBOL_UPPER, SEG_END } from './common';

export const robinhood: SiteAdapter = {
  id: 'robinhood',
  name: 'Robinhood',
  kind: 'broker',
  matches: ['https://robinhood.com/*'],
  articleRoot: ['main', '#react_root'],
  skip: [...CHROME_SKIP],
  // Stock pages (app: /stocks/ZION; public site: /us/en/stocks/ZION/) are recognised from the
  // page URL (see dom-scan).
  quoteLinks: [new RegExp(`^/(?:[a-z]{2}/[a-z]{2}/)?stocks/(${URL_SYMBOL_UPPER})${SEG_END}`)],
};
