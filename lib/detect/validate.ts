/**
 * Candidates → detections: the universe decides what is a ticker, the ambiguity rules decide
 * when a ticker that is also an everyday word or abbreviation ("ALL", "IT", "AI", "CEO") was
 * meant as one. Pure; runs in the background and in the scan CLI.
 */
import { normalizeSymbol } from '../data/normalize-symbol';
import { isForeignExchange } from './exchanges';
import { EVIDENCE_TYPES, type Candidate, type Detection, type Evidence } from './types';

/** Evidence that shows intent: the writer or the site marked the string as a ticker. */
export const STRONG_EVIDENCE: ReadonlySet<Evidence> = new Set<Evidence>(['cashtag', 'exchange-prefix', 'quote-link', 'main-symbol']);

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

export interface SymbolUniverse {
  has(symbol: string): boolean;
}

const RANK = new Map<Evidence, number>(EVIDENCE_TYPES.map((e, i) => [e, i]));
const byStrength = (a: Evidence, b: Evidence) => (RANK.get(a) ?? 99) - (RANK.get(b) ?? 99);

interface Tally {
  all: { count: number; evidence: Set<Evidence> };
  strong: { count: number; evidence: Set<Evidence> };
}

/**
 * Aggregate per symbol (count = mentions; evidence distinct, strongest first), drop symbols
 * not in the universe and foreign-exchange candidates, apply the ambiguity rules; sorted by
 * count desc, then symbol.
 */
export function validateCandidates(candidates: readonly Candidate[], universe: SymbolUniverse): Detection[] {
  const tallies = new Map<string, Tally>();
  for (const c of candidates) {
    if (isForeignExchange(c.exchange)) continue;
    const symbol = normalizeSymbol(c.symbol);
    if (!symbol || !universe.has(symbol)) continue;
    let t = tallies.get(symbol);
    if (!t) {
      t = { all: { count: 0, evidence: new Set() }, strong: { count: 0, evidence: new Set() } };
      tallies.set(symbol, t);
    }
    // extraEvidence: the same mention seen twice (a quote link whose text is "$IWM").
    const inc = c.extraEvidence ? 0 : 1;
    t.all.count += inc;
    t.all.evidence.add(c.evidence);
    if (STRONG_EVIDENCE.has(c.evidence)) {
      t.strong.count += inc;
      t.strong.evidence.add(c.evidence);
    }
  }

  const out: Detection[] = [];
  for (const [symbol, t] of tallies) {
    // An ambiguous symbol counts only its deliberate mentions: "(AI)" after "Artificial
    // Intelligence" next to one "$AI" is one mention of C3.ai, not two.
    const use = AMBIGUOUS_SYMBOLS.has(symbol) ? t.strong : t.all;
    if (use.evidence.size === 0) continue;
    // A mention seen only as extra evidence still counts once.
    out.push({ symbol, count: Math.max(1, use.count), evidence: [...use.evidence].sort(byStrength) });
  }
  return out.sort((a, b) => b.count - a.count || (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0));
}
