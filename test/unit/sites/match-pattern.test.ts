import { describe, expect, test } from 'vitest';
import { parseMatchPattern, urlMatchesPattern } from '../../../lib/sites/match-pattern';

// Cases follow the examples in Chrome's match-pattern documentation.
describe('urlMatchesPattern', () => {
  const rows: Array<[string, string, boolean]> = [
    ['https://*/*', 'https://www.google.com/', true],
    ['https://*/*', 'http://www.google.com/', false],
    ['https://*/foo*', 'https://example.com/foo/bar.html', true],
    ['https://*/foo*', 'https://www.google.com/foo', true],
    ['https://*/foo*', 'https://www.google.com/bar/foo', false],
    ['https://*.google.com/foo*bar', 'https://www.google.com/foo/baz/bar', true],
    ['https://*.google.com/foo*bar', 'https://docs.google.com/foobar', true],
    ['https://*.google.com/foo*bar', 'https://google.com/foobar', true],
    ['https://*.google.com/foo*bar', 'https://notgoogle.com/foobar', false],
    ['https://*.google.com/foo*bar', 'https://google.com.evil.com/foobar', false],
    ['*://mail.google.com/*', 'http://mail.google.com/foo', true],
    ['*://mail.google.com/*', 'https://mail.google.com/foo', true],
    ['*://mail.google.com/*', 'ftp://mail.google.com/foo', false],
    ['https://www.reuters.com/*', 'https://www.reuters.com/', true],
    ['https://www.reuters.com/*', 'https://www.reuters.com/markets?x=1', true],
    ['https://www.reuters.com/*', 'https://reuters.com/', false],
    ['https://www.reuters.com/*', 'https://www.reuters.com:8443/', true],
    ['https://www.reuters.com/markets/*', 'https://www.reuters.com/world/', false],
    ['https://www.reuters.com/a.b', 'https://www.reuters.com/aXb', false], // dots are literal
    ['<all_urls>', 'https://x.test/', true],
    ['<all_urls>', 'chrome://settings/', false],
    ['https://*.reuters.com/*', 'not a url', false],
  ];
  test.each(rows)('%s vs %s → %s', (pattern, url, want) => expect(urlMatchesPattern(url, pattern)).toBe(want));

  test.each(['', 'reuters.com', 'https://www.reuters.com', 'https://www.*.com/*', 'https://*foo.com/*', 'chrome-extension://x/*'])(
    'invalid pattern %j parses to null and matches nothing',
    (p) => {
      expect(parseMatchPattern(p)).toBeNull();
      expect(urlMatchesPattern('https://www.reuters.com/', p)).toBe(false);
    },
  );
});
