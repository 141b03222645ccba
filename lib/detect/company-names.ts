/**
 * Company names in prose ("Bank of America said …") as a lower-confidence route to a symbol.
 * Kept apart from the ticker rules because it reasons about names, not symbols: which listed
 * names are distinctive enough to index, and when a name on the page is a mention rather than
 * a label, a cited data source or a gloss of the ticker next to it.
 */
import { normalizeSymbol } from '../data/normalize-symbol';
import { NAME_SUFFIXES, words } from './name-words';
import type { Candidate } from './types';

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
export function buildNameIndex(records: ReadonlyArray<{ symbol: string; name: string; kind?: string }>): Map<string, string | null> {
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
export function lookupName(index: ReadonlyMap<string, string | null>, phrase: string): string | null {
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
