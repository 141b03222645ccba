import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { candidateFromHref } from '../../../lib/detect/links';
import { reuters } from '../../../lib/sites/reuters';
import { marketwatch } from '../../../lib/sites/marketwatch';
import { fool } from '../../../lib/sites/fool';
import { webull } from '../../../lib/sites/webull';
import { yahoo } from '../../../lib/sites/yahoo';
import type { SiteAdapter } from '../../../lib/sites/site';

/** [href, page adapter, expected "SYMBOL[:EXCHANGE]" or null] */
type Row = [string, SiteAdapter | undefined, string | null];
const brief = (href: string, site?: SiteAdapter) => {
  const c = candidateFromHref(href, site);
  if (c) expect(c.evidence).toBe('quote-link');
  return c ? [c.symbol, c.exchange].filter(Boolean).join(':') : null;
};

describe('generic quote paths (any site, upper-case symbols)', () => {
  const rows: Row[] = [
    ['/quote/KRE', undefined, 'KRE'],
    ['/quote/KRE/', undefined, 'KRE'],
    ['/quotes/KRE?tab=news', undefined, 'KRE'],
    ['/symbol/KRE#comments', undefined, 'KRE'],
    ['/stocks/KRE', undefined, 'KRE'],
    ['/quote/BRK-B', undefined, 'BRK.B'],
    ['/quote/BRK.B', undefined, 'BRK.B'],
    ['https://example.com/quote/ZION', undefined, 'ZION'],
    // nested under "stock(s)" (barchart's 2014 list, test/fixtures/real-pages/barchart-52-week-highs; Zacks)
    ['/quotes/stocks/AAP', undefined, 'AAP'],
    ['/detailedquote/stocks/AAP', undefined, 'AAP'],
    ['/stocks/quotes/AAPL/overview', undefined, 'AAPL'],
    ['https://www.zacks.com/stock/quote/LRCX', undefined, 'LRCX'],
    ['/quotes/stocks/news', undefined, null],
    ['/opinions/stocks/AAP', undefined, null],
    // lower-case path words are site sections, not tickers
    ['/stocks/news', undefined, null],
    ['/quote/kre', undefined, null],
    // index and foreign shapes
    ['/quote/%5EGSPC', undefined, null],
    ['/quote/SHOP.TO', undefined, null],
    ['/quote/TOOLONG', undefined, null],
    ['/news/KRE', undefined, null],
    ['/markets/quote/KRE', undefined, null],
    // not http(s)
    ['javascript:alert(1)//quote/KRE', undefined, null],
    ['mailto:x@example.com', undefined, null],
    ['', undefined, null],
  ];
  test.each(rows)('%s', (href, site, want) => expect(brief(href, site)).toBe(want));
});

describe('site quote links', () => {
  const rows: Row[] = [
    // Reuters RICs: suffix → exchange; base symbol kept
    ['/markets/companies/ZION.O', reuters, 'ZION:NASDAQ'],
    ['/markets/companies/WAL.N/', reuters, 'WAL:NYSE'],
    ['/markets/companies/BRKb.N', reuters, 'BRK.B:NYSE'],
    ['https://www.reuters.com/markets/companies/KRE', reuters, 'KRE'],
    ['/markets/companies/SHOP.TO', reuters, 'SHOP:TSX'],
    ['/markets/companies/BP.L', reuters, 'BP:LSE'],
    ['/markets/companies/ZION.XX', reuters, null],
    // absolute links use the adapter of the host they point to
    ['https://www.reuters.com/markets/companies/ZION.O', undefined, 'ZION:NASDAQ'],
    ['https://www.marketwatch.com/investing/stock/zion', reuters, 'ZION'],
    ['https://www.marketwatch.com/investing/fund/iwm?mod=x', undefined, 'IWM'],
    ['/investing/stock/brk.b', marketwatch, 'BRK.B'],
    ['https://finance.yahoo.com/quote/KRE/', reuters, 'KRE'],
    ['/quote/BRK-B/news', yahoo, 'BRK.B'],
    // Yahoo's older quote pages, still linked from other sites (test/fixtures/real-pages/highshorts-high-short-interest)
    ['https://finance.yahoo.com/q?s=OTRK', undefined, 'OTRK'],
    ['https://finance.yahoo.com/q/pr?s=zion', undefined, 'ZION'],
    ['/q/ks?s=BRK-B&ql=1', yahoo, 'BRK.B'],
    ['https://finance.yahoo.com/q?s=SHOP.TO', undefined, null],
    ['https://finance.yahoo.com/q?s=%5EGSPC', undefined, null],
    ['https://finance.yahoo.com/q/h?t=ZION', undefined, null],
    ['https://www.cnbc.com/quotes/ZION', undefined, 'ZION'],
    ['https://seekingalpha.com/symbol/ZION/dividends', undefined, 'ZION'],
    ['https://www.nasdaq.com/market-activity/stocks/zion', undefined, 'ZION'],
    ['https://www.nasdaq.com/market-activity/etf/iwm', undefined, 'IWM'],
    ['https://robinhood.com/stocks/ZION', undefined, 'ZION'],
    ['https://www.benzinga.com/quote/ZION', undefined, 'ZION'],
    ['/quote/nasdaq/zion/', fool, 'ZION'],
    ['https://www.fool.com/quote/nyse/brk-b/', undefined, 'BRK.B'],
    ['https://www.fool.com/quote/tsx/shop/', undefined, null],
    ['https://www.bloomberg.com/quote/ZION:US', undefined, 'ZION'],
    ['https://www.bloomberg.com/quote/BRK/B:US', undefined, 'BRK.B'],
    ['https://www.bloomberg.com/quote/BP/:LN', undefined, null],
    ['https://www.wsj.com/market-data/quotes/ZION', undefined, 'ZION'],
    ['https://www.wsj.com/market-data/quotes/etf/IWM', undefined, 'IWM'],
    ['https://www.wsj.com/market-data/quotes/UK/XLON/BP', undefined, null],
    ['https://www.wsj.com/market-data/quotes/ZION/financials', undefined, 'ZION'],
    ['https://www.wsj.com/market-data/quotes/index/SPX', undefined, null],
    ['https://www.barrons.com/market-data/stocks/zion', undefined, 'ZION'],
    ['https://www.barrons.com/quote/stock/us/xnas/zion', undefined, 'ZION'],
    ['/quote/nasdaq-zion', webull, 'ZION'],
    ['https://www.webull.com/quote/nysearca-iwm', undefined, 'IWM'],
    ['https://digital.fidelity.com/prgw/digital/research/quote/dashboard/summary?symbol=ZION', undefined, 'ZION'],
    ['https://client.schwab.com/app/research/#/stocks/ZION', undefined, 'ZION'],
    ['https://www.schwab.com/research/stocks/quotes/summary?symbol=ZION', undefined, 'ZION'],
    ['https://us.etrade.com/etx/mkt/quotes?symbol=ZION#/snapshot/ZION', undefined, 'ZION'],
    ['https://investor.vanguard.com/investment-products/etfs/profile/voo', undefined, 'VOO'],
    // site sections that look like paths
    ['https://www.marketwatch.com/investing/stock', undefined, null],
    ['https://www.reuters.com/markets/us/', undefined, null],
  ];
  test.each(rows)('%s', (href, site, want) => expect(brief(href, site)).toBe(want));
});

test('never throws on arbitrary hrefs', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.webUrl({ withFragments: true, withQueryParameters: true })), (href) => {
      const c = candidateFromHref(href, reuters);
      if (c) expect(c.symbol).toMatch(/^[A-Z0-9.]+$/);
    }),
    { numRuns: 500 },
  );
});
