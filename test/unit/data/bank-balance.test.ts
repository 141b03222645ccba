import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildContext } from '../../../lib/context/build-context';
import { deriveRefs } from '../../../lib/context/derive';
import { buildBankBalance } from '../../../lib/data/build/bank-balance';
import { EMPTY_FIGURES, type DatasetFigures } from '../../../lib/data/build/dataset-figures';
import { quantile } from '../../../lib/data/build/quantile';
import { expandSnapshot, indexMetaFromSnapshot } from '../../../lib/data/expand-snapshot';
import { realSnapshot, SOURCES_DIR } from './real-snapshot';

const bank = (equity: number | null, totalDebt: number | null, totalAssets: number | null, industry = 'Regional Banks'): DatasetFigures => ({
  ...EMPTY_FIGURES, equity, totalDebt, totalAssets, industry,
});

describe('quantile (type 7)', () => {
  test.each([
    [[1, 2, 3, 4, 5], 0.5, 3],
    [[1, 2, 3, 4, 5], 0.1, 1.4],
    [[1, 2, 3, 4, 5], 0.9, 4.6],
    [[7], 0.3, 7],
  ])('%j at %d → %d', (xs, q, v) => expect(quantile(xs, q)).toBeCloseTo(v, 12));
  test('no values is an error', () => expect(() => quantile([], 0.5)).toThrow(/no values/));
});

describe('buildBankBalance', () => {
  // 25 banks: equity 5..29% of assets, borrowings 1..25%; plus rows that must not count.
  const figures = new Map<string, DatasetFigures>();
  for (let i = 0; i < 25; i++) figures.set(`B${String.fromCharCode(65 + i)}`, bank(5 + i, 1 + i, 100));
  figures.set('UTIL', bank(40, 50, 100, 'Electric Utilities'));
  figures.set('NEGEQ', bank(-1, 5, 100));
  figures.set('NOASSET', bank(10, 5, null));
  figures.set('ODD', bank(10, 120, 100)); // debt above assets: a broken row
  const listed = new Set(['BA', 'BB', 'UTIL', 'NEGEQ']);
  const out = buildBankBalance('tv25', figures, listed);

  test('peers: banks with positive equity below assets and debt within assets, listed or not', () => {
    expect(out.peers.count).toBe(25);
    // equity/assets 0.05..0.29: p10 = 0.05 + 2.4·0.01, median 0.17, p90 0.05 + 21.6·0.01.
    expect(out.peers.equityToAssets).toEqual([0.074, 0.17, 0.266]);
    expect(out.peers.borrowingsToAssets).toEqual([0.034, 0.13, 0.226]);
  });
  test('rows only for listed banks, sorted, ratios to 4 decimals', () => {
    expect(out.rows).toEqual([
      ['BA', 0.05, 0.01],
      ['BB', 0.06, 0.02],
    ]);
  });
  test('too few banks for a spread is an error naming the dataset', () => {
    expect(() => buildBankBalance('tv25', new Map([['X', bank(10, 5, 100)]]), new Set(['X']))).toThrow(/only 1 banks .* tv25/);
  });
});

describe('on the real data (TradingView scan of 2025-10-24)', () => {
  const snap = realSnapshot();
  test('Zions: equity and borrowings ÷ assets equal the scan\'s own balance-sheet row', () => {
    const line = readFileSync(join(SOURCES_DIR, 'tradingview-us-2025-10-24/balance_sheet.csv'), 'utf8').split('\n').find((l) => l.startsWith('NASDAQ:ZION,'))!;
    const money = [...line.matchAll(/"\$([\d,]+)"/g)].map((m) => Number(m[1]!.replaceAll(',', '')));
    // total assets, total liabilities, total debt, net debt, total equity (cash is blank for banks)
    const [assets, , debt, , equity] = money;
    const row = snap.bankBalance.rows.find((r) => r[0] === 'ZION')!;
    expect(row[1]).toBeCloseTo(equity! / assets!, 4);
    expect(row[2]).toBeCloseTo(debt! / assets!, 4);
  });

  test('coverage: listed banks whose rate prior is a bank get both drivers', () => {
    const records = expandSnapshot(snap);
    const refs = deriveRefs(records, snap);
    const meta = indexMetaFromSnapshot(snap);
    let banks = 0;
    let withDrivers = 0;
    for (const r of records) {
      if (r.listing?.status !== 'listed' || r.kind !== 'stock') continue;
      const rs = buildContext(r, r.symbol, meta, refs).rateSensitivity;
      const sector = rs?.drivers.find((d) => d.name === 'Sector')?.value;
      if (sector !== 'Regional bank' && sector !== 'Bank') continue;
      banks++;
      if (rs!.drivers.some((d) => d.name === 'Bank leverage') && rs!.drivers.some((d) => d.name === 'Borrowed funding')) withDrivers++;
    }
    console.log(`listed banks (regional-bank or bank prior): ${banks}; with bank balance-sheet drivers: ${withDrivers} (${((100 * withDrivers) / banks).toFixed(1)}%)`);
    expect(banks).toBeGreaterThan(200);
    expect(withDrivers / banks).toBeGreaterThan(0.8);
  });
});
