/**
 * FROZEN REFERENCE for test/unit/detect/equivalence.test.ts: the straightforward scanner as it
 * was before the performance work (issue 7). Do not optimise or "fix" this copy; change the
 * real one in lib/detect/ and keep the equivalence test green (or update both on purpose).
 */
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
import { normalizeSymbol } from '../../../../lib/data/normalize-symbol';
import { NAME_SYMBOL, type Candidate } from '../../../../lib/detect/types';
import { EXCHANGE_NAMES_SOURCE, normalizeExchangeName, isForeignExchange, ricSuffixExchange } from '../../../../lib/detect/exchanges';
import { INDEX_NAME_RE, indexCodeOfMatch, isFundName } from '../../../../lib/detect/indexes';

/** A candidate with its [start, end) offsets in the scanned text (dom-scan maps them to nodes). */
export interface PositionedCandidate extends Candidate {
  start: number;
  end: number;
  /** Bare words only: the surrounding prose marks it as a ticker (see findBareTokens). */
  cued?: boolean;
}

/**
 * Where bare upper-case words may be read: 'all' (prose), 'numeric' (an all-caps block such
 * as a ticker tape: only "NVDA +3.1%"), 'none' (headings, bylines, table cells, legal text).
 */
export type BareMode = 'all' | 'numeric' | 'none';

export interface FindOptions {
  /** Default 'all'. */
  bare?: BareMode;
  /** Also emit capitalised phrases as 'name' candidates (company names without a ticker). Default false. */
  names?: boolean;
}

/**
 * Finance abbreviations that show up in parentheses after a capitalised phrase
 * ("Federal Deposit Insurance Corp (FDIC)") but are not what the writer meant as a ticker.
 * Only the parenthetical shape consults this; a cashtag or exchange prefix is deliberate.
 * Word-tickers of real companies (A, AI, IT, ON, ALL, SO, BE) are not listed: "Allstate Corp.
 * (ALL)" is a ticker and "Information Technology (IT)" is not, which the validator tells
 * apart with the listed names (and its ambiguity rules without them).
 */
export const PAREN_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'I AM PM ET EST EDT PT PST PDT CT GMT UTC ' +
    'CEO CFO COO CTO CIO CMO CRO EVP SVP VP MD ' +
    'ETF ETFS ETN ETP GDP FDIC EPS IPO IPOS SEC FED FOMC CPI PPI PCE ESG AUM NAV NII NIM CRE ' +
    'YOY QOQ YTD MTD ATH TTM LTM FY FQ REIT REITS SPAC BDC MLP ADR ADRS ADS OTC ' +
    'US USA UK EU UAE ECB BOE BOJ PBOC IMF OPEC WTI LNG EV EVS API SAAS ' +
    'LLC INC LTD PLC CORP CO LP LLP NA NV SA AG SE ' +
    'IRS DOJ FTC FDA FHFA OCC CFPB FINRA SIFI CET ROE ROA ROTE EBIT PE PB PS APR APY BPS ' +
    'NYSE AMEX CBOE DJIA SPX NDX RUT VIX TBD USD EUR GBP JPY CNY CAD CHF AUD HKD ' +
    'OR TO IN IS AT BY OF AN AS DO GO NO UP WE THE AND FOR NOT NEW ' +
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
// The next list item is another exchange: "(TSX: IMO, NYSE American: IMO)".
const EXCHANGE_AHEAD_STICKY = new RegExp(`(?:${EXCHANGE_NAMES_SOURCE})[ \\t\\u00a0]{0,3}:`, 'iy');

