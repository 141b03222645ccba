/**
 * Sites the user adds in Options (any https news or broker site we do not ship an adapter
 * for). Pure: input parsing, the match pattern we ask permission for, and a generic adapter
 * (landmark article roots, page chrome skipped, no site-specific quote links).
 */
import { CHROME_SKIP } from './common';
import { siteForUrl } from './registry';
import type { SiteAdapter } from './site';

export const CUSTOM_PREFIX = 'custom:';
/** Optional permissions a user-added site needs: the scripting API, and that site's https origin. */
export const USER_SITE_PERMISSIONS = ['scripting'] as const;
/**
 * The ceiling of what a user site may be granted: the manifest's optional origin (wxt.config.ts).
 * @public — wxt.config.ts builds the manifest from it, and knip --production does not read config files.
 */
export const USER_SITE_ORIGINS = ['https://*/*'] as const;
const MAX_INPUT = 300;
// A DNS name: labels of letters, digits and hyphens, at least one dot, a letter TLD.
const HOST_RE = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export type ParsedSite = { ok: true; host: string; pattern: string } | { ok: false; error: string };

/**
 * "ft.com", "www.ft.com", "https://www.ft.com/markets?x=1" → host "ft.com", pattern
 * "https://*.ft.com/*" (the site and its subdomains, https only). Built-in sites, IP
 * addresses, localhost and non-https schemes are refused with a reason the user can act on.
 */
export function parseSiteInput(input: string): ParsedSite {
  const raw = input.trim();
  if (raw === '') return { ok: false, error: 'Type a site address, e.g. ft.com.' };
  if (raw.length > MAX_INPUT) return { ok: false, error: 'That address is too long.' };
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(raw)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'https') return { ok: false, error: 'Only https:// sites can be added.' };
  let host: string;
  try {
    host = new URL(scheme ? raw : `https://${raw}`).hostname.toLowerCase();
  } catch {
    return { ok: false, error: `“${raw.slice(0, 60)}” is not a web address.` };
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  if (!HOST_RE.test(host)) return { ok: false, error: `“${host.slice(0, 60)}” is not a public site name (like ft.com).` };
  const builtIn = siteForUrl(`https://${host}/`) ?? siteForUrl(`https://www.${host}/`);
  if (builtIn) return { ok: false, error: `${builtIn.name} is already supported: switch it on above.` };
  return { ok: true, host, pattern: sitePattern(host) };
}

export function sitePattern(host: string): string {
  return `https://*.${host}/*`;
}

/** Whether `url` is on `host` or one of its subdomains (what sitePattern grants). */
export function urlOnHost(url: string, host: string): boolean {
  let h: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:') return false;
    h = u.hostname.toLowerCase();
  } catch {
    return false;
  }
  return h === host || h.endsWith(`.${host}`);
}

/** The generic adapter for a user-added site. */
export function customSiteAdapter(host: string): SiteAdapter {
  return {
    id: CUSTOM_PREFIX + host,
    name: host,
    kind: 'news',
    matches: [sitePattern(host)],
    articleRoot: ['article', '[itemprop="articleBody"]', 'main', '[role="main"]'],
    skip: [...CHROME_SKIP, 'aside', '[role="complementary"]', '[class*="comment" i]', '[id*="comment" i]'],
  };
}
