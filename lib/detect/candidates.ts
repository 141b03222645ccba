/**
 * Plain text → ticker candidates, without the symbol universe (the content script stays
 * small; the background validates). Three shapes, each a strong convention in financial
 * writing:
 *   - cashtags: `$IWM`, `$BRK.B` (upper case; lower case only in a run, "$swvl $mara"; `$5`, `$1.2B` are money),
 *   - exchange-qualified (exchange-qualified.ts): `(NASDAQ: ZION)`, `NYSE Arca: IWM`,
 *     `(NYSE: WAL, NASDAQ: ZION)`, foreign ones (`TSX: SHOP`) kept with their exchange so the
 *     validator can drop them,
 *   - parenthetical after a capitalised name (parenthetical-tickers.ts): `Zions Bancorporation
 *     (ZION)`, `(ZION.O)`.
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
import { NAME_SYMBOL, type Candidate } from './types';
import { INDEX_NAME_STICKY, INDEX_NAME_WORDS, indexCodeOfMatch, isFundName } from './indexes';
import { cueLists, findBareTokens } from './bare-words';
import { findExchangeQualified } from './exchange-qualified';
import { findParentheticals } from './parenthetical-tickers';
import { canonical, contextAround, NOT_ALNUM_AHEAD, positioned, stickyAt, stickyEnd, SYM, type BareMode, type PositionedCandidate, type SnippetGate, Numbers, Spans } from './text-scan';
import { OTHER_CRYPTO } from './crypto';

export { PAREN_CONTEXT_BEFORE } from './parenthetical-tickers';
export { collapseSpace, type BareMode, type PositionedCandidate, type SnippetGate } from './text-scan';

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
  /** Which mentions get a context snippet (see SnippetGate); default every one. */
  snippet?: SnippetGate;
  /**
   * Where the text's first two capitals in a row start, when the caller already looked (-1: there
   * are none); bare words are searched from there rather than from the start.
   */
  firstPair?: number;
}

// `(?<![A-Za-z0-9$])` keeps "US$5", "A$B" and "$$" out; the symbol must start with a letter.
// Tried at each "$" (found with indexOf): a lookbehind first defeats the regex engine's fast scan.
const CASHTAG_STICKY = new RegExp(`(?<![A-Za-z0-9$])\\$(${SYM})${NOT_ALNUM_AHEAD}`, 'y');
// Lower case (Twitter's "$swvl $mara $nvda"), letters only, and only in a run of two or more: a
// lone "$rope" is a word with a dollar sign. Narrowed to runs knowing a held-out result: a rule that
// took any lower-case cashtag read "$rope" on a held-out page as ROPE (test/fixtures/real-pages/SOURCES.md).
// (A run is this cashtag and the next, or the one before; "$ab $cd" in lower case, whitespace between.)
const CASHTAG_LOWER_STICKY = /(?<![\w$])\$[a-z]{2,5}\b(?!\.[a-z])(?:(?=\s{1,3}\$[a-z])|(?<=\$[a-z]{2,5}\s{1,3}\$[a-z]{2,5}))/y;
// A capitalised word right before the cashtag ("Ref Finance $REF", "Burrow $BRRR"): maybe a
// token's own name. The validator decides (token-cashtag.ts) from the mention's context, kept for
// every such mention so the verdict never depends on which mentions got a snippet.
const NAMED_CASHTAG = /(?<=[A-Z][a-z]\S{0,24} )\$/y;

