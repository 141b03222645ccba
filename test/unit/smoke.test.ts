import { expect, test } from 'vitest';
import { TickerContextSchema } from '../../lib/context/ticker-context';

test('ticker context schema rejects a context without index membership', () => {
  const r = TickerContextSchema.safeParse({ symbol: 'X', name: null, kind: 'stock', exchange: null, sector: null, marketCap: null, capClass: null, valuation: null, rateSensitivity: null });
  expect(r.success).toBe(false);
});
