/**
 * What is never scanned: built-in tags (scripts, form fields, our own sidebar…), `hidden` and
 * contenteditable subtrees, rails that list other instruments ("People also own"), and the site
 * adapter's skip selectors — compiled once per scan into one check.
 */
import type { SiteAdapter } from '../sites/site';
import type { SkipCheck } from './dom-common';

/** Our own UI; never scanned (it lists the tickers we found). */
export const SIDEBAR_TAG = 'caplens-sidebar';

const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'svg', 'math', 'iframe', 'object', 'canvas', SIDEBAR_TAG]);

function skipSelectorOf(site: SiteAdapter | undefined): string {
  return (site?.skip ?? []).join(',');
}

const RAIL_CONTAINERS = new Set(['section', 'aside', 'div', 'nav']);
const RAIL_HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
/**
 * Headings of rails that list other instruments, whatever the site's markup: "People also
 * own", "Related stocks", "Most read", "Trending", "Recommended for you", "More from …".
 */
const RAIL_HEADING_RE = /^(?:people[ \u00a0]also[ \u00a0](?:own|bought|buy|watch|viewed?|search(?:ed)?)|related[ \u00a0](?:stocks|lists|coverage|articles|quotes|tickers|news|content)|similar[ \u00a0](?:stocks|companies|funds|etfs)|most[ \u00a0](?:read|popular|viewed)|trending(?:[ \u00a0](?:now|tickers|stocks|news))?|recommended(?:[ \u00a0](?:stories|for[ \u00a0]you|reading))?|more[ \u00a0]from|you[ \u00a0]may[ \u00a0](?:also[ \u00a0])?like|also[ \u00a0]viewed|recently[ \u00a0]viewed|sponsored)(?![A-Za-z])/i;

/** A section whose first element is a heading such as "People also own" (a rail of other tickers). */
function isRail(el: Element): boolean {
  if (!RAIL_CONTAINERS.has(el.localName)) return false;
  const first = el.firstElementChild;
  if (!first || !RAIL_HEADINGS.has(first.localName)) return false;
  return RAIL_HEADING_RE.test((first.textContent ?? '').trim().slice(0, 60));
}

const PLAIN_TAG = /^[a-z][a-z0-9-]*$/i;
// One compound whose every part needs an attribute: ".ad", "#ybar", "[data-testid=x]", "div.sidebar".
const ATTRIBUTE_COMPOUND = /^[a-z0-9-]*(?:\.[\w-]+|#[\w-]+|\[[^\]]*\])+$/i;

export function compileSkip(site: SiteAdapter | undefined, doc: Document): SkipCheck {
  const joined = skipSelectorOf(site);
  const tags = new Set<string>();
  const withAttributes: string[] = [];
  const others: string[] = [];
  let valid = joined !== '';
  if (valid) {
    try {
      doc.createDocumentFragment().querySelector(joined);
    } catch {
      valid = false;
    }
  }
  if (valid) {
    for (const raw of site?.skip ?? []) {
      const sel = raw.trim();
      if (PLAIN_TAG.test(sel)) tags.add(sel.toLowerCase());
      else if (ATTRIBUTE_COMPOUND.test(sel)) withAttributes.push(sel);
      else others.push(sel);
    }
  }
  const attrSel = withAttributes.join(',');
  const otherSel = others.join(',');
  return (el, tag, hasAttributes) => {
    if (SKIP_TAGS.has(tag) || tags.has(tag)) return true;
    if (hasAttributes) {
      if (el.hasAttribute('hidden')) return true;
      const ce = el.getAttribute('contenteditable');
      if (ce !== null && ce.toLowerCase() !== 'false') return true;
      if (attrSel !== '' && el.matches(attrSel)) return true;
    }
    if (RAIL_CONTAINERS.has(tag) && isRail(el)) return true;
    return otherSel !== '' && el.matches(otherSel);
  };
}
