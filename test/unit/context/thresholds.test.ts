import { describe, expect, test } from 'vitest';
import { buildContext } from '../../../lib/context/build-context';
import type { SymbolRecord } from '../../../lib/data/symbol-record';
import { CAP_PRESETS } from '../../../lib/settings/classification';

const rec = (cap: number): SymbolRecord => ({
  symbol: 'TST',
  name: 'Test Holdings Inc',
  cik: 1,
  exchange: 'NYSE',
  kind: 'stock',
  sector: null,
  subIndustry: null,
  marketCap: { value: cap, asOf: '2025-05-02', source: 'test' },
  pe: null,
  pb: null,
  ebitda: null,
  sp500: false,
  etf: null,
});

describe('cap-class presets reach the card', () => {
  test.each([
    [270e6, 'default', 'micro'],
    [270e6, 'small-250m', 'small'],
    [249e6, 'small-250m', 'micro'],
    [300e6, 'default', 'small'],
  ] as const)('$%s with %s → %s', (cap, preset, cls) => {
    expect(buildContext(rec(cap), 'TST', {}, { capThresholds: CAP_PRESETS[preset].thresholds }).capClass).toBe(cls);
  });
});
