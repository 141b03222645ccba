import type { RussellCode } from '../snapshot-schema';
import { isUsHeadquarters } from './russell-published';
import { classifyScreenerName } from './screener';

/**
 * Eligibility for the Russell US indexes, as far as names and exchanges can tell it.
 * FTSE Russell's construction rules ("Russell US Equity Indexes: Construction and Methodology")
 * keep only common stock of US companies listed on an eligible US exchange (NYSE, NYSE American,
 * Nasdaq, Cboe BZX, NYSE Arca), priced at $1 or more on rank day, with a total market cap of at
 * least $30M; they exclude preferred and convertible preferred stock, warrants, rights, units,
 * trust receipts, ETFs/ETNs, closed-end funds, BDCs, royalty trusts, limited partnerships, LLCs,
 * blank-check companies (SPACs), ADRs and OTC listings.
 *
 * Our sources have no security-type field, so the security and structure rules read the Nasdaq
 * screener's security description (or the SEC's conformed company name); the country rule reads
 * the screener's country, and the name hints stand in only where it is blank. Each rule is a
 * reading of one FTSE Russell rule; none names a ticker. Two kinds of outcome:
 * - `certain`: the description says what the security is (a warrant, a closed-end fund): the
 *   symbol is shown as "not a member" (false).
 * - uncertain (`certain: false`): the description only hints at a non-US company (ordinary
 *   shares, a foreign legal form). FTSE Russell assigns a country from headquarters, incorporation
 *   and trading venue, and counts some Irish/UK/Bermudan/Canadian issuers as US; we cannot see
 *   headquarters, so the company is left out of the ranking but its membership is shown as
 *   unknown (null), never as a confident "no".
 */

/** Every snapshot Russell code except the ranked ones (`rk`, `b1`, `b2`) and `sp` (S&P 500 placeholder). */
export type RussellExclusion = Exclude<RussellCode, 'rk' | 'b1' | 'b2' | 'sp'>;

export interface RuleText {
  /** Shown on the card after "not in the Russell indexes:" or "membership unknown:". */
  text: string;
  certain: boolean;
}

/** Every code the snapshot can carry, with the wording shipped in the snapshot (so the UI needs no table). */
export const RUSSELL_RULES: Record<RussellExclusion, RuleText> = {
  etf: { certain: true, text: 'exchange-traded funds and other fund vehicles are not eligible' },
  adr: { certain: true, text: 'depositary receipts (ADRs/ADSs) are not eligible' },
  pref: { certain: true, text: 'preferred and depositary preferred shares are not eligible' },
  debt: { certain: true, text: 'notes, bonds and trust-preferred securities are not eligible' },
  warr: { certain: true, text: 'warrants are not eligible' },
  right: { certain: true, text: 'rights and contingent value rights are not eligible' },
  unit: { certain: true, text: 'units are not eligible' },
  cef: { certain: true, text: 'closed-end funds are not eligible' },
  bdc: { certain: true, text: 'business development companies (BDCs) are not eligible' },
  lp: { certain: true, text: 'limited partnerships and their units are not eligible' },
  llc: { certain: true, text: 'limited liability companies are not eligible' },
  roy: { certain: true, text: 'royalty trusts are not eligible' },
  spac: { certain: true, text: 'blank-check companies (SPACs) are not eligible' },
  otc: { certain: true, text: 'trades over the counter, not on an eligible US exchange' },
  px: { certain: true, text: 'closed under the $1.00 price floor on the rank-day data' },
  cap: { certain: true, text: 'total market cap under the $30M minimum on the rank-day data' },
  ford: {
    certain: false,
    text: 'issues "ordinary shares", the share type of companies incorporated outside the US; FTSE Russell still counts some as US (by headquarters or revenue), which our data cannot show',
  },
  fform: {
    certain: false,
    text: 'a non-US legal form (S.A., N.V., AG, SE, plc registry shares ...); FTSE Russell may still count it as US by headquarters, which our data cannot show',
  },
  fhq: {
    certain: false,
    text: 'the rank-day screener gives a non-US country; FTSE Russell still counts some such companies as US (by incorporation, assets or revenue), which our data cannot show',
  },
  ftag: {
    certain: false,
    text: 'the listing names a non-US country or a Canadian share structure; FTSE Russell may still count it as US by headquarters, which our data cannot show',
  },
};

const ETF_WORDS = /\bET[FN]s?\b|\bExchange[- ]Traded\b/i;
// Closed-end funds: the word Fund, municipal-bond vehicles, or an asset manager's listed
// trust/portfolio (REITs named "... Income Trust" have no manager brand, so they are not caught).
const CEF_WORDS = /\bFund\b|\bMunicipals?\b|\bMuni(?:Yield|Holdings|Vest|Assets|Enhanced)\b/i;
const CEF_MANAGER =
  /^(?:The )?(?:BlackRock|Nuveen|Eaton Vance|Gabelli|Cohen & Steers|abrdn|Aberdeen|Putnam|MFS|DWS|BNY Mellon|PIMCO|DoubleLine|Virtus|Calamos|RiverNorth|Royce|Tortoise|Guggenheim|Angel Oak|PGIM|First Trust|Western Asset|Templeton|Franklin|XAI|Allspring|Invesco|John Hancock|Liberty All-Star|Neuberger|Kayne Anderson|Thornburg|Ares Dynamic|Barings|Sprott Focus|Saba|Clough|Ellsworth|Bancroft|Cornerstone)\b.*\b(?:Trust|Portfolio|Investors|Strategies|Allocation|Opportunities|Income)\b/i;