// "(ZION)", "(BRK.B)", RIC style "(ZION.O)", "(BRKb.N)", "(SHOP.TO)".
// Issue 12 (deliberate change): blanks and the day's change inside ("( QCOM )", "( AMZN 3.60% )"), up to 16 blanks or line breaks before.
const PAREN_RE = /\([ \t\n\r\u00a0]{0,3}([A-Z]{1,5})([a-z])?(?:([./-])([A-Z]{1,2}))?(?:[ \t\n\r\u00a0]{1,3}[+\-\u2212]?\d{1,3}(?:\.\d{1,2})?%)?[ \t\n\r\u00a0]{0,3}\)/g;
// The word right before "(": letters/digits plus the punctuation of company names (AT&T, Inc.).
const NAME_WORD_BEFORE = /([A-Za-z0-9&.'\u2019-]{1,40})[ \t\u00a0\n\r]{0,16}$/;
// Issue 12: "(ticker: HD)", "(symbol: ZION)" as an explicit label.
const LABELLED_RE = /\([ \t\u00a0]{0,3}(?:[Tt]icker|[Ss]ymbol)(?:[ \t\u00a0]symbol)?[ \t\u00a0]{0,2}:[ \t\u00a0]{0,3}([A-Z]{1,5}(?:[./-][A-Z])?)[ \t\u00a0]{0,3}\)/g;
// Issue 12: registered marks "Harmony(R)", "Copyright (C)".
const MARKS = new Set(['R', 'TM', 'SM', 'C']);
function isMark(text: string, parenIndex: number, symbol: string): boolean {
  if (!MARKS.has(symbol)) return false;
  if (parenIndex > 0 && /[A-Za-z0-9&.'\u2019-]/.test(text[parenIndex - 1]!)) return true;
  return /(?:copyright|\u00a9)[ \t\u00a0]{0,3}$/i.test(text.slice(Math.max(0, parenIndex - 16), parenIndex));
}

const MAX_LIST_ITEMS = 6;
const CONTEXT_RADIUS = 40;
/** Parentheticals keep more of the name before them (the validator compares it with the listed name). */
export const PAREN_CONTEXT_BEFORE = 64;

function contextAround(text: string, start: number, end: number, before = CONTEXT_RADIUS): string {
  return text
    .slice(Math.max(0, start - before), Math.min(text.length, end + CONTEXT_RADIUS))
    .replace(/\s+/g, ' ')
    .trim();
}

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function findCashtags(text: string, out: PositionedCandidate[], covered: Array<[number, number]>): void {
  CASHTAG_RE.lastIndex = 0;
  for (let m = CASHTAG_RE.exec(text); m; m = CASHTAG_RE.exec(text)) {
    const end = m.index + m[0].length;
    covered.push([m.index, end]);
    const symbol = normalizeSymbol(m[1]);
    if (!symbol) continue;
    out.push({ symbol, evidence: 'cashtag', context: contextAround(text, m.index, end), start: m.index, end });
  }
}

function findExchangeQualified(text: string, out: PositionedCandidate[], covered: Array<[number, number]>): void {
  EXCHANGE_RE.lastIndex = 0;
  for (let m = EXCHANGE_RE.exec(text); m; m = EXCHANGE_RE.exec(text)) {
    covered.push([m.index, m.index + m[0].length]);
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
        if (stickyAt(EXCHANGE_AHEAD_STICKY, text, at + sep[0].length)) break;
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
  // "Common Stock (DE)", "Class A Ordinary Shares (KY)": a security's description, the
  // parenthesis is a jurisdiction or a note, not a ticker.
  if (SECURITY_WORDS.has(word.replace(/[^A-Za-z]/g, '').toLowerCase())) return false;
  return /^[A-Z0-9]/.test(word) || /^[a-z]{1,3}[A-Z]/.test(word);
}

const SECURITY_WORDS = new Set(['stock', 'stocks', 'share', 'shares', 'units', 'warrants', 'warrant', 'rights', 'notes', 'debentures', 'preferred']);

function findParentheticals(text: string, out: PositionedCandidate[], covered: Array<[number, number]>): void {
  LABELLED_RE.lastIndex = 0;
  for (let m = LABELLED_RE.exec(text); m; m = LABELLED_RE.exec(text)) {
    const end = m.index + m[0].length;
    covered.push([m.index, end]);
    const symbol = normalizeSymbol(m[1]!);
    if (symbol) out.push({ symbol, evidence: 'exchange-prefix', context: contextAround(text, m.index, end), start: m.index, end });
  }
  PAREN_RE.lastIndex = 0;
  for (let m = PAREN_RE.exec(text); m; m = PAREN_RE.exec(text)) {
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
      // Issue 12: stop words are sent too; the validator keeps them only after the company's name.
      symbol = normalizeSymbol(sep ? `${base}${sep}${suffix}` : base!);
    }
    if (!symbol || isMark(text, m.index, symbol) || !precededByName(text, m.index)) continue;
    const end = m.index + m[0].length;
    const c: PositionedCandidate = { symbol, evidence: 'parenthetical', context: contextAround(text, m.index, end, PAREN_CONTEXT_BEFORE), start: m.index, end };
    if (exchange !== undefined) c.exchange = exchange;
    out.push(c);
  }
}

function findIndexNames(text: string, out: PositionedCandidate[], covered: Array<[number, number]>): void {
  INDEX_NAME_RE.lastIndex = 0;
  for (let m = INDEX_NAME_RE.exec(text); m; m = INDEX_NAME_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    covered.push([start, end]);
    const code = indexCodeOfMatch(m);
    if (!code || isFundName(text, start, end)) continue;
    out.push({ symbol: code, evidence: 'index', context: contextAround(text, start, end), start, end });
  }
}

/**
 * Upper-case words that are never worth sending as bare candidates: the parenthetical stop
 * list (finance abbreviations, common words) plus exchange and currency names.
 */
const BARE_NEVER: ReadonlySet<string> = new Set([
  ...PAREN_STOP_WORDS,
  ...'NASDAQ NYSE ARCA AMEX OTC OTCQX OTCQB TSX TSXV LSE ASX HKEX TYO XETRA SIX NSE BSE KRX SGX JSE CSE FRA EPA LON AIM'.split(' '),
  ...'USD US UK EU HK NYC LA SF DC PDF FAQ NEWS TV PC OK GAAP EBITDA CAGR SMID IRR FCF DCF QE QT FX PMI ISM NFP EM DM HY IG'.split(' '),
  // Word-tickers: a bare mention is never enough for them (validate.ts AMBIGUOUS_SYMBOLS).
  ...'AI IT ON ALL SO BE'.split(' '),
]);

// 2–5 capitals (one-letter words are never bare tickers: "Class A", "Plan B", "C shares"),
// optional share class; not glued to $, &, ., /, - or digits ("$IWM", "AT&T", "U.S.", "COVID-19").
const BARE_RE = /(?<![A-Za-z0-9$&./@#_\-])([A-Z]{2,5}(?:[./][A-Z])?)(?![A-Za-z0-9&@_]|[./-][A-Za-z0-9])/g;
// A signed percentage right after the word: "NVDA +3.1%", "ZION (-2%)". The one cue an
// all-caps ticker tape carries.
const CUE_NUMERIC_AFTER = /^[ \u00a0]{0,2}\(?[ \u00a0]?[+\-\u2212\u2013][ \u00a0]?\d{1,3}(?:[.,]\d{1,2})?[ \u00a0]?%/;
// Words that make a following capitalised word a ticker. Checked case-insensitively and then
// required to contain a lower-case letter, so an all-caps headline ("SHARES OF IT JUMP") is no cue.
// Issue 12 (deliberate change): "picks of NFLX".
const CUE_BEFORE = /(?:\bshares[ \u00a0]+(?:of|in)|\bpicks?[ \u00a0]+(?:of|like)|\bstake[ \u00a0]+in|\bticker(?:[ \u00a0]+symbol)?|\bsymbol|\bstock[ \u00a0]+of|\bposition[ \u00a0]+in|\b(?:bought|sold|buying|selling|shorted|shorting|long|short|owns?|holds?|trimmed|added[ \u00a0]+to)|\b(?:calls|puts|options)[ \u00a0]+on|\b(?:trades?|traded|trading|listed|quoted)[ \u00a0]+(?:under|as)(?:[ \u00a0]+(?:the[ \u00a0]+)?(?:symbol|ticker))?)[ \u00a0]{1,2}["'\u201c\u2018(]?$/i;
const CUE_AFTER = new RegExp(
  '^(?:[\'\u2019]s)?[ \u00a0]{1,2}(?:shares(?![ \u00a0](?:its|his|her|their|the|a|an|our|this|that|new|how|why|what|data|details|plans)(?![A-Za-z]))|stock(?!s)|common[ \u00a0]stock|ADRs?|options|calls|puts|' +
    '(?:rose|fell|gained|lost|jumped|slid|dropped|climbed|added|rallied|tumbled|surged|sank|soared|plunged|declined|advanced|slipped|' +
    'was[ \u00a0](?:up|down)|is[ \u00a0](?:up|down)|closed[ \u00a0](?:up|down|at)|(?:edged|moved|traded|ticked)[ \u00a0](?:up|down|higher|lower))' +
    '[ \u00a0](?:\\$?\\d|about|nearly|almost|more[ \u00a0]than))',
  'i',
);
const HAS_LOWER = /[a-z]/;
const PAREN_AHEAD = /^[ \u00a0]{0,2}\((?=[A-Z])/;
// An all-caps neighbour word: "BUY NOW PAY LATER", "NEW YORK": a phrase in capitals, not a ticker.
const CAPS_WORD_BEFORE = /[A-Z]{2,}[ \u00a0]$/;
const CAPS_WORD_AFTER = /^[ \u00a0][A-Z]{2,}(?![a-z])/;
// What may separate items of one list: "NVDA, AMD and INTC", "ZION/WAL", "$KRE & ZION".
const LIST_GAP = /^[ \u00a0]{0,2}(?:,|;|\/|&|and|or|,[ \u00a0]{0,2}(?:and|or))[ \u00a0]{0,2}$/;
const MAX_LIST_GAP = 12;

function cueOf(text: string, start: number, end: number): 'numeric' | 'word' | null {
  const after = text.slice(end, end + 48);
  if (CUE_NUMERIC_AFTER.test(after)) return 'numeric';
  const a = CUE_AFTER.exec(after);
  if (a && HAS_LOWER.test(a[0])) return 'word';
  const b = CUE_BEFORE.exec(text.slice(Math.max(0, start - 32), start));
  if (b && HAS_LOWER.test(b[0])) return 'word';
  return null;
}

function findBareTokens(text: string, mode: BareMode, out: PositionedCandidate[], covered: Array<[number, number]>): void {
  if (mode === 'none') return;
  for (const c of out) covered.push([c.start, c.end]);
  covered.sort((a, b) => a[0] - b[0]);
  const bare: PositionedCandidate[] = [];
  let ci = 0;
  BARE_RE.lastIndex = 0;
  for (let m = BARE_RE.exec(text); m; m = BARE_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (ci < covered.length && covered[ci]![1] <= start) ci++;
    if (ci < covered.length && covered[ci]![0] < end) continue; // inside a cashtag, "(NYSE: …)", index name
    const symbol = normalizeSymbol(m[1]);
    if (!symbol || BARE_NEVER.has(symbol)) continue;
    // "BP (BP.L)", "IBM (NYSE: IBM)": the name before a parenthetical, not another mention.
    if (PAREN_AHEAD.test(text.slice(end, end + 3))) continue;
    const cue = cueOf(text, start, end);
    if (mode === 'numeric' && cue !== 'numeric') continue;
    if (cue !== 'numeric' && (CAPS_WORD_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || CAPS_WORD_AFTER.test(text.slice(end, end + 8)))) continue;
    bare.push({ symbol, evidence: 'bare', context: contextAround(text, start, end), start, end, cued: cue !== null });
  }
  if (bare.length === 0) return;
  // Lists: one cued word (or a cashtag) cues its neighbours: "$NVDA, AMD and INTC".
  const items = [...out, ...bare].sort((a, b) => a.start - b.start);
  const anchored = (c: PositionedCandidate) => (c.evidence === 'bare' ? c.cued === true : c.evidence === 'cashtag');
  for (let pass = 0; pass < 2; pass++) {
    const order = pass === 0 ? items : [...items].reverse();
    for (let i = 1; i < order.length; i++) {
      const [prev, cur] = [order[i - 1]!, order[i]!];
      const [a, b] = prev.start < cur.start ? [prev, cur] : [cur, prev];
      if (cur.evidence !== 'bare' || cur.cued || !anchored(prev)) continue;
      if (b.start - a.end > MAX_LIST_GAP || !LIST_GAP.test(text.slice(a.end, b.start))) continue;
      cur.cued = true;
    }
  }
  for (const c of bare) out.push(c);
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
  const indexSpans = out.filter((c) => c.evidence === 'index').map((c): [number, number] => [c.start, c.end]);
  findBareTokens(text, opts.bare ?? 'all', out, covered);
  if (opts.names) findNames(text, out, indexSpans);
  return out.sort((a, b) => a.start - b.start);
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
