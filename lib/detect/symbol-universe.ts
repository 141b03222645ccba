/**
 * The symbol universe as the validator sees it: membership, listed names, and names in prose.
 * An interface so tests and the scan CLI can pass a small hand-made universe; the background
 * builds one from snapshot records.
 */
import { buildNameIndex, lookupName } from './company-names';

export interface SymbolUniverse {
  has(symbol: string): boolean;
  /**
   * The listed name ("Opendoor Technologies Inc."), when the caller has it. With names, a
   * parenthetical right after the company's own name is strong evidence ("Allstate Corp.
   * (ALL)", "Opendoor Technologies (OPEN)"), and one after a phrase it merely abbreviates is
   * not ("Investor Relations (IR)", "Berkshire Hathaway Energy (BHE)").
   */
  nameOf?(symbol: string): string | null | undefined;
  /**
   * The symbol a company name in prose stands for ("Bank of America" → BAC), when it names
   * exactly one listed company unambiguously; for 'name' candidates.
   */
  symbolForName?(phrase: string): string | null | undefined;
}

/**
 * A universe over snapshot records (symbol + name): what the background and the scan CLI pass.
 * Records of kind 'unknown' (unclassified OTC lines) are not used for company names.
 */
export function universeFromRecords(records: Iterable<{ symbol: string; name: string; kind?: string }>): Required<SymbolUniverse> {
  const names = new Map<string, string>();
  const list: Array<{ symbol: string; name: string; kind?: string }> = [];
  for (const r of records) {
    names.set(r.symbol, r.name);
    list.push(r);
  }
  let index: Map<string, string | null> | undefined;
  return {
    has: (s) => names.has(s),
    nameOf: (s) => names.get(s) ?? null,
    symbolForName: (phrase) => {
      index ??= buildNameIndex(list);
      return lookupName(index, phrase);
    },
  };
}