const REAL_ESTATE = /\b(?:REIT|Realty|Mortgage|Properties)\b/i;
const BDC = /\bBDC\b|Business Development Compan|Specialty (?:Lending|Finance)|Direct Lending|Secured Lending|Private Credit|Floating Rate Capital|\bLending Corp/i;
const LP = /\bL\.\s?P\.?(?=[\s,)]|$)|\bLP\b|Limited Partner|\bCommon Units?\b|\bUnits? Representing\b|Partnership Units|Beneficial Unit/i;
const LLC = /\bL\.?L\.?C\.?(?=[\s,)]|$)/i;
const ROYALTY_TRUST = /\bRoyalt(?:y|ies) Trust\b/i;
const SPAC = /\bAcquisition (?:Corp|Corporation|Company|Co|Holdings|Inc|Ltd|Limited)\b|\bMerger Corp/i;
const ORDINARY = /\bOrdinary Shares?\b/i;
// Legal forms that exist only outside the US. Tested on the name without its first word, so
// "AG Mortgage Investment Trust" (Angelo Gordon) is not read as a Swiss AG; "(NV)" is Nevada.
const FOREIGN_FORM =
  /(?<!U\.)\bS\.\s?A\.(?=\W|$)|\bS\.A\.B\.|\bSA\b|\bN\.V\.|(?<!\()\bNV\b(?!\))|\bAG\b|\bSE\b|\bS\.p\.A\.?|\bASA\b|\bA\/S\b|\bOyj\b|\bS\.A\.P\.I\.|de C\.V\.|\bCo\.,? Ltd\b|\bCompany Limited\b|\bTbk\b|\bBhd\b|\bRegistry Shares\b/i;
const COUNTRY_TAG =
  /\((?:Canada|BC|ON|Israel|Ireland|Switzerland|Cayman Islands|Marshall Islands|Bermuda|Jersey|UK|Netherlands|Luxembourg|France)\)|Subordinate Voting|Variable Voting|Exchangeable Subordinate/i;
// SEC conformed names carry a filer suffix: /ADR for depositary filers, /CAN/ /ON/ for Canada, /FI for foreign issuers.
const SEC_ADR = /\/\s?ADR\/?\s*$/i;
const SEC_FOREIGN = /\/\s?(?:CAN|ON|FI|CN|UK|HK|CI)\/?\s*$/i;

// Mandatory-convertible "Corporate Units"/"Equity Units" (a contract plus a note), which the
// screener sometimes lists like common stock.
const EQUITY_UNITS = /\b(?:Corporate|Equity|Tangible Equity) Units?\b/i;
// Nasdaq's industry for SIC 6733 "Trusts, except educational, religious and charitable": grantor,
// royalty and closed-end trust vehicles, none of them operating companies (REITs have their own industry).
const TRUST_INDUSTRY = 'Trusts Except Educational Religious and Charitable';

/** CQS/NYSE ticker suffixes of non-common securities, as canonical symbols write them after a dot. */
export const NON_COMMON_SUFFIX: [RegExp, RussellExclusion][] = [
  [/\.P[A-Z]{0,2}$/, 'pref'],
  [/\.(?:U|UN)$/, 'unit'],
  [/\.(?:W|WS|WT)$/, 'warr'],
  [/\.(?:R|RT)$/, 'right'],
];

const OTHER_REASONS: [RegExp, RussellExclusion][] = [
  [/\bWarrants?\b/i, 'warr'],
  [/\bRights?\b/i, 'right'],
  [/\bUnits?\b/i, 'unit'],
  [/\b(?:Notes|Debentures|Bonds|ZONES|Subordinated|Trust Preferred)\b|\bCapital Trust [IVX]+\b/i, 'debt'],
];

/** A security type FTSE Russell never admits, read from the screener's description; null when it is common equity. */
export function securityExclusion(description: string): RussellExclusion | null {
  if (EQUITY_UNITS.test(description)) return 'unit';
  const type = classifyScreenerName(description);
  if (type === 'adr') return 'adr';
  if (type === 'other') return OTHER_REASONS.find(([re]) => re.test(description))?.[1] ?? 'pref';
  return null;
}

/** A company structure FTSE Russell excludes (fund, BDC, partnership, LLC, royalty trust, SPAC). */
export function structureExclusion(description: string): RussellExclusion | null {
  if (ETF_WORDS.test(description)) return 'etf';
  if (CEF_WORDS.test(description)) return 'cef';
  if (CEF_MANAGER.test(description) && !REAL_ESTATE.test(description)) return 'cef';
  if (BDC.test(description)) return 'bdc';
  if (ROYALTY_TRUST.test(description)) return 'roy';
  if (LP.test(description)) return 'lp';
  if (LLC.test(description)) return 'llc';
  if (SPAC.test(description)) return 'spac';
  return null;
}

