/**
 * Plain text → ticker candidates, without the symbol universe (the content script stays
 * small; the background validates). Three shapes, each a strong convention in financial
 * writing:
 *   - cashtags: `$IWM`, `$BRK.B` (upper case only; `$5`, `$1.2B` are money),
 *   - exchange-qualified: `(NASDAQ: ZION)`, `NYSE Arca: IWM`, `(NYSE: WAL, NASDAQ: ZION)`,
 *     foreign ones (`TSX: SHOP`) kept with their exchange so the validator can drop them,
 *   - parenthetical after a capitalised name: `Zions Bancorporation (ZION)`, `(ZION.O)`.
 * Plus index names in prose ("the Russell 2000" → RUT, evidence 'index'), and bare
 * upper-case words (evidence 'bare') marked `cued` when the prose around them says "ticker":
 * "shares of ZION", "ZION stock", "ZION rose 3%", "ZION (+2.1%)", or a list with one of those.
 * Uncued bare words are kept only when the caller has other evidence for the same symbol on
 * the page (dom-scan decides); the validator then requires the universe and no ambiguity.
 * Optionally (FindOptions.names), capitalised phrases as 'name' candidates for company names
 * without a ticker; the validator resolves them with the universe's name index.
 *
 * Every regex is linear: bounded repeats, no nested quantifiers (see the fast-check test).
 */
import { normalizeSymbol } from '../data/normalize-symbol';
import { NAME_SYMBOL, type Candidate } from './types';
import { EXCHANGE_NAMES_SOURCE, normalizeExchangeName, isForeignExchange, ricSuffixExchange } from './exchanges';
import { INDEX_NAME_STICKY, INDEX_NAME_WORDS, indexCodeOfMatch, isFundName } from './indexes';
import { findBareTokens } from './bare-words';
import { PAREN_STOP_WORDS } from './stop-words';
import { canonical, contextAround, type BareMode, type PositionedCandidate } from './text-scan';

export { PAREN_STOP_WORDS } from './stop-words';
export { mostlyCaps } from './bare-words';
export { collapseSpace, type BareMode, type PositionedCandidate } from './text-scan';

export interface FindOptions {
  /** Default 'all'. */
  bare?: BareMode;
  /**
   * With bare 'all': read the text as 'numeric' when it is mostly capitals (a headline, a
   * ticker tape). Decided only when a bare word needs it, so prose is not counted letter by letter.
   */
  capsDemote?: boolean;
  /** Also emit capitalised phrases as 'name' candidates (company names without a ticker). Default false. */
  names?: boolean;
}

const SYM = '[A-Z]{1,5}(?:[./-][A-Z])?';
const NOT_ALNUM_AHEAD = '(?![A-Za-z0-9])';

// `(?<![A-Za-z0-9$])` keeps "US$5", "A$B" and "$$" out; the symbol must start with a letter.
// Tried at each "$" (found with indexOf): a lookbehind first defeats the regex engine's fast scan.
const CASHTAG_STICKY = new RegExp(`(?<![A-Za-z0-9$])\\$(${SYM})${NOT_ALNUM_AHEAD}`, 'y');

// After an exchange name and its colon (see nextExchange), the symbol is read by sticky regexes.
const US_SYMBOL_STICKY = new RegExp(`${SYM}${NOT_ALNUM_AHEAD}`, 'y');
// Foreign venues use digits (HKEX: 0700, TYO: 7203) and dotted suffixes (LSE: BT.A).
const FOREIGN_SYMBOL_STICKY = new RegExp(`[A-Z0-9]{1,6}(?:\\.[A-Z]{1,2})?${NOT_ALNUM_AHEAD}`, 'y');
// A list separator inside "(NYSE: BRK.A, BRK.B)"; the next item must not be "NASDAQ:".
const LIST_SEP_STICKY = /[ \t\u00a0]{0,3}(?:,|&|\/|and)[ \t\u00a0]{0,3}/y;
const COLON_AHEAD_STICKY = /[ \t\u00a0]{0,3}:/y;
// The next list item is another exchange: "(TSX: IMO, NYSE American: IMO)".
const EXCHANGE_AHEAD_STICKY = new RegExp(`(?:${EXCHANGE_NAMES_SOURCE})[ \\t\\u00a0]{0,3}:`, 'iy');

