/**
 * Offline symbol search for the popup. Ranking tiers, best first:
 *   0 exact symbol · 1 symbol prefix · 2 name starts with the query · 3 a name word starts with
 *   the query · 4 query letters appear in order from the start of the symbol, or from the start of
 *   a name word, moving on to another word only at its first letter (fuzzy).
 * Within a tier the larger market cap wins, then the shorter symbol, then alphabetical.
 * The normalised entries are cached per array (WeakMap), so repeated queries over the same
 * 10k-entry index cost one pass of cheap string tests and no allocation per entry. Pass a new
 * array when the entries change; an array mutated in place keeps its stale cache.
 */
import { COMPANY_SUFFIXES } from '../company-suffixes';

export interface SearchEntry {
  symbol: string;
  name: string;
  kind: string;
  /** USD; only used to break ties (bigger first). */
  marketCap?: number | null;
}

interface Prepared<T> {
  entry: T;
  symbol: string;
  /** Symbol without separators: "BRKB". */
  symbolCompact: string;
  /** Lower-case compact symbol, for the fuzzy tier. */
  symbolLower: string;
  /** Lower-case words without punctuation or legal-form noise, joined by single spaces. */
  name: string;
  /** First letter of each name word, and where each word starts in `name` (fuzzy tier). */
  initials: string;
  wordStarts: number[];
  cap: number;
}

// Legal forms and filler that users do not type and that would make every name match "co" or "inc".
const NOISE = new Set([...COMPANY_SUFFIXES, 'the', 'class', 'common', 'stock', 'shares', 'ordinary']);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

function normName(text: string): string {
  const all = words(text);
  const kept = all.filter((w) => !NOISE.has(w));
  return (kept.length > 0 ? kept : all).join(' ');
}

const cache = new WeakMap<readonly SearchEntry[], Prepared<SearchEntry>[]>();

function prepare<T extends SearchEntry>(entries: readonly T[]): Prepared<T>[] {
  const hit = cache.get(entries);
  if (hit && hit.length === entries.length) return hit as Prepared<T>[];
  const prepared = entries.map((entry) => {
    const symbol = entry.symbol.toUpperCase();
    const name = normName(entry.name);
    const wordStarts: number[] = [];
    for (let i = 0; i < name.length; i++) if (i === 0 || name.charCodeAt(i - 1) === 32) wordStarts.push(i);
    return {
      entry,
      symbol,
      symbolCompact: symbol.replace(/[^A-Z0-9]/g, ''),
      symbolLower: symbol.replace(/[^A-Z0-9]/g, '').toLowerCase(),
      name,
      initials: wordStarts.map((i) => name[i]).join(''),
      wordStarts,
      cap: entry.marketCap != null && Number.isFinite(entry.marketCap) ? entry.marketCap : -1,
    };
  });
  cache.set(entries, prepared as Prepared<SearchEntry>[]);
  return prepared;
}

/** Query letters in order from `start` on: "nvda" is in "nvidia". */
function inOrderFrom(needle: string, text: string, start: number): boolean {
  let j = 0;
  for (let k = start; k < text.length && j < needle.length; k++) if (text.charCodeAt(k) === needle.charCodeAt(j)) j++;
  return j === needle.length;
}

/**
 * Query letters in order from `start`, each one either further on in the same word or the first
 * letter of a later word: "nvda" is in "nvidia" and "bofa" in "bank of america", but "zions" is
 * not in "zoom communications" (its "i" would sit mid-word in another word).
 */
function inOrderByWords(needle: string, text: string, start: number): boolean {
  let k = start;
  for (let j = 0; j < needle.length; j++) {
    const c = needle.charCodeAt(j);
    while (k < text.length && text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== c) k++;
    if (k < text.length && text.charCodeAt(k) === c) {
      k++;
      continue;
    }
    let next = -1;
    for (let sp = text.indexOf(' ', k); sp !== -1 && next === -1; sp = text.indexOf(' ', sp + 1)) if (text.charCodeAt(sp + 1) === c) next = sp + 1;
    if (next === -1) return false;
    k = next + 1;
  }
  return true;
}

/**
 * Fuzzy tier: the query's letters in order, starting at the symbol's first letter or at a name
 * word's first letter ("inc" must not find "fINanCial"). The earliest eligible word leaves the
 * most text to match, so only that one is checked.
 */
function fuzzy(p: Prepared<SearchEntry>, q: Query): boolean {
  if (q.symbolLower.length > 0 && p.symbolLower.charCodeAt(0) === q.symbolLower.charCodeAt(0) && inOrderFrom(q.symbolLower, p.symbolLower, 0)) {
    return true;
  }
  const word = p.initials.indexOf(q.nameCompact[0]!);
  return word >= 0 && inOrderByWords(q.nameCompact, p.name, p.wordStarts[word]!);
}

interface Query {
  symbol: string;
  symbolCompact: string;
  symbolLower: string;
  name: string;
  /** `name` with a leading space, to find it at a word start. */
  nameAtWord: string;
  nameCompact: string;
}

function tierOf(p: Prepared<SearchEntry>, q: Query): number {
  if (q.symbolCompact && (p.symbol === q.symbol || p.symbolCompact === q.symbolCompact)) return 0;
  if (q.symbol && p.symbol.startsWith(q.symbol)) return 1;
  if (q.name) {
    if (p.name.startsWith(q.name)) return 2;
    if (p.name.includes(q.nameAtWord)) return 3;
  }
  // Single letters match almost everything as a subsequence; fuzzy only from two characters.
  if (q.nameCompact.length >= 2 && fuzzy(p, q)) {
    return 4;
  }
  return -1;
}

function better(a: Prepared<SearchEntry>, ta: number, b: Prepared<SearchEntry>, tb: number): boolean {
  if (ta !== tb) return ta < tb;
  if (a.cap !== b.cap) return a.cap > b.cap;
  if (a.symbol.length !== b.symbol.length) return a.symbol.length < b.symbol.length;
  return a.symbol < b.symbol;
}

export function searchSymbols<T extends SearchEntry>(query: string, entries: readonly T[], limit = 8): T[] {
  const trimmed = query.trim();
  if (!trimmed || limit <= 0) return [];
  const upper = trimmed.toUpperCase().replace(/^\$/, '');
  const name = normName(trimmed);
  const q: Query = {
    symbol: upper.replace(/[-/]/g, '.').replace(/\s+/g, ''),
    symbolCompact: upper.replace(/[^A-Z0-9]/g, ''),
    symbolLower: upper.replace(/[^A-Z0-9]/g, '').toLowerCase(),
    name,
    nameAtWord: ` ${name}`,
    nameCompact: name.replace(/ /g, ''),
  };

  // Bounded insertion keeps the best `limit` without sorting every fuzzy match.
  const top: { p: Prepared<SearchEntry>; tier: number }[] = [];
  for (const p of prepare(entries) as Prepared<SearchEntry>[]) {
    const tier = tierOf(p, q);
    if (tier < 0) continue;
    if (top.length === limit && !better(p, tier, top[limit - 1]!.p, top[limit - 1]!.tier)) continue;
    let i = top.length;
    while (i > 0 && better(p, tier, top[i - 1]!.p, top[i - 1]!.tier)) i--;
    top.splice(i, 0, { p, tier });
    if (top.length > limit) top.pop();
  }
  return top.map((t) => t.p.entry as T);
}
