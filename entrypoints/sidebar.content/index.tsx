// Styles are bundled as text and given to the shadow root directly: no fetch of an extension
// resource, so the sidebar also styles itself on user-added sites (no web_accessible_resources).
import cardCss from '@/components/styles/card.css?inline';
import sidebarCss from './sidebar.css?inline';
import { render } from 'preact';
import { contentScriptMatches, siteForUrl } from '@/lib/sites/registry';
import { customSiteFor } from '@/lib/settings/custom-sites';
import { getSitePrefs } from '@/lib/settings/site-settings';
import { startSidebar } from './controller';

export default defineContentScript({
  matches: contentScriptMatches(),
  runAt: 'document_idle',
  // WXT's legacy postMessage announcement carries our extension id to every page script
  // (fingerprinting) and lets a page replay it to tear the sidebar down.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Built-in sites by URL; elsewhere this script only runs because the user added the site.
    const site = siteForUrl(location.href) ?? (await customSiteFor(location.href));
    if (!site || !(await getSitePrefs(site.id)).enabled) return;
    const ui = await createShadowRootUi(ctx, {
      name: 'caplens-sidebar',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: true,
      css: cardCss + '\n' + sidebarCss,
      onMount: (container) => startSidebar(ctx, site, container),
      onRemove: (container) => container && render(null, container),
    });
    ui.mount();
  },
});
