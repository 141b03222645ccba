/**
 * The main symbol of a quote page: the site adapter's symbol element ("ZION", "ZION.O",
 * "Zions Bancorporation (ZION)"), else a quote URL shape the adapter knows.
 */
import { normalizeSymbol } from '../data/normalize-symbol';
import type { SiteAdapter } from '../sites/site';
import { collapseSpace, findTextCandidates } from './candidates';
import { docOf, type LocatedCandidate, type ScanOptions } from './dom-common';
import { parseRic } from './exchanges';
import { candidateFromHref } from './links';
import type { Candidate } from './types';

const MAX_MAIN_SYMBOL_TEXT = 200;

/** The symbol shown by the site's main-symbol element: "ZION", "ZION.O", or "Zions Bancorporation (ZION)". */
function mainSymbolFromText(raw: string, site: SiteAdapter): Candidate | null {
  const text = collapseSpace(raw);
  if (text === '' || text.length > MAX_MAIN_SYMBOL_TEXT) return null;
  if (site.quoteLinkStyle === 'ric') {
    const ric = parseRic(text);
    if (ric) return { symbol: ric.symbol, evidence: 'main-symbol', ...(ric.exchange ? { exchange: ric.exchange } : {}) };
  }
  if (/^\$?[A-Za-z]{1,5}(?:[./-][A-Za-z])?$/.test(text)) {
    const symbol = normalizeSymbol(text.replace(/^\$/, ''));
    return symbol ? { symbol, evidence: 'main-symbol', context: text } : null;
  }
  // "Allstate Corp (ALL)": the element is the site's own symbol header, so the last
  // parenthesised symbol is taken without the prose stop list.
  const paren = /\(([A-Z]{1,5}(?:[./-][A-Z])?)\)[^(]{0,40}$/.exec(text);
  const symbol = paren ? normalizeSymbol(paren[1]) : null;
  if (symbol) return { symbol, evidence: 'main-symbol', context: text };
  const found = findTextCandidates(text, { bare: 'none' })[0];
  if (!found) return null;
  const c: Candidate = { symbol: found.symbol, evidence: 'main-symbol', context: text };
  if (found.exchange !== undefined) c.exchange = found.exchange;
  return c;
}

// A quote page's own title: "KRE Quote", "TSLA Tesla, Inc. Stock Quote", "AAPL Stock Price | …",
// "Tesla, Inc. (TSLA) Stock Price, News, Quote & History". The site names the instrument the
// page is about, as its symbol element would.
const TITLE_LEADING_RE = /^\$?([A-Z]{1,5}(?:[.-][A-Z])?)(?:[ \u00a0][^|()]{0,60}?)?[ \u00a0](?:Stock[ \u00a0])?(?:Quote|Price)(?![A-Za-z])/;
const TITLE_PAREN_RE = /\(([A-Z]{1,5}(?:[.-][A-Z])?)\)[ \u00a0]{1,2}(?:Stock[ \u00a0])?(?:Quote|Price)(?![A-Za-z])/;
const MAX_TITLE = 200;

/** The symbol a quote page's <title> names, or null. */
export function titleSymbol(title: string): string | null {
  const t = collapseSpace(title);
  if (t === '' || t.length > MAX_TITLE) return null;
  const m = TITLE_LEADING_RE.exec(t) ?? TITLE_PAREN_RE.exec(t);
  return m ? normalizeSymbol(m[1]) : null;
}

export function mainSymbol(root: ParentNode, opts: ScanOptions, found: LocatedCandidate[]): LocatedCandidate | null {
  const site = opts.site;
  const doc = docOf(root);
  const el = mainSymbolElement(root, site);
  const c = el && site ? mainSymbolFromText(el.textContent ?? '', site) : null;
  if (el && c) {
    // Already read as text (the heading sits inside the article root): evidence, not a new mention.
    if (found.some((f) => f.candidate.symbol === c.symbol && el.contains(f.node))) c.extraEvidence = true;
    return { candidate: c, node: el };
  }
  return urlMainSymbol(doc, opts.url ?? doc?.URL, site) ?? titleMainSymbol(doc);
}

export function mainSymbolElement(root: ParentNode, site: SiteAdapter | undefined): Element | null {
  if (!site?.mainSymbol) return null;
  try {
    return root.querySelector(site.mainSymbol);
  } catch {
    return null;
  }
}

/**
 * A quote page recognised by its URL: the adapter's shapes (robinhood.com/stocks/ZION,
 * finance.yahoo.com/quote/ZION/) or, on a page without an adapter, finviz.com/quote.ashx?t=TSLA and
 * the shared shapes in links.ts.
 */
function urlMainSymbol(doc: Document | null, url: string | undefined, site: SiteAdapter | undefined): LocatedCandidate | null {
  const body = doc?.body ?? doc?.documentElement;
  const c = body && url && /^https?:/i.test(url) ? candidateFromHref(url, site) : null;
  return c && body && url ? { candidate: { ...c, evidence: 'main-symbol', context: url.slice(0, 120) }, node: body } : null;
}

function titleMainSymbol(doc: Document | null): LocatedCandidate | null {
  const body = doc?.body ?? doc?.documentElement;
  const title = doc?.title ?? '';
  const symbol = body ? titleSymbol(title) : null;
  return symbol && body ? { candidate: { symbol, evidence: 'main-symbol', context: title.slice(0, 120) }, node: body } : null;
}
