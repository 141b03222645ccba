/** How a symbol was found. Stronger evidence first; 'index' (an index named in prose) last. */
export const EVIDENCE_TYPES = [
  'cashtag',
  'exchange-prefix',
  'quote-link',
  'main-symbol',
  'symbol-cell',
  'parenthetical',
  'bare',
  'name',
  'index',
] as const;
export type Evidence = (typeof EVIDENCE_TYPES)[number];

/**
 * A symbol-shaped string found in the page, before validation against the universe.
 * The content script produces these without knowing the universe (it stays small);
 * the background (or the scan CLI) validates them.
 *
 * evidence 'index': `symbol` is an index code from lib/detect/indexes.ts (SPX, RUT, …),
 * read from an index name in prose ("the Russell 2000"); validated against that list, not
 * against the symbol universe.
 */
export interface Candidate {
  /** Normalised: upper case, share class with a dot (BRK.B). */
  symbol: string;
  evidence: Evidence;
  /** Exchange named next to it, normalised (NASDAQ, NYSE, NYSE AMERICAN, NYSE ARCA, CBOE, OTC, or a foreign code). */
  exchange?: string;
  /** Short surrounding text, for the evidence trail and ambiguity rules. Plain text only. */
  context?: string;
  /**
   * True when this candidate is more evidence for a mention already counted (a quote link
   * whose own text is the cashtag "$IWM"): validators keep its evidence but do not count it.
   */
  extraEvidence?: boolean;
  /**
   * evidence 'name' only: a capitalised phrase that may name a listed company ("Bank of
   * America", "JPMorgan Chase"), at most 80 characters; `symbol` is then the placeholder
   * NAME_SYMBOL and the validator resolves the phrase with the universe's name index.
   */
  name?: string;
}

/** The `symbol` of a 'name' candidate, whose company is not known in the page. */
export const NAME_SYMBOL = '?';

/**
 * What a detection refers to when it is not a listed security looked up in the universe:
 * 'crypto' ($BTC, "Bitcoin (BTC)": the coin, not the Grayscale trust listed as BTC) or
 * 'index' (the Russell 2000 itself, not a fund tracking it). Absent = a symbol of the universe.
 */
export type DetectionKind = 'crypto' | 'index';

/** A validated ticker on the page, aggregated over its mentions. */
export interface Detection {
  symbol: string;
  count: number;
  evidence: Evidence[];
  /** Set for crypto and index mentions only (see DetectionKind). */
  kind?: DetectionKind;
}
