/**
 * Candidates → detections: the universe decides what is a ticker, the ambiguity rules decide
 * when a ticker that is also an everyday word or abbreviation ("ALL", "IT", "AI", "CEO") was
 * meant as one. Crypto and index mentions are recognised from their own small lists (they are
 * not securities of the universe) and labelled with `kind`. Pure; runs in the background and
 * in the scan CLI.
 */
import { normalizeSymbol } from '../data/normalize-symbol';
import { isForeignExchange } from './exchanges';
import { BARE_CRYPTO, CORE_CRYPTO, OTHER_CRYPTO, CRYPTO_CONTEXT_RE, cryptoBaseOfMarked } from './crypto';
import { INDEX_CODES } from './indexes';
import { PAREN_CONTEXT_BEFORE } from './candidates';
import { EVIDENCE_TYPES, type Candidate, type Detection, type DetectionKind, type Evidence } from './types';

/** Evidence that shows intent: the writer or the site marked the string as a ticker. */
export const STRONG_EVIDENCE: ReadonlySet<Evidence> = new Set<Evidence>(['cashtag', 'exchange-prefix', 'quote-link', 'main-symbol', 'symbol-cell']);

/**
 * Symbols that are also common words or finance abbreviations. Listed or not in today's
 * universe (AI, ALL, IT, ON, NOW are real tickers), they are accepted only with strong evidence.
 */
export const AMBIGUOUS_SYMBOLS: ReadonlySet<string> = new Set(
  (
    'A I AI ALL AM AN ARE AT BE BIG BUY BY CAN CASH CEO CFO DAY DO EPS ETF EV EVER FAST FED FOR FUN ' +
    'GDP GO GOOD GTC HAS HE HOME IF IN IPO IRA IS IT LIFE LOVE LOW MAIN ME NAV NEW NEXT NICE NO ' +
    'NOW OF ON ONE OPEN OR OUT PEAK PLAY REAL RUN SAFE SEE SELL SO TO TRUE TWO UP USA USD WELL WIN YOU'
  ).split(' '),
);

/**
 * Listed symbols that, written in capitals in prose, are far more often an abbreviation
 * ("UK", "TV", "HR", "LNG", "WTI") or a capitalised word than the company. A bare mention
 * never establishes them; any other evidence does (Cheniere Energy (NYSE: LNG)).
 */
export const BARE_STOP_SYMBOLS: ReadonlySet<string> = new Set(
  (
    'UK EU IRS COO CTO LTM WTI LNG VC BDC MLP CIA TV PC API HR PR IP FT AP CAC LSE ASX NA SA AG SE PT ET PM NYC SF DC TX ' +
    'WHEN FUND CAPS TECH TOP GAIN GOLD LOAN EDIT MOVE LIVE MAN ANY WAY TEN MTD NIM CRE PB ETN MD PDT BOE III IX IMO ' +
    'HODL DD DTE BULL EOD PRE TBH COMP KEY CRM ESG ROI ROE ROCE CAPEX OPEX NOI FFO AFFO DRIP HSA ' +
    'NHS NSA OCC ICE DOT SMA DNA RNA CPA EMA AGI ASIC HBM SSD OLED USB RMBS HP DYOR WTF PUMP WOW PEG FCF ARR SEM IR UI PII DEI IDE SAM'
  ).split(' '),
);

export interface SymbolUniverse {
  has(symbol: string): boolean;
  /**
   * The listed name ("Opendoor Technologies Inc."), when the caller has it. With names, a
   * parenthetical right after the company's own name is strong evidence ("Allstate Corp.
   * (ALL)", "Opendoor Technologies (OPEN)"), and one after a phrase it merely abbreviates is
   * not ("Investor Relations (IR)", "Berkshire Hathaway Energy (BHE)").
   */
  nameOf?(symbol: string): string | null | undefined;
  /**
   * The symbol a company name in prose stands for ("Bank of America" → BAC), when it names
   * exactly one listed company unambiguously; for 'name' candidates.
   */
  symbolForName?(phrase: string): string | null | undefined;
}

