import { describe, expect, test, vi } from 'vitest';
import { checkArticleClaims, type ClaimCheckDeps, type ClaimPriceDeps } from '../../../lib/background/claim-check';
import { ProviderError } from '../../../lib/data/providers/http';
import type { PriceHistory } from '../../../lib/data/providers/prices';

// Synthetic closes for the wiring, not market data.
const history = (symbol: string): PriceHistory => ({
  symbol,
  currency: 'USD',
  regularMarketPrice: 110,
  previousClose: null,
  asOf: null,
  closes: [
    { date: '2024-12-31', close: 100 },
    { date: '2025-12-31', close: 110 },
  ],
  source: 'Test closes',
});
const TEXT = 'The Russell 2000 rose 10.2% in 2025.';
const base = (prices?: ClaimPriceDeps): ClaimCheckDeps => ({
  enabled: async () => true,
  series: async () => ({ yields: { '2y': null, '10y': null, '30y': null }, fed: null, smallVsLarge: [], sourceNames: {} }),
  records: async () => new Map(),
  ...(prices ? { prices } : {}),
});
const run = async (prices?: ClaimPriceDeps) => (await checkArticleClaims({ text: TEXT, hints: {}, date: '2026-01-06' }, base(prices))).claims[0]!;
const NOW = () => new Date('2026-03-01T12:00:00Z');

describe('price-return claims in the claim check', () => {
  test('live on: checked against the index history, with a range long enough for the window', async () => {
    const history$ = vi.fn(async (symbol: string, _range: string) => ({ value: history(symbol) }));
    const c = await run({ liveOn: async () => true, indexes: async () => true, history: history$, now: NOW });
    expect(history$).toHaveBeenCalledWith('^RUT', '2y');
    expect(c.verdict).toBe('matches');
    expect(c.ours).toEqual({ value: 10, unit: '%', asOf: '2025-12-31', source: 'Test closes' });
  });

  test('live off, or no price deps: unchanged offline note and nothing fetched', async () => {
    const history$ = vi.fn();
    const off = await run({ liveOn: async () => false, indexes: async () => true, history: history$ });
    const none = await run();
    expect(history$).not.toHaveBeenCalled();
    for (const c of [off, none]) {
      expect(c.verdict).toBe('unverifiable');
      expect(c.note).toMatch(/turn on live data/);
    }
  });

  test('a source without index symbols: unverifiable with the reason, nothing fetched', async () => {
    const history$ = vi.fn();
    const c = await run({ liveOn: async () => true, indexes: async () => false, history: history$, now: NOW });
    expect(history$).not.toHaveBeenCalled();
    expect(c.verdict).toBe('unverifiable');
    expect(c.note).toMatch(/no index history for RUT/);
  });

  test('provider error: unverifiable, saying why', async () => {
    const c = await run({
      liveOn: async () => true,
      indexes: async () => true,
      history: async () => Promise.reject(new ProviderError('rate-limited', 'Yahoo: HTTP 429')),
      now: NOW,
    });
    expect(c.verdict).toBe('unverifiable');
    expect(c.note).toMatch(/unavailable \(rate limited: Yahoo: HTTP 429\)/);
  });

  test('a history that does not arrive within the wait: unverifiable, still loading', async () => {
    const c = await run({ liveOn: async () => true, indexes: async () => true, history: () => new Promise(() => {}), waitMs: 100, now: NOW });
    expect(c.verdict).toBe('unverifiable');
    expect(c.note).toMatch(/still loading \(waited 0\.1 s\)/);
  });
});