/** Hints that the issuer is not a US company (uncertain by nature; see the module comment). */
export function foreignHint(description: string, secName: string | null): RussellExclusion | null {
  if (secName && SEC_FOREIGN.test(secName)) return 'ftag';
  if (COUNTRY_TAG.test(description)) return 'ftag';
  if (FOREIGN_FORM.test(description.replace(/^\S+\s*/, ''))) return 'fform';
  if (ORDINARY.test(description)) return 'ford';
  return null;
}

/**
 * FTSE Russell's "benefit-driven incorporation" (BDI) countries: a company incorporated there for
 * tax or legal reasons is assigned to the country of its most liquid listing. The screener lists
 * US listings only and ADRs are excluded before this, so a BDI-country company we see trades in
 * the US and is counted as US. Puerto Rico is a US territory.
 */
export const BDI_COUNTRIES: ReadonlySet<string> = new Set([
  'Anguilla', 'Antigua and Barbuda', 'Bahamas', 'Barbados', 'Belize', 'Bermuda', 'Bonaire', 'British Virgin Islands',
  'Cayman Islands', 'Channel Islands', 'Cook Islands', 'Curacao', 'Faroe Islands', 'Gibraltar', 'Guernsey', 'Isle of Man',
  'Jersey', 'Liberia', 'Marshall Islands', 'Panama', 'Sint Maarten', 'Turks and Caicos Islands',
]);

/**
 * The country rule on the screener's country field (headquarters, as Nasdaq reports it): US, US
 * territory and BDI countries are US; any other country is left out as probably non-US (uncertain:
 * FTSE Russell's home-country test also weighs incorporation, assets and revenue, which we cannot
 * see). Blank country: undefined, so the caller falls back to the name hints.
 */
export function countryExclusion(country: string | null | undefined): RussellExclusion | null | undefined {
  if (country === null || country === undefined || country.trim() === '') return undefined;
  if (country === 'United States' || country === 'Puerto Rico' || BDI_COUNTRIES.has(country)) return null;
  return 'fhq';
}

export interface RankDayRow {
  symbol: string;
  /** Screener security description. */
  description: string;
  /** SEC conformed name of the symbol's filer, when the SEC file knows the symbol. */
  secName: string | null;
  /** Member of the current S&P 500 list, whose rules admit only US-domiciled companies. */
  sp500: boolean;
  /** Screener country; null/absent when blank or when the source has none (then the name hints decide). */
  country?: string | null;
  /** Screener industry (Nasdaq's SIC-based scheme); null/absent when blank. */
  industry?: string | null;
  /** Headquarters country from a second source (Finviz spelling, "USA"); null/absent when unknown. */
  hqCountry?: string | null;
  /** Published as a Russell 2000 member, so FTSE Russell has assigned the company to the US. */
  assignedUs?: boolean;
  /** A fund, BDC or SPAC verdict from a second source's industry (see russell-finviz-structure). */
  structure?: RussellExclusion | null;
}

/**
 * The first rule a rank-day row breaks, or null when it may be ranked. Order matters: the
 * security type first (a fund's preferred share is a preferred), then the structure, then the
 * country. Country, first match wins: S&P 500 membership (S&P admits only US-domiciled
 * companies) or published Russell 2000 membership (FTSE Russell already assigned it to the US);
 * a US headquarters (second source); the screener's country; a non-US headquarters when the
 * screener's country is blank; the name hints.
 */
export function rowExclusion(row: RankDayRow): RussellExclusion | null {
  if (row.secName && SEC_ADR.test(row.secName)) return 'adr';
  const suffix = NON_COMMON_SUFFIX.find(([re]) => re.test(row.symbol));
  if (suffix) return suffix[1];
  const security = securityExclusion(row.description);
  if (security) return security;
  const structure = structureExclusion(row.description);
  if (structure) return structure;
  if (row.industry === TRUST_INDUSTRY) return 'cef';
  if (row.structure) return row.structure;
  if (row.sp500 || row.assignedUs) return null;
  // A US headquarters and a US listing are two of FTSE Russell's three home-country indicators.
  if (isUsHeadquarters(row.hqCountry)) return null;
  // Incorporated in a benefit-driven-incorporation country but run from a non-US, non-BDI
  // country (Frontline: Bermuda, Cyprus): FTSE Russell assigns the headquarters country.
  if (row.country && BDI_COUNTRIES.has(row.country) && row.hqCountry && !BDI_COUNTRIES.has(row.hqCountry) && row.hqCountry !== 'Puerto Rico') return 'fhq';
  const byCountry = countryExclusion(row.country);
  if (byCountry !== undefined) return byCountry;
  // Blank screener country: a known non-US headquarters decides before the name hints.
  if (row.hqCountry) return 'fhq';
  return foreignHint(row.description, row.secName);
}
