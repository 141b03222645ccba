import type { SiteAdapter } from './site';
import { CHROME_SKIP, URL_SYMBOL_UPPER, SEG_END } from './common';

export const cnbc: SiteAdapter = {
  id: 'cnbc',
  name: 'CNBC',
  kind: 'news',
  matches: ['https://www.cnbc.com/*'],
  articleRoot: ['.ArticleBody-articleBody', '[data-module="ArticleBody"]', '.QuotePage-main', 'article', 'main'],
  skip: [...CHROME_SKIP, '.RelatedContent', '[data-module="RelatedContent"]', '.TrendingNow-container', '.ArticleBody-relatedQuotes', '.SpecialReportsContainer'],
  mainSymbol: '.QuoteStrip-symbol',
  quoteLinks: [
    // /quotes/ZION, /quotes/BRK.B
    new RegExp(`^/quotes/(${URL_SYMBOL_UPPER})${SEG_END}`),
    // The older query form in articles: /quotes/?symbol=BA. Indexes (.SPX), futures (@LCO.1) and
    // coins (BTC.CM=) carry punctuation and are not matched.
    new RegExp(`^/quotes/\\?(?:[^#]*&)?symbol=(${URL_SYMBOL_UPPER})(?:[&#]|$)`),
  ],
};
