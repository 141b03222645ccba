/** What the text finders share: positioned candidates, bare-word modes, symbol shapes, sticky matching, context snippets, canonical symbols. */
import { normalizeSymbol } from '../data/normalize-symbol';
import type { Candidate, Evidence } from './types';

/**
 * A candidate found in a text, with its [start, end) offsets. Made by `positioned`.
 *
 * `candidate` is the object the page sends, built once by the finder: the walk passes it on
 * as it is. And the DOM scans set `node` (the Text node the mention starts in) and keep this
 * object as the mention's located candidate (dom-common LocatedCandidate): one candidate and
 * one wrapper per mention, where a positioned copy, a plain copy and a { candidate, node }
 * wrapper were three objects (a heavy page's scan paid for them in scavenges).
 */
export interface PositionedCandidate {
  candidate: Candidate;
  start: number;
  end: number;
  /** Bare words only: the surrounding prose marks it as a ticker (see findBareTokens). */
  cued: boolean;
  /** Set by the DOM scans; null in plain text. */
  node: Node | null;
}

/**
 * A positioned candidate. Every finder builds its candidates here, so the wrappers have one
 * object shape (code that sorts and filters them reads one shape instead of a handful). The
 * candidate holds the fields that are set, in the order symbol, evidence, exchange, context, name.
 */
export function positioned(symbol: string, evidence: Evidence, start: number, end: number, context: string | undefined, exchange?: string, name?: string, cued = false): PositionedCandidate {
  // Exchange-qualified mentions are the common ones with a third field (most mentions get no
  // snippet): written as a literal, the field costs no extra property store.
  const candidate: Candidate = exchange === undefined ? { symbol, evidence } : { symbol, evidence, exchange };
  if (context !== undefined) candidate.context = context;
  if (name !== undefined) candidate.name = name;
  return { candidate, start, end, cued, node: null };
}

/**
 * Where bare upper-case words may be read: 'all' (prose), 'numeric' (an all-caps block such
 * as a ticker tape: only "NVDA +3.1%"), 'none' (headings, bylines, table cells, legal text).
 */
export type BareMode = 'all' | 'numeric' | 'none';

// A US symbol as writers spell it: "ZION", "BRK.B", "BRK/B", "BF-B" (cashtags, exchange-qualified).
export const SYM = '[A-Z]{1,5}(?:[./-][A-Z])?';
export const NOT_ALNUM_AHEAD = '(?![A-Za-z0-9])';

/** Runs a sticky regex at `at`: the finders locate a shape's first character with indexOf, then try the whole shape there. */
export function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * Where a sticky regex's match at `at` ends, or -1: stickyAt without the match object, for the
 * shapes whose text is a plain slice of the match (no array and capture strings per hit).
 */
export function stickyEnd(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

export const isBlank = (c: number) => c === 32 || c === 9 || c === 0xa0;

/**
 * Numbers in `at[0 .. n)`: a list the finders reuse from one text to the next (emptied by `n = 0`,
 * which keeps its storage). A new list per text was garbage a heavy page's scan paid for in scavenges. (A count,
 * not `at.length = 0`: V8 frees an emptied array's storage, so each text would allocate it again.)
 */
export class Numbers {
  readonly at: number[] = [];
  n = 0;

  push(x: number): void {
    this.at[this.n++] = x;
  }
}

/**
 * The spans of one text that the finders have settled (cashtags, "(NYSE: …)", "(XYZ)", index
 * names), for findBareTokens to read no bare word inside: flat, the start and end of each span
 * in turn (a [start, end] pair per span was two objects per mention).
 */
export class Spans extends Numbers {
  add(start: number, end: number): void {
    this.at[this.n++] = start;
    this.at[this.n++] = end;
  }

  /**
   * Sorts the spans by start, stably (as Array.sort of [start, end] pairs by start). Each finder's
   * spans come in order, so most texts' are already sorted and cost one pass; the others are sorted
   * as pairs (a few per text: the pairs are the only garbage left here).
   */
  sort(): void {
    const at = this.at;
    const n = this.n;
    let i = 2;
    while (i < n && at[i - 2]! <= at[i]!) i += 2;
    if (i >= n) return;
    const pairs: Array<[number, number]> = [];
    for (i = 0; i < n; i += 2) pairs.push([at[i]!, at[i + 1]!]);
    pairs.sort((a, b) => a[0] - b[0]);
    for (i = 0; i < n; i += 2) [at[i], at[i + 1]] = pairs[i >> 1]!;
  }
}

const CONTEXT_RADIUS = 40;

// Whitespace that collapsing would change: anything but a plain space, or a space followed by
// whitespace (the same as /\s\s|[^\S ]/, written so each position costs one class test).
const UNCOLLAPSED_SPACE = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| \s/;

/** `s.replace(/\s+/g, ' ').trim()`, without the copies when `s` is already collapsed (a single space can only sit at an end). */
export function collapseSpace(s: string): string {
  if (UNCOLLAPSED_SPACE.test(s)) return s.replace(/\s+/g, ' ').trim();
  return s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32 ? s.trim() : s;
}

/**
 * Whether a mention of `symbol` gets its context snippet (called once per mention, in text order).
 * The page scan builds snippets for the first few mentions of each symbol only (ScanOptions.snippets):
 * a snippet is a slice and a whitespace pass per mention, and nothing downstream reads more than a
 * few per symbol. Mentions whose validation reads the context (parentheticals, company names,
 * cashtags of coins that share a listed symbol) always get theirs.
 */
export type SnippetGate = (symbol: string) => boolean;

export function contextAround(text: string, start: number, end: number, before = CONTEXT_RADIUS): string {
  return collapseSpace(text.slice(Math.max(0, start - before), Math.min(text.length, end + CONTEXT_RADIUS)));
}

/** normalizeSymbol, without its regexes for the common case: 1–5 capitals are already canonical. */
export function canonical(raw: string): string | null {
  const n = raw.length;
  if (n === 0 || n > 5) return normalizeSymbol(raw);
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c < 65 || c > 90) return normalizeSymbol(raw);
  }
  return raw;
}
