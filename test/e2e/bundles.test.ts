/**
 * What each built context carries of webextension-polyfill (wxt.config.ts, README "Performance").
 * The content script uses the browser's own promise-based API (no polyfill: it counts against
 * the page's 40 KB budget); the background, popup and options keep the polyfill.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const EXT = '.output/chrome-mv3';
// A string only the polyfill's source contains (its reply wrapper for rejected listeners).
const POLYFILL_MARK = '__mozWebExtensionPolyfillReject__';
const read = (rel: string) => readFileSync(join(EXT, rel), 'utf8');

/** The JS a page loads: its module script and the chunks it preloads. */
function pageJs(html: string): string {
  const srcs = [...read(html).matchAll(/<(?:script|link)[^>]+(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  expect(srcs.length).toBeGreaterThan(0);
  return srcs.map(read).join('\n');
}

describe('built bundles and webextension-polyfill', () => {
  test('the content script has no polyfill and picks the native API object', () => {
    const js = read('content-scripts/sidebar.js');
    expect(js).not.toContain(POLYFILL_MARK);
    expect(js).toContain('globalThis.browser?.runtime?.id?globalThis.browser:globalThis.chrome');
  });

  test('background, popup and options keep the polyfill', () => {
    expect(read('background.js')).toContain(POLYFILL_MARK);
    expect(pageJs('popup.html')).toContain(POLYFILL_MARK);
    expect(pageJs('options.html')).toContain(POLYFILL_MARK);
  });
});
