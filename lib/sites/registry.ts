/**
 * The list of supported sites. Plain data on import (the content script's `matches` is
 * computed from it at build time), plus pure URL → adapter lookup.
 */
import type { SiteAdapter } from './site';
import { parseMatchPattern, urlMatchesPattern, type ParsedMatchPattern } from './match-pattern';
import { yahoo } from './yahoo';
import { reuters } from './reuters';
import { cnbc } from './cnbc';
import { marketwatch } from './marketwatch';
import { seekingalpha } from './seekingalpha';
import { bloomberg } from './bloomberg';
import { wsj } from './wsj';
import { barrons } from './barrons';
import { benzinga } from './benzinga';
import { fool } from './fool';
import { investing } from './investing';
import { nasdaq } from './nasdaq';
import { robinhood } from './robinhood';
import { fidelity } from './fidelity';
import { schwab } from './schwab';
import { etrade } from './etrade';
import { webull } from './webull';
import { interactivebrokers } from './interactivebrokers';
import { vanguard } from './vanguard';

export type { SiteAdapter } from './site';

export const SITES: SiteAdapter[] = [
  yahoo,
  reuters,
  cnbc,
  marketwatch,
  seekingalpha,
  bloomberg,
  wsj,
  barrons,
  benzinga,
  fool,
  investing,
  nasdaq,
  robinhood,
  fidelity,
  schwab,
  etrade,
  webull,
  interactivebrokers,
  vanguard,
];

/** Every site's match patterns, deduplicated, in registry order. Never `<all_urls>`. */
export function contentScriptMatches(): string[] {
  return [...new Set(SITES.flatMap((s) => s.matches))];
}

// Parsed lazily and cached: parsing is cheap but siteForUrl runs per link on a page.
let parsed: Array<[SiteAdapter, ParsedMatchPattern[]]> | undefined;

/** Whether `site` applies to `url` (one of its match patterns matches). */
export function siteMatchesUrl(site: SiteAdapter, url: string | URL): boolean {
  return site.matches.some((m) => urlMatchesPattern(url, m));
}

/** The adapter whose match patterns cover `url`, or undefined. Pure; invalid URLs give undefined. */
export function siteForUrl(url: string): SiteAdapter | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  parsed ??= SITES.map((s) => [s, s.matches.map(parseMatchPattern).filter((p): p is ParsedMatchPattern => p !== null)]);
  for (const [site, patterns] of parsed) {
    if (patterns.some((p) => urlMatchesPattern(u, p))) return site;
  }
  return undefined;
}
