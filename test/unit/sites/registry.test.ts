// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { SITES, contentScriptMatches, siteForUrl } from '../../../lib/sites/registry';
import { parseMatchPattern } from '../../../lib/sites/match-pattern';

describe('siteForUrl', () => {
  const rows: Array<[string, string | undefined]> = [
    ['https://finance.yahoo.com/quote/KRE/', 'yahoo'],
    ['https://finance.yahoo.com/news/small-caps-rally-123.html', 'yahoo'],
    ['https://www.reuters.com/markets/us/small-caps-roar-2026-09-18/', 'reuters'],
    ['https://www.cnbc.com/2026/09/18/small-caps.html', 'cnbc'],
    ['https://www.marketwatch.com/investing/stock/zion', 'marketwatch'],
    ['https://seekingalpha.com/article/123-zions', 'seekingalpha'],
    ['https://www.bloomberg.com/news/articles/2026-09-18/x', 'bloomberg'],
    ['https://www.wsj.com/finance/banking/x', 'wsj'],
    ['https://www.barrons.com/articles/x', 'barrons'],
    ['https://www.benzinga.com/news/26/09/123/x', 'benzinga'],
    ['https://www.fool.com/investing/2026/09/18/x/', 'fool'],
    ['https://www.investing.com/news/stock-market-news/x', 'investing'],
    ['https://www.nasdaq.com/articles/x', 'nasdaq'],
    ['https://robinhood.com/stocks/ZION', 'robinhood'],
    ['https://digital.fidelity.com/prgw/digital/research/quote/dashboard/summary?symbol=ZION', 'fidelity'],
    ['https://www.fidelity.com/', 'fidelity'],
    ['https://client.schwab.com/app/research/#/stocks/ZION', 'schwab'],
    ['https://us.etrade.com/etx/mkt/quotes?symbol=ZION', 'etrade'],
    ['https://www.webull.com/quote/nasdaq-zion', 'webull'],
    ['https://www.interactivebrokers.com/campus/traders-insight/x', 'interactivebrokers'],
    ['https://investor.vanguard.com/investment-products/etfs/profile/voo', 'vanguard'],
    // upper-case host, port-less default, query and hash do not matter
    ['https://WWW.REUTERS.COM/markets/?x=1#top', 'reuters'],
    // not supported
    ['https://example.com/quote/KRE', undefined],
    ['https://mail.yahoo.com/d/folders/1', undefined],
    ['https://www.yahoo.com/', undefined],
    ['https://yahoo.com/finance', undefined],
    ['https://news.yahoo.com/x', undefined],
    ['https://reuters.com.evil.example/markets/', undefined],
    ['https://evilreuters.com/', undefined],
    ['https://www.reuters.co.uk/', undefined],
    ['https://personal.vanguard.com/us/funds', undefined],
    ['https://vanguard.com/', undefined],
    ['https://notfidelity.com/', undefined],
    ['http://www.reuters.com/markets/', undefined], // https only
    ['ftp://www.reuters.com/', undefined],
    ['file:///home/x/reuters.html', undefined],
    ['about:blank', undefined],
    ['not a url', undefined],
    ['', undefined],
  ];
  test.each(rows)('%s → %s', (url, id) => expect(siteForUrl(url)?.id).toBe(id));

  test('every site is found from its own match patterns (with * replaced)', () => {
    for (const site of SITES) {
      for (const m of site.matches) {
        const url = m.replace('*://', 'https://').replace('://*.', '://www.').replace(/\*$/, 'some/page');
        expect(siteForUrl(url)?.id, url).toBe(site.id);
      }
    }
  });

  test('never throws on arbitrary strings and URLs', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.webUrl()), (s) => void siteForUrl(s)), { numRuns: 300 });
  });
});

describe('registry shape', () => {
  test('has the sites from the brief, unique ids, names and kinds', () => {
    const ids = SITES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining([
      'yahoo', 'reuters', 'cnbc', 'marketwatch', 'seekingalpha', 'bloomberg', 'wsj', 'barrons', 'benzinga', 'fool',
      'investing', 'nasdaq', 'robinhood', 'fidelity', 'schwab', 'etrade', 'webull', 'interactivebrokers', 'vanguard',
    ]));
    for (const s of SITES) {
      expect(s.name.length).toBeGreaterThan(0);
      expect(['news', 'broker']).toContain(s.kind);
    }
  });

  test('contentScriptMatches: one entry per site pattern, all valid, https, no <all_urls> or bare wildcard hosts', () => {
    const matches = contentScriptMatches();
    expect(matches).toEqual(SITES.flatMap((s) => s.matches));
    expect(new Set(matches).size).toBe(matches.length);
    for (const m of matches) {
      expect(m).not.toBe('<all_urls>');
      expect(parseMatchPattern(m), m).not.toBeNull();
      expect(m).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\.[a-z]+\/\*$/);
    }
  });

  test('contentScriptMatches is plain JSON data (usable in the manifest at build time)', () => {
    expect(JSON.parse(JSON.stringify(contentScriptMatches()))).toEqual(contentScriptMatches());
  });

  test('quote-link regexes are not global or sticky (exec would carry lastIndex between links)', () => {
    for (const s of SITES) for (const re of s.quoteLinks ?? []) expect(re.flags.replace('i', ''), `${s.id} ${re}`).toBe('');
  });

  test('every selector parses in the DOM', () => {
    for (const s of SITES) {
      for (const sel of [...(s.articleRoot ?? []), ...(s.skip ?? []), ...(s.mainSymbol ? [s.mainSymbol] : [])]) {
        expect(() => document.querySelector(sel), `${s.id}: ${sel}`).not.toThrow();
      }
    }
  });
});
