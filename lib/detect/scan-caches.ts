/**
 * What the walks of one scan share: memoised quote links, the compiled skip check, and the gate
 * that gives the first few mentions of each symbol a context snippet.
 */
import type { SiteAdapter } from '../sites/site';
import type { SnippetGate } from './candidates';
import type { SkipCheck } from './dom-common';
import { candidateFromHref } from './links';
import type { Candidate } from './types';

/** Per-scan caches shared by the walks of one scan. */
export interface ScanCaches {
  hrefs: Map<string, Candidate | null>;
  skip: SkipCheck;
  /** Undefined: a snippet for every mention. */
  snippet: SnippetGate | undefined;
}

export function newCaches(skip: SkipCheck, snippets?: number): ScanCaches {
  return { hrefs: new Map(), skip, snippet: snippets === undefined ? undefined : snippetGate(snippets) };
}

/** The first `limit` mentions of each symbol in this scan get a snippet. */
function snippetGate(limit: number): SnippetGate {
  const given = new Map<string, number>();
  return (symbol) => {
    const n = given.get(symbol) ?? 0;
    if (n >= limit) return false;
    given.set(symbol, n + 1);
    return true;
  };
}

/** candidateFromHref, memoised per scan (article pages repeat the same quote links); a fresh object each time. */
export function linkCandidate(href: string, site: SiteAdapter | undefined, cache: Map<string, Candidate | null>): Candidate | null {
  let c = cache.get(href);
  if (c === undefined) {
    c = candidateFromHref(href, site);
    cache.set(href, c);
  }
  return c ? { ...c } : null;
}
