import type { SiteAdapter } from './site';
import { CHROME_SKIP } from './common';

export const wsj: SiteAdapter = {
  id: 'wsj',
  name: 'The Wall Street Journal',
  kind: 'news',
  matches: ['https://www.wsj.com/*'],
  articleRoot: ['section[subscriptions-section="content"]', '.article-content', 'article', 'main'],
  skip: [...CHROME_SKIP, 'aside', '[data-testid="related-articles"]', '.wsj-ad', '[aria-label="What to Read Next"]'],
  mainSymbol: '[data-testid="quote-header"] .ticker, .WSJTheme--symbol',
  // /market-data/quotes/ZION, /market-data/quotes/ZION/financials, /market-data/quotes/etf/IWM.
  // Foreign listings carry a country and market code (/market-data/quotes/UK/XLON/BP), and
  // lower-case sections (/market-data/quotes/index/SPX, /fx/EURUSD) are not symbols.
  quoteLinks: [
    /^\/market-data\/quotes\/(?:etf\/)?(?![A-Z]{2}\/X[A-Z]{3}(?:[/?#]|$))([A-Z]{1,5}(?:\.[A-Z])?)(?:[/?#]|$)/,
    // The Markets Data Center tables (2018, saved in test/fixtures/site-excerpts/wsj-gainers.html):
    // /public/quotes/main.html?symbol=ROKU.
    /^\/public\/quotes\/main\.html\?(?:[^#]*&)?symbol=([A-Z]{1,5}(?:\.[A-Z])?)(?:[&#]|$)/,
  ],
};
