import type { ClaimKind, ClaimValue } from './claim-schema';

/** A claim found in the text, before it is checked. Offsets are into the whole article text. */
export interface ExtractedClaim {
  kind: ClaimKind;
  /** The claim as written. */
  text: string;
  start: number;
  end: number;
  sentence: string;
  subject: string | null;
  stated: { value: ClaimValue; unit: string };
  /** Kind-specific reading of the words around the number (basis, window, qualifier…). */
  detail: ClaimDetail;
}

/** "above 30x", "nearly 26%": how the stated figure is meant. */
export type Qualifier = 'about' | 'above' | 'below' | 'exact';

/** A time window the claim names ("since September 2025", "in 2025", "this year"); ISO dates, inclusive. */
export interface ClaimWindow {
  from: string | null;
  to: string | null;
  words: string;
}

export interface ClaimDetail {
  qualifier?: Qualifier;
  window?: ClaimWindow | null;
  /** pe-multiple: forward or trailing earnings. */
  basis?: 'forward' | 'trailing';
  /** rate-move-count: the action counted and the move size when stated. */
  action?: 'cut' | 'hike';
  moveBps?: number | null;
  /** fed-funds-range: the claim is about the year's end ("to end the year at"). */
  yearEnd?: boolean;
}

/** A resolved mention of a ticker, index or group in the text, with offsets into the same text. */
export interface Mention {
  subject: string;
  start: number;
  end: number;
}
