// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { scanDom, scanRoots } from '../../../lib/detect/dom-scan';
import { validateCandidates } from '../../../lib/detect/validate';
import type { SiteAdapter } from '../../../lib/sites/site';
import { reuters } from '../../../lib/sites/reuters';
import { yahoo } from '../../../lib/sites/yahoo';
import { robinhood } from '../../../lib/sites/robinhood';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const brief = (root: ParentNode, opts: Parameters<typeof scanDom>[1] = {}) =>
  scanDom(root, opts).map((c) => `${c.symbol}:${c.evidence}${c.extraEvidence ? '+' : ''}`);

const TEST_SITE: SiteAdapter = {
  id: 'test',
  name: 'Test',
  kind: 'news',
  matches: ['https://news.test/*'],
  articleRoot: ['#story'],
  skip: ['.related', '[data-ad]'],
  mainSymbol: '.quote-header .sym',
  quoteLinks: [/^\/q\/([A-Z]{1,5})(?:[/?#]|$)/],
};

describe('scanDom', () => {
  test('scans only the article root and honours skip selectors and built-in skips', () => {
    const doc = parse(`<body>
      <nav>$TSLA</nav>
      <div id="story">
        <p>Zions Bancorporation (NASDAQ: ZION) rose with $IWM.</p>
        <div class="related"><p>Also read: $NVDA</p></div>
        <div data-ad="1">$AMZN</div>
        <caplens-sidebar><p>$AAPL</p></caplens-sidebar>
        <script>var t = "$MSFT";</script><style>.x{content:"$META"}</style><noscript>$NFLX</noscript>
        <template><p>$ORCL</p></template>
        <textarea>$INTC</textarea>
        <div contenteditable="true">$AMD</div>
        <div contenteditable="false">$QCOM</div>
        <p hidden>$CSCO</p>
      </div>
      <footer>$JPM</footer></body>`);
    expect(brief(doc, { site: TEST_SITE })).toEqual(['ZION:exchange-prefix', 'IWM:cashtag', 'QCOM:cashtag']);
  });

  test('without a site, scans the whole body (built-in skips still apply)', () => {
    const doc = parse(`<body><nav>$TSLA</nav><p>$IWM</p><caplens-sidebar>$AAPL</caplens-sidebar></body>`);
    expect(brief(doc)).toEqual(['TSLA:cashtag', 'IWM:cashtag']);
  });

  test('falls back to body when no article root matches', () => {
    const doc = parse(`<body><main><p>Comerica (NYSE: CMA)</p></main></body>`);
    expect(scanRoots(doc, TEST_SITE)).toEqual([doc.body]);
    expect(brief(doc, { site: TEST_SITE })).toEqual(['CMA:exchange-prefix']);
  });

  test('an element root scans that element only', () => {
    const doc = parse(`<body><p id="a">$IWM</p><p id="b">$KRE</p></body>`);
    expect(brief(doc.getElementById('b')!)).toEqual(['KRE:cashtag']);
  });

  test('reads a block as one string, so inline markup does not split a ticker', () => {
    const doc = parse(`<body><p>Zions (<b>NASDAQ</b>: <span>ZION</span>) and Western Alliance (<i>NYSE: WAL</i>)</p></body>`);
    expect(brief(doc)).toEqual(['ZION:exchange-prefix', 'WAL:exchange-prefix']);
  });

  test('block boundaries are boundaries', () => {
    // "Corp" ends one paragraph; "(ZION)" starting the next is not a parenthetical after a name.
    const doc = parse(`<body><p>Zions Corp</p><p>(ZION) text</p><p>$</p><p>IWM</p></body>`);
    expect(brief(doc)).toEqual([]);
  });

  test('quote links: counted once when the link text is the mention, evidence kept', () => {
    const doc = parse(`<body><p>
      Zions (NASDAQ: <a href="https://www.reuters.com/markets/companies/ZION.O">ZION</a>)
      <a href="/quote/IWM">$IWM</a>
      <a href="/quote/KRE">regional bank fund</a>
      <a href="/about">About</a></p></body>`);
    expect(brief(doc)).toEqual(['ZION:quote-link+', 'IWM:quote-link+', 'KRE:quote-link', 'ZION:exchange-prefix', 'IWM:cashtag']);
    const v = validateCandidates(scanDom(doc), new Set(['ZION', 'IWM', 'KRE']));
    expect(v).toEqual([
      { symbol: 'IWM', count: 1, evidence: ['cashtag', 'quote-link'] },
      { symbol: 'KRE', count: 1, evidence: ['quote-link'] },
      { symbol: 'ZION', count: 1, evidence: ['exchange-prefix', 'quote-link'] },
    ]);
  });

  test('links in skipped regions are ignored; the site adapter reads RIC links', () => {
    const doc = parse(`<body><nav><a href="/markets/companies/NVDA.O">Nvidia</a></nav>
      <div data-testid="ArticleBody"><p><a href="/markets/companies/WAL.N">Western Alliance</a></p></div>
      <aside><a href="/markets/companies/TSLA.O">Tesla</a></aside></body>`);
    const got = scanDom(doc, { site: reuters });
    expect(got).toEqual([{ symbol: 'WAL', evidence: 'quote-link', exchange: 'NYSE', context: 'Western Alliance' }]);
  });

  test('main symbol from the site selector, even inside skipped chrome', () => {
    const doc = parse(`<body><header class="quote-header"><span class="sym">Allstate Corp (ALL)</span></header><div id="story"><p>Quiet day.</p></div></body>`);
    expect(brief(doc, { site: TEST_SITE })).toEqual(['ALL:main-symbol']);
    expect(validateCandidates(scanDom(doc, { site: TEST_SITE }), new Set(['ALL']))).toEqual([{ symbol: 'ALL', count: 1, evidence: ['main-symbol'] }]);
  });

  test('main symbol shapes: bare, Yahoo heading, Reuters RIC', () => {
    const y = parse(`<body><section data-testid="quote-title"><h1>Zions Bancorporation, N.A. (ZION)</h1></section></body>`);
    // No article root on a quote page → body is scanned, so the heading is also read as text.
    expect(brief(y, { site: yahoo })).toEqual(['ZION:parenthetical', 'ZION:main-symbol+']);
    const b = parse(`<body><header class="quote-header"><b class="sym"> brk-b </b></header></body>`);
    expect(brief(b, { site: TEST_SITE })).toEqual(['BRK.B:main-symbol']);
    const r = parse(`<body><div data-testid="CompanyHeader"><span data-testid="Ric">ZION.O</span></div></body>`);
    expect(scanDom(r, { site: reuters })).toEqual([{ symbol: 'ZION', evidence: 'main-symbol', exchange: 'NASDAQ' }]);
  });

  test('a main-symbol heading already read as text adds evidence, not a mention', () => {
    const doc = parse(`<body><div id="story"><h1 class="quote-header"><span class="sym">Zions Bancorporation (ZION)</span></h1></div></body>`);
    expect(brief(doc, { site: TEST_SITE })).toEqual(['ZION:parenthetical', 'ZION:main-symbol+']);
  });

  test('quote pages are recognised from the page URL', () => {
    const doc = parse(`<body><main><p>Market is open</p></main></body>`);
    expect(brief(doc, { site: robinhood, url: 'https://robinhood.com/stocks/ZION' })).toEqual(['ZION:main-symbol']);
    expect(brief(doc, { site: robinhood, url: 'https://robinhood.com/account' })).toEqual([]);
  });

  test('an aborted signal stops the scan', () => {
    const ac = new AbortController();
    ac.abort();
    expect(() => scanDom(parse('<body><p>$IWM</p></body>'), { signal: ac.signal })).toThrow();
  });

  test('never writes to the document', () => {
    const doc = parse(`<body><div id="story"><p>Zions (NASDAQ: ZION) $IWM <a href="/quote/KRE">KRE</a></p></div></body>`);
    const before = doc.documentElement.outerHTML;
    scanDom(doc, { site: TEST_SITE });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

