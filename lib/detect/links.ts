/**
 * Quote links → candidates. A link to a quote page is the publisher saying "this is the
 * instrument", so it is strong evidence (the ambiguity rules accept it for ALL, ON, …).
 *
 * Relative hrefs use the page's adapter; absolute hrefs use the adapter of the host they
 * point to (a Reuters article linking to MarketWatch's /investing/stock/zion). A known site's
 * own shapes are authoritative: Bloomberg's /quote/BP/:LN or WSJ's /market-data/quotes/UK/…
 * are foreign listings, not the generic /quote/BP. Links to hosts without an adapter (or
 * relative links on an unknown page) fall back to a few shapes shared by many sites
 * (/quote/KRE, /quotes/KRE, /symbol/KRE, /stocks/KRE, /quotes/stocks/KRE), upper-case symbols only: lower-case
 * path words (/stocks/news) are site sections far more often than tickers.
 */
import { normalizeSymbol } from '../data/normalize-symbol';
import type { SiteAdapter } from '../sites/site';
import { siteForUrl, siteMatchesUrl } from '../sites/registry';
import { parseRic } from './exchanges';
import type { Candidate } from './types';

const GENERIC_QUOTE_PATHS: RegExp[] = [
  // Also nested under "stock(s)" either way: /quotes/stocks/KRE (barchart 2014), /stocks/quotes/KRE,
  // /stock/quote/KRE (Zacks), /detailedquote/stocks/KRE.
  /^\/(?:stocks?\/)?(?:quotes?|symbol|detailedquote)\/(?:stocks?\/)?([A-Z]{1,5}(?:[.-][A-Z])?)(?:[/?#]|$)/,
  /^\/stocks\/([A-Z]{1,5}(?:[.-][A-Z])?)(?:[/?#]|$)/,
];

// Shapes with the symbol in the query, on hosts without an adapter: finviz's
// quote.ashx?t=AAPL&ty=c (also written relative, "quote.ashx?t=AAPL", on finviz's own pages).
const GENERIC_QUOTE_QUERIES: RegExp[] = [/^\/quote\.ashx\?(?:[^#]*&)?t=([A-Za-z]{1,5}(?:[.-][A-Za-z])?)(?:[&#]|$)/];

const RELATIVE_BASE = 'https://relative.caplens.invalid/';
const MAX_HREF_LENGTH = 2048;
const ABSOLUTE_RE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

function symbolFrom(raw: string, style: SiteAdapter['quoteLinkStyle']): { symbol: string; exchange?: string } | null {
  if (style === 'ric') return parseRic(raw);
  const symbol = normalizeSymbol(raw);
  return symbol ? { symbol } : null;
}

/** The quote-link candidate for `href`, or null. `site` is the adapter of the page the link is on. */
export function candidateFromHref(href: string, site?: SiteAdapter): Candidate | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_HREF_LENGTH) return null;
  const absolute = ABSOLUTE_RE.test(trimmed);
  let url: URL;
  try {
    url = new URL(trimmed, RELATIVE_BASE);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;

  let own: SiteAdapter | undefined = site;
  // Adapters match https only; older pages link over http (WSJ's 2018 tables: http://www.wsj.com/public/quotes/…).
  const secure = url.protocol === 'http:' ? new URL(`https:${url.href.slice(5)}`) : url;
  if (absolute) own = site && siteMatchesUrl(site, secure) ? site : siteForUrl(secure.href);

  const tail = url.pathname + url.search + url.hash;
  for (const re of own?.quoteLinks ?? []) {
    const m = re.exec(tail);
    if (m?.[1] === undefined) continue;
    const parsed = symbolFrom(m[1], own?.quoteLinkStyle);
    if (!parsed) continue;
    const c: Candidate = { symbol: parsed.symbol, evidence: 'quote-link' };
    if (parsed.exchange !== undefined) c.exchange = parsed.exchange;
    return c;
  }
  if (own) return null;
  for (const re of GENERIC_QUOTE_QUERIES) {
    const m = re.exec(url.pathname + url.search);
    const symbol = m?.[1] === undefined ? null : normalizeSymbol(m[1]);
    if (symbol) return { symbol, evidence: 'quote-link' };
  }
  for (const re of GENERIC_QUOTE_PATHS) {
    const m = re.exec(url.pathname);
    if (m?.[1] === undefined) continue;
    const symbol = normalizeSymbol(m[1]);
    if (symbol) return { symbol, evidence: 'quote-link' };
  }
  return null;
}

// "window.location='quote.ashx?t=GM&ty=c'", "location.href = \"/quote/AAPL\"": the one quoted URL of a
// click handler that navigates (finviz's ticker tiles are spans with such a handler, no <a>).
const ONCLICK_URL_RE = /location(?:\.href)?[ \t]{0,3}=[ \t]{0,3}(['"])([^'"]{1,300})\1/;

/** The quote-link candidate of an element's onclick handler that navigates to a quote page, or null. */
export function candidateFromOnclick(onclick: string, site?: SiteAdapter): Candidate | null {
  if (onclick.length > 1000) return null;
  const m = ONCLICK_URL_RE.exec(onclick);
  return m ? candidateFromHref(m[2]!, site) : null;
}
