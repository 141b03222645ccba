import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CapClass } from '../../../lib/context/ticker-context';
import { coverageScore, floatingShareScore, leverageScore, maturityScore, yieldBetaScore } from '../../../lib/metrics/rate-scales';
import { SECTOR_PRIORS, sectorPriorFor } from '../../../lib/metrics/rate-sector-priors';
import { levelOf, RATE_WEIGHTS, rateSensitivity } from '../../../lib/metrics/rate-sensitivity';

describe('sub-score scales (anchor points and linear between)', () => {
  test.each([
    [0, 0],
    [0.1, 20],
    [0.36, 72],
    [0.5, 100],
    [0.9, 100],
    [-0.2, 0],
  ])('floating share %d → %d', (x, s) => expect(floatingShareScore(x)).toBeCloseTo(s, 10));

  test.each([
    [-3, 100],
    [0.5, 100],
    [1, 100],
    [2, 75],
    [2.1, 73.25], // 75 − 35 × 0.05
    [4, 40],
    [8, 10],
    [12, 0],
    [Number.POSITIVE_INFINITY, 0],
  ])('coverage %d× → %d', (x, s) => expect(coverageScore(x)).toBeCloseTo(s, 10));

  test.each([
    [-5, 100, 0], // net cash
    [0, 100, 0],
    [100, 100, 15], // 1×
    [420, 100, 77.5], // 4.2×: 75 + 25 × 0.1
    [700, 100, 100],
    [10, -5, 100], // net debt, EBITDA < 0
    [10, 0, 100],
    [-10, -5, 0], // net cash, EBITDA < 0: nothing to service
  ])('net debt %d / EBITDA %d → %d', (nd, e, s) => expect(leverageScore(nd, e)).toBeCloseTo(s, 10));

  test.each([
    [0, 0],
    [0.2, 40],
    [0.5, 100],
  ])('due within 12 months %d → %d', (x, s) => expect(maturityScore(x)).toBeCloseTo(s, 10));

  test.each([
    [-0.04, -3, 48.333333], // 25 + 35 × (0.02 / 0.03)
    [0.04, 3, 48.333333], // magnitude, either sign
    [-0.04, -1, 25], // |t| 1 → shrunk by half to 0.02
    [-0.04, null, 48.333333], // exact fit: no shrink
    [0, 0, 0],
    [-0.2, -10, 100],
  ])('beta %d (t %s) → %d', (b, t, s) => expect(yieldBetaScore(b, t)).toBeCloseTo(s, 5));
});

describe('sectorPriorFor', () => {
  test.each([
    ['Financials', 'Regional Banks', 'regional-bank'],
    ['Financials', 'Diversified Banks', 'bank'],
    ['Financials', 'Mortgage REITs', 'mortgage-reit'],
    ['Financials', 'Commercial & Residential Mortgage Finance', 'mortgage-finance'],
    ['Financials', 'Consumer Finance', 'consumer-finance'],
    ['Financials', 'Life & Health Insurance', 'life-insurance'],
    ['Financials', 'Financial Exchanges & Data', null],
    ['Real Estate', 'Retail REITs', 'reit'],
    ['Real Estate', null, 'reit'],
    ['Real Estate', 'Real Estate Services', null],
    ['Utilities', 'Electric Utilities', 'utility'],
    ['Utilities', null, 'utility'],
    ['Consumer Discretionary', 'Homebuilding', 'homebuilder'],
    ['Health Care', 'Biotechnology', 'biotech-cash-burn'],
    ['Health Care', 'Pharmaceuticals', null],
    ['Information Technology', 'Systems Software', null],
    [null, null, null],
  ])('%s / %s → %s', (sector, sub, key) => {
    expect(sectorPriorFor(sector, sub)?.key ?? null).toBe(key);
  });

  test('biotech prior only while the company burns cash (or that is unknown)', () => {
    expect(sectorPriorFor('Health Care', 'Biotechnology', { cashBurn: true })?.key).toBe('biotech-cash-burn');
    expect(sectorPriorFor('Health Care', 'Biotechnology', { cashBurn: false })).toBeNull();
  });

  test('every prior has a rationale and a source that docs/methodology.md cites', () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const doc = readFileSync(resolve(here, '../../../docs/methodology.md'), 'utf8');
    for (const p of Object.values(SECTOR_PRIORS)) {
      expect(p.rationale.length).toBeGreaterThan(10);
      for (const part of p.source.split(';')) {
        // "English, Van den Heuvel & Zakrajšek (2018)" → the first author's name and the year.
        const [, author, year] = /^\s*([^\s,]+).*\((\d{4})\)/.exec(part)!;
        expect(doc, `${p.key}: ${part}`).toMatch(new RegExp(`${author}[^\\n]*${year}`));
      }
    }
  });
});

