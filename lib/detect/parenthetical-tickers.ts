/**
 * Parentheticals after a name: "Zions Bancorporation (ZION)", "(BRK.B)", Reuters RICs
 * "(ZION.O)", "(SHOP.TO)". News style puts a company's ticker in parentheses after its name, so
 * the shape is strong evidence, but only after something that reads as a name: "(CEO)" after
 * lower-case prose, or "(DE)" after "Common Stock", is not a ticker. Whether the name is the
 * company's own or the initials of a phrase is judged later, with the universe (parenthetical.ts).
 */
import { normalizeSymbol } from '../data/normalize-symbol';
import { ricSuffixExchange } from './exchanges';
import { canonical, contextAround, isBlank, positioned, stickyAt, type Numbers, type PositionedCandidate, type Spans } from './text-scan';

// "(ZION)", "(BRK.B)", RIC style "(ZION.O)", "(BRKb.N)", "(SHOP.TO)". Tried (sticky) at each
// "(" found with indexOf: a scan for the whole pattern would test every character.
// Blanks inside are allowed, and the day's change after the symbol: "( QCOM )", "( AMZN 3.60% )"
// (Motley Fool's inline ticker chips).
const PAREN_STICKY = /\([ \t\n\r\u00a0]{0,3}([A-Z]{1,5})([a-z])?(?:([./-])([A-Z]{1,2}))?(?:[ \t\n\r\u00a0]{1,3}[+\-\u2212]?\d{1,3}(?:\.\d{1,2})?%)?[ \t\n\r\u00a0]{0,3}\)/y;
// "Home Depot (ticker: HD)" (Barron's house style), "(symbol: ZION)": the writer labels the ticker.
const LABELLED_STICKY = /\([ \t\u00a0]{0,3}(?:[Tt]icker|[Ss]ymbol)(?:[ \t\u00a0]symbol)?[ \t\u00a0]{0,2}:[ \t\u00a0]{0,3}([A-Z]{1,5}(?:[./-][A-Z])?)[ \t\u00a0]{0,3}\)/y;
// The word right before "(": letters/digits plus the punctuation of company names (AT&T, Inc.).
const isNameChar = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 38 || c === 46 || c === 39 || c === 0x2019 || c === 45;
const NAME_LOOKBACK = 48;
const MAX_SPACE_BEFORE = 16;
const isSpace = (c: number) => isBlank(c) || c === 10 || c === 13;

/**
 * The last 1–40 name characters before `at`, with at most 16 blanks or line breaks between them and `at`,
 * looking no further back than NAME_LOOKBACK (as /([A-Za-z0-9&.'’-]{1,40})\s{0,16}$/ on
 * that window, read backwards instead of tried at every position).
 */
function nameWordBefore(text: string, at: number): string | null {
  const lo = Math.max(0, at - NAME_LOOKBACK);
  let q = at;
  // A link, a line break and indentation may sit between a name and its "(LOW)" in page markup.
  for (let blanks = 0; q > lo && isSpace(text.charCodeAt(q - 1)); blanks++) {
    if (blanks === MAX_SPACE_BEFORE) return null;
    q--;
  }
  let p = q;
  while (p > lo && q - p < 40 && isNameChar(text.charCodeAt(p - 1))) p--;
  return p < q ? text.slice(p, q) : null;
}

/** Parentheticals keep more of the name before them (the validator compares it with the listed name). */
export const PAREN_CONTEXT_BEFORE = 64;