function findCashtags(text: string, out: PositionedCandidate[], covered: Spans, snippet?: SnippetGate): void {
  for (let at = text.indexOf('$'); at !== -1; ) {
    // The symbol starts with a letter: "$5", "$1.2B" (most dollar signs) are settled without the regex.
    const next = text.charCodeAt(at + 1);
    const end = next > 64 ? stickyEnd(next > 96 ? CASHTAG_LOWER_STICKY : CASHTAG_STICKY, text, at) : -1;
    if (end === -1) {
      at = text.indexOf('$', at + 1);
      continue;
    }
    const start = at;
    at = text.indexOf('$', end);
    covered.add(start, end);
    // The match is "$" and the symbol (canonical upper-cases "$swvl").
    const symbol = canonical(text.slice(start + 1, end));
    if (!symbol) continue;
    // "$LTC" is LTC Properties unless the context speaks of coins: the validator reads it.
    // A cashtag after a capitalised word may be a token's ("Ref Finance $REF"): the validator reads every such context.
    const context = stickyEnd(NAMED_CASHTAG, text, start) > 0 || !snippet || OTHER_CRYPTO.has(symbol) || snippet(symbol) ? contextAround(text, start, end) : undefined;
    out.push(positioned(symbol, 'cashtag', start, end, context));
  }
}

/**
 * The leftmost place at or after `from` where an index name may start (`next` caches each
 * word's last hit). An indexOf per word: a regex for any of them, even led by a character
 * class, is more than twice as slow over prose.
 */
function nextIndexWord(text: string, from: number, next: number[]): number {
  let best = -1;
  for (let i = 0; i < INDEX_NAME_WORDS.length; i++) {
    let at = next[i]!;
    if (at !== -1 && at < from) next[i] = at = text.indexOf(INDEX_NAME_WORDS[i]!, from);
    if (at !== -1 && (best === -1 || at < best)) best = at;
  }
  return best;
}

// Whether any index word occurs at all: one regex call where most texts have none. On a block of
// prose, seven indexOf calls cost more in call overhead than in scanning (the words are letters and
// "&": nothing to escape). The indexOf search below stays the way to find where they are.
// (Measured in Chromium: the regex over the bench page's blocks 0.4 ms, the indexOf calls 0.9 ms,
// a class-led form of the regex no faster. Node's older engine ranks them the other way round.)
const ANY_INDEX_WORD = new RegExp(INDEX_NAME_WORDS.join('|'));

