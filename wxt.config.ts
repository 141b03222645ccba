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
 * 40 KB gzipped). For content-script builds only, three modules resolve to small stand-ins
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
 * - WXT's content-script UI helpers (wxt/dist/utils/content-script-ui/shared.mjs, imported
 *   relatively by its createShadowRootUi) → the same mount for the sidebar's options only
 *   (position 'inline', anchor 'body', append 'last'; other options throw at mount). What is left
 *   out is `ui.autoMount()`, which waits for an anchor element to appear, with the other anchors
 *   and positions; autoMount brought @1natsu/wait-element, many-keys-map and defu (1.1 KB gzipped)
 *   and its own code (0.6 KB). The sidebar anchors to <body> and calls `ui.mount()`; calling
 *   autoMount in a content script fails loudly at once (the E2E suite would show it).
 * - @webext-core/isolated-element (WXT's shadow-root host) → the same host, style and event
 *   isolation without its friendly check of the host element's name before attachShadow (a list of
 *   the elements that may host a shadow root, is-potential-custom-element-name's CommonJS module
 *   with the bundler's CommonJS helpers, and a 230-character message): attachShadow throws on a bad
 *   name anyway, and the page only ever names its host SIDEBAR_TAG ('caplens-sidebar').
 */
const UI_SHARED = 'wxt-content-script-ui-shared';
const AUTO_MOUNT_ERROR = 'CapLens: ui.autoMount() is not available in content scripts (wxt.config.ts); use ui.mount().';

const CONTENT_SCRIPT_STANDINS: Record<string, string> = {
  'webextension-polyfill': 'export default globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;',
  '@webext-core/isolated-element': `
export async function createIsolatedElement({ name, mode = 'closed', css, isolateEvents = false }) {
  const parentElement = document.createElement(name);
  const shadow = parentElement.attachShadow({ mode });
  const isolatedElement = document.createElement('div');
  if (css) {
    const style = document.createElement('style');
    style.textContent = 'url' in css ? await fetch(css.url).then((res) => res.text()) : css.textContent;
    shadow.appendChild(style);
  }
  shadow.appendChild(isolatedElement);
  if (isolateEvents) for (const type of Array.isArray(isolateEvents) ? isolateEvents : ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (e) => e.stopPropagation());
  return { parentElement, shadow, isolatedElement };
}`,
  [UI_SHARED]: `
export function applyPosition(root, el, options) {
  if (options.position !== 'inline') throw new Error('CapLens: only inline content-script UIs are built for the page (wxt.config.ts).');
}
export function mountUi(root, options) {
  if ((options.anchor != null && options.anchor !== 'body') || (options.append !== undefined && options.append !== 'last')) throw new Error('CapLens: the page UI mounts at the end of <body> only (wxt.config.ts).');
  const body = document.querySelector('body');
  if (body == null) throw new Error('Failed to mount content script UI: could not find anchor element');
  body.append(root);
}
export function createMountFunctions(base) {
  return { mount: () => base.mount(), remove: base.remove, autoMount: () => { throw new Error(${JSON.stringify(AUTO_MOUNT_ERROR)}); } };
}`,
};

function contentScriptStandIns(): Plugin {
  const PREFIX = '\0caplens-standin:';
  return {
    name: 'caplens:content-script-standins',
    enforce: 'pre',
    resolveId: (id, importer) => {
      if (id in CONTENT_SCRIPT_STANDINS) return PREFIX + id;
      // WXT's shadow-root UI imports its mount helpers relatively.
      if (id === './shared.mjs' && importer?.replaceAll('\\', '/').endsWith('/wxt/dist/utils/content-script-ui/shadow-root.mjs')) return PREFIX + UI_SHARED;
      return undefined;
    },
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
