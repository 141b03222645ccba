import { describe, expect, test } from 'vitest';
import { RUSSELL_RULES, rowExclusion, type RankDayRow } from '../../../lib/data/build/russell-rules';
import { RUSSELL_CODES } from '../../../lib/data/snapshot-schema';

const row = (description: string, extra: Partial<RankDayRow> = {}): RankDayRow => ({
  symbol: 'TEST',
  description,
  secName: null,
  sp500: false,
  ...extra,
});

// Descriptions as the Nasdaq screener writes them (real rows unless marked "made up").
describe('rowExclusion: one FTSE Russell rule per row', () => {
  test.each([
    // Common stock of US companies: eligible.
    ['Alphabet Inc. Class A Common Stock', null],
    ['Alphabet Inc. Class C Capital Stock', null],
    ['Berkshire Hathaway Inc.', null],
    ['Zions Bancorporation N.A. Common Stock', null],
    ['Kite Realty Group Trust Common Stock', null], // a REIT named Trust is a company
    ['Universal Health Realty Income Trust Common Stock', null], // "Income Trust" REIT, no fund-manager brand
    ['Invesco Mortgage Capital Inc. Common Stock', null], // a manager brand on a REIT
    ['AG Mortgage Investment Trust, Inc. Common Stock', null], // AG = Angelo Gordon, not a Swiss AG
    ['Rezolute, Inc. Common Stock (NV)', null], // (NV) = Nevada
    ['Skechers U.S.A., Inc. Common Stock', null], // U.S.A. is not S.A.
    // Security types.
    ['PDD Holdings Inc. American Depositary Shares', 'adr'],
    ['The9 Limited American Depository Shares', 'adr'], // the screener's spelling
    ['Morgan Stanley Dep Shs repstg 1/1000 Pfd Ser A', 'pref'],
    ['First Merchants Corporation Depository Shares', 'pref'],
    ['Presidio Property Trust, Inc. Series A Common Stock Purchase Warrants', 'warr'],
    ['Gen Digital Inc. Contingent Value Rights', 'right'],
    ['GigCapital7 Corp. Unit', 'unit'],
    ['AT&T Inc. 5.350% Global Notes due 2066', 'debt'],
    ['Entergy New Orleans, LLC First Mortgage Bonds, 5.0% Series due December 1, 2052', 'debt'],
    ["Dillard's Capital Trust I", 'debt'],
    // Company structures.
    ['Example Equal Weight ETF', 'etf'], // made up: the stock screener rarely lists funds
    ['PIMCO Dynamic Income Fund Common Stock', 'cef'],
    ['Blackrock MuniYield Quality Fund, Inc. Common Stock', 'cef'],
    ['Nuveen Select Tax Free Income Portfolio Common Stock', 'cef'],
    ['Gabelli Utility Trust (The) Common Stock', 'cef'],
    ['Golub Capital BDC, Inc. Common Stock', 'bdc'],
    ['Sixth Street Specialty Lending, Inc. Common Stock', 'bdc'],
    ['Energy Transfer LP Common Units', 'lp'],
    ['Icahn Enterprises, L.P. Common Stock', 'lp'],
    ['Five Point Holdings, LLC Class A Common Shares', 'llc'],
    ['Permian Basin Royalty Trust Common Stock', 'roy'],
    ['EQV Ventures Acquisition Corp. Class A Ordinary Shares', 'spac'],
    // Hints of a non-US company: uncertain.
    ['Alkermes plc Ordinary Shares', 'ford'],
    ['Novartis AG Common Stock', 'fform'],
    ['Globant S.A. Common Shares', 'fform'],
    ['Merus N.V. Common Shares', 'fform'],
    ['B2Gold Corp Common shares (Canada)', 'ftag'],
    ['Shopify Inc. Class A Subordinate Voting Shares', 'ftag'],
  ] as const)('%s → %s', (description, expected) => {
    expect(rowExclusion(row(description))).toBe(expected);
  });

  test('S&P 500 membership (US domicile) overrides the non-US hints, not the security type', () => {
    expect(rowExclusion(row('Medtronic plc. Ordinary Shares', { sp500: true }))).toBeNull();
    expect(rowExclusion(row('LyondellBasell Industries NV Ordinary Shares', { sp500: true }))).toBeNull();
    expect(rowExclusion(row('Example Corp 5.25% Notes due 2030', { sp500: true }))).toBe('debt');
  });

  test('the screener country decides when given: US, Puerto Rico and benefit-driven-incorporation countries are US', () => {
    expect(rowExclusion(row('Example Corp. Common Stock', { country: 'United States' }))).toBeNull();
    expect(rowExclusion(row('Example Holdings Ltd. Common Shares', { country: 'Bermuda' }))).toBeNull();
    expect(rowExclusion(row('Example Ltd. Ordinary Shares', { country: 'Cayman Islands' }))).toBeNull(); // the country beats the name hint
    expect(rowExclusion(row('Example Bancorp Common Stock', { country: 'Puerto Rico' }))).toBeNull();
    expect(rowExclusion(row('Example Mining Inc. Common Stock', { country: 'Canada' }))).toBe('fhq');
    expect(rowExclusion(row('Example plc Ordinary Shares', { country: 'United Kingdom', sp500: true }))).toBeNull();
    // Blank country: the name hints as before.
    expect(rowExclusion(row('Example plc Ordinary Shares', { country: null }))).toBe('ford');
    // A security or structure rule still comes first.
    expect(rowExclusion(row('Example Fund Common Stock', { country: 'United States' }))).toBe('cef');
  });

  test('mandatory-convertible units, non-common ticker suffixes and SIC 6733 trusts are excluded', () => {
    expect(rowExclusion(row('NextEra Energy Inc. 7.299% Corporate Units', { country: 'United States' }))).toBe('unit');
    expect(rowExclusion(row('Example Corp.', { symbol: 'EXM.PA' }))).toBe('pref');
    expect(rowExclusion(row('Example Royalty Common Units', { industry: 'Trusts Except Educational Religious and Charitable' }))).not.toBeNull();
    expect(rowExclusion(row('Example Trust Common Stock', { industry: 'Trusts Except Educational Religious and Charitable' }))).toBe('cef');
  });

  test('the SEC filer suffix marks depositary filers and Canadian/foreign issuers', () => {
    expect(rowExclusion(row('Example Holdings Common Stock', { secName: 'EXAMPLE HOLDINGS /ADR' }))).toBe('adr');
    expect(rowExclusion(row('Bank Of Montreal Common Stock', { secName: 'BANK OF MONTREAL /CAN/' }))).toBe('ftag');
    expect(rowExclusion(row('Zions Bancorporation N.A. Common Stock', { secName: 'ZIONS BANCORPORATION, NATIONAL ASSOCIATION /UT/' }))).toBeNull();
  });

  test('every rule has wording and a certainty, and every code is a snapshot code', () => {
    for (const [code, rule] of Object.entries(RUSSELL_RULES)) {
      expect(RUSSELL_CODES).toContain(code);
      expect(rule.text.length).toBeGreaterThan(10);
    }
    // Only the country hints are uncertain: the card shows "unknown", never a confident "no".
    expect(Object.entries(RUSSELL_RULES).filter(([, r]) => !r.certain).map(([c]) => c).sort()).toEqual(['fform', 'fhq', 'ford', 'ftag']);
  });
});
