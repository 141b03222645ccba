import { describe, expect, test } from 'vitest';
import { constituentOf, deriveRefs } from '../../../lib/context/derive';
import type { SymbolRecord } from '../../../lib/data/symbol-record';
import { valuationContext } from '../../../lib/context/valuation-context';

// Five S&P 500 industrials without dataset valuation (the S&P 500 financials path), hand-made P/Es.
const member = (symbol: string, pe: number): SymbolRecord => ({
  symbol, name: `${symbol} Corp`, cik: null, exchange: 'NYSE', kind: 'stock', sector: 'Industrials', subIndustry: null,
  marketCap: { value: 10e9, asOf: '2026-08-22', source: 'S&P 500 financials' },
  pe: { value: pe, asOf: '2026-08-22', source: 'S&P 500 financials' }, pb: null, ebitda: null, sp500: true, etf: null,
});
const records = [member('AA', 10), member('BB', 15), member('CC', 20), member('DD', 25), member('EE', 30)];

describe('sector peers on the S&P 500 path', () => {
  test('the sector list holds every member; the card compares a stock with the other four only', () => {
    const refs = deriveRefs(records).valuation;
    expect(refs.sectors['Industrials']?.peers).toEqual(records.map((r) => constituentOf(r).pe));
    // CC at 20 among 10, 15, 25, 30: two below, none equal → 50th percentile of 4 peers.
    expect(valuationContext(records[2]!, refs)).toMatchObject({ sectorPercentile: 50, sectorPeers: 4 });
    // AA, the cheapest: nothing below it among the other four.
    expect(valuationContext(records[0]!, refs)).toMatchObject({ sectorPercentile: 0, sectorPeers: 4 });
  });

  test('a stock outside the S&P 500 is compared with all five members', () => {
    const refs = deriveRefs(records).valuation;
    const outsider = { ...member('ZZ', 20), sp500: false };
    expect(valuationContext(outsider, refs)).toMatchObject({ sectorPercentile: 50, sectorPeers: 5 });
  });
});
