/**
 * Exchange-qualified mentions: "(NASDAQ: ZION)", "NYSE Arca: IWM", "(NYSE: WAL, NASDAQ: ZION)",
 * "(NYSE: BRK.A, BRK.B)". Press releases and filings name a company's listing this way, so it
 * is the strongest evidence in prose; foreign venues ("TSX: SHOP") are kept with their exchange
 * so the validator can drop them rather than mistake them for a US ticker.
 */
import { EXCHANGE_NAMES_SOURCE, normalizeExchangeName, isForeignExchange } from './exchanges';
import { canonical, contextAround, isBlank, NOT_ALNUM_AHEAD, positioned, stickyEnd, SYM, type PositionedCandidate, type Numbers, type SnippetGate, type Spans } from './text-scan';

// After an exchange name and its colon (see nextExchange), the symbol is read by sticky regexes.
const US_SYMBOL_STICKY = new RegExp(`${SYM}${NOT_ALNUM_AHEAD}`, 'y');
// Foreign venues use digits (HKEX: 0700, TYO: 7203) and dotted suffixes (LSE: BT.A).
const FOREIGN_SYMBOL_STICKY = new RegExp(`[A-Z0-9]{1,6}(?:\\.[A-Z]{1,2})?${NOT_ALNUM_AHEAD}`, 'y');
// A list separator inside "(NYSE: BRK.A, BRK.B)"; the next item must not be "NASDAQ:".
const LIST_SEP_STICKY = /[ \t\u00a0]{0,3}(?:,|&|\/|and)[ \t\u00a0]{0,3}/y;
const COLON_AHEAD_STICKY = /[ \t\u00a0]{0,3}:/y;
// The next list item is another exchange: "(TSX: IMO, NYSE American: IMO)".
const EXCHANGE_AHEAD_STICKY = new RegExp(`(?:${EXCHANGE_NAMES_SOURCE})[ \\t\\u00a0]{0,3}:`, 'iy');

const MAX_LIST_ITEMS = 6;

// An exchange name ending right before a colon, tried (sticky) only where a word starts in the
// few characters before each colon (colons are rare; letters are not).
const EXCHANGE_BEFORE_COLON_STICKY = new RegExp(`(${EXCHANGE_NAMES_SOURCE})[ \\t\\u00a0]{0,3}(?=:)`, 'iy');
// The longest name ("nyse american", 13) plus three blanks: a name starting further back cannot
// end at the colon (a test in exchange-qualified.test.ts keeps this in step with the names).
export const EXCHANGE_LOOKBACK = 16;

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

// The first two letters of every exchange name, lower-cased, as char-code pairs (each name starts
// with two literal letters; the first two of other words in the source only add pairs): a word
// start whose first two letters are not among these cannot start a name, so the regex is not
// tried there. Numbers, not strings: no slice per word start.
const pairCode = (a: number, b: number) => ((a | 32) << 8) | (b | 32);
const NAME_PAIRS: ReadonlySet<number> = new Set(EXCHANGE_NAMES_SOURCE.match(/\b[a-z]{2}/g)!.map((w) => pairCode(w.charCodeAt(0), w.charCodeAt(1))));

// Where nextExchange's match ends (after the colon and its blanks), and where the name in it ends:
// set by each call that finds one, read right after it (no [start, end, name] array per mention).
let matchEndOfLast = 0;
let nameEndOfLast = 0;

/**
 * Where the next "NYSE: " (name, up to three blanks, colon, blanks) at or after `from` starts,
 * or -1 (its ends: matchEndOfLast, nameEndOfLast). For each colon in turn, the leftmost name that
 * ends at it, which is what a left-to-right search for the whole shape finds first (a name cannot
 * contain a colon, so a match before an earlier colon would have been found at that colon). A
 * name starts a word: not after a letter.
 */