describe('rateSensitivity', () => {
  test('no inputs → unknown, score null, everything listed as missing', () => {
    const r = rateSensitivity({});
    expect(r).toMatchObject({ level: 'unknown', score: null, drivers: [], confidence: 'none', completeness: 0, notApplicable: [] });
    expect(r.missing).toEqual([
      'floating-rate share of debt',
      'interest coverage',
      'net debt / EBITDA',
      'debt / equity',
      'debt maturity',
      'measured 10y-yield beta',
      'sector prior',
    ].concat('cap class'));
  });

  test('cap class alone is not evidence about this company: unknown, but shown as context', () => {
    const r = rateSensitivity({ capClass: 'small' });
    expect(r.level).toBe('unknown');
    expect(r.score).toBeNull();
    expect(r.confidence).toBe('none');
    expect(r.drivers).toEqual([{ name: 'Size', value: 'small cap', note: expect.stringMatching(/floating rates/) }]);
  });

  test('hand-computed full case: 65 → high, drivers ranked by upward pull', () => {
    // Sub-scores: floating 72, coverage 73.25, leverage 77.5, debt/equity 1.5 → 65, maturity 40, beta 48.33, cap 65 (no sector prior).
    // Σ w·s = 18 + 14.65 + 7.75 + 3.25 + 2 + 9.6667 + 3.25 = 58.5667; Σ w = 0.9 → 65.07 → 65.
    const r = rateSensitivity({
      floatingDebtShare: { value: 0.36, source: '10-K' },
      interestCoverage: 2.1,
      netDebt: 4.2e9,
      ebitda: 1e9,
      debtToEquity: 1.5,
      shortTermDebtShare: 0.2,
      yieldBeta: { betaYield: -0.04, tYield: -3, r2: 0.41, n: 250, window: '2025-09-10 to 2026-09-10' },
      capClass: 'small',
    });
    expect(r.score).toBe(65);
    expect(r.level).toBe('high');
    expect(r.completeness).toBe(0.9);
    expect(r.confidence).toBe('high');
    expect(r.missing).toEqual(['sector prior']);
    // Ties (debt/equity and size, 0.05 × 65 each) keep input order.
    expect(r.drivers.map((d) => d.value)).toEqual([
      '~36% of debt floating (10-K)',
      'coverage 2.1×',
      'falls ~4% per +100 bp in the 10y yield',
      'net debt 4.2× EBITDA',
      'debt 1.5× equity',
      'small cap',
      '~20% of debt due within 12 months',
    ]);
    expect(r.drivers[2]!.note).toContain('2025-09-10 to 2026-09-10, n 250, R² 0.41');
  });

  test('a sturdy large cap: low, drivers ranked by downward pull', () => {
    // floating 0.05 → 10; coverage 20× → 0; net cash → 0; large → 30.
    // (0.25·10 + 0 + 0 + 0.05·30) / 0.6 = 4 / 0.6 = 6.67 → 7.
    const r = rateSensitivity({ floatingDebtShare: { value: 0.05 }, interestCoverage: 20, netDebt: -1e9, ebitda: 5e9, capClass: 'large' });
    expect(r.score).toBe(7);
    expect(r.level).toBe('low');
    expect(r.confidence).toBe('medium'); // 0.6 of the weight
    expect(r.drivers.map((d) => d.name)).toEqual(['Floating-rate debt', 'Interest coverage', 'Leverage', 'Size']);
    expect(r.drivers[0]!.value).toBe('~5% of debt floating');
    expect(r.drivers[2]!.value).toBe('net cash (no net debt)');
  });

  test('regional bank without balance-sheet data: debt inputs not applicable, bank inputs missing → 75, low confidence', () => {
    // (0.1·80 + 0.05·65) / 0.15 = 75; completeness 0.15 / (0.2 + 0.1 + 0.05 + 0.1 + 0.1) = 0.2727.
    const r = rateSensitivity({
      sectorPrior: sectorPriorFor('Financials', 'Regional Banks'),
      capClass: 'small',
      interestCoverage: 1.2, // ignored: a bank's interest expense is its cost of goods
    });
    expect(r.score).toBe(75);
    expect(r.level).toBe('high');
    expect(r.notApplicable).toEqual(['floating-rate share of debt', 'interest coverage', 'net debt / EBITDA', 'debt / equity', 'debt maturity']);
    expect(r.missing).toEqual(['measured 10y-yield beta', 'bank capital (equity ÷ assets)', 'bank borrowings ÷ assets']);
    expect(r.completeness).toBeCloseTo(0.2727, 4);
    expect(r.confidence).toBe('low');
    expect(r.drivers[0]).toEqual({ name: 'Sector', value: 'Regional bank', note: expect.stringMatching(/Zakrajšek \(2018\)/) });
  });

  test('regional bank with thin equity and median borrowing: capital pushes the score up', () => {
    // Equity 7.8% of assets is below the peers' 10th percentile (8%) → 80 + 20 = 100; borrowings at
    // the median → 80; sector 80; small 65. (0.1·100 + 0.1·80 + 0.1·80 + 0.05·65) / 0.35 = 83.57 → 84.
    const peers = { count: 357, equityToAssets: [0.08, 0.1077, 0.1466], borrowingsToAssets: [0.0101, 0.0523, 0.1582] } as const;
    const r = rateSensitivity({
      sectorPrior: sectorPriorFor('Financials', 'Regional Banks'),
      capClass: 'small',
      bankBalance: { equityToAssets: 0.0776, borrowingsToAssets: 0.0523, peers },
    });
    expect(r.score).toBe(84);
    expect(r.missing).toEqual(['measured 10y-yield beta']);
    expect(r.completeness).toBeCloseTo(0.35 / 0.55, 4);
    expect(r.drivers[0]).toMatchObject({ name: 'Bank leverage', value: 'equity 7.8% of assets (assets 12.9× equity)' });
    expect(r.drivers[0]!.note).toContain('peer median 10.8%, 10th–90th percentile 8.0%–14.7% (357 US-listed banks');
    expect(r.drivers.find((d) => d.name === 'Borrowed funding')?.value).toBe('borrowings 5.2% of assets');
  });

  test('bank inputs never count for a non-lender, even when given', () => {
    const peers = { count: 30, equityToAssets: [0.08, 0.1, 0.15], borrowingsToAssets: [0.01, 0.05, 0.15] } as const;
    const r = rateSensitivity({ sectorPrior: sectorPriorFor('Utilities', 'Electric Utilities'), bankBalance: { equityToAssets: 0.05, borrowingsToAssets: 0.3, peers } });
    expect(r.drivers.map((d) => d.name)).toEqual(['Sector']);
    expect(r.missing.some((m) => m.startsWith('bank'))).toBe(false);
  });

  test('sector prior alone scores, at low confidence', () => {
    const r = rateSensitivity({ sectorPrior: sectorPriorFor('Utilities', 'Electric Utilities') });
    expect([r.score, r.level, r.confidence]).toEqual([65, 'high', 'low']);
  });

  test.each([
    [{ interestCoverage: Number.POSITIVE_INFINITY }, 'no interest expense', 0],
    [{ interestCoverage: -0.5 }, 'EBIT negative: interest not covered', 100],
    [{ netDebt: 5e8, ebitda: -1e8 }, 'net debt with negative EBITDA', 100],
    [{ netDebt: -2e8 }, 'net cash (no net debt)', 0],
  ])('edge input %o → "%s"', (input, value, score) => {
    const r = rateSensitivity(input);
    expect(r.drivers[0]!.value).toBe(value);
    expect(r.score).toBe(score);
  });

  test.each([
    [{ netDebt: 5e8 }, 'net debt / EBITDA'], // net debt without EBITDA cannot be scaled
    [{ interestCoverage: Number.NaN }, 'interest coverage'],
    [{ floatingDebtShare: { value: Number.NaN } }, 'floating-rate share of debt'],
  ])('unusable input %o is missing, not guessed', (input, word) => {
    const r = rateSensitivity(input);
    expect(r.missing).toContain(word);
    expect(r.score).toBeNull();
  });

  test('a non-significant beta says so', () => {
    const r = rateSensitivity({ yieldBeta: { betaYield: 0.012, tYield: 0.8, r2: null, n: 130, window: 'w' } });
    expect(r.drivers[0]!.value).toBe('rises ~1.2% per +100 bp in the 10y yield');
    expect(r.drivers[0]!.note).toMatch(/not statistically distinct from zero/);
  });

  test('levels', () => {
    expect([null, 0, 34, 35, 64, 65, 100].map(levelOf)).toEqual(['unknown', 'low', 'low', 'moderate', 'moderate', 'high', 'high']);
  });

  test('weights sum to 1', () => {
    expect(Object.values(RATE_WEIGHTS).reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
  });

  test('property: score in [0, 100] or null, level consistent, confidence never above evidence', () => {
    const num = fc.option(fc.oneof(fc.double(), fc.constant(Number.POSITIVE_INFINITY)), { nil: null });
    const caps: (CapClass | null)[] = ['mega', 'large', 'mid', 'small', 'micro', 'nano', null];
    const priors = [null, ...Object.values(SECTOR_PRIORS)];
    fc.assert(
      fc.property(
        fc.record({
          floating: num,
          interestCoverage: num,
          netDebt: num,
          ebitda: num,
          shortTermDebtShare: num,
          beta: num,
          t: num,
          cap: fc.constantFrom(...caps),
          prior: fc.constantFrom(...priors),
        }),
        (x) => {
          const r = rateSensitivity({
            floatingDebtShare: x.floating === null ? null : { value: x.floating },
            interestCoverage: x.interestCoverage,
            netDebt: x.netDebt,
            ebitda: x.ebitda,
            shortTermDebtShare: x.shortTermDebtShare,
            yieldBeta: x.beta === null ? null : { betaYield: x.beta, tYield: x.t, r2: null, n: 250, window: 'w' },
            capClass: x.cap,
            sectorPrior: x.prior,
          });
          if (r.score === null) return r.level === 'unknown' && r.confidence === 'none';
          return (
            Number.isInteger(r.score) && r.score >= 0 && r.score <= 100 && r.level === levelOf(r.score) &&
            r.completeness > 0 && r.completeness <= 1 && r.drivers.length === r.components.length
          );
        },
      ),
    );
  });
});
