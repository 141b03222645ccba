import { describe, expect, test } from 'vitest';
import { MarketContextSchema } from '../../../lib/context/market-context';
import { TickerContextSchema } from '../../../lib/context/ticker-context';
import { lookupInProcess, lookupProcess } from './lookup-run';

// DESIGN.md contract 2. The first two cases run the real script (its wiring: exit code, JSON on
// stdout, the message on stderr); the rest run its work in-process (test/unit/data/lookup-run.ts).
describe('lookup CLI', { timeout: 30_000 }, () => {
  test('a known symbol prints one TickerContext JSON object and exits 0; share classes are normalised', () => {
    const r = lookupProcess(['brk-b']);
    expect(r.status).toBe(0);
    const ctx = TickerContextSchema.parse(JSON.parse(r.stdout));
    expect(ctx.symbol).toBe('BRK.B');
    expect(r.stdout).toMatch(/^\{\n {2}"symbol": "BRK.B"/);
  });

  test('a malformed argument exits 2 with a message on stderr and nothing on stdout', async () => {
    const r = lookupProcess(['ABCDEFGHIJKLM']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/not a ticker symbol/);
    expect((await lookupInProcess([])).status).toBe(2);
  });

  test('an unknown symbol prints kind "unknown" and exits 0', async () => {
    const r = await lookupInProcess(['XYZQ']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ symbol: 'XYZQ', kind: 'unknown' });
  });

  test('--market prints the macro panel', async () => {
    const r = await lookupInProcess(['--market']);
    expect(r.status).toBe(0);
    expect(MarketContextSchema.parse(JSON.parse(r.stdout)).fedFunds).toMatchObject({
      lower: 3.5,
      upper: 3.75,
      asOf: '2026-08-21',
      summary: 'held at 3.50–3.75% since 10 Dec 2025 (5 holds)',
      nextMeeting: { date: '2026-12-09', status: 'scheduled' },
      meetingsAfterData: ['2026-09-16', '2026-10-28'],
    });
  });
});
