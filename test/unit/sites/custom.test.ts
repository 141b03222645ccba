// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { customSiteAdapter, parseSiteInput, sitePattern, urlOnHost } from '../../../lib/sites/custom';
import { scanDom } from '../../../lib/detect/dom-scan';
import { parseMatchPattern, urlMatchesPattern } from '../../../lib/sites/match-pattern';

describe('parseSiteInput', () => {
  test.each([
    ['ft.com', 'ft.com'],
    ['  www.ft.com ', 'ft.com'],
    ['https://www.FT.com/markets?x=1#y', 'ft.com'],
    ['markets.businessinsider.com', 'markets.businessinsider.com'],
    ['https://www.morningstar.com./stocks', 'morningstar.com'],
    ['thestreet.com/investing', 'thestreet.com'],
  ])('%j → %s', (input, host) => {
    const r = parseSiteInput(input);
    expect(r).toEqual({ ok: true, host, pattern: `https://*.${host}/*` });
  });

  test.each([
    ['', /Type a site/],
    ['http://ft.com', /Only https/],
    ['ftp://ft.com', /Only https/],
    ['localhost', /not a public site/],
    ['192.168.1.1', /not a public site/],
    ['ft', /not a public site/],
    ['exa mple.com', /not a web address|not a public site/],
    ['*.ft.com', /not a web address|not a public site/],
    ['www.reuters.com', /Reuters is already supported/],
    ['https://finance.yahoo.com/quote/ZION', /Yahoo Finance is already supported/],
    ['x'.repeat(400) + '.com', /too long/],
  ])('%j is refused', (input, reason) => {
    const r = parseSiteInput(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(reason);
  });

  test('never throws; an accepted host always yields a pattern that covers its own https pages', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.domain()), (input) => {
        const r = parseSiteInput(input);
        if (r.ok) {
          const parsed = parseMatchPattern(r.pattern);
          expect(parsed).not.toBeNull();
          expect(urlMatchesPattern(`https://${r.host}/a`, parsed!)).toBe(true);
          expect(r.pattern).not.toBe('https://*/*');
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('urlOnHost', () => {
  test.each([
    ['https://ft.com/x', 'ft.com', true],
    ['https://www.ft.com/x', 'ft.com', true],
    ['https://markets.ft.com/x', 'ft.com', true],
    ['http://www.ft.com/x', 'ft.com', false],
    ['https://notft.com/x', 'ft.com', false],
    ['https://ft.com.evil.io/x', 'ft.com', false],
    ['not a url', 'ft.com', false],
  ])('%s on %s → %s', (url, host, want) => expect(urlOnHost(url, host)).toBe(want));

  test('agrees with the match pattern we ask permission for', () => {
    for (const url of ['https://ft.com/', 'https://www.ft.com/a', 'https://a.b.ft.com/', 'https://xft.com/', 'http://ft.com/']) {
      expect(urlOnHost(url, 'ft.com')).toBe(urlMatchesPattern(url, parseMatchPattern(sitePattern('ft.com'))!));
    }
  });
});

describe('customSiteAdapter', () => {
  test('scans the article and skips page chrome and comments', () => {
    const doc = new DOMParser().parseFromString(
      `<body><header><a href="/">FT</a> $TSLA</header><nav>$NVDA</nav>
       <article><p>Zions Bancorporation (NASDAQ: ZION) rose, and $IWM followed.</p>
       <div class="comments-section"><p>$GME to the moon</p></div></article>
       <aside>$AAPL</aside><footer>$MSFT</footer></body>`,
      'text/html',
    );
    const symbols = scanDom(doc, { site: customSiteAdapter('ft.com'), url: 'https://www.ft.com/content/x' }).map((c) => c.symbol);
    expect(new Set(symbols)).toEqual(new Set(['ZION', 'IWM']));
  });

  test('its id is namespaced so it never collides with a built-in site’s settings', () => {
    expect(customSiteAdapter('ft.com')).toMatchObject({ id: 'custom:ft.com', name: 'ft.com', matches: ['https://*.ft.com/*'] });
  });
});