// "(ZION)", "(BRK.B)", RIC style "(ZION.O)", "(BRKb.N)", "(SHOP.TO)". Tried (sticky) at each
// "(" found with indexOf: a scan for the whole pattern would test every character.
const PAREN_STICKY = /\(([A-Z]{1,5})([a-z])?(?:([./-])([A-Z]{1,2}))?\)/y;
// The word right before "(": letters/digits plus the punctuation of company names (AT&T, Inc.).
const isNameChar = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 38 || c === 46 || c === 39 || c === 0x2019 || c === 45;
const NAME_LOOKBACK = 48;

/**
 * The last 1–40 name characters before `at`, with at most three blanks between them and `at`,
 * looking no further back than NAME_LOOKBACK (as /([A-Za-z0-9&.'’-]{1,40})[ \t\u00a0]{0,3}$/ on
 * that window, read backwards instead of tried at every position).
 */
function nameWordBefore(text: string, at: number): string | null {
  const lo = Math.max(0, at - NAME_LOOKBACK);
  let q = at;
  for (let blanks = 0; q > lo && isBlank(text.charCodeAt(q - 1)); blanks++) {
    if (blanks === 3) return null;
    q--;
  }
  let p = q;
  while (p > lo && q - p < 40 && isNameChar(text.charCodeAt(p - 1))) p--;
  return p < q ? text.slice(p, q) : null;
}

const MAX_LIST_ITEMS = 6;
/** Parentheticals keep more of the name before them (the validator compares it with the listed name). */
export const PAREN_CONTEXT_BEFORE = 64;

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function findCashtags(text: string, out: PositionedCandidate[], covered: Array<[number, number]>): void {
  for (let at = text.indexOf('$'); at !== -1; ) {
    const m = stickyAt(CASHTAG_STICKY, text, at);
    if (!m) {
      at = text.indexOf('$', at + 1);
      continue;
    }
    const end = m.index + m[0].length;
    at = text.indexOf('$', end);
    covered.push([m.index, end]);
    const symbol = canonical(m[1]!);
    if (!symbol) continue;
    out.push({ symbol, evidence: 'cashtag', context: contextAround(text, m.index, end), start: m.index, end });
  }
}

// An exchange name ending right before a colon, tried (sticky) only where a word starts in the
// few characters before each colon (colons are rare; letters are not).
const EXCHANGE_BEFORE_COLON_STICKY = new RegExp(`(${EXCHANGE_NAMES_SOURCE})[ \\t\\u00a0]{0,3}(?=:)`, 'iy');
// Longer than the longest name ("nyse american", 13) plus three blanks.
const EXCHANGE_LOOKBACK = 24;

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The next "NYSE: " (name, up to three blanks, colon, blanks) starting at or after `from`, as
 * [start, end, name]:
 * for each colon in turn, the leftmost name that ends at it, which is what a left-to-right
 * search for the whole shape finds first (a name cannot contain a colon, so a match before an
 * earlier colon would have been found at that colon). A name starts a word: not after a letter.
 */
function nextExchange(text: string, from: number): [number, number, string] | null {
  let prevColon = -1;
  for (let c = text.indexOf(':', from); c !== -1; prevColon = c, c = text.indexOf(':', c + 1)) {
    const lo = Math.max(from, prevColon + 1, c - EXCHANGE_LOOKBACK);
    for (let p = lo; p < c; p++) {
      if (!isLetter(text.charCodeAt(p)) || (p > 0 && isLetter(text.charCodeAt(p - 1)))) continue;
      const m = stickyAt(EXCHANGE_BEFORE_COLON_STICKY, text, p);
      if (!m) continue;
      let end = c + 1;
      while (end < c + 4 && isBlank(text.charCodeAt(end))) end++;
      return [p, end, m[1]!];
    }
  }
  return null;
}

const isBlank = (c: number) => c === 32 || c === 9 || c === 0xa0;

/** Whether "(" and at most three blanks come right before `at` ("(NYSE: …"). */
function openParenBefore(text: string, at: number): boolean {
  let k = at - 1;
  for (let blanks = 0; k >= 0 && blanks < 3 && isBlank(text.charCodeAt(k)); blanks++) k--;
  return k >= 0 && text.charCodeAt(k) === 40;
}

// Pages repeat the same few spellings ("NASDAQ", "NYSE"): normalised once each per session.
const EXCHANGE_CODES = new Map<string, string>();
const MAX_EXCHANGE_CODES = 256;

function exchangeCode(name: string): string {
  let code = EXCHANGE_CODES.get(name);
  if (code === undefined) {
    code = normalizeExchangeName(name);
    if (EXCHANGE_CODES.size < MAX_EXCHANGE_CODES) EXCHANGE_CODES.set(name, code);
  }
  return code;
}

