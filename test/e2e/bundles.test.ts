/**
 * What the built content script leaves out (wxt.config.ts CONTENT_SCRIPT_STANDINS, README
 * "Performance"): it counts against the page's 40 KB budget. It uses the browser's own
 * promise-based API (the background, popup and options keep webextension-polyfill), WXT's UI
 * helpers come without autoMount (and @1natsu/wait-element), so no code may call ui.autoMount(),
 * and neither preact/hooks nor the bundler's CommonJS helpers are in it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const EXT = '.output/chrome-mv3';
// A string only the polyfill's source contains (its reply wrapper for rejected listeners).
const POLYFILL_MARK = '__mozWebExtensionPolyfillReject__';
// many-keys-map's key prefix (wait-element's cache).
const WAIT_ELEMENT_MARK = '@@mkm-ref-';
// preact/hooks keeps a component's hook list under `__H` (its mangled `__hooks`).
const HOOKS_MARK = '__H';
// The bundler's CommonJS interop (__toESM / __copyProps) copies a module's exports by their names.
const COMMONJS_MARK = 'getOwnPropertyNames';
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

  test('the content script carries the autoMount stub, not wait-element, and nothing calls autoMount', () => {
    const js = read('content-scripts/sidebar.js');
    expect(js).not.toContain(WAIT_ELEMENT_MARK);
    expect(js).toContain('ui.autoMount() is not available in content scripts');
    // The other anchors of WXT's mount helper (an XPath anchor) are left out with autoMount.
    expect(js).not.toContain('XPathResult');
    const sources = ['entrypoints', 'components', 'lib'].flatMap((d) =>
      readdirSync(d, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.tsx?$/.test(f))
        .map((f) => join(d, f)),
    );
    expect(sources.length).toBeGreaterThan(50);
    for (const f of sources) expect(readFileSync(f, 'utf8'), f).not.toMatch(/\bautoMount\s*\(/);
  });

  test('the content script hosts its shadow root without isolated-element\'s name check (attachShadow does that)', () => {
    const js = read('content-scripts/sidebar.js');
    expect(js).not.toContain('cannot have a shadow root attached');
    expect(js).toContain('attachShadow');
  });

  test('the content script carries no preact/hooks (its stateful components are classes) and no CommonJS helpers', () => {
    const js = read('content-scripts/sidebar.js');
    expect(js).not.toContain(HOOKS_MARK);
    expect(js).not.toContain(COMMONJS_MARK);
    // The options page keeps hooks: the mark is what the hooks module builds in.
    expect(pageJs('options.html')).toContain(HOOKS_MARK);
  });

  test('the content script carries no zod: the background checks the replies it sends to pages', () => {
    // zod's constructors are registered under their names, which minification keeps.
    expect(read('content-scripts/sidebar.js')).not.toContain('$ZodType');
    // Nor its module-level setup, which a stray import of a schema module drags in without any schema.
    expect(read('content-scripts/sidebar.js')).not.toContain('__zod_globalConfig');
    expect(read('background.js')).toContain('$ZodType');
  });

  test('background, popup and options keep the polyfill', () => {
    expect(read('background.js')).toContain(POLYFILL_MARK);
    expect(pageJs('popup.html')).toContain(POLYFILL_MARK);
    expect(pageJs('options.html')).toContain(POLYFILL_MARK);
  });
});