/**
 * A universe over snapshot records (symbol + name): what the background and the scan CLI pass.
 * Records of kind 'unknown' (unclassified OTC lines) are not used for company names.
 */
export function universeFromRecords(records: Iterable<{ symbol: string; name: string; kind?: string }>): Required<SymbolUniverse> {
  const names = new Map<string, string>();
  const list: Array<{ symbol: string; name: string; kind?: string }> = [];
  for (const r of records) {
    names.set(r.symbol, r.name);
    list.push(r);
  }
  let index: Map<string, string | null> | undefined;
  return {
    has: (s) => names.has(s),
    nameOf: (s) => names.get(s) ?? null,
    symbolForName: (phrase) => {
      index ??= buildNameIndex(list);
      return lookupName(index, phrase);
    },
  };
}

// ---- Company names in prose (optional, lower confidence) -----------------------------------

/** "Bank of America Corp." → "bank of america"; "The Home Depot, Inc." → "home depot". */
export function nameKey(name: string): string {
  const ws = words(name.replace(/\([^)]*\)/g, ' '));
  while (ws.length > 0 && ws[0] === 'the') ws.shift();
  for (;;) {
    const last = ws[ws.length - 1];
    if (last === undefined) break;
    if (NAME_SUFFIXES.has(last) || NAME_TAIL_WORDS.has(last)) ws.pop();
    else if (last.length === 1 && ws[ws.length - 2] === 'class') ws.splice(-2, 2);
    else break;
  }
  return ws.join(' ');
}

// Trailing words of listed names that writers drop ("Zions Bancorporation N.A.", "… Common Stock").
const NAME_TAIL_WORDS = new Set('n a na common stock shares ordinary adr ads new registry de limited voting & and'.split(' '));
// Two-word keys that are everyday phrases, not the company a writer means.
const GENERIC_NAME_KEYS = new Set(['real estate', 'united states', 'wall street', 'main street', 'first bank', 'new york', 'federal reserve']);

/** Eligible names → symbol; a key shared by two listings maps to null (ambiguous: BRK.A / BRK.B). */
function buildNameIndex(records: ReadonlyArray<{ symbol: string; name: string; kind?: string }>): Map<string, string | null> {
  const index = new Map<string, string | null>();
  for (const r of records) {
    if (r.kind === 'unknown') continue;
    const key = nameKey(r.name);
    const n = key === '' ? 0 : key.split(' ').length;
    // One word only when it cannot be an everyday word: an inner capital (JPMorgan, ServiceNow, PayPal).
    const distinctive = n >= 2 ? key.length >= 8 && !GENERIC_NAME_KEYS.has(key) : n === 1 && key.length >= 5 && /^[A-Za-z]+[a-z][A-Z]/.test(r.name.trim());
    if (!distinctive) continue;
    index.set(key, index.has(key) && index.get(key) !== r.symbol ? null : r.symbol);
  }
  return index;
}

// A listed name followed by one of these is another entity: a subsidiary or namesake
// ("Charles Schwab Bank", "Berkshire Hathaway Energy", "Morgan Stanley Capital International").
const ENTITY_WORDS = new Set(
  'bank bancorp securities foundation capital trust insurance investments investment asset assets wealth ventures fund funds etf etfs energy financial advisors advisers partners realty properties'.split(' '),
);

/**
 * The longest run of words in `phrase` that is an indexed name ("Shares of JPMorgan Chase" →
 * JPM), unless the phrase goes on with an entity word right after it (see ENTITY_WORDS).
 */
function lookupName(index: ReadonlyMap<string, string | null>, phrase: string): string | null {
  const ws = words(phrase).slice(0, 6);
  for (let len = ws.length; len >= 1; len--) {
    for (let i = 0; i + len <= ws.length; i++) {
      const key = nameKey(ws.slice(i, i + len).join(' '));
      if (key === '') continue;
      const hit = index.get(key);
      if (hit !== undefined && !ENTITY_WORDS.has(ws[i + len] ?? '')) return hit;
    }
  }
  return null;
}

