import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { existsSync, readFileSync } from 'node:fs';
import { parseSnapshot } from './lib/data/expand-snapshot';
import { snapshotHash } from './lib/data/snapshot-hash';
import { keyedProviderHosts, liveDataHosts } from './lib/settings/live-hosts';
import { USER_SITE_ORIGINS, USER_SITE_PERMISSIONS } from './lib/sites/custom';

/**
 * The content script runs in every supported page, where each kilobyte counts (bench budget:
 * 40 KB gzipped). For content-script builds only, two modules resolve to small stand-ins
 * (README "Performance"; test/e2e/bundles.test.ts checks the built files keep to this):
 *
 * - webextension-polyfill (2.4 KB gzipped) → the object WXT itself picks when no polyfill is
 *   installed: `browser` in Firefox, `chrome` in Chromium. The content script uses only
 *   runtime.sendMessage/onMessage/id and storage.local.get/set/onChanged, and WXT's content-script
 *   runtime only runtime.id (and the synchronous runtime.getURL): all promise-based natively in
 *   Chromium MV3 and Firefox. The background, popup and options keep the polyfill. One difference:
 *   Chromium rejects with "The message port closed before a response was received" where the
 *   polyfill resolved `undefined`, so a reply lost to a worker restart now takes the retry path
 *   in lib/messaging/requester.ts instead of reading as an unreadable reply.
 * - @1natsu/wait-element (with many-keys-map and defu, 1.1 KB gzipped) → a stub that throws.
 *   WXT's createShadowRootUi imports it only for `ui.autoMount()`, which waits for an anchor
 *   element to appear; the sidebar anchors to <body> and calls `ui.mount()`. Calling autoMount
 *   in a content script would fail loudly at once (the E2E suite would show it).
 */
const CONTENT_SCRIPT_STANDINS: Record<string, string> = {
  'webextension-polyfill': 'export default globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;',
  '@1natsu/wait-element':
    'export function waitElement() { throw new Error("CapLens: ui.autoMount() is not available in content scripts (wxt.config.ts); use ui.mount()."); }',
  '@1natsu/wait-element/detectors': 'export const isExist = () => true, isNotExist = () => false;',
};

function contentScriptStandIns(): Plugin {
  const PREFIX = '\0caplens-standin:';
  return {
    name: 'caplens:content-script-standins',
    enforce: 'pre',
    resolveId: (id) => (id in CONTENT_SCRIPT_STANDINS ? PREFIX + id : undefined),
    load: (id) => (id.startsWith(PREFIX) ? CONTENT_SCRIPT_STANDINS[id.slice(PREFIX.length)] : undefined),
  };
}

/**
 * The snapshot the build ships, validated here against SnapshotSchema; the hash of those bytes
 * goes into the background bundle, which then skips validating the very same bytes at first load
 * (about half of that load; lib/background/service.ts). An invalid snapshot fails the build. No
 * snapshot yet (`wxt prepare` on a fresh clone): null, and the worker validates as before.
 */
function validatedSnapshotHash(): string | null {
  const path = 'public/data/snapshot.json';
  if (!existsSync(path)) return null;
  const text = readFileSync(path, 'utf8');
  parseSnapshot(JSON.parse(text));
  return snapshotHash(text);
}

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()], define: { __CAPLENS_SNAPSHOT_HASH__: JSON.stringify(validatedSnapshotHash()) } }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((e) => e.type === 'content-script')) config.plugins = [...(config.plugins ?? []), contentScriptStandIns()];
    },
  },
  manifest: ({ browser }) => ({
    name: 'CapLens',
    description: 'Market context for the tickers on the page you are reading: cap class, index membership, valuation and rates.',
    // declarativeNetRequestWithHostAccess (Chromium): a session rule declares SEC's required
    // User-Agent on the extension's own data.sec.gov requests; it acts only on hosts the user
    // granted (live data), so it shows no install warning. Firefox sets the header from fetch.
    permissions: browser === 'firefox' ? ['storage', 'contextMenus'] : ['storage', 'contextMenus', 'declarativeNetRequestWithHostAccess'],
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Show or hide the CapLens sidebar on this page',
      },
    },
    // public/icon/<size>.png, drawn by scripts/render-icons.ts. The toolbar button's default_icon is
    // declared in entrypoints/popup/index.html (<meta name="manifest.default_icon">): WXT writes popup
    // options into both `action` (MV3) and `browser_action` (Firefox MV2), and drops a default_icon given here for MV2.
    icons: ICONS,
    action: { default_title: 'CapLens lookup' },
    // Requested from the options page only: provider hosts when live data is turned on, a keyed
    // provider's host when the user enables that provider; `scripting` and one site's origin when
    // the user adds a site of their own (USER_SITE_ORIGINS bounds what may be asked; each request
    // names a single https host).
    ...(browser === 'firefox'
      ? { optional_permissions: [...liveDataHosts(), ...keyedProviderHosts(), ...USER_SITE_ORIGINS, ...USER_SITE_PERMISSIONS] }
      : { optional_permissions: [...USER_SITE_PERMISSIONS], optional_host_permissions: [...liveDataHosts(), ...keyedProviderHosts(), ...USER_SITE_ORIGINS] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'caplens@caplens.dev', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
