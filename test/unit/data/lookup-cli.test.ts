import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { MarketContextSchema } from '../../../lib/context/market-context';
import { TickerContextSchema } from '../../../lib/context/ticker-context';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const lookup = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/lookup.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

// DESIGN.md contract 2, through the real script (one process per case, so kept to the essentials).
describe('lookup CLI', { timeout: 30_000 }, () => {
  test('a known symbol prints one TickerContext JSON object and exits 0; share classes are normalised', () => {
    const r = lookup('brk-b');
    expect(r.status).toBe(0);
    const ctx = TickerContextSchema.parse(JSON.parse(r.stdout));
    expect(ctx.symbol).toBe('BRK.B');
    expect(r.stdout).toMatch(/^\{\n {2}"symbol": "BRK.B"/);
  });

  test('an unknown symbol prints kind "unknown" and exits 0', () => {
    const r = lookup('XYZQ');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ symbol: 'XYZQ', kind: 'unknown' });
  });

  test('a malformed argument exits 2 with a message on stderr and nothing on stdout', () => {
    const r = lookup('ABCDEFGHIJKLM');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/not a ticker symbol/);
    expect(lookup().status).toBe(2);
  });

  test('--market prints the macro panel', () => {
    const r = lookup('--market');
    expect(r.status).toBe(0);
    expect(MarketContextSchema.parse(JSON.parse(r.stdout)).fedFunds).toMatchObject({
      lower: 3.5,
      upper: 3.75,
      asOf: '2026-08-21',
      summary: 'held at 3.50–3.75% since 10 Dec 2025 (5 holds)',
      nextMeeting: { date: '2026-09-16', status: 'scheduled' },
    });
  });
});