// candidates.ts keeps this many characters of text either side of a name.
const NAME_CONTEXT_RADIUS = 40;
// "according to FactSet data", "FactSet estimates", "data from Morningstar": a cited source, not a subject.
const SOURCE_AFTER_RE = /^[\s\u00a0]*(?:data|estimates?|consensus|figures|calculations|surveys?|polls?)(?![A-Za-z])/i;
const SOURCE_BEFORE_RE = /(?:^|[^A-Za-z])(?:data (?:from|by|compiled by)|compiled by|polled by|surveyed by|sources?:|source data:)[\s\u00a0]*$/i;
const SYMBOL_BEFORE_PAREN_RE = /(?:^|[^A-Za-z0-9])\$?([A-Z]{1,5}(?:[./-][A-Z])?)[\s\u00a0]*\([\s\u00a0]*$/;
const SYMBOL_PAREN_AFTER_RE = /^[\s\u00a0]*\((?:[A-Za-z ]{2,16}:[\s\u00a0]*)?\$?([A-Z]{1,5}(?:[./-][A-Z])?)\)/;

/**
 * Whether a company name in the page is a mention of `symbol` in its own right. Not when it
 * stands alone as a label (a table cell "BlackRock (iShares)"), is cited as a data source
 * ("according to FactSet data"), or sits next to the symbol itself: "BE (Bloom Energy)" glosses
 * the ticker (the ambiguity rules judge "BE"), and "Bloom Energy (BE)" is counted by the parenthetical.
 */
export function isNameMention(c: Candidate, symbol: string): boolean {
  const name = (c.name ?? '').replace(/\s+/g, ' ');
  if (name === '') return false;
  const ctx = c.context ?? name;
  let at = -1;
  for (let i = ctx.indexOf(name); i !== -1; i = ctx.indexOf(name, i + 1)) {
    if (at === -1 || Math.abs(i - NAME_CONTEXT_RADIUS) < Math.abs(at - NAME_CONTEXT_RADIUS)) at = i;
  }
  if (at === -1) return false;
  const before = ctx.slice(0, at);
  const after = ctx.slice(at + name.length);
  if (words(before).length + words(after).length < 2) return false;
  if (SOURCE_AFTER_RE.test(after) || SOURCE_BEFORE_RE.test(before)) return false;
  const next = SYMBOL_BEFORE_PAREN_RE.exec(before) ?? SYMBOL_PAREN_AFTER_RE.exec(after);
  return !(next && normalizeSymbol(next[1]) === symbol);
}

// ---- Parenthetical after a name: the company's own name, or an abbreviated phrase? --------

const NAME_SUFFIXES = new Set(
  'inc incorporated corp corporation co company cos ltd limited plc llc lp holdings holding group sa nv ag se the class'.split(' '),
);
const FUNCTION_WORDS = new Set('of for and the de du la & on in at to'.split(' '));
// First name words too common to identify a company alone ("First Horizon" vs "First Solar").
const GENERIC_FIRST = new Set(
  'first american united general national international global new great southern northern western eastern central pacific atlantic bank'.split(' '),
);

function words(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .split(/[^a-z0-9&]+/)
    .filter((w) => w !== '');
}

/** The text right before the parenthesis that holds `symbol`, from the candidate's context. */
function textBeforeParen(c: Candidate, symbol: string): string | null {
  const ctx = c.context;
  if (!ctx) return null;
  const base = symbol.split('.')[0]!;
  let best = -1;
  for (let i = ctx.indexOf('(' + base); i !== -1; i = ctx.indexOf('(' + base, i + 1)) {
    // The context keeps PAREN_CONTEXT_BEFORE characters before the parenthesis (fewer at the start of a block).
    if (best === -1 || Math.abs(i - PAREN_CONTEXT_BEFORE) < Math.abs(best - PAREN_CONTEXT_BEFORE)) best = i;
  }
  return best === -1 ? null : ctx.slice(0, best);
}

/** The capitalised words before the parenthesis, trailing suffixes (Inc., Corp.) dropped. */
function nameWordsBefore(before: string): string[] {
  const raw = before.split(/[\s\u00a0]+/).filter((w) => w !== '').slice(-8);
  while (raw.length > 0 && NAME_SUFFIXES.has(raw[raw.length - 1]!.toLowerCase().replace(/[^a-z]/g, ''))) raw.pop();
  return raw;
}

/** "Investor Relations (IR)", "Centers for Medicare & Medicaid Services (CMS)": the letters are the initials. */
export function isAcronymOf(symbol: string, before: string): boolean {
  const letters = symbol.replace(/[^A-Z]/g, '');
  if (letters.length < 2) return false;
  const ws = nameWordsBefore(before);
  let li = letters.length - 1;
  let skipped = 0;
  for (let wi = ws.length - 1; wi >= 0 && li >= 0; wi--) {
    const w = ws[wi]!.replace(/^[^A-Za-z0-9&]+/, '');
    if (w === '' || FUNCTION_WORDS.has(w.toLowerCase())) continue;
    if (w[0] === letters[li]) li--;
    else if (/^[A-Z]/.test(w) && skipped === 0 && li < letters.length - 1) skipped++;
    else return false;
  }
  return li < 0;
}

/** The words before the parenthesis name the listed company ("Opendoor Technologies Inc." ~ "Opendoor Technologies"). */
export function namesCompany(before: string, listedName: string): boolean {
  const listed = words(listedName).filter((w) => !NAME_SUFFIXES.has(w));
  if (listed.length === 0) return false;
  const near = new Set(words(nameWordsBefore(before).slice(-5).join(' ')));
  if (!near.has(listed[0]!)) return false;
  return !GENERIC_FIRST.has(listed[0]!) || listed.length === 1 || near.has(listed[1]!);
}

type ParenVerdict = 'company' | 'acronym' | 'plain';

function parenVerdict(c: Candidate, symbol: string, universe: SymbolUniverse): ParenVerdict {
  const before = textBeforeParen(c, symbol);
  if (before === null) return 'plain';
  const name = universe.nameOf?.(symbol);
  if (name && namesCompany(before, name)) return 'company';
  // A company listed under its initials ("IBM"): "International Business Machines (IBM)" is it.
  if (name && words(name).filter((w) => !NAME_SUFFIXES.has(w)).join('') === symbol.toLowerCase()) return 'plain';
  return isAcronymOf(symbol, before) ? 'acronym' : 'plain';
}

const RANK = new Map<Evidence, number>(EVIDENCE_TYPES.map((e, i) => [e, i]));
const byStrength = (a: Evidence, b: Evidence) => (RANK.get(a) ?? 99) - (RANK.get(b) ?? 99);

/** How the writer marked a crypto mention; the listed security is meant by the other evidence. */
const CRYPTO_EVIDENCE: ReadonlySet<Evidence> = new Set<Evidence>(['cashtag', 'parenthetical', 'bare']);

interface Tally {
  symbol: string;
  kind: DetectionKind | undefined;
  all: { count: number; evidence: Set<Evidence> };
  strong: { count: number; evidence: Set<Evidence> };
}

/** What a candidate refers to: [symbol, kind], or null when it is not accepted. */
function resolve(c: Candidate, universe: SymbolUniverse, foreign: ReadonlySet<string>): [string, DetectionKind | undefined] | null {
  if (isForeignExchange(c.exchange)) return null;
  if (c.evidence === 'name') {
    const hit = c.name ? universe.symbolForName?.(c.name) : null;
    // "Cenovus Energy (TSX: CVE)": the page is about the foreign listing; the name says nothing more.
    return hit && universe.has(hit) && !foreign.has(hit) && isNameMention(c, hit) ? [hit, undefined] : null;
  }
  const symbol = normalizeSymbol(c.symbol);
  if (!symbol) return null;
  if (c.evidence === 'index') return INDEX_CODES.has(symbol) ? [symbol, 'index'] : null;
  if (CRYPTO_EVIDENCE.has(c.evidence)) {
    const marked = cryptoBaseOfMarked(symbol);
    if (marked) return [marked, 'crypto'];
    // Bare: only coins whose symbol is no word or abbreviation ("DOT" is also a department).
    if (CORE_CRYPTO.has(symbol) && (c.evidence !== 'bare' || BARE_CRYPTO.has(symbol))) return [symbol, 'crypto'];
    // A cashtag only: "LTC Properties" in the same sentence as "tokens" is still the REIT.
    if (OTHER_CRYPTO.has(symbol) && c.evidence === 'cashtag' && c.context !== undefined && CRYPTO_CONTEXT_RE.test(c.context)) return [symbol, 'crypto'];
  }
  if (universe.has(symbol)) return [symbol, undefined];
  // "$SPX", "$VIX": an index code written as a cashtag (never shadowing a listed symbol).
  if (INDEX_CODES.has(symbol)) return [symbol, 'index'];
  return null;
}

/**
 * Aggregate per symbol and kind (count = mentions; evidence distinct, strongest first), drop
 * symbols not in the universe and foreign-exchange candidates, apply the ambiguity rules;
 * sorted by count desc, then symbol.
 */
export function validateCandidates(candidates: readonly Candidate[], universe: SymbolUniverse): Detection[] {
  const tallies = new Map<string, Tally>();
  const foreign = new Set<string>();
  for (const c of candidates) {
    if (isForeignExchange(c.exchange)) {
      const s = normalizeSymbol(c.symbol);
      if (s) foreign.add(s);
    }
  }
  for (const c of candidates) {
    const resolved = resolve(c, universe, foreign);
    if (!resolved) continue;
    const [symbol, kind] = resolved;
    const key = `${kind ?? ''}:${symbol}`;
    let t = tallies.get(key);
    if (!t) {
      t = { symbol, kind, all: { count: 0, evidence: new Set() }, strong: { count: 0, evidence: new Set() } };
      tallies.set(key, t);
    }
    // extraEvidence: the same mention seen twice (a quote link whose text is "$IWM").
    const inc = c.extraEvidence ? 0 : 1;
    // A bare word that is usually an abbreviation adds nothing, not even to the count.
    if (c.evidence === 'bare' && kind === undefined && BARE_STOP_SYMBOLS.has(symbol)) {
      continue;
    }
    const verdict = c.evidence === 'parenthetical' && kind === undefined ? parenVerdict(c, symbol, universe) : 'plain';
    if (verdict === 'acronym') continue;
    t.all.count += inc;
    t.all.evidence.add(c.evidence);
    // A company's own name is no word-ticker ambiguity ("Opendoor" is OPEN): counted as deliberate.
    if (STRONG_EVIDENCE.has(c.evidence) || kind !== undefined || verdict === 'company' || c.evidence === 'name') {
      t.strong.count += inc;
      t.strong.evidence.add(c.evidence);
    }
  }

  const out: Detection[] = [];
  for (const t of tallies.values()) {
    // An ambiguous symbol counts only its deliberate mentions: "(AI)" after "Artificial
    // Intelligence" next to one "$AI" is one mention of C3.ai, not two. Crypto and index
    // mentions come from their own lists, where the words are not ambiguous.
    const use = t.kind === undefined && AMBIGUOUS_SYMBOLS.has(t.symbol) ? t.strong : t.all;
    if (use.evidence.size === 0) continue;
    // A mention seen only as extra evidence still counts once.
    const d: Detection = { symbol: t.symbol, count: Math.max(1, use.count), evidence: [...use.evidence].sort(byStrength) };
    if (t.kind !== undefined) d.kind = t.kind;
    out.push(d);
  }
  return out.sort((a, b) => b.count - a.count || (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : a.kind === b.kind ? 0 : (a.kind ?? '') < (b.kind ?? '') ? -1 : 1));
}