/** "Zions Bancorporation (ZION)": the word before "(" starts with a capital (or digit: "Russell 2000"), or is iShares/eBay-style. */
function precededByName(text: string, parenIndex: number): boolean {
  const raw = nameWordBefore(text, parenIndex);
  if (raw === null) return false;
  // The word from its first letter or digit (as raw.replace(/^[^A-Za-z0-9]+/, '')), read by
  // character: a paren candidate is common enough that its regex calls showed in profiles.
  let i = 0;
  while (i < raw.length && !isAlnum(raw.charCodeAt(i))) i++;
  if (i === raw.length) return false;
  // "Common Stock (DE)", "Class A Ordinary Shares (KY)": a security's description, the
  // parenthesis is a jurisdiction or a note, not a ticker. (Only a word whose first letter starts
  // one of those words is spelled out and looked up.)
  let f = i;
  while (f < raw.length && !isLetter(raw.charCodeAt(f))) f++;
  if (f < raw.length && SECURITY_INITIALS.has(raw.charCodeAt(f) | 32)) {
    if (SECURITY_WORDS.has(raw.slice(i).replace(/[^A-Za-z]/g, '').toLowerCase())) return false;
  }
  // /^[A-Z0-9]/ or /^[a-z]{1,3}[A-Z]/ ("iShares", "eBay").
  const c = raw.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  let k = i;
  while (k < raw.length && k - i < 3 && isLower(raw.charCodeAt(k))) k++;
  return k > i && k < raw.length && isUpper(raw.charCodeAt(k));
}

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isLetter = (c: number) => isUpper(c) || isLower(c);
const isAlnum = (c: number) => isLetter(c) || (c >= 48 && c <= 57);

// Registered, trademark, service and copyright marks written in letters: "Harmony(R)",
// "Macrilen(TM)", "Copyright (C) 2017". Ryder (R), Toyota (TM) and Citigroup (C) are written with
// a space after the company's name; a mark is glued to its word or follows "Copyright".
const MARKS = new Set(['R', 'TM', 'SM', 'C']);
const COPYRIGHT_BEFORE = /(?:copyright|\u00a9)[ \t\u00a0]{0,3}$/i;

/** "(R)", "(TM)", "(SM)", "(C)" used as a mark rather than a ticker. */
function isMark(text: string, parenIndex: number, symbol: string): boolean {
  if (!MARKS.has(symbol)) return false;
  if (parenIndex > 0 && isNameChar(text.charCodeAt(parenIndex - 1))) return true;
  return COPYRIGHT_BEFORE.test(text.slice(Math.max(0, parenIndex - 16), parenIndex));
}

const SECURITY_WORDS = new Set(['stock', 'stocks', 'share', 'shares', 'units', 'warrants', 'warrant', 'rights', 'notes', 'debentures', 'preferred']);
// Their first letters, as lower-case char codes.
const SECURITY_INITIALS: ReadonlySet<number> = new Set([...SECURITY_WORDS].map((w) => w.charCodeAt(0)));

/** `exchangeParens`: the "(" of exchange-qualified mentions, ascending (see findExchangeQualified); skipped. */
export function findParentheticals(text: string, out: PositionedCandidate[], covered: Spans, exchangeParens: Numbers): void {
  const parens = exchangeParens.at;
  const nParens = exchangeParens.n;
  let ei = 0;
  for (let at = text.indexOf('('); at !== -1; ) {
    while (ei < nParens && parens[ei]! < at) ei++;
    if (ei < nParens && parens[ei] === at) {
      at = text.indexOf('(', at + 1);
      continue;
    }
    const labelled = stickyAt(LABELLED_STICKY, text, at);
    if (labelled) {
      const end = at + labelled[0].length;
      covered.add(at, end);
      const symbol = canonical(labelled[1]!);
      // An explicit label is as deliberate as an exchange prefix, without naming the exchange.
      if (symbol) out.push(positioned(symbol, 'exchange-prefix', at, end, contextAround(text, at, end)));
      at = text.indexOf('(', end);
      continue;
    }
    const m = stickyAt(PAREN_STICKY, text, at);
    if (!m) {
      at = text.indexOf('(', at + 1);
      continue;
    }
    at = text.indexOf('(', m.index + m[0].length);
    // Any "(XYZ)" shape is settled here, taken or not: never re-read as a bare word.
    covered.add(m.index, m.index + m[0].length);
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
      // Stop words ("(CEO)", "(ETN)") are still sent: after the company's own name ("Eaton (ETN)")
      // they are its ticker, which only the validator can tell (parenthetical.ts).
      symbol = canonical(sep ? `${base}${sep}${suffix}` : base!);
    }
    if (!symbol || isMark(text, m.index, symbol) || !precededByName(text, m.index)) continue;
    const end = m.index + m[0].length;
    out.push(positioned(symbol, 'parenthetical', m.index, end, contextAround(text, m.index, end, PAREN_CONTEXT_BEFORE), exchange));
  }
}
