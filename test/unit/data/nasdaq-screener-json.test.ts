import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseScreenerJson, parseScreenerJsonFile, SCREENER_FILES } from '../../../lib/data/build/nasdaq-screener-json';
import { SOURCES_DIR } from './real-snapshot';

const read = (dir: string) =>
  Object.fromEntries(Object.entries(SCREENER_FILES).map(([ex, f]) => [ex, readFileSync(join(SOURCES_DIR, dir, f), 'utf8')]));

describe('Nasdaq screener JSON (2026-08-21 copy in data/sources)', () => {
  const rows = parseScreenerJson(read('nasdaq-screener-2026-08-21'));

  test('reads every listing and the spot checks of its SOURCE.md', () => {
    expect(rows.size).toBe(7182);
    expect(rows.get('ZION')).toMatchObject({ price: 68.14, marketCap: 9945261610, country: 'United States', sector: 'Finance', exchange: 'NASDAQ' });
    expect(rows.get('WAL')?.marketCap).toBe(8692065835);
    expect(rows.get('DAN')?.marketCap).toBe(3412332258);
  });

  test('share classes and preferreds in canonical form; preferreds never carry the issuer cap', () => {
    expect(rows.get('BRK.B')?.security).toBe('equity');
    expect(rows.get('BRK.B')?.marketCap).toBeGreaterThan(5e11);
    const pref = rows.get('ABR.PD');
    expect(pref?.security).toBe('other');
    expect(pref?.marketCap).toBeNull();
  });

  test('blank fields are null, not empty strings', () => {
    const blankCountry = [...rows.values()].find((r) => r.country === null);
    expect(blankCountry).toBeDefined();
    expect([...rows.values()].some((r) => r.country === '' || r.industry === '')).toBe(false);
  });

  test('a malformed file is a clear error naming the exchange', () => {
    expect(() => parseScreenerJsonFile('AMEX', '[{"symbol": 1}]')).toThrow(/AMEX file is malformed/);
    expect(() => parseScreenerJsonFile('NYSE', '{"rows": []}')).toThrow(/NYSE/);
  });
});
