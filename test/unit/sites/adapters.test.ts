// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { scanDom } from '../../../lib/detect/dom-scan';
import { siteForUrl } from '../../../lib/sites/registry';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const symbols = (url: string, html: string) => {
  const site = siteForUrl(url);
  expect(site, url).toBeDefined();
  return [...new Set(scanDom(parse(html), { site, url }).map((c) => c.symbol))];
};

/**
 * Page skeletons in each site's markup (simplified): the article mentions ZION; page chrome
 * and rails mention TSLA, which the adapter must not read.
 */
const PAGES: Array<[string, string]> = [
  ['https://finance.yahoo.com/news/regional-banks-rally-1.html',
    `<div id="ybar">$TSLA</div><div data-testid="article-content-wrapper"><p>Zions (NASDAQ: ZION) rose.</p></div><div data-testid="right-rail">$TSLA</div>`],
  ['https://www.reuters.com/markets/us/x/',
    `<header>$TSLA</header><article><div data-testid="ArticleBody"><p data-testid="paragraph-0">Zions (ZION.O) rose.</p></div></article><aside data-testid="Sidebar"><div data-testid="MostRead">$TSLA</div></aside>`],
  ['https://www.cnbc.com/2026/09/18/x.html',
    `<div class="ArticleBody-articleBody"><p>Zions <a href="https://www.cnbc.com/quotes/ZION/">Zions</a> rose.</p><div class="RelatedContent">$TSLA</div></div><div class="TrendingNow-container">$TSLA</div>`],
  ['https://www.marketwatch.com/story/x',
    `<div id="js-article__body" class="article__body"><p>Shares of <a href="/investing/stock/zion?mod=article_inline">Zions</a> rose.</p><div class="element--related">$TSLA</div></div>`],
  ['https://seekingalpha.com/article/1-x',
    `<div data-test-id="article-content"><p><a href="/symbol/ZION">Zions Bancorporation (ZION)</a> rose.</p></div><div data-test-id="comments-section">$TSLA</div>`],
  ['https://www.fool.com/investing/2026/09/18/x/',
    `<div class="article-body"><p>Zions Bancorporation (NASDAQ: <a href="https://www.fool.com/quote/nasdaq/zion/">ZION</a>) rose.</p><div class="article-pitch-container">$TSLA</div></div>`],
  ['https://www.benzinga.com/news/26/09/1/x',
    `<div id="article-body"><p>Zions Bancorporation <a href="/quote/ZION">ZION</a> rose.</p></div><aside>$TSLA</aside>`],
  ['https://www.nasdaq.com/articles/x',
    `<div class="body__content"><p><a href="/market-activity/stocks/zion">Zions (ZION)</a> rose.</p></div><div class="jupiter22-c-related-articles">$TSLA</div>`],
  ['https://www.bloomberg.com/news/articles/x',
    `<div class="body-content"><p><a href="/quote/ZION:US">Zions</a> rose.</p></div><aside>$TSLA</aside>`],
  ['https://www.wsj.com/finance/x',
    `<section subscriptions-section="content"><p>Zions (<a href="https://www.wsj.com/market-data/quotes/ZION">ZION</a>) rose.</p></section><aside>$TSLA</aside>`],
  ['https://www.barrons.com/articles/x',
    `<div class="article-body"><p><a href="/market-data/stocks/zion">Zions</a> rose.</p></div><aside>$TSLA</aside>`],
  ['https://www.investing.com/equities/zions-bancorp',
    `<h1 data-test="instrument-header-title">Zions Bancorporation NA (ZION)</h1><nav>$TSLA</nav>`],
  ['https://robinhood.com/stocks/ZION', `<nav>$TSLA</nav><main><h1>Zions Bancorporation</h1></main>`],
  ['https://www.webull.com/quote/nasdaq-zion', `<nav>$TSLA</nav><main><p>Zions Bancorporation</p></main>`],
  ['https://investor.vanguard.com/investment-products/etfs/profile/voo', `<nav>$TSLA</nav><main><p>Vanguard S&amp;P 500 ETF (VOO)</p></main>`],
];

describe('each adapter reads the article and skips its chrome', () => {
  test.each(PAGES)('%s', (url, body) => {
    const got = symbols(url, `<html><body>${body}</body></html>`);
    expect(got).not.toContain('TSLA');
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((s) => s === 'ZION' || s === 'VOO')).toBe(true);
  });
});
