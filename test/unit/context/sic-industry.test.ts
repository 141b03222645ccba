import { describe, expect, test } from 'vitest';
import { industryFromSic } from '../../../lib/context/sic-industry';
import { sectorPriorFor } from '../../../lib/metrics/rate-sector-priors';

describe('industryFromSic: SEC SIC code → the industry-hint categories', () => {
  // [sic, SEC title, expected sector prior key or null]
  const cases: Array<[string, string, string | null]> = [
    ['6021', 'National Commercial Banks', 'regional-bank'],
    ['6022', 'State Commercial Banks', 'regional-bank'],
    ['6029', 'Commercial Banks, NEC', 'regional-bank'],
    ['6035', 'Savings Institution, Federally Chartered', 'regional-bank'],
    ['6036', 'Savings Institutions, Not Federally Chartered', 'regional-bank'],
    ['6712', 'Offices of Bank Holding Companies', 'regional-bank'],
    ['6798', 'Real Estate Investment Trusts', 'reit'],
    ['4900', 'Electric, Gas & Sanitary Services', 'utility'],
    ['4911', 'Electric Services', 'utility'],
    ['4924', 'Natural Gas Distribution', 'utility'],
    ['4931', 'Electric & Other Services Combined', 'utility'],
    ['4932', 'Gas & Other Services Combined', 'utility'],
    ['4941', 'Water Supply', 'utility'],
    ['4961', 'Steam & Air-Conditioning Supply', 'utility'],
    ['4991', 'Cogeneration Services & Small Power Producers', 'utility'],
    ['1531', 'Operative Builders', 'homebuilder'],
    ['2836', 'Biological Products, (No Diagnostic Substances)', 'biotech-cash-burn'],
    ['8731', 'Services-Commercial Physical & Biological Research', 'biotech-cash-burn'],
    // Spanning several GICS industries, or not rate-relevant by industry: no industry, not a guess.
    ['2834', 'Pharmaceutical Preparations', null],
    ['2835', 'In Vitro & In Vivo Diagnostic Substances', null],
    ['4922', 'Natural Gas Transmission', null],
    ['4923', 'Natural Gas Transmission & Distribution', null],
    ['4953', 'Refuse Systems', null],
    ['3711', 'Motor Vehicles & Passenger Car Bodies', null],
    ['7372', 'Services-Prepackaged Software', null],
    ['6199', 'Finance Services', null],
  ];
  test.each(cases)('SIC %s %s → %s', (sic, title, prior) => {
    const hint = industryFromSic(sic, title);
    if (prior === null) {
      expect(hint).toBeNull();
      return;
    }
    expect(hint).not.toBeNull();
    expect(hint!.evidence).toBe(`SIC ${sic} ${title}`);
    expect(sectorPriorFor(hint!.sector, hint!.subIndustry)?.key).toBe(prior);
  });

  test('a bank code maps to the same category as a "Bancorporation" name', () => {
    expect(industryFromSic('6022', 'State Commercial Banks')).toEqual({
      sector: 'Financials',
      subIndustry: 'Regional Banks',
      evidence: 'SIC 6022 State Commercial Banks',
    });
  });

  test.each([null, undefined, '', '   ', '602', '60220', 'abcd', '0000'])('absent or malformed SIC %j → null', (sic) => {
    expect(industryFromSic(sic, 'State Commercial Banks')).toBeNull();
  });

  test('without SEC’s title the evidence is the code alone', () => {
    expect(industryFromSic('6798', null)?.evidence).toBe('SIC 6798');
    expect(industryFromSic(' 6798 ', '  ')?.evidence).toBe('SIC 6798');
  });
});
