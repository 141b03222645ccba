import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { keyedProviderHosts, liveDataHosts } from './lib/settings/live-hosts';
import { USER_SITE_ORIGINS, USER_SITE_PERMISSIONS } from './lib/sites/custom';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()] }),
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
