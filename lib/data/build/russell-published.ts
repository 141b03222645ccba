import { normalizeSymbol } from '../normalize-symbol';
import { DatasetError, readTable } from './dataset-figures';

/**
 * Two FTSE Russell inputs that no rank-day screener shows, read from Finviz where it publishes them:
 *
 * - Last year's index, for banding. A company inside the ±2.5% band keeps the index it was in
 *   before the reconstitution; for the 2025 reconstitution that is the 2024 membership, which no
 *   allowed source lists. Finviz's quote pages (close of 2025-12-22) carry an "Index" field whose
 *   `RUT` tag marks Russell 2000 members: that is the membership as published after the 2025
 *   reconstitution, and inside the 2025 band it can only be the index the company was kept in.
 *   The pages cover stocks with a cap of $300M or more, so a covered stock without `RUT` is not in
 *   the Russell 2000 (inside the band: in the Russell 1000). Stocks not covered stay unknown.
 * - The home country. FTSE Russell assigns it from three indicators (incorporation, headquarters,
 *   most liquid exchange) and, when they disagree, the location of assets and revenue. Nasdaq's
 *   country field is often the incorporation country (Leonardo DRS: Israel; Lazard: Bermuda).
 *   Finviz gives the headquarters; a US headquarters plus the US listing are two US indicators. A
 *   company FTSE Russell placed in the Russell 2000 was, by that fact, assigned to the US.
 *
 * Neither reads any index provider's own holdings file; both are the Finviz build inputs the
 * valuation tables already use (see their SOURCE.md).
 */

export interface PublishedRussell {
  /** Close date of the pages. */
  asOf: string;
  /** Symbols Finviz tags `RUT` (Russell 2000). */
  r2000: ReadonlySet<string>;
  /** Every symbol on the pages (cap ≥ $300M that day): absence of `RUT` is a "no" only for these. */
  covered: ReadonlySet<string>;
}

const DATASET = 'finviz-quote-pages-2025-12-22';

/** The `index` and `country` columns of the Finviz quote pages (gunzipped CSV text). */
export function parseFinvizIndexFlags(csvText: string, asOf: string): PublishedRussell & { hq: Map<string, string> } {
  const { rows } = readTable(DATASET, csvText, ['ticker', 'index', 'country']);
  const r2000 = new Set<string>();
  const covered = new Set<string>();
  const hq = new Map<string, string>();
  for (const r of rows) {
    const symbol = normalizeSymbol(r['ticker']);
    if (!symbol) throw new DatasetError(`${DATASET}: "${r['ticker']}" is not a ticker`);
    covered.add(symbol);
    // The field lists every index, comma-separated ("DJIA, NDX, S&P 500"); RUT is the Russell 2000.
    if ((r['index'] ?? '').split(',').some((t) => t.trim() === 'RUT')) r2000.add(symbol);
    const country = (r['country'] ?? '').trim();
    if (country) hq.set(symbol, country);
  }
  return { asOf, r2000, covered, hq };
}

/** Finviz spells the US "USA". */
export const isUsHeadquarters = (country: string | null | undefined) => country === 'USA';
