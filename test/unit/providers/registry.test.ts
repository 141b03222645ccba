import { describe, expect, test } from 'vitest';
import {
  DEFAULT_TTL_MS,
  getProvider,
  optionalHostPermissions,
  PROVIDERS,
  requiredHostPermissions,
  ttlFor,
} from '../../../lib/data/providers/index';

describe('provider registry', () => {
  test('ids are unique; every provider states hosts, terms and TTLs', () => {
    expect(new Set(PROVIDERS.map((p) => p.id)).size).toBe(PROVIDERS.length);
    for (const p of PROVIDERS) {
      expect(p.hostPermissions.length).toBeGreaterThan(0);
      for (const h of p.hostPermissions) expect(h).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
      expect(p.terms.length).toBeGreaterThan(20);
      for (const k of p.kinds) expect(p.ttlMs[k]).toBeGreaterThan(0);
      expect(p.implemented).toBe(p.module !== null);
    }
  });

  test('required host permissions: keyless, implemented providers only', () => {
    expect(requiredHostPermissions()).toEqual([
      'https://data.sec.gov/*',
      'https://fred.stlouisfed.org/*',
      'https://home.treasury.gov/*',
      'https://query1.finance.yahoo.com/*',
      'https://stooq.com/*',
    ]);
  });

  test('keyed providers are optional permissions', () => {
    expect(optionalHostPermissions()).toEqual([
      'https://api.stlouisfed.org/*',
      'https://financialmodelingprep.com/*',
      'https://finnhub.io/*',
      'https://www.alphavantage.co/*',
    ]);
    expect(optionalHostPermissions({ includePlanned: true })).toEqual([
      'https://api.stlouisfed.org/*',
      'https://financialmodelingprep.com/*',
      'https://finnhub.io/*',
      'https://www.alphavantage.co/*',
    ]);
  });

  test('TTL ordering: prices minutes < macro hours < fundamentals days < universe weeks', () => {
    expect(DEFAULT_TTL_MS.prices).toBeLessThan(60 * 60_000);
    expect(DEFAULT_TTL_MS.prices).toBeLessThan(DEFAULT_TTL_MS.macro);
    expect(DEFAULT_TTL_MS.macro).toBeLessThan(DEFAULT_TTL_MS.fundamentals);
    expect(DEFAULT_TTL_MS.fundamentals).toBeGreaterThanOrEqual(24 * 60 * 60_000);
    expect(DEFAULT_TTL_MS.universe).toBeGreaterThanOrEqual(7 * 24 * 60 * 60_000);
    expect(ttlFor('sec-edgar', 'universe')).toBe(DEFAULT_TTL_MS.universe);
    expect(getProvider('sec-edgar').maxRequestsPerSecond).toBe(10);
  });
});
