/**
 * Candidates → detections: the universe decides what is a ticker, the ambiguity rules decide
 * when a ticker that is also an everyday word or abbreviation ("ALL", "IT", "AI", "CEO") was
 * meant as one. Crypto and index mentions are recognised from their own small lists (they are
 * not securities of the universe) and labelled with `kind`. Pure; runs in the background and
 * in the scan CLI.
 *
 * The parts live in their own files: the word-ticker lists (ambiguous-symbols.ts), the universe
 * (symbol-universe.ts), company names in prose (company-names.ts) and the parenthetical rules
 * (parenthetical.ts). Their exports are re-exported here so callers keep one import path.
 */
import { normalizeSymbol } from '../data/normalize-symbol';
import { isForeignExchange } from './exchanges';
import { BARE_CRYPTO, CORE_CRYPTO, OTHER_CRYPTO, CRYPTO_CONTEXT_RE, cryptoBaseOfMarked } from './crypto';
import { INDEX_CODES } from './indexes';
import { AMBIGUOUS_SYMBOLS, BARE_STOP_SYMBOLS, INDEX_WORD_SYMBOLS, LISTING_EVIDENCE, STRONG_EVIDENCE } from './ambiguous-symbols';
import { isNameMention } from './company-names';
import { parenVerdict } from './parenthetical';
import { isTokenCashtag } from './token-cashtag';
import type { SymbolUniverse } from './symbol-universe';
import { EVIDENCE_TYPES, type Candidate, type Detection, type DetectionKind, type Evidence } from './types';

export { universeFromRecords, type SymbolUniverse } from './symbol-universe';

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
  if (universe.has(symbol)) {
    if (INDEX_WORD_SYMBOLS.has(symbol) && !LISTING_EVIDENCE.has(c.evidence)) return null;
    // "Ref Finance $REF" in a thread on DeFi: a token's, not Reformation's (token-cashtag.ts).
    return c.evidence === 'cashtag' && isTokenCashtag(c, symbol, universe) ? null : [symbol, undefined];
  }
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
  // Letters the page defines as another body's abbreviation ("Cybermedia Technologies (CTEC)"):
  // its later bare "CTEC" means that body too.
  // Each candidate resolved once; a parenthetical's verdict read before any bare word is counted.
  const resolutions = candidates.map((c) => resolve(c, universe, foreign));
  const defined = new Set<string>();
  const verdicts = new Map<Candidate, ReturnType<typeof parenVerdict>>();
  candidates.forEach((c, i) => {
    const resolved = resolutions[i];
    if (c.evidence !== 'parenthetical' || !resolved || resolved[1] !== undefined) return;
    const verdict = parenVerdict(c, resolved[0], universe);
    verdicts.set(c, verdict);
    if (verdict === 'acronym') defined.add(resolved[0]);
  });
  for (const [i, c] of candidates.entries()) {
    const resolved = resolutions[i];
    if (!resolved) continue;
    const [symbol, kind] = resolved;
    if (c.evidence === 'bare' && kind === undefined && defined.has(symbol)) continue;
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
    const verdict = verdicts.get(c) ?? 'plain';
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
