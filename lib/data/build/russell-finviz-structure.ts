import { normalizeSymbol } from '../normalize-symbol';
import { readTable } from './dataset-figures';
import { parseNumber } from './numbers';
import type { RussellExclusion } from './russell-rules';

/**
 * FTSE Russell excludes closed-end funds, business development companies (BDCs) and blank-check
 * companies. Many of them file as ordinary corporations ("Prospect Capital Corporation Common
 * Stock"), so the screener's description cannot tell; Finviz's industry can:
 * - "Closed-End Fund - Debt/Equity/Foreign": a closed-end fund;
 * - "Shell Companies": a blank-check company (SPAC);
 * - "Asset Management" with a dividend yield of 8% or more: a BDC. BDCs are regulated investment
 *   companies that must pay out at least 90% of their taxable income, so they yield far more than
 *   the asset managers that share the industry (the highest-yielding manager in the 2025-08-21
 *   export pays under 8%; the BDCs 8-20%). A heuristic, documented in docs/methodology.md §2.
 * Reads the Finviz export of 2025-08-21 (the only Finviz file with the dividend yield).
 */

export const BDC_MIN_YIELD_PCT = 8;

/** Structure exclusions by symbol from the Finviz export's Industry and Dividend Yield columns. */
export function finvizStructureExclusions(csvText: string): Map<string, RussellExclusion> {
  const { rows } = readTable('finviz-2025-08-21', csvText, ['Ticker', 'Industry', 'Dividend Yield']);
  const out = new Map<string, RussellExclusion>();
  for (const r of rows) {
    const symbol = normalizeSymbol(r['Ticker']);
    if (!symbol) continue;
    const code = structureFromIndustry(r['Industry'] ?? '', parseNumber(r['Dividend Yield']));
    if (code) out.set(symbol, code);
  }
  return out;
}

/** The rule above on one row (dividend yield in percent; null when Finviz shows none). Pure. */
export function structureFromIndustry(industry: string, dividendYieldPct: number | null): RussellExclusion | null {
  if (industry.startsWith('Closed-End Fund')) return 'cef';
  if (industry === 'Shell Companies') return 'spac';
  if (industry === 'Asset Management' && dividendYieldPct !== null && dividendYieldPct >= BDC_MIN_YIELD_PCT) return 'bdc';
  return null;
}
