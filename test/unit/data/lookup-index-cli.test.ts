import { describe, expect, test } from 'vitest';
import { russellIndexMembers } from '../../../lib/data/russell-index';
import { lookupInProcess } from './lookup-run';
import { realSnapshot } from './real-snapshot';

const lookup = (...args: string[]) => lookupInProcess(args);

// DESIGN.md contract 2, `--index`: the estimated membership from the snapshot the script loads
// (public/data/snapshot.json, rebuilt from data/sources like the one built here). The script's
// work in-process (lookup-run.ts); its process wiring is covered in lookup-cli.test.ts.
describe('lookup --index', { timeout: 30_000 }, () => {
  test('defaults to the 2026 reconstitution and prints the documented keys with sorted symbols', async () => {
    const r = await lookup('--index', 'russell1000');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['index', 'reconstitution', 'rankDay', 'method', 'symbols']);
    expect(out).toMatchObject({ index: 'russell1000', reconstitution: 2026, rankDay: '2026-04-30' });
    expect(out.method).toMatch(/estimated, not official/);
    expect(out.symbols).toEqual([...out.symbols].sort());
    expect(out.symbols).toEqual(russellIndexMembers(realSnapshot(), 2026, 'r1000'));
    expect(out.symbols).toContain('ZION');
    expect(out.symbols.length).toBeGreaterThan(950);
  });

  test('--reconstitution 2025 gives the 2025 Russell 2000, disjoint from its Russell 1000', async () => {
    const r = await lookup('--index=russell2000', '--reconstitution', '2025');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ index: 'russell2000', reconstitution: 2025, rankDay: '2025-04-30' });
    expect(out.symbols.length).toBeGreaterThan(1800);
    const r1000 = new Set(russellIndexMembers(realSnapshot(), 2025, 'r1000'));
    expect(out.symbols.some((s: string) => r1000.has(s))).toBe(false);
  });

  test.each([
    [['--index', 'russell3000'], /unknown index/],
    [['--index', 'russell2000', '--reconstitution', '2024'], /unknown reconstitution/],
    [['--index'], /--index needs a value/],
    [['--reconstitution', '2025'], /goes with --index/],
    [['--index', 'russell2000', 'ZION'], /no other arguments/],
  ])('malformed %j exits 2 with a message and nothing on stdout', async (args, message) => {
    const r = await lookup(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});
