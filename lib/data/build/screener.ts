/**
 * The Nasdaq stock screener's security descriptions (read by nasdaq-screener-json.ts). Its market
 * cap is the issuer's, repeated on every listed security of that issuer, so a preferred share or a
 * baby bond shows the parent's $200B cap. Only common equity and ADR rows may lend their market cap
 * to a symbol: these rules tell them apart.
 */

export type ScreenerSecurity = 'equity' | 'adr' | 'other';

export interface ScreenerRow {
  symbol: string;
  /** Issuer name with the security description removed ("Microsoft Corporation"). */
  name: string;
  security: ScreenerSecurity;
  /** USD; null when missing, zero or not equity. */
  marketCap: number | null;
  /** Last sale, USD, on the screener date; the Russell estimate's $1 price floor reads it. Optional so hand-made rows stay short. */
  price?: number | null;
  /** The screener's full security description ("Alphabet Inc. Class C Capital Stock"): the Russell rules read it. */
  rawName?: string;
}

// "Depository" is the screener's misspelling on several ADR rows (NCTY, SLN).
const ADR = /\b(American|Global) Deposit[ao]ry\b|\bADS\b|\bADRs?\b/i;
// "First Mortgage Bonds" and "Capital Trust I" (trust preferred) rows also repeat the parent's cap.
const DEBT_OR_RIGHT = /\b(Warrants?|Rights?|Notes|Debentures|Bonds|ZONES|Subordinated|Trust Preferred)\b|\bCapital Trust [IVX]+\b/i;
// Checked after DEBT_OR_RIGHT: a closed-end "Preferred Income Fund Common Shares" is equity.
const COMMON = /\b(Common Stock|Common Shares|Ordinary Shares?|Capital Stock)\b/i;
const PREFERRED = /\b(Preferred|Pfd|Deposit[ao]ry Shares?|Dep Shs|Dep Shr)\b/i;
// SPAC and tangible-equity units are not equity; partnership, LLC and royalty-trust units are.
const NON_EQUITY_UNIT =
  /\bTangible Equity Units?\b|\bUnit$|\b(Corp|Corporation|Inc|Ltd|Limited|Company|Co|plc)\.?,? Units?$/i;

export function classifyScreenerName(name: string): ScreenerSecurity {
  if (ADR.test(name)) return 'adr';
  if (DEBT_OR_RIGHT.test(name)) return 'other';
  if (COMMON.test(name)) return 'equity';
  if (PREFERRED.test(name) || NON_EQUITY_UNIT.test(name.trim())) return 'other';
  return 'equity';
}

// Everything from the first security description on is dropped; what remains is the issuer.
const SECURITY_SUFFIX =
  /\s(?:(?:Class|Series) [A-Z0-9]+ )?(?:Common Stock|Common Shares|Ordinary Shares?|Capital Stock|Subordinate Voting|American Depositary|Global Depositary|ADS\b|ADR\b|Sponsored ADR|Sponosred ADR|Common Units|Limited Partnership Units|Shares of Beneficial|Depositary|REIT\b)/i;

export function issuerNameFromScreener(name: string): string {
  const m = SECURITY_SUFFIX.exec(name);
  const issuer = (m && m.index > 0 ? name.slice(0, m.index) : name).trim().replace(/,$/, '');
  return issuer.length > 0 ? issuer : name.trim();
}
