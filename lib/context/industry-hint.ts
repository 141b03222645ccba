/**
 * Outside the S&P 500 the embedded data has no sector. For the rate-sensitivity prior only,
 * a few industries announce themselves in the legal name (a "Bancorporation" is a bank
 * holding company). The hint is labelled as such on the card and never fills `sector`.
 */
export interface IndustryHint {
  sector: string;
  subIndustry: string;
  /** The words that gave it away, for the card. */
  evidence: string;
}

const RULES: Array<[RegExp, Omit<IndustryHint, 'evidence'>]> = [
  [/\b(bancorp(oration)?|bancshares|bankshares|banc|bank|savings|financial bancorp)\b/i, { sector: 'Financials', subIndustry: 'Regional Banks' }],
  [/\b(mortgage (investment|trust|capital)|mortgage reit)\b/i, { sector: 'Financials', subIndustry: 'Mortgage REITs' }],
  [/\b(reit|realty|real estate investment trust|properties trust)\b/i, { sector: 'Real Estate', subIndustry: 'REITs' }],
  [/\b(therapeutics|biotherapeutics|biosciences|biopharma|biotech)\b/i, { sector: 'Health Care', subIndustry: 'Biotechnology' }],
  [/\b(homes|homebuilders?)\b/i, { sector: 'Consumer Discretionary', subIndustry: 'Homebuilding' }],
];

export function industryFromName(name: string | null | undefined): IndustryHint | null {
  if (!name) return null;
  for (const [re, hint] of RULES) {
    const m = re.exec(name);
    if (m) return { ...hint, evidence: m[0] };
  }
  return null;
}