function findExchangeQualified(text: string, out: PositionedCandidate[], covered: Array<[number, number]>): void {
  for (let m = nextExchange(text, 0); m; ) {
    const [index, matchEnd, name] = m;
    covered.push([index, matchEnd]);
    const exchange = exchangeCode(name);
    const foreign = isForeignExchange(exchange);
    const symbolRe = foreign ? FOREIGN_SYMBOL_STICKY : US_SYMBOL_STICKY;
    // Lists only in the parenthetical form "(NYSE: BRK.A, BRK.B)": in running prose a comma
    // after the symbol starts the next clause, not another ticker.
    const inParens = openParenBefore(text, index);
    let at = matchEnd;
    for (let item = 0; item < (inParens ? MAX_LIST_ITEMS : 1); item++) {
      if (item > 0) {
        const sep = stickyAt(LIST_SEP_STICKY, text, at);
        if (!sep) break;
        const next = stickyAt(symbolRe, text, at + sep[0].length);
        // "NYSE: WAL, NASDAQ: ZION": the next item is an exchange, left to the outer loop.
        if (!next || stickyAt(COLON_AHEAD_STICKY, text, at + sep[0].length + next[0].length)) break;
        if (stickyAt(EXCHANGE_AHEAD_STICKY, text, at + sep[0].length)) break;
        at += sep[0].length;
      }
      const sm = stickyAt(symbolRe, text, at);
      if (!sm) break;
      const start = at;
      const end = at + sm[0].length;
      const symbol = canonical(sm[0]) ?? (foreign ? sm[0] : null);
      if (symbol) {
        out.push({ symbol, evidence: 'exchange-prefix', exchange, context: contextAround(text, index, end), start, end });
      }
      at = end;
    }
    m = nextExchange(text, Math.max(matchEnd, at));
  }
}

/** "Zions Bancorporation (ZION)": the word before "(" starts with a capital (or digit: "Russell 2000"), or is iShares/eBay-style. */
function precededByName(text: string, parenIndex: number): boolean {
  const raw = nameWordBefore(text, parenIndex);
  if (raw === null) return false;
  const word = raw.replace(/^[^A-Za-z0-9]+/, '');
  // "Common Stock (DE)", "Class A Ordinary Shares (KY)": a security's description, the
  // parenthesis is a jurisdiction or a note, not a ticker.
  if (SECURITY_WORDS.has(word.replace(/[^A-Za-z]/g, '').toLowerCase())) return false;
  return /^[A-Z0-9]/.test(word) || /^[a-z]{1,3}[A-Z]/.test(word);
}

const SECURITY_WORDS = new Set(['stock', 'stocks', 'share', 'shares', 'units', 'warrants', 'warrant', 'rights', 'notes', 'debentures', 'preferred']);

function findParentheticals(text: string, out: PositionedCandidate[], covered: Array<[number, number]>): void {
  for (let at = text.indexOf('('); at !== -1; ) {
    const m = stickyAt(PAREN_STICKY, text, at);
    if (!m) {
      at = text.indexOf('(', at + 1);
      continue;
    }
    at = text.indexOf('(', m.index + m[0].length);
    // Any "(XYZ)" shape is settled here, taken or not: never re-read as a bare word.
    covered.push([m.index, m.index + m[0].length]);
    const [, base, lowerClass, sep, suffix] = m;
    let symbol: string | null = null;
    let exchange: string | undefined;
    if (sep === '.' && suffix !== undefined && (suffix.length === 2 || lowerClass || ['O', 'N', 'L', 'T'].includes(suffix))) {
      // Reuters RIC ("ZION.O", "BRKb.N", "SHOP.TO"): the suffix is an exchange, not a share class.
      // One-letter suffixes other than O/N/L/T stay share classes (BRK.A, BRK.B, HEI.A).
      exchange = ricSuffixExchange(suffix);
      if (exchange === undefined) continue;
      symbol = normalizeSymbol(lowerClass ? `${base}.${lowerClass.toUpperCase()}` : base!);
    } else {
      if (lowerClass || (suffix !== undefined && suffix.length !== 1)) continue;
      symbol = canonical(sep ? `${base}${sep}${suffix}` : base!);
      if (!symbol || PAREN_STOP_WORDS.has(symbol)) continue;
    }
    if (!symbol || !precededByName(text, m.index)) continue;
    const end = m.index + m[0].length;
    const c: PositionedCandidate = { symbol, evidence: 'parenthetical', context: contextAround(text, m.index, end, PAREN_CONTEXT_BEFORE), start: m.index, end };
    if (exchange !== undefined) c.exchange = exchange;
    out.push(c);
  }
}

