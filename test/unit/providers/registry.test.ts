import { describe, expect, test } from 'vitest';
import { getProvider, PROVIDERS } from '../../../lib/data/providers/index';

describe('provider registry', () => {
  test('ids are unique; every provider states its hosts and terms', () => {
    expect(new Set(PROVIDERS.map((p) => p.id)).size).toBe(PROVIDERS.length);
    for (const p of PROVIDERS) {
      expect(p.hostPermissions.length).toBeGreaterThan(0);
      for (const h of p.hostPermissions) expect(h).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
      expect(p.terms.length).toBeGreaterThan(20);
    }
    expect(getProvider('sec-edgar').maxRequestsPerSecond).toBe(10);
  });

  test('the keyed providers, and only they, need a key', () => {
    expect(PROVIDERS.filter((p) => p.needsKey).map((p) => p.id).sort()).toEqual(['alphavantage', 'finnhub', 'fmp']);
  });
});