function findIndexNames(text: string, out: PositionedCandidate[], covered: Spans, snippet?: SnippetGate): void {
  if (!ANY_INDEX_WORD.test(text)) return;
  const next = INDEX_NAME_WORDS.map((w) => text.indexOf(w));
  for (let at = nextIndexWord(text, 0, next); at !== -1; ) {
    const m = stickyAt(INDEX_NAME_STICKY, text, at);
    if (!m) {
      at = nextIndexWord(text, at + 1, next);
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    at = nextIndexWord(text, end, next);
    covered.add(start, end);
    const code = indexCodeOfMatch(m);
    if (!code || isFundName(text, start, end)) continue;
    out.push(positioned(code, 'index', start, end, !snippet || snippet(code) ? contextAround(text, start, end) : undefined));
  }
}

// A capitalised phrase: 1–5 capitalised words ("JPMorgan Chase", "Bank of America", "Dave &
// Buster's"), joined by single spaces and the connectors of company names. Bounded repeats.
const NAME_RE = /(?<![A-Za-z0-9&'\u2019.-])[A-Z][A-Za-z0-9&'\u2019.-]{1,24}(?:[ \u00a0](?:(?:of|and|&|de|du|la|the)[ \u00a0])?[A-Z][A-Za-z0-9&'\u2019.-]{0,24}){0,4}/g;
export const MAX_NAME_LENGTH = 80;

function findNames(text: string, out: PositionedCandidate[], indexSpans: Array<[number, number]>): void {
  const overlaps = partialOverlapCheck(indexSpans);
  NAME_RE.lastIndex = 0;
  for (let m = NAME_RE.exec(text); m; m = NAME_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // One word in capitals is a bare word's business; a phrase inside an index name is the index.
    if (!/[a-z]/.test(m[0]) || overlaps(start, end)) continue;
    const name = m[0].replace(/[.'\u2019-]+$/, '').slice(0, MAX_NAME_LENGTH);
    if (name.length < 3) continue;
    out.push(positioned(NAME_SYMBOL, 'name', start, end, contextAround(text, start, end), undefined, name));
  }
}

/**
 * Whether a span partly overlaps one of `spans` (a span wholly inside it does not count), for
 * spans asked in increasing `start` order. A cursor skips the spans that end before the current
 * start, so a text of n names and k index spans costs about n + k, not n × k (a page repeating
 * "Russell 2000" took seconds per megabyte with names on).
 */
export function partialOverlapCheck(spans: ReadonlyArray<[number, number]>): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let first = 0;
  return (start, end) => {
    while (first < sorted.length && sorted[first]![1] <= start) first++;
    for (let i = first; i < sorted.length && sorted[i]![0] < end; i++) {
      const [s, e] = sorted[i]!;
      if (e > start && !(s >= start && e <= end)) return true;
    }
    return false;
  };
}

// The finders' spans and exchange parentheses of the text being read: one list each, reused from
// text to text (see Numbers). The finders run synchronously to the end of a text, so one text's
// lists are never read while another's are written.
const covered = new Spans();
const exchangeParens = new Numbers();

/**
 * All candidates in `text`, with offsets, in text order; bare words carry `cued`. Appended to
 * `out` (the DOM walk passes its list for the whole scan, so no list per text is made) from its
 * current length on; returns `out`.
 */
export function findPositionedCandidates(text: string, opts: FindOptions = {}, out: PositionedCandidate[] = []): PositionedCandidate[] {
  if (typeof text !== 'string' || text.length === 0) return out;
  const from = out.length;
  covered.n = 0;
  exchangeParens.n = 0;
  const snippet = opts.snippet;
  findCashtags(text, out, covered, snippet);
  findExchangeQualified(text, out, covered, exchangeParens, snippet);
  findParentheticals(text, out, covered, exchangeParens);
  findIndexNames(text, out, covered, snippet);
  const indexSpans = opts.names ? out.slice(from).filter((c) => c.candidate.evidence === 'index').map((c): [number, number] => [c.start, c.end]) : [];
  const bare = findBareTokens(text, opts.bare ?? 'all', opts.capsDemote === true, out, covered, snippet, opts.firstPair);
  if (opts.names) findNames(text, out, indexSpans);
  byStart(out, from);
  if (bare) cueLists(text, out, from);
  return out;
}

// Past this many candidates in one text an insertion sort could go quadratic (a hostile page
// interleaving "$AB" and "(CD)" thousands of times): the built-in sort takes over.
const INSERTION_SORT_MAX = 32;

/**
 * xs[from..] sorted by start (stable), in place. Each finder's output is already in order, so a
 * short list is a few sorted runs: an insertion sort moves only the out-of-place items, without a
 * comparator call per pair.
 */
function byStart(xs: PositionedCandidate[], from: number): void {
  if (xs.length - from > INSERTION_SORT_MAX) {
    // The text's candidates taken off the end, sorted and put back.
    for (const x of xs.splice(from).sort((a, b) => a.start - b.start)) xs.push(x);
    return;
  }
  for (let i = from + 1; i < xs.length; i++) {
    const x = xs[i]!;
    let j = i - 1;
    if (xs[j]!.start <= x.start) continue;
    while (j >= from && xs[j]!.start > x.start) {
      xs[j + 1] = xs[j]!;
      j--;
    }
    xs[j + 1] = x;
  }
}

/**
 * Ticker candidates in plain text, in text order. Never throws; unvalidated (see validate.ts).
 * Without page context, bare words are returned only when cued.
 */
export function findTextCandidates(text: string, opts: FindOptions = {}): Candidate[] {
  return findPositionedCandidates(text, opts)
    .filter((c) => c.candidate.evidence !== 'bare' || c.cued)
    .map((c) => c.candidate);
}
