/**
 * Plain text → ticker candidates, without the symbol universe (the content script stays
 * small; the background validates). Three shapes, each a strong convention in financial
 * writing:
 *   - cashtags: `$IWM`, `$BRK.B` (upper case only; `$5`, `$1.2B` are money),
 *   - exchange-qualified: `(NASDAQ: ZION)`, `NYSE Arca: IWM`, `(NYSE: WAL, NASDAQ: ZION)`,
 *     foreign ones (`TSX: SHOP`) kept with their exchange so the validator can drop them,
 *   - parenthetical after a capitalised name: `Zions Bancorporation (ZION)`, `(ZION.O)`.
 * Bare upper-case words are never candidates: headlines are full of them.
 *
 * Every regex is linear: bounded repeats, no nested quantifiers (see the fast-check test).
 */
import { normalizeSymbol } from '../data/normalize-symbol';
import type { Candidate } from './types';
import { EXCHANGE_NAMES_SOURCE, normalizeExchangeName, isForeignExchange, ricSuffixExchange } from './exchanges';

/** A candidate with its [start, end) offsets in the scanned text (dom-scan maps them to nodes). */
export interface PositionedCandidate extends Candidate {
  start: number;
  end: number;
}

/**
 * Finance abbreviations that show up in parentheses after a capitalised phrase
 * ("Federal Deposit Insurance Corp (FDIC)") but are not what the writer meant as a ticker.
 * Only the parenthetical shape consults this; a cashtag or exchange prefix is deliberate.
 */
export const PAREN_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'A I AI AM PM ET EST EDT PT PST PDT CT GMT UTC ' +
    'CEO CFO COO CTO CIO CMO CRO EVP SVP VP MD ' +
    'ETF ETFS ETN ETP GDP FDIC EPS IPO IPOS SEC FED FOMC CPI PPI PCE ESG AUM NAV NII NIM CRE ' +
    'YOY QOQ YTD MTD ATH TTM LTM FY FQ REIT REITS SPAC BDC MLP ADR ADRS ADS OTC ' +
    'US USA UK EU UAE ECB BOE BOJ PBOC IMF OPEC WTI LNG EV EVS API SAAS ' +
    'LLC INC LTD PLC CORP CO LP LLP NA NV SA AG SE ' +
    'IRS DOJ FTC FDA FHFA OCC CFPB FINRA SIFI CET ROE ROA ROTE EBIT PE PB PS APR APY BPS ' +
    'NYSE AMEX CBOE DJIA SPX NDX RUT VIX TBD USD EUR GBP JPY CNY CAD CHF AUD HKD ' +
    'IT ON OR TO IN IS AT BY OF AN AS BE DO GO NO SO UP WE THE AND FOR NOT NEW ALL ' +
    'II III IV VI VII VIII IX XI XII'
  ).split(' '),
);

const SYM = '[A-Z]{1,5}(?:[./-][A-Z])?';
const NOT_ALNUM_AHEAD = '(?![A-Za-z0-9])';

// `(?<![A-Za-z0-9$])` keeps "US$5", "A$B" and "$$" out; the symbol must start with a letter.
const CASHTAG_RE = new RegExp(`(?<![A-Za-z0-9$])\\$(${SYM})${NOT_ALNUM_AHEAD}`, 'g');

// Exchange name, then a colon; the symbol is read by sticky regexes right after it.
// Spaces bounded to 0–3 so a long run of blanks cannot make matching quadratic.
const EXCHANGE_RE = new RegExp(`(?<![A-Za-z])(${EXCHANGE_NAMES_SOURCE})[ \\t\\u00a0]{0,3}:[ \\t\\u00a0]{0,3}`, 'gi');
const US_SYMBOL_STICKY = new RegExp(`${SYM}${NOT_ALNUM_AHEAD}`, 'y');
// Foreign venues use digits (HKEX: 0700, TYO: 7203) and dotted suffixes (LSE: BT.A).
const FOREIGN_SYMBOL_STICKY = new RegExp(`[A-Z0-9]{1,6}(?:\\.[A-Z]{1,2})?${NOT_ALNUM_AHEAD}`, 'y');
// A list separator inside "(NYSE: BRK.A, BRK.B)"; the next item must not be "NASDAQ:".
const LIST_SEP_STICKY = /[ \t\u00a0]{0,3}(?:,|&|\/|and)[ \t\u00a0]{0,3}/y;
const COLON_AHEAD_STICKY = /[ \t\u00a0]{0,3}:/y;

