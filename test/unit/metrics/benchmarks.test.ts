import { describe, expect, test } from 'vitest';
import {
  aggregatePe,
  type BenchmarkConstituent,
  impliedEarnings,
  largeCapBenchmark,
  medianPe,
  resolveLargeBasis,
  sectorMedianPes,
  smallVsLarge,
} from '../../../lib/metrics/benchmarks';

// Hand-computed universe.
// Large (S&P 500): A 1000/50, B 500 @ P/E 25 (→ 20), C 300/−10, D 200 no data.
//   Σcap used 1800, Σearnings 60 → aggregate 30; ex-negative 1500/70 = 21.428…; coverage 3/4; cap coverage 1800/2000.
// Small (Russell 2000): E 10/1, F 20 @ P/E 8 (→ 2.5), G 6/−0.5, H 8 no data.
//   Σcap used 36, Σearnings 3 → aggregate 12; discount (12/30 − 1) × 100 = −60.
const LARGE: BenchmarkConstituent[] = [
  { symbol: 'A', marketCap: 1000, earnings: 50, sector: 'Tech', sp500: true },
  { symbol: 'B', marketCap: 500, pe: 25, sector: 'Tech', sp500: true },
  { symbol: 'C', marketCap: 300, earnings: -10, sector: 'Energy', sp500: true },
  { symbol: 'D', marketCap: 200, sector: 'Energy', sp500: true },
];
const SMALL: BenchmarkConstituent[] = [
  { symbol: 'E', marketCap: 10, earnings: 1, sector: 'Tech', russell2000: true },
  { symbol: 'F', marketCap: 20, pe: 8, sector: 'Tech', russell2000: true },
  { symbol: 'G', marketCap: 6, earnings: -0.5, sector: 'Energy', russell2000: true },
  { symbol: 'H', marketCap: 8, sector: 'Energy', russell2000: true },
  // A fund flagged by mistake must not count: its value is its holdings'.
  { symbol: 'IWM', kind: 'etf', marketCap: 70_000, pe: 18, russell2000: true },
];
const UNIVERSE = [...LARGE, ...SMALL];

describe('impliedEarnings', () => {
  test.each([
    [{ symbol: 'X', marketCap: 1000, earnings: -7 }, -7],
    [{ symbol: 'X', marketCap: 1000, pe: 25 }, 40],
    [{ symbol: 'X', marketCap: 1000, pe: -20 }, -50],
    [{ symbol: 'X', marketCap: 1000, pe: 0 }, null],
    [{ symbol: 'X', marketCap: null, pe: 25 }, null],
    [{ symbol: 'X', marketCap: 1000 }, null],
  ] as const)('%o → %s', (c, expected) => {
    expect(impliedEarnings(c)).toBe(expected);
  });
});

describe('aggregatePe (Σ cap ÷ Σ earnings, losses included)', () => {
  test('large set', () => {
    const a = aggregatePe(LARGE);
    expect(a.pe).toBeCloseTo(30, 10);
    expect(a.peExNegative).toBeCloseTo(1500 / 70, 10);
    expect(a).toMatchObject({ used: 3, total: 4, lossMakers: 1, coverage: 0.75, capCoverage: 0.9, reason: null });
  });

  test('equals the cap-weighted harmonic mean of the P/Es when all are profitable', () => {
    const set = [
      { symbol: 'P', marketCap: 300, pe: 10 },
      { symbol: 'Q', marketCap: 100, pe: 40 },
    ];
    // weights 0.75 / 0.25: 1 / (0.75/10 + 0.25/40) = 12.307…
    expect(aggregatePe(set).pe).toBeCloseTo(1 / (0.75 / 10 + 0.25 / 40), 10);
  });

  test('funds are skipped', () => {
    expect(aggregatePe(SMALL)).toMatchObject({ total: 4, used: 3 });
    expect(aggregatePe(SMALL).pe).toBeCloseTo(12, 10);
  });

  test.each([
    ['empty', [], 'no members', null],
    ['losses exceed profits', [{ symbol: 'X', marketCap: 10, earnings: 1 }, { symbol: 'Y', marketCap: 10, earnings: -5 }], 'aggregate earnings ≤ 0 (losses exceed profits)', 1],
    ['no earnings anywhere', [{ symbol: 'X', marketCap: 10 }], 'no member has both market cap and earnings', 0],
  ] as const)('%s → null P/E with reason', (_, set, reason, coverage) => {
    const a = aggregatePe(set);
    expect(a.pe).toBeNull();
    expect(a.reason).toBe(reason);
    expect(a.coverage).toBe(coverage);
  });
});

