import '@/components/styles/card.css';
import './sidebar.css';
import { render } from 'preact';
import { contentScriptMatches, siteForUrl } from '@/lib/sites/registry';
import { getSitePrefs } from '@/lib/settings/site-settings';
import { startSidebar } from './controller';

export default defineContentScript({
  matches: contentScriptMatches(),
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  // WXT's legacy postMessage announcement carries our extension id to every page script
  // (fingerprinting) and lets a page replay it to tear the sidebar down.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const site = siteForUrl(location.href);
    if (!site || !(await getSitePrefs(site.id)).enabled) return;
    const ui = await createShadowRootUi(ctx, {
      name: 'caplens-sidebar',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: true,
      onMount: (container) => startSidebar(ctx, site, container),
      onRemove: (container) => container && render(null, container),
    });
    ui.mount();
  },
});