// "(ZION)", "(BRK.B)", RIC style "(ZION.O)", "(BRKb.N)", "(SHOP.TO)".
const PAREN_RE = /\(([A-Z]{1,5})([a-z])?(?:([./-])([A-Z]{1,2}))?\)/g;
// The word right before "(": letters/digits plus the punctuation of company names (AT&T, Inc.).
const NAME_WORD_BEFORE = /([A-Za-z0-9&.'\u2019-]{1,40})[ \t\u00a0]{0,3}$/;

const MAX_LIST_ITEMS = 6;
const CONTEXT_RADIUS = 40;

function contextAround(text: string, start: number, end: number): string {
  return text
    .slice(Math.max(0, start - CONTEXT_RADIUS), Math.min(text.length, end + CONTEXT_RADIUS))
    .replace(/\s+/g, ' ')
    .trim();
}

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function findCashtags(text: string, out: PositionedCandidate[]): void {
  CASHTAG_RE.lastIndex = 0;
  for (let m = CASHTAG_RE.exec(text); m; m = CASHTAG_RE.exec(text)) {
    const symbol = normalizeSymbol(m[1]);
    if (!symbol) continue;
    const end = m.index + m[0].length;
    out.push({ symbol, evidence: 'cashtag', context: contextAround(text, m.index, end), start: m.index, end });
  }
}

function findExchangeQualified(text: string, out: PositionedCandidate[]): void {
  EXCHANGE_RE.lastIndex = 0;
  for (let m = EXCHANGE_RE.exec(text); m; m = EXCHANGE_RE.exec(text)) {
    const exchange = normalizeExchangeName(m[1]!);
    const foreign = isForeignExchange(exchange);
    const symbolRe = foreign ? FOREIGN_SYMBOL_STICKY : US_SYMBOL_STICKY;
    // Lists only in the parenthetical form "(NYSE: BRK.A, BRK.B)": in running prose a comma
    // after the symbol starts the next clause, not another ticker.
    const inParens = /\([ \t\u00a0]{0,3}$/.test(text.slice(Math.max(0, m.index - 4), m.index));
    let at = m.index + m[0].length;
    for (let item = 0; item < (inParens ? MAX_LIST_ITEMS : 1); item++) {
      if (item > 0) {
        const sep = stickyAt(LIST_SEP_STICKY, text, at);
        if (!sep) break;
        const next = stickyAt(symbolRe, text, at + sep[0].length);
        // "NYSE: WAL, NASDAQ: ZION": the next item is an exchange, left to the outer loop.
        if (!next || stickyAt(COLON_AHEAD_STICKY, text, at + sep[0].length + next[0].length)) break;
        at += sep[0].length;
      }
      const sm = stickyAt(symbolRe, text, at);
      if (!sm) break;
      const start = at;
      const end = at + sm[0].length;
      const symbol = normalizeSymbol(sm[0]) ?? (foreign ? sm[0] : null);
      if (symbol) {
        out.push({ symbol, evidence: 'exchange-prefix', exchange, context: contextAround(text, m.index, end), start, end });
      }
      at = end;
    }
    EXCHANGE_RE.lastIndex = Math.max(EXCHANGE_RE.lastIndex, at);
  }
}

/** "Zions Bancorporation (ZION)": the word before "(" starts with a capital (or digit: "Russell 2000"), or is iShares/eBay-style. */
function precededByName(text: string, parenIndex: number): boolean {
  const before = text.slice(Math.max(0, parenIndex - 48), parenIndex);
  const m = NAME_WORD_BEFORE.exec(before);
  if (!m) return false;
  const word = m[1]!.replace(/^[^A-Za-z0-9]+/, '');
  return /^[A-Z0-9]/.test(word) || /^[a-z]{1,3}[A-Z]/.test(word);
}

function findParentheticals(text: string, out: PositionedCandidate[]): void {
  PAREN_RE.lastIndex = 0;
  for (let m = PAREN_RE.exec(text); m; m = PAREN_RE.exec(text)) {
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
      symbol = normalizeSymbol(sep ? `${base}${sep}${suffix}` : base!);
      if (!symbol || PAREN_STOP_WORDS.has(symbol)) continue;
    }
    if (!symbol || !precededByName(text, m.index)) continue;
    const end = m.index + m[0].length;
    const c: PositionedCandidate = { symbol, evidence: 'parenthetical', context: contextAround(text, m.index, end), start: m.index, end };
    if (exchange !== undefined) c.exchange = exchange;
    out.push(c);
  }
}

/** All candidates in `text`, with offsets, in text order. */
export function findPositionedCandidates(text: string): PositionedCandidate[] {
  const out: PositionedCandidate[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  findCashtags(text, out);
  findExchangeQualified(text, out);
  findParentheticals(text, out);
  return out.sort((a, b) => a.start - b.start);
}

/** Ticker candidates in plain text, in text order. Never throws; unvalidated (see validate.ts). */
export function findTextCandidates(text: string): Candidate[] {
  return findPositionedCandidates(text).map(({ start: _s, end: _e, ...c }) => c);
}
