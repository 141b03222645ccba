// Bundled into an IIFE by the benchmark and injected into a real Chromium page, so the scan
// is measured against a bare TreeWalker pass on the same DOM in the same process.
import { PAGE_SNIPPETS, scanDom } from '../../lib/detect/dom-scan';
import { siteForUrl } from '../../lib/sites/registry';

// The three strong mention shapes, one regex, no rules: what any detector that reports each
// mention with its node must at least do (see `floor` below).
const STRONG_SHAPES = /\$[A-Z]{1,5}(?:\.[A-Z])?(?![A-Za-z0-9])|(?:NYSE Arca|NYSE|NASDAQ|Nasdaq): ?[A-Z]{1,5}(?![A-Za-z0-9])|\([A-Z]{1,5}\)/g;

(globalThis as Record<string, unknown>).__caplensBench = {
  // With the content script's options: what a page pays.
  scan: () => scanDom(document, { site: siteForUrl(location.href), snippets: PAGE_SNIPPETS }).length,
  walk: () => {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    while (w.nextNode()) chars += (w.currentNode as Text).data.length;
    return chars;
  },
  /**
   * A lower bound for any mention detector, not a detector: the same walk plus one regex per
   * text node, recording each match with its node. No skip rules, no bare words, no mentions
   * split across elements, no context. The gap between this and the walk is the cost of
   * merely reporting this page's mentions.
   */
  floor: () => {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found: Array<{ text: string; node: Node; at: number }> = [];
    while (w.nextNode()) {
      const node = w.currentNode as Text;
      const data = node.data;
      STRONG_SHAPES.lastIndex = 0;
      for (let m = STRONG_SHAPES.exec(data); m; m = STRONG_SHAPES.exec(data)) found.push({ text: m[0], node, at: m.index });
    }
    return found.length;
  },
};
