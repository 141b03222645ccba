import { describe, expect, test } from 'vitest';
import { classifyScreenerName, issuerNameFromScreener } from '../../../lib/data/build/screener';

describe('Nasdaq screener security types', () => {
  test.each([
    ['Microsoft Corporation Common Stock', 'equity'],
    ['Berkshire Hathaway Inc.', 'equity'],
    ['Energy Transfer LP Common Units', 'equity'],
    ['AllianceBernstein Holding L.P. Units', 'equity'],
    ['Permianville Royalty Trust Trust Units', 'equity'],
    ['Cohen & Steers Select Preferred and Income Fund, Inc. Common Stock', 'equity'],
    ['Curtiss-Wright Corporation Common Stock', 'equity'],
    ['PDD Holdings Inc. American Depositary Shares', 'adr'],
    ['Baidu, Inc. ADS', 'adr'],
    ['IRSA Inversiones Y Representaciones S.A. Global Depositary Shares (Each representing ten shares of Common Stock)', 'adr'],
    ['Comcast Holdings ZONES', 'other'],
    ['AT&T Inc. 5.350% Global Notes due 2066', 'other'],
    ['Morgan Stanley Dep Shs repstg 1/1000 Pfd Ser A', 'other'],
    ['Huntington Bancshares Incorporated Depositary Shares, Each Representing a 1/40th Interest', 'other'],
    ['Presidio Property Trust, Inc. Series A Common Stock Purchase Warrants', 'other'],
    ['Gen Digital Inc. Contingent Value Rights', 'other'],
    ['GigCapital7 Corp. Unit', 'other'],
    ['BrightSpring Health Services, Inc. Tangible Equity Unit', 'other'],
    // Rows that used to lend the parent's cap: misspelt ADRs, bonds, trust preferreds.
    ['The9 Limited American Depository Shares', 'adr'],
    ['First Merchants Corporation Depository Shares', 'other'],
    ['Entergy New Orleans, LLC First Mortgage Bonds, 5.0% Series due December 1, 2052', 'other'],
    ["Dillard's Capital Trust I", 'other'],
    ['BancFirst Corporation - BFC Capital Trust II Cumulative Trust Preferred Securities', 'other'],
  ] as const)('%s → %s', (name, expected) => {
    expect(classifyScreenerName(name)).toBe(expected);
  });

  test.each([
    ['Microsoft Corporation Common Stock', 'Microsoft Corporation'],
    ['Nextracker Inc. Class A Common Stock', 'Nextracker Inc.'],
    ['Alphabet Inc. Class C Capital Stock', 'Alphabet Inc.'],
    ['Shell PLC American Depositary Shares (each representing two (2) Ordinary Shares)', 'Shell PLC'],
    ['Berkshire Hathaway Inc.', 'Berkshire Hathaway Inc.'],
  ])('issuer of %j is %j', (name, issuer) => {
    expect(issuerNameFromScreener(name)).toBe(issuer);
  });
});