describe('medianPe and sector medians', () => {
  test('median of positive P/Es only', () => {
    expect(medianPe(LARGE)).toEqual({ pe: 22.5, n: 2, reason: null }); // [20, 25]
  });

  test('empty peer list', () => {
    expect(medianPe([])).toEqual({ pe: null, n: 0, reason: '0 with a positive P/E, need 1' });
  });

  const sectorUniverse: BenchmarkConstituent[] = [
    ...[10, 20, 30, 40, 50].map((pe, i) => ({ symbol: `T${i}`, marketCap: 100, pe, sector: 'Tech' })),
    { symbol: 'TL', marketCap: 100, earnings: -3, sector: 'Tech' },
    ...[8, 9, 11, 12].map((pe, i) => ({ symbol: `E${i}`, marketCap: 100, pe, sector: 'Energy' })),
    { symbol: 'N', marketCap: 100, pe: 5, sector: null },
  ];

  test('five peers: median; four: null with the reason (min 5)', () => {
    const m = sectorMedianPes(sectorUniverse);
    expect(m.get('Tech')).toEqual({ pe: 30, n: 5, reason: null });
    expect(m.get('Energy')).toEqual({ pe: null, n: 4, reason: '4 with a positive P/E, need 5' });
    expect([...m.keys()].sort()).toEqual(['Energy', 'Tech']);
  });

  test('threshold is a parameter', () => {
    expect(sectorMedianPes(sectorUniverse, 4).get('Energy')).toEqual({ pe: 10, n: 4, reason: null });
  });
});

describe('large-cap benchmark', () => {
  test('S&P 500 when no Russell 1000 estimate exists', () => {
    const b = largeCapBenchmark(UNIVERSE);
    expect(b.basis).toBe('sp500');
    expect(b.aggregate.pe).toBeCloseTo(30, 10);
    expect(b.median.pe).toBe(22.5);
    expect(b.method).toContain('S&P 500 members');
    expect(b.method).toContain('3 of 4 with data');
  });

  test('positive-only P/E data (losses invisible) is said so in the method', () => {
    const positiveOnly = [
      { symbol: 'A', marketCap: 1000, pe: 20, sp500: true },
      { symbol: 'B', marketCap: 300, pe: null, sp500: true }, // a loss-maker, or just missing: cannot tell
    ];
    expect(largeCapBenchmark(positiveOnly).method).toMatch(/no losses visible in the data/);
    expect(largeCapBenchmark(UNIVERSE).method).not.toMatch(/no losses visible/);
  });

  test("'auto' prefers the Russell 1000 estimate when flagged", () => {
    const withR1000 = [...UNIVERSE, { symbol: 'R', marketCap: 900, pe: 45, russell1000: true }];
    expect(resolveLargeBasis(withR1000)).toBe('russell1000');
    expect(resolveLargeBasis(withR1000, 'sp500')).toBe('sp500');
    expect(largeCapBenchmark(withR1000).aggregate.pe).toBeCloseTo(45, 10);
  });
});

describe('smallVsLarge', () => {
  test('discount = (12 / 30 − 1) × 100 = −60, with coverage and method', () => {
    const s = smallVsLarge(UNIVERSE, { asOf: '2026-08-22' });
    expect(s.smallPe).toBeCloseTo(12, 10);
    expect(s.largePe).toBeCloseTo(30, 10);
    expect(s.discountPct).toBeCloseTo(-60, 10);
    expect(s.coverage).toBe(0.75);
    expect(s.asOf).toBe('2026-08-22');
    expect(s.reason).toBeNull();
    expect(s.method).toMatch(/Σ market cap ÷ Σ trailing earnings, losses included/);
    expect(s.method).toMatch(/3 of 4 with data/);
    expect(s.method).toMatch(/S&P 500 members/);
  });

  test('no Russell 2000 estimate → nulls with the reason', () => {
    const s = smallVsLarge(LARGE);
    expect(s).toMatchObject({ smallPe: null, largePe: null, discountPct: null, reason: 'no Russell 2000 membership estimate in the data' });
  });

  test('coverage below the minimum → nulls, coverage still reported', () => {
    const thin = [...LARGE, ...SMALL.slice(0, 1), ...['W', 'X', 'Y'].map((symbol) => ({ symbol, marketCap: 5, russell2000: true }))];
    const s = smallVsLarge(thin);
    expect(s.coverage).toBe(0.25);
    expect(s.discountPct).toBeNull();
    expect(s.reason).toBe('small-cap coverage 25% below the 50% minimum');
    expect(smallVsLarge(thin, { minCoverage: 0.2 }).discountPct).toBeCloseTo((10 / 30 - 1) * 100, 10);
  });

  test('small caps with aggregate losses → null, reason from the aggregate', () => {
    const losing = [...LARGE, { symbol: 'L1', marketCap: 5, earnings: -2, russell2000: true }, { symbol: 'L2', marketCap: 5, earnings: 1, russell2000: true }];
    expect(smallVsLarge(losing).reason).toBe('small caps: aggregate earnings ≤ 0 (losses exceed profits)');
  });

  test('empty universe', () => {
    expect(smallVsLarge([])).toMatchObject({ discountPct: null, coverage: null, reason: 'no Russell 2000 membership estimate in the data' });
  });
});
