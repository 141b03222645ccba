import type { IndustryHint } from './industry-hint';

/**
 * With live data on, a company outside the S&P 500 (no GICS sector in the snapshot) and with a
 * legal name that reveals nothing still has an industry on record at the SEC: the SIC code of its
 * filing profile (`submissions/CIK##########.json` → `sic`, `sicDescription`). Used for the
 * rate-sensitivity prior only, in the same categories as the name hint (./industry-hint.ts).
 *
 * Codes and their meaning follow the SEC's "Standard Industrial Classification (SIC) Code List"
 * (https://www.sec.gov/search-filings/standard-industrial-classification-sic-code-list), the list
 * EDGAR assigns filers from. Only codes whose SEC title names the industry are mapped; a code
 * spanning several GICS industries is left out (null), never guessed:
 *  - 4922/4923 natural gas transmission are mostly pipelines (GICS Energy), not utilities;
 *  - 4950/4953/4955 sanitary, refuse and hazardous-waste services are GICS Industrials;
 *  - 6798 covers equity and mortgage REITs alike, so it maps to REITs (the name hint can say "mortgage").
 */
const TABLE: Record<string, Omit<IndustryHint, 'evidence'>> = {
  // Depository institutions (major group 60) and bank holding companies.
  '6021': { sector: 'Financials', subIndustry: 'Regional Banks' }, // National commercial banks
  '6022': { sector: 'Financials', subIndustry: 'Regional Banks' }, // State commercial banks
  '6029': { sector: 'Financials', subIndustry: 'Regional Banks' }, // Commercial banks, NEC
  '6035': { sector: 'Financials', subIndustry: 'Regional Banks' }, // Savings institution, federally chartered
  '6036': { sector: 'Financials', subIndustry: 'Regional Banks' }, // Savings institutions, not federally chartered
  '6712': { sector: 'Financials', subIndustry: 'Regional Banks' }, // Offices of bank holding companies
  // Real estate investment trusts.
  '6798': { sector: 'Real Estate', subIndustry: 'REITs' },
  // Electric, gas and sanitary services (major group 49), the utility codes only.
  '4900': { sector: 'Utilities', subIndustry: 'Utilities' }, // Electric, gas & sanitary services
  '4911': { sector: 'Utilities', subIndustry: 'Electric Utilities' }, // Electric services
  '4924': { sector: 'Utilities', subIndustry: 'Gas Utilities' }, // Natural gas distribution
  '4931': { sector: 'Utilities', subIndustry: 'Multi-Utilities' }, // Electric & other services combined
  '4932': { sector: 'Utilities', subIndustry: 'Multi-Utilities' }, // Gas & other services combined
  '4941': { sector: 'Utilities', subIndustry: 'Water Utilities' }, // Water supply
  '4961': { sector: 'Utilities', subIndustry: 'Utilities' }, // Steam & air-conditioning supply
  '4991': { sector: 'Utilities', subIndustry: 'Independent Power Producers' }, // Cogeneration services & small power producers
  // Operative builders: homebuilders build and sell on their own account.
  '1531': { sector: 'Consumer Discretionary', subIndustry: 'Homebuilding' },
  // Biological products and research, where clinical-stage biotechs file. Pharmaceutical
  // preparations (2834) and diagnostics (2835) are left out: they hold profitable drug and test
  // makers too, and the prior claims cash burn, which the code alone cannot tell.
  '2836': { sector: 'Health Care', subIndustry: 'Biotechnology' }, // Biological products (no diagnostic substances)
  '8731': { sector: 'Health Care', subIndustry: 'Biotechnology' }, // Services-commercial physical & biological research
};

/** The industry an SEC SIC code names, with the code and SEC's own title as evidence; null when unmapped or absent. */
export function industryFromSic(sic: string | null | undefined, sicDescription?: string | null): IndustryHint | null {
  const code = sic?.trim() ?? '';
  if (!/^\d{4}$/.test(code)) return null;
  const hit = TABLE[code];
  if (!hit) return null;
  const title = sicDescription?.trim();
  return { ...hit, evidence: title ? `SIC ${code} ${title}` : `SIC ${code}` };
}
