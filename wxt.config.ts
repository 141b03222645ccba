import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { keyedProviderHosts, liveDataHosts } from './lib/settings/live-hosts';
import { USER_SITE_ORIGINS, USER_SITE_PERMISSIONS } from './lib/sites/custom';

/**
 * The content script runs in every supported page, where each kilobyte counts (bench budget:
 * 40 KB gzipped). It uses only runtime.{sendMessage,onMessage,id} and storage.{local.get,local.set,
 * onChanged}, and WXT's content-script runtime only runtime.id (and runtime.getURL, which is
 * synchronous): all promise-based natively in Chromium MV3 (`chrome`) and Firefox (`browser`).
 * So, for content-script builds only, webextension-polyfill (2.7 KB gzipped) resolves to the
 * object WXT itself picks when no polyfill is installed; the background, popup and options keep
 * the polyfill. One difference the requester relies on: Chromium rejects with "The message port
 * closed before a response was received" where the polyfill resolved `undefined`, so a reply lost
 * to a worker restart now takes the retry path in lib/messaging/requester.ts.
 * test/e2e/bundles.test.ts checks the built files keep to this split.
 */
function nativeBrowserInContentScripts(): Plugin {
  const shim = '\0caplens:native-browser';
  return {
    name: 'caplens:native-browser',
    enforce: 'pre',
    resolveId: (id) => (id === 'webextension-polyfill' ? shim : undefined),
    load: (id) => (id === shim ? 'export default globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;' : undefined),
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((e) => e.type === 'content-script')) config.plugins = [...(config.plugins ?? []), nativeBrowserInContentScripts()];
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
