// Bundled into an IIFE by the benchmark and injected into a real Chromium page, so the scan
// is measured against a bare TreeWalker pass on the same DOM in the same process.
import { scanDom } from '../../lib/detect/dom-scan';
import { siteForUrl } from '../../lib/sites/registry';

(globalThis as Record<string, unknown>).__caplensBench = {
  scan: () => scanDom(document, { site: siteForUrl(location.href) }).length,
  walk: () => {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    while (w.nextNode()) chars += (w.currentNode as Text).data.length;
    return chars;
  },
};
