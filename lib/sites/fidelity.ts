import type { SiteAdapter } from './site';
import { CHROME_SKIP } from './common';

export const fidelity: SiteAdapter = {
  id: 'fidelity',
  name: 'Fidelity',
  kind: 'broker',
  // digital.fidelity.com (research, trade), oltx.fidelity.com, fundresearch.fidelity.com, …
  matches: ['https://*.fidelity.com/*'],
  articleRoot: ['main', '#main-content'],
  skip: [...CHROME_SKIP, '.pvd-modal'],
  mainSymbol: '[data-testid="symbol-display"], .nre-quick-quote-symbol',
  quoteLinks: [
    // /prgw/digital/research/quote/dashboard/summary?symbol=ZION
    /^\/prgw\/digital\/research\/quote\/[^?#]*\?(?:[^#]*&)?symbol=([A-Za-z]{1,5}(?:[.-][A-Za-z])?)(?:[&#]|$)/,
    // fundresearch.fidelity.com/mutual-funds/summary/… and ETF snapshot: /etf/…?symbol=IWM
    /^\/[^?#]*\/(?:etfs?|quote)[^?#]*\?(?:[^#]*&)?symbol=([A-Za-z]{1,5}(?:[.-][A-Za-z])?)(?:[&#]|$)/,
  ],
};
