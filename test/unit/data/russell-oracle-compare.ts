/**
 * Recall and precision of an estimated index against an ETF's holdings, counted by company so that
 * measurement artefacts are not scored as misses:
 * - Share classes: FTSE Russell ranks companies, and a holdings file lists only the classes the
 *   fund holds, spelt without the dot (BRKB for BRK.B). Tickers are matched without dots, then
 *   every symbol is reduced to its company (the SEC CIK); a company is in the index when any of
 *   its classes is.
 * - Listings after rank day: a holdings file taken months after the reconstitution also holds the
 *   IPOs FTSE Russell added at its quarterly reviews. An oracle company none of whose symbols was
 *   listed on the rank day cannot be in that reconstitution: left out of recall, and counted.
 * - Delistings before the holdings date: a company of ours that was no longer listed when the
 *   holdings were taken cannot be held: left out of precision, and counted (only when a listing of
 *   that time exists).
 * - Sampling: a fund may hold only part of its index (IWV held 2,663 of the ~2,950 Russell 3000
 *   companies in June 2025). `alsoHeld` is another fund's holdings of the same reconstitution; an
 *   estimate company held there is not counted as wrong.
 * Pure, so the counting itself is unit-tested (russell-oracle-compare.test.ts).
 */

export interface CompareInput {
  /** Our canonical symbols in the index. */
  ours: Iterable<string>;
  /** Oracle tickers as the holdings file spells them. */
  oracle: Iterable<string>;
  /** Holdings of another fund tracking the same reconstitution (see above). */
  alsoHeld?: Iterable<string>;
  /** Holdings ticker → our canonical symbol (undefined: not in our universe). */
  canonical: (ticker: string) => string | undefined;
  /** Company key of a canonical symbol. */
  companyOf: (symbol: string) => string;
  /** Whether the company was listed on the reconstitution's rank day. */
  companyListedOnRankDay: (company: string) => boolean;
  /** Whether the company was still listed at the holdings date; absent when no listing of that time exists. */
  companyListedAtHoldings?: (company: string) => boolean;
}

export interface Comparison {
  recall: number;
  precision: number;
  /** Oracle companies in our universe and listed on rank day (recall's denominator). */
  oracleCompanies: number;
  hits: number;
  /** Our companies still listed at the holdings date (precision's denominator). */
  ourCompanies: number;
  agreeing: number;
  /** Oracle tickers our universe does not know. */
  unknown: string[];
  /** Oracle companies listed after rank day (one symbol each). */
  listedLater: string[];
  /** Our companies delisted before the holdings date (one symbol each). */
  delisted: string[];
  /** Oracle companies we miss (one symbol each, the oracle's). */
  missed: string[];
  /** Our companies the oracle does not hold (one symbol each, ours). */
  extra: string[];
}

export function compareByCompany(input: CompareInput): Comparison {
  const ourCompanies = new Map<string, string>();
  for (const s of input.ours) if (!ourCompanies.has(input.companyOf(s))) ourCompanies.set(input.companyOf(s), s);
  const unknown: string[] = [];
  const oracleCompanies = new Map<string, string>();
  for (const t of input.oracle) {
    const s = input.canonical(t);
    if (s === undefined) unknown.push(t);
    else if (!oracleCompanies.has(input.companyOf(s))) oracleCompanies.set(input.companyOf(s), s);
  }
  const held = new Set(oracleCompanies.keys());
  for (const t of input.alsoHeld ?? []) {
    const s = input.canonical(t);
    if (s !== undefined) held.add(input.companyOf(s));
  }

  const listedLater: string[] = [];
  const missed: string[] = [];
  let hits = 0;
  for (const [company, symbol] of oracleCompanies) {
    if (!input.companyListedOnRankDay(company)) listedLater.push(symbol);
    else if (ourCompanies.has(company)) hits++;
    else missed.push(symbol);
  }
  const delisted: string[] = [];
  const extra: string[] = [];
  let agreeing = 0;
  for (const [company, symbol] of ourCompanies) {
    if (input.companyListedAtHoldings && !input.companyListedAtHoldings(company)) delisted.push(symbol);
    else if (held.has(company)) agreeing++;
    else extra.push(symbol);
  }
  const recallBase = oracleCompanies.size - listedLater.length;
  const precisionBase = ourCompanies.size - delisted.length;
  return {
    recall: recallBase === 0 ? 0 : hits / recallBase,
    precision: precisionBase === 0 ? 0 : agreeing / precisionBase,
    oracleCompanies: recallBase,
    hits,
    ourCompanies: precisionBase,
    agreeing,
    unknown,
    listedLater,
    delisted,
    missed,
    extra,
  };
}
