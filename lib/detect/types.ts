/** How a symbol was found. Stronger evidence first. */
export const EVIDENCE_TYPES = [
  'cashtag',
  'exchange-prefix',
  'quote-link',
  'main-symbol',
  'symbol-cell',
  'parenthetical',
  'bare',
  'name',
] as const;
export type Evidence = (typeof EVIDENCE_TYPES)[number];

/**
 * A symbol-shaped string found in the page, before validation against the universe.
 * The content script produces these without knowing the universe (it stays small);
 * the background (or the scan CLI) validates them.
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
}

/** A validated ticker on the page, aggregated over its mentions. */
export interface Detection {
  symbol: string;
  count: number;
  evidence: Evidence[];
}
