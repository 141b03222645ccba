import { describe, expect, test } from 'vitest';
import { buildContext } from '../../../lib/context/build-context';
import { deriveRefs } from '../../../lib/context/derive';
import { expandSnapshot, indexMetaFromSnapshot } from '../../../lib/data/expand-snapshot';
import { realSnapshot } from '../data/real-snapshot';

/**
 * Issue 11's "done means", on the real snapshot: small and mid caps outside the S&P 500, across the
 * industries the seed article names (regional banks, REITs, utilities, energy services, biotech,
 * retail), get full offline cards: a cap of 2026-08-21, a P/E or its n/m reason, a forward P/E
 * wherever a dataset has one, a gap to the large-cap benchmark, and a rate level with a dated
 * balance-sheet driver. Merged-away names are flagged, not shown with an old cap.
 */
const SMALL_AND_MID = [
  'ZION', 'WAL', 'ABCB', 'HWC', 'SFNC', // banks (SFNC: a loss in the TTM)
  'EPRT', 'TRNO', 'CTRE', // REITs
  'OGS', 'POR', 'NWE', // utilities
  'LBRT', 'PTEN', 'OII', // energy services
  'ACAD', // biotech
  'BOOT', 'BKE', // retail
];
const LENDERS = new Set(['ZION', 'WAL', 'ABCB', 'HWC', 'SFNC']);

const snap = realSnapshot();
const records = new Map(expandSnapshot(snap).map((r) => [r.symbol, r]));
const refs = deriveRefs([...records.values()], snap);
const card = (s: string) => buildContext(records.get(s), s, indexMetaFromSnapshot(snap), refs);

describe('full offline cards for small and mid caps outside the S&P 500', () => {
  test.each(SMALL_AND_MID)('%s', (symbol) => {
    const c = card(symbol);
    expect(c.index.sp500).toBe(false);
    expect(['small', 'mid']).toContain(c.capClass);
    expect(c.listing?.status).toBe('listed');
    expect(c.marketCap).toMatchObject({ asOf: '2026-08-21', source: 'Nasdaq.com screener' });

    const v = c.valuation!;
    const peNm = (v.notes ?? []).some((n) => n.startsWith('P/E n/m'));
    expect(v.pe !== null || peNm, 'P/E or its n/m reason').toBe(true);
    if (v.pe !== null) expect(v.gapPct, 'gap to the large-cap benchmark').not.toBeNull();
    // A forward P/E wherever a dataset has one for the symbol, else its n/m reason or nothing.
    const fwd = records.get(symbol)!.valuation?.forwardPe;
    if (fwd?.value != null) expect(v.forwardPe).toBeCloseTo(fwd.value, 2);
    // Every multiple shown names its dataset and date.
    for (const field of ['pe', 'forwardPe', 'pb', 'evEbitda'] as const) {
      if (v[field] !== null) expect(v.fieldSources?.find((f) => f.field === field)?.asOf, field).toMatch(/^2025-\d\d-\d\d$/);
    }

    const r = c.rateSensitivity!;
    expect(r.level).not.toBe('unknown');
    // Every driver names its source and date, the size driver the market cap it was classed from.
    for (const d of r.drivers) expect([d.name, d.source && d.asOf]).toEqual([d.name, expect.stringMatching(/^20\d\d-\d\d-\d\d$/)]);
    expect(r.drivers.find((d) => d.name === 'Size')).toMatchObject({ asOf: '2026-08-21', source: expect.stringContaining('Nasdaq.com screener') });
    // Banks: capital and borrowings ÷ assets against peer banks; others: net debt / EBITDA, debt / equity.
    const names = LENDERS.has(symbol) ? ['Bank leverage', 'Borrowed funding'] : ['Leverage', 'Debt / equity'];
    const debt = r.drivers.filter((d) => names.includes(d.name));
    expect(debt.length, 'a dated balance-sheet driver').toBeGreaterThan(0);
    for (const d of debt) expect(d.asOf).toMatch(/^2025-\d\d-\d\d$/);
    if (LENDERS.has(symbol)) expect(debt.map((d) => d.name)).toEqual(expect.arrayContaining(names));
  });

  test.each(['CMA', 'SNV'])('%s (merged away): flagged not listed, with no cap shown as current', (symbol) => {
    const c = card(symbol);
    expect(c.listing).toMatchObject({ status: 'not-listed', asOf: '2026-08-21' });
    expect(c.marketCap).toBeNull();
    expect(c.capClass).toBeNull();
  });
});
