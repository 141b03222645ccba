/**
 * Bare upper-case words (evidence 'bare'): read only where prose is, marked `cued` when the
 * prose around them says "ticker" ("shares of ZION", "ZION stock", "ZION rose 3%",
 * "ZION (+2.1%)", or a list with one of those); in an all-caps block only as "NVDA +3.1%".
 */
import { PAREN_STOP_WORDS } from './stop-words';
import { canonical, contextAround, positioned, stickyEnd, type BareMode, type PositionedCandidate, type SnippetGate, type Spans } from './text-scan';

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
// optional share class; not glued to $, &, ., /, - or digits ("$IWM", "AT&T", "U.S.", "COVID-19",
// "r/AMC"), except that two words of capitals may share a slash ("CLOV/AMC", "ZION/WAL": a pair
// of tickers, read as a list).
// Tried (sticky) where TWO_CAPITALS finds a pair: every match starts with two capitals.
const BARE_STICKY = /(?<![A-Za-z0-9$&.@#_\-])(?<![^A-Z]\/)([A-Z]{2,5}(?:[./][A-Z])?)(?![A-Za-z0-9&@_]|[.-][A-Za-z0-9]|\/(?![A-Z]{2,5}(?![A-Za-z0-9])))/y;
const TWO_CAPITALS = /[A-Z]{2}/g;
// A signed percentage right after the word: "NVDA +3.1%", "ZION (-2%)". The one cue an
// all-caps ticker tape carries.
const CUE_NUMERIC_AFTER = /^[ \u00a0]{0,2}\(?[ \u00a0]?[+\-\u2212\u2013][ \u00a0]?\d{1,3}(?:[.,]\d{1,2})?[ \u00a0]?%/;
// An option contract, as traders write one: a strike with C/P (or calls/puts) at most two words after
// the symbol ("NFLX 1/21/22 450 put", "SPY 450c", "IWM 100P 1/25/21", "IWM November Puts") or the
// strike before it ("50C TZA 4/24", "139p VTI 5/15"). As telling as a percentage, in capitals too.
const OPTION_AFTER = /^ (?:\S{1,10} ){0,2}?(?:\$?\d[\d.]{0,7} ?(?:[cp]|calls?|puts?)|calls|puts)(?!\w|\.\w)/i;
const OPTION_BEFORE = /(?<![\w.])\$?\d[\d.]{0,7}[cp] $/i;
// Words that make a following capitalised word a ticker ("picks of", "think", "like", "watching": social
// text, "lucky picks of NFLX and AMZN", "think WMT, MCD"). Checked case-insensitively and then
// required to contain a lower-case letter, so an all-caps headline ("SHARES OF IT JUMP") is no cue.
export const CUE_BEFORE = /(?:\bshares[ \u00a0]+(?:of|in)|\bpicks?[ \u00a0]+(?:of|like)|\bstake[ \u00a0]+in|\bticker(?:[ \u00a0]+symbol)?|\bsymbol|\bstock[ \u00a0]+of|\bposition[ \u00a0]+in|\b(?:buy|sell|check(?:ing)?[ \u00a0]?out|look(?:ing)?[ \u00a0]at|a[ \u00a0]look|bought|sold|buying|selling|shorted|shorting|long|short|owns?|holds?|trimmed|added[ \u00a0]+to|think|like|watching|eyeing)|\b(?:calls|puts|options)[ \u00a0]+(?:on|against)|\b(?:trades?|traded|trading|listed|quoted)[ \u00a0]+(?:under|as)(?:[ \u00a0]+(?:the[ \u00a0]+)?(?:symbol|ticker))?)[ \u00a0]{1,2}["'\u201c\u2018(]?$/i;
const CUE_AFTER = new RegExp(
  '^(?:[\'\u2019]s)?[ \u00a0]{1,2}(?:shares(?![ \u00a0](?:its|his|her|their|the|a|an|our|this|that|new|how|why|what|data|details|plans)(?![A-Za-z]))|stock(?!s)|common[ \u00a0]stock|ADRs?|options|calls|puts|' +
    // What is said of a security and hardly of anything else written in capitals: its analysts'
    // calls, its earnings, its holders, its price going up or down ("MU downgrade by MS", "HOOD
    // bagholders", "BRLT is going down").
    // (Only an analyst's upgrade is said "by" or "from" someone: "a recent OS upgrade" is software.)
    '(?:downgrade[sd]?|upgrade[sd]? (?:by|from)|earnings|bag ?holders|is going (?:up|down)|mentioned)(?![A-Za-z])|' +
    '(?:rose|fell|gained|lost|jumped|slid|dropped|climbed|added|rallied|tumbled|surged|sank|soared|plunged|declined|advanced|slipped|' +
    'was[ \u00a0](?:up|down)|is[ \u00a0](?:up|down)|closed[ \u00a0](?:up|down|at)|(?:edged|moved|traded|ticked)[ \u00a0](?:up|down|higher|lower))' +
    '[ \u00a0](?:\\$?\\d|about|nearly|almost|more[ \u00a0]than))',
  'i',
);
// A position someone holds in it: "added more to my CTRM position" (not "the NATO position").
const OWN_POSITION = /(?<=\b[Mm]y \S{2,9}) position/y;
const HAS_LOWER = /[a-z]/;
const PAREN_AHEAD = /^[ \u00a0]{0,2}\((?=[A-Z])/;
// An all-caps neighbour word: "BUY NOW PAY LATER", "NEW YORK": a phrase in capitals, not a ticker.
const CAPS_WORD_BEFORE = /[A-Z]{2,}[ \u00a0]$/;
const CAPS_WORD_AFTER = /^[ \u00a0][A-Z]{2,}(?![a-z])/;
// What may separate items of one list: "NVDA, AMD and INTC", "ZION/WAL", "$KRE & ZION".
// (Line breaks and bullets too: "$NFLX\n- TXN\n- LMT".) An item that is no bare candidate, a
// one-letter symbol or an abbreviation ("$F, GM, T and STLA", "- TXN\n- PM\n- LMT"), keeps the list going.
const LIST_GAP = /^(?:\s{0,3}(?:[,;/&-]|and|or|,\s{0,2}(?:and|or))\s{0,3}(?:[A-Z]{1,5}(?=\s|,|;|\/|&|-)|$)){1,2}$/;
const MAX_LIST_GAP = 20;


/** Prose around the word that says "ticker" ("shares of ZION", "ZION stock", "ZION rose 3%"). */
function wordCue(text: string, start: number, end: number): boolean {
  const a = CUE_AFTER.exec(text.slice(end, end + 48));
  if ((a && HAS_LOWER.test(a[0])) || stickyEnd(OWN_POSITION, text, end) > 0) return true;
  const b = CUE_BEFORE.exec(text.slice(Math.max(0, start - 32), start));
  return b !== null && HAS_LOWER.test(b[0]);
}

const ALL_CAPS_RATIO = 0.7;
const ALL_CAPS_MIN_LETTERS = 12;

/** An all-caps block (a headline, a ticker tape): most letters are capitals. */
export function mostlyCaps(text: string): boolean {
  let letters = 0;
  let upper = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      letters++;
      upper++;
    } else if (c >= 97 && c <= 122) letters++;
    // Prose gives up early: even if every remaining character were a capital, the ratio is out of reach.
    if ((i & 63) === 63 && (upper + n - 1 - i) / (letters + n - 1 - i) < ALL_CAPS_RATIO) return false;
  }
  return letters >= ALL_CAPS_MIN_LETTERS && upper / letters >= ALL_CAPS_RATIO;
}

/**
 * Appends the bare words to `out` (not cued by their lists yet: see cueLists); true when it added any.
 * `firstPair`: where the first two capitals in a row start, if known (-1: none, so no bare word).
 */
export function findBareTokens(text: string, bareMode: BareMode, capsDemote: boolean, out: PositionedCandidate[], covered: Spans, snippet?: SnippetGate, firstPair = 0): boolean {
  if (bareMode === 'none' || firstPair === -1) return false;
  let mode: BareMode | undefined = bareMode === 'all' && capsDemote ? undefined : bareMode;
  covered.sort();
  const spans = covered.at;
  const nSpans = covered.n;
  const firstBare = out.length;
  let ci = 0;
  // test() rather than exec(): no match object per capital pair (the pair is 2 long, the word is all of the match).
  TWO_CAPITALS.lastIndex = firstPair;
  while (TWO_CAPITALS.test(text)) {
    const start = TWO_CAPITALS.lastIndex - 2;
    // Inside a cashtag, "(NYSE: …)", "(XYZ)" or index name: go on after it. Those spans end at a
    // word boundary, so no bare word starts inside one and ends outside it.
    // (`ci` steps over the flat spans two at a time: spans[ci] a start, spans[ci + 1] its end.)
    while (ci < nSpans && spans[ci + 1]! <= start) ci += 2;
    if (ci < nSpans && spans[ci]! <= start) {
      TWO_CAPITALS.lastIndex = spans[ci + 1]!;
      continue;
    }
    BARE_STICKY.lastIndex = start;
    if (!BARE_STICKY.test(text)) {
      TWO_CAPITALS.lastIndex = start + 1;
      continue;
    }
    const end = BARE_STICKY.lastIndex;
    TWO_CAPITALS.lastIndex = end;
    while (ci < nSpans && spans[ci + 1]! <= start) ci += 2;
    if (ci < nSpans && spans[ci]! < end) continue; // inside a cashtag, "(NYSE: …)", index name
    const symbol = canonical(text.slice(start, end));
    if (!symbol || BARE_NEVER.has(symbol)) continue;
    // "BP (BP.L)", "IBM (NYSE: IBM)": the name before a parenthetical, not another mention.
    if (PAREN_AHEAD.test(text.slice(end, end + 3))) continue;
    // A signed percentage right after keeps the word whatever surrounds it; otherwise the cheap
    // refusals (a phrase in capitals, an all-caps block) come before the prose cues' regexes.
    const after = text.slice(end, end + 48);
    const numeric = CUE_NUMERIC_AFTER.test(after) || OPTION_AFTER.test(after) || OPTION_BEFORE.test(text.slice(Math.max(0, start - 12), start));
    if (!numeric) {
      if (CAPS_WORD_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || CAPS_WORD_AFTER.test(text.slice(end, end + 8))) continue;
      mode ??= mostlyCaps(text) ? 'numeric' : 'all';
      if (mode === 'numeric') continue;
    }
    const context = !snippet || snippet(symbol) ? contextAround(text, start, end) : undefined;
    // A parenthesis opening a list of words in capitals ("(GME, AMC, BBBY)", "(ZION/WAL)") cues its
    // first item, and the list rule below the others: writers list tickers so; lists of abbreviations
    // ("(CEO, CFO)", "(US, UK)") hold words that are never bare candidates.
    const listHead = text.charCodeAt(start - 1) === 40 && (text.charCodeAt(end) === 44 || text.charCodeAt(end) === 47);
    out.push(positioned(symbol, 'bare', start, end, context, undefined, undefined, numeric || listHead || wordCue(text, start, end)));
  }
  return out.length > firstBare;
}

/**
 * Lists: one cued word (or a cashtag) cues its neighbours: "$NVDA, AMD and INTC". `items` from
 * `from` on are one text's candidates, already sorted by start (findPositionedCandidates sorts
 * them anyway: no second sorted copy); company names are no list items. A pass forwards, then one
 * backwards, by index.
 */
export function cueLists(text: string, items: readonly PositionedCandidate[], from: number): void {
  let prev: PositionedCandidate | undefined;
  for (let i = from; i < items.length; i++) {
    const cur = items[i]!;
    if (cur.candidate.evidence === 'name') continue;
    if (prev) cueListItem(text, prev, cur);
    prev = cur;
  }
  prev = undefined;
  for (let i = items.length - 1; i >= from; i--) {
    const cur = items[i]!;
    if (cur.candidate.evidence === 'name') continue;
    if (prev) cueListItem(text, prev, cur);
    prev = cur;
  }
}

/** Cues the bare word `cur` when its list neighbour `prev` (before or after it) is cued or a cashtag. */
function cueListItem(text: string, prev: PositionedCandidate, cur: PositionedCandidate): void {
  const anchor = prev.candidate.evidence;
  if (cur.candidate.evidence !== 'bare' || cur.cued || !(anchor === 'bare' ? prev.cued : anchor === 'cashtag')) return;
  const a = prev.start < cur.start ? prev : cur;
  const b = a === prev ? cur : prev;
  if (b.start - a.end > MAX_LIST_GAP || !LIST_GAP.test(text.slice(a.end, b.start))) return;
  cur.cued = true;
}
