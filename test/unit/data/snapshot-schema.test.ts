import { describe, expect, test } from 'vitest';
import { SnapshotSchema, SYMBOL_FIELDS, type Snapshot } from '../../../lib/data/snapshot-schema';
import { realSnapshot } from './real-snapshot';

const col = (name: (typeof SYMBOL_FIELDS)[number]) => SYMBOL_FIELDS.indexOf(name);
const messages = (snap: unknown) => {
  const r = SnapshotSchema.safeParse(snap);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const rowOf = (s: Snapshot, symbol: string) => s.symbols.rows.find((r) => r[0] === symbol)!;

/**
 * What the mutations start from: the real snapshot with its symbol table cut to the first 500 rows
 * plus the rows the cases below name (ZION, PDI, the first fundamentals and valuation rows), and the
 * per-symbol tables cut to match. Every rule here is per row or per reference, so each mutation is
 * judged exactly as in the whole file, without cloning and validating 2.9 MB twenty times.
 */
function trimmed(full: Snapshot): Snapshot {
  const keep = new Set([...full.symbols.rows.slice(0, 500).map((r) => r[0]), 'ZION', 'PDI', full.fundamentals.rows[0]![0], full.valuation.rows[0]![0]]);
  return {
    ...full,
    symbols: { ...full.symbols, rows: full.symbols.rows.filter((r) => keep.has(r[0])) },
    fundamentals: { ...full.fundamentals, rows: full.fundamentals.rows.filter((r) => keep.has(r[0])) },
    valuation: { ...full.valuation, rows: full.valuation.rows.filter((r) => keep.has(r[0])) },
    bankBalance: { ...full.bankBalance, rows: full.bankBalance.rows.filter((r) => keep.has(r[0])) },
  };
}
let base: Snapshot | undefined;
const mutate = (f: (s: Snapshot) => void) => {
  const s = structuredClone((base ??= trimmed(realSnapshot())));
  f(s);
  return messages(s);
};

describe('snapshot schema is strict', () => {
  test('the real snapshot passes', () => {
    expect(messages(realSnapshot())).toEqual([]);
  });

  test('the cut-down copy the mutations start from passes, and keeps the rows they change', () => {
    expect(mutate(() => undefined)).toEqual([]);
    const s = trimmed(realSnapshot());
    expect(s.symbols.rows.length).toBeGreaterThan(500);
    for (const symbol of ['ZION', 'PDI']) expect(rowOf(s, symbol)).toBeDefined();
    expect(s.fundamentals.rows.length).toBeGreaterThan(0);
    expect(s.valuation.rows.length).toBeGreaterThan(0);
    expect(s.bankBalance.rows.map((r) => r[0])).toContain('ZION');
  });

  test('bank rows must belong to a known symbol and keep their ratios in bounds', () => {
    expect(mutate((s) => (s.bankBalance.rows[0]![0] = 'NOPE')).join()).toMatch(/NOPE: unknown symbol/);
    expect(mutate((s) => (s.bankBalance.rows[0]![1] = 1.2)).join()).toMatch(/bankBalance/);
    expect(mutate((s) => (s.bankBalance.peers.equityToAssets = [0.1, 0.05, 0.2])).join()).toMatch(/ascend/);
  });

  test('unknown keys are rejected at the top level and in the new sections', () => {
    expect(mutate((s) => Object.assign(s, { extra: 1 })).join()).toMatch(/extra|Unrecognized/i);
    expect(mutate((s) => Object.assign(s.russell, { extra: 1 })).join()).toMatch(/russell/);
    expect(mutate((s) => Object.assign(s.fundamentals, { extra: 1 })).join()).toMatch(/fundamentals/);
  });

  test('a row with an extra or missing column is rejected', () => {
    expect(mutate((s) => (s.symbols.rows[0] as unknown[]).push(1)).length).toBeGreaterThan(0);
    expect(mutate((s) => (s.fundamentals.rows[0] as unknown[]).pop()).length).toBeGreaterThan(0);
  });

  test('a Russell rank needs a ranked code (rk, b1, b2), and a ranked code needs a rank, in both reconstitutions', () => {
    expect(mutate((s) => (rowOf(s, 'ZION')[col('russellCode')] = 'cef')).join()).toMatch(/Russell rank and a ranked code/);
    expect(mutate((s) => (rowOf(s, 'ZION')[col('russellRank')] = null)).join()).toMatch(/Russell rank and a ranked code/);
    expect(mutate((s) => (rowOf(s, 'ZION')[col('russellRank2025')] = null)).join()).toMatch(/Russell 2025 rank and a ranked code/);
    expect(mutate((s) => (rowOf(s, 'ZION')[col('russellCode')] = 'b1')).length).toBe(0);
  });

  test('the 2025 meta is checked like the 2026 one', () => {
    expect(mutate((s) => delete s.russell2025.reasons['cef']).join()).toMatch(/Russell 2025 code "cef" has no reason text/);
    expect(mutate((s) => (s.russell.bandingFrom = 2026)).join()).toMatch(/bandingFrom must be an earlier reconstitution/);
  });

  test('an unknown Russell code, or a reasons key that is not a code, is rejected', () => {
    expect(mutate((s) => ((rowOf(s, 'PDI') as unknown[])[col('russellCode')] = 'nope')).length).toBeGreaterThan(0);
    expect(mutate((s) => (s.russell.reasons['nope'] = { text: 'x', certain: true })).join()).toMatch(/not a Russell code/);
  });

  test('a code without reason text is rejected', () => {
    expect(mutate((s) => delete s.russell.reasons['cef']).join()).toMatch(/no reason text/);
  });

  test('breakpoints must be ordered', () => {
    expect(mutate((s) => (s.russell.r2000LastRank = s.russell.r1000LastRank)).join()).toMatch(/r1000LastRank must be below/);
  });

  test('fundamentals and valuation rows must belong to a known symbol, once, with non-negative debt and known sources', () => {
    expect(mutate((s) => (s.fundamentals.rows[0]![0] = 'NOSUCH')).join()).toMatch(/unknown or duplicate fundamentals symbol/);
    expect(mutate((s) => s.fundamentals.rows.push([...s.fundamentals.rows[0]!])).join()).toMatch(/unknown or duplicate fundamentals symbol/);
    expect(mutate((s) => (s.fundamentals.rows[0]![3] = [-1, 'fq25'])).join()).toMatch(/negative debt or cash/);
    expect(mutate((s) => (s.fundamentals.rows[0]![1] = [1, 'nope'])).join()).toMatch(/unknown source id "nope"/);
    expect(mutate((s) => (s.valuation.rows[0]![0] = 'NOSUCH')).join()).toMatch(/unknown or duplicate valuation symbol/);
    expect(mutate((s) => (s.valuation.rows[0]![1] = [-3, 'fq25'])).length).toBeGreaterThan(0);
    expect(mutate((s) => (s.valuation.rows[0]![1] = [null, 'fq25', 'bogus', null] as never)).length).toBeGreaterThan(0);
  });

  test('the new sections must name known sources', () => {
    expect(mutate((s) => (s.russell.source = 'nope')).join()).toMatch(/unknown source id "nope"/);
    expect(mutate((s) => (s.valuationRefs['nope'] = s.valuationRefs['fq25']!)).join()).toMatch(/unknown source id "nope"/);
    expect(mutate((s) => (s.smallVsLarge.series[0]!.source = 'nope')).join()).toMatch(/unknown source id "nope"/);
    expect(mutate((s) => (s.bankBalance.source = 'nope')).join()).toMatch(/unknown source id "nope"/);
  });
});