function nextExchange(text: string, from: number): number {
  let prevColon = -1;
  for (let c = text.indexOf(':', from); c !== -1; prevColon = c, c = text.indexOf(':', c + 1)) {
    const lo = Math.max(from, prevColon + 1, c - EXCHANGE_LOOKBACK);
    for (let p = lo; p < c; p++) {
      // A word starts here (not after a letter) with the first two letters of a name. Both must be
      // ASCII letters: the regex (case-insensitive, not unicode) folds no other character into one.
      const c0 = text.charCodeAt(p);
      const c1 = text.charCodeAt(p + 1);
      if (!isLetter(c0) || !isLetter(c1) || (p > 0 && isLetter(text.charCodeAt(p - 1))) || !NAME_PAIRS.has(pairCode(c0, c1))) continue;
      const matchEnd = stickyEnd(EXCHANGE_BEFORE_COLON_STICKY, text, p);
      if (matchEnd === -1) continue;
      // The name is the match without its blanks (every name ends with a letter).
      let nameEnd = matchEnd;
      while (isBlank(text.charCodeAt(nameEnd - 1))) nameEnd--;
      let end = c + 1;
      while (end < c + 4 && isBlank(text.charCodeAt(end))) end++;
      matchEndOfLast = end;
      nameEndOfLast = nameEnd;
      return p;
    }
  }
  return -1;
}


/** Where "(" is when it and at most three blanks come right before `at` ("(NYSE: …"), else -1. */
function openParenBefore(text: string, at: number): number {
  let k = at - 1;
  for (let blanks = 0; k >= 0 && blanks < 3 && isBlank(text.charCodeAt(k)); blanks++) k--;
  return k >= 0 && text.charCodeAt(k) === 40 ? k : -1;
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

/**
 * `parens` receives, in increasing order, the position of each "(" that opens an exchange
 * name ("(NYSE: WAL)"): no parenthetical can start there (its symbol would have to close
 * before the colon), so findParentheticals need not try its regexes at it.
 */
export function findExchangeQualified(text: string, out: PositionedCandidate[], covered: Spans, parens: Numbers, snippet?: SnippetGate): void {
  for (let index = nextExchange(text, 0); index !== -1; ) {
    const matchEnd = matchEndOfLast;
    covered.add(index, matchEnd);
    const exchange = exchangeCode(text.slice(index, nameEndOfLast));
    const foreign = isForeignExchange(exchange);
    const symbolRe = foreign ? FOREIGN_SYMBOL_STICKY : US_SYMBOL_STICKY;
    // Lists only in the parenthetical form "(NYSE: BRK.A, BRK.B)": in running prose a comma
    // after the symbol starts the next clause, not another ticker.
    const paren = openParenBefore(text, index);
    const inParens = paren !== -1;
    if (inParens) parens.push(paren);
    let at = matchEnd;
    for (let item = 0; item < (inParens ? MAX_LIST_ITEMS : 1); item++) {
      if (item > 0) {
        const sepEnd = stickyEnd(LIST_SEP_STICKY, text, at);
        if (sepEnd === -1) break;
        const nextEnd = stickyEnd(symbolRe, text, sepEnd);
        // "NYSE: WAL, NASDAQ: ZION": the next item is an exchange, left to the outer loop.
        if (nextEnd === -1 || stickyEnd(COLON_AHEAD_STICKY, text, nextEnd) !== -1) break;
        if (stickyEnd(EXCHANGE_AHEAD_STICKY, text, sepEnd) !== -1) break;
        at = sepEnd;
      }
      const end = stickyEnd(symbolRe, text, at);
      if (end === -1) break;
      const start = at;
      const raw = text.slice(start, end);
      const symbol = canonical(raw) ?? (foreign ? raw : null);
      if (symbol) {
        const context = !snippet || snippet(symbol) ? contextAround(text, index, end) : undefined;
        out.push(positioned(symbol, 'exchange-prefix', start, end, context, exchange));
        // Every candidate's span is covered (findBareTokens reads no bare word inside one).
        covered.add(start, end);
      }
      at = end;
    }
    index = nextExchange(text, Math.max(matchEnd, at));
  }
}