/** The leftmost place at or after `from` where an index name may start (one of INDEX_NAME_WORDS), or -1. */
function nextIndexWord(text: string, from: number): number {
  INDEX_WORD_START.lastIndex = from;
  const m = INDEX_WORD_START.exec(text);
  return m ? m.index : -1;
}

// Where an index name may start: one pass led by the class of the words' first letters (the
// engine tests that class per position), instead of an indexOf per word. It may stop at a
// non-name ("Sow"); INDEX_NAME_STICKY decides.
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const INDEX_WORD_START = new RegExp(
  `[${[...new Set(INDEX_NAME_WORDS.map((w) => escapeRe(w[0]!)))].join('')}](?:${INDEX_NAME_WORDS.map((w) => escapeRe(w.slice(1))).join('|')})`,
  'g',
);

function findIndexNames(text: string, out: PositionedCandidate[], covered: Array<[number, number]>): void {
  for (let at = nextIndexWord(text, 0); at !== -1; ) {
    const m = stickyAt(INDEX_NAME_STICKY, text, at);
    if (!m) {
      at = nextIndexWord(text, at + 1);
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    at = nextIndexWord(text, end);
    covered.push([start, end]);
    const code = indexCodeOfMatch(m);
    if (!code || isFundName(text, start, end)) continue;
    out.push({ symbol: code, evidence: 'index', context: contextAround(text, start, end), start, end });
  }
}

// A capitalised phrase: 1–5 capitalised words ("JPMorgan Chase", "Bank of America", "Dave &
// Buster's"), joined by single spaces and the connectors of company names. Bounded repeats.
const NAME_RE = /(?<![A-Za-z0-9&'\u2019.-])[A-Z][A-Za-z0-9&'\u2019.-]{1,24}(?:[ \u00a0](?:(?:of|and|&|de|du|la|the)[ \u00a0])?[A-Z][A-Za-z0-9&'\u2019.-]{0,24}){0,4}/g;
export const MAX_NAME_LENGTH = 80;

function findNames(text: string, out: PositionedCandidate[], covered: Array<[number, number]>): void {
  NAME_RE.lastIndex = 0;
  for (let m = NAME_RE.exec(text); m; m = NAME_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // One word in capitals is a bare word's business; a phrase inside an index name is the index.
    if (!/[a-z]/.test(m[0]) || overlapsAny(covered, start, end)) continue;
    const name = m[0].replace(/[.'\u2019-]+$/, '').slice(0, MAX_NAME_LENGTH);
    if (name.length < 3) continue;
    out.push({ symbol: NAME_SYMBOL, evidence: 'name', name, context: contextAround(text, start, end), start, end });
  }
}

function overlapsAny(covered: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  for (const [s, e] of covered) if (s < end && e > start && !(s >= start && e <= end)) return true;
  return false;
}

/** All candidates in `text`, with offsets, in text order; bare words carry `cued`. */
export function findPositionedCandidates(text: string, opts: FindOptions = {}): PositionedCandidate[] {
  const out: PositionedCandidate[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  const covered: Array<[number, number]> = [];
  findCashtags(text, out, covered);
  findExchangeQualified(text, out, covered);
  findParentheticals(text, out, covered);
  findIndexNames(text, out, covered);
  const indexSpans = opts.names ? out.filter((c) => c.evidence === 'index').map((c): [number, number] => [c.start, c.end]) : [];
  findBareTokens(text, opts.bare ?? 'all', opts.capsDemote === true, out, covered);
  if (opts.names) findNames(text, out, indexSpans);
  return byStart(out);
}

/**
 * out.sort by start (stable), in place. Each finder's output is already in order, so the list
 * is a few sorted runs: an insertion sort moves only the out-of-place items, without a
 * comparator call per pair.
 */
function byStart(xs: PositionedCandidate[]): PositionedCandidate[] {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i]!;
    let j = i - 1;
    if (xs[j]!.start <= x.start) continue;
    while (j >= 0 && xs[j]!.start > x.start) {
      xs[j + 1] = xs[j]!;
      j--;
    }
    xs[j + 1] = x;
  }
  return xs;
}

/**
 * Ticker candidates in plain text, in text order. Never throws; unvalidated (see validate.ts).
 * Without page context, bare words are returned only when cued.
 */
export function findTextCandidates(text: string, opts: FindOptions = {}): Candidate[] {
  return findPositionedCandidates(text, opts)
    .filter((c) => c.evidence !== 'bare' || c.cued)
    .map(({ start: _s, end: _e, cued: _c, ...c }) => c);
}
