/** What the text finders share: positioned candidates, bare-word modes, symbol shapes, sticky matching, context snippets, canonical symbols. */
import { normalizeSymbol } from '../data/normalize-symbol';
import type { Candidate, Evidence } from './types';

/** A candidate with its [start, end) offsets in the scanned text (dom-scan maps them to nodes). Made by `positioned`. */
export interface PositionedCandidate extends Candidate {
  start: number;
  end: number;
  /** Bare words only: the surrounding prose marks it as a ticker (see findBareTokens). */
  cued?: boolean;
}

/**
 * A positioned candidate. Every finder builds its candidates here, so they all have one object
 * shape (the same fields in the same order, unset ones undefined): the code that sorts, filters
 * and copies them then reads one shape instead of a handful (a polymorphic or megamorphic
 * property read per field per mention on a heavy page).
 */
export function positioned(symbol: string, evidence: Evidence, start: number, end: number, context: string | undefined, exchange?: string, name?: string, cued?: boolean): PositionedCandidate {
  return { symbol, evidence, exchange, context, name, start, end, cued };
}

/** The Candidate part of a positioned candidate: the fields that are set, in a plain object (no rest spread). */
export function plainCandidate(pc: PositionedCandidate): Candidate {
  const c: Candidate = { symbol: pc.symbol, evidence: pc.evidence };
  if (pc.exchange !== undefined) c.exchange = pc.exchange;
  if (pc.context !== undefined) c.context = pc.context;
  if (pc.name !== undefined) c.name = pc.name;
  return c;
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
 * The spans of one text that the finders have settled (cashtags, "(NYSE: …)", "(XYZ)", index
 * names), for findBareTokens to read no bare word inside: flat, start and end of each span in
 * turn (`covered.push(start, end)`). A [start, end] pair per span was two objects per mention,
 * garbage a heavy page's scan paid for in scavenges.
 */
export type Spans = number[];

// Past this many spans an insertion sort could go quadratic (a hostile page): a sort of indexes takes over.
const SPANS_INSERTION_MAX = 32;

/** Sorts flat spans by start, stably (as Array.sort of [start, end] pairs by start), in place. */
export function sortSpans(spans: Spans): void {
  const n = spans.length >> 1;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = spans[2 * i - 2]! <= spans[2 * i]!;
  if (sorted) return;
  if (n > SPANS_INSERTION_MAX) return sortSpansByIndex(spans, n);
  // Each finder's spans are already in order: a few sorted runs, so few moves.
  for (let i = 1; i < n; i++) {
    const s = spans[2 * i]!;
    const e = spans[2 * i + 1]!;
    let j = i - 1;
    while (j >= 0 && spans[2 * j]! > s) {
      spans[2 * j + 2] = spans[2 * j]!;
      spans[2 * j + 3] = spans[2 * j + 1]!;
      j--;
    }
    spans[2 * j + 2] = s;
    spans[2 * j + 3] = e;
  }
}

function sortSpansByIndex(spans: Spans, n: number): void {
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => spans[2 * a]! - spans[2 * b]!);
  const copy = spans.slice();
  for (let k = 0; k < n; k++) {
    spans[2 * k] = copy[2 * order[k]!]!;
    spans[2 * k + 1] = copy[2 * order[k]! + 1]!;
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
