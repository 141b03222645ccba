import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { TickerContextSchema } from '../../../lib/context/ticker-context';
import { parseFredCsv } from '../../../lib/data/providers/fred';
import { levels, syntheticChartBody } from '../context/synthetic-chart';
import { lookupInProcess, lookupProcess } from './lookup-run';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const FIX = join(ROOT, 'test/fixtures/providers');

// Synthetic SNOW and SPY closes (documented Yahoo format) on the real 2026 DGS10 dates: SNOW falls 3% per +100 bp.
const dgs10 = parseFredCsv(readFileSync(join(FIX, 'fredgraph_DGS10_2026.csv'), 'utf8'), 'DGS10').value;
const idx = Array.from({ length: dgs10.dates.length - 1 }, (_, k) => k + 1);
const rm = idx.map((i) => 0.01 * Math.sin(i * 0.9) + 0.002 * Math.cos(i * 2.3));
const dy = idx.map((i) => dgs10.values[i]! - dgs10.values[i - 1]!);

// The first case runs the real script with fetch stubbed in its process (the --live wiring: Node's
// fetch, the environment's SEC contact, exit code, stdout); the others run its work in-process.
describe('lookup --live (fetch stubbed)', { timeout: 60_000 }, () => {
  test('SNOW: SEC coverage and leverage, measured beta, and a provenance map; declared User-Agent', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caplens-charts-'));
    writeFileSync(join(dir, 'snow.json'), JSON.stringify(syntheticChartBody('SNOW', dgs10.dates, levels(150, idx.map((_, k) => 1.3 * rm[k]! - 0.03 * dy[k]!)))));
    writeFileSync(join(dir, 'spy.json'), JSON.stringify(syntheticChartBody('SPY', dgs10.dates, levels(400, rm))));
    const r = lookupProcess(
      ['snow', '--live'],
      [
        { match: 'data.sec.gov/api/xbrl/companyfacts/CIK0001640147', file: join(FIX, 'CIK0001640147_SNOW_companyfacts.trimmed.json') },
        { match: '/chart/SNOW', file: join(dir, 'snow.json') },
        { match: '/chart/SPY', file: join(dir, 'spy.json') },
        { match: 'fredgraph.csv?id=DGS10', file: join(FIX, 'fredgraph_DGS10_2026.csv'), type: 'text/csv' },
        // No recorded Snowflake profile: its SIC lookup (no sector, no industry word in the name) is refused.
        { match: 'data.sec.gov/submissions/CIK0001640147', body: 'not here', status: 404, type: 'text/plain' },
      ],
      { CAPLENS_SEC_USER_AGENT: 'CapLens-tests ops@example.com' },
    );
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    TickerContextSchema.parse(out); // contract 2 still holds
    expect(out.provenance['rateSensitivity.drivers.Interest coverage']).toBe(
      'live: SEC 10-Q + 10-K, TTM to 2025-04-30 (filed 2025-05-30), companyfacts (2025-04-30)',
    );
    expect(out.provenance['rateSensitivity.drivers.Measured rate beta']).toMatch(/^live: Yahoo Finance chart API daily closes \(SNOW; market SPY\)/);
    expect(out.provenance.marketCap).toBe('snapshot: Nasdaq.com screener (2026-08-21)');
    // The 2026 price is more than 15 months after the 10-Q's share count (2025-05-08): no live cap, and the card says so.
    expect(out.valuation.notes.find((n: string) => n.startsWith('Live market cap'))).toMatch(/^Live market cap not computed: SEC share count as of 2025-05-08 is 16 months from the price date \(2026-09-/);
    expect(out.rateSensitivity.drivers.find((d: { name: string }) => d.name === 'Measured rate beta').value).toBe('falls ~3% per +100 bp in the 10y yield');
    // The only failure is the refused filing profile, which costs the sector prior and nothing else.
    expect(out.liveFailures).toEqual([expect.objectContaining({ provider: 'sec-edgar', kind: 'http' })]);
    expect(r.requests.filter((q) => q.url.includes('data.sec.gov')).map((q) => q.userAgent)).toEqual(['CapLens-tests ops@example.com', 'CapLens-tests ops@example.com']);
  });

  test('SNOW priced in 2025, before the embedded 2026-08-21 cap: the newer embedded cap stands, with its provenance', async () => {
    // The live cap (price × SEC shares) itself is covered in test/unit/context/live-valuation.test.ts;
    // here the point is that an older live figure never replaces a newer embedded one.
    const dir = mkdtempSync(join(tmpdir(), 'caplens-charts-'));
    const days = ['2025-05-27', '2025-05-28', '2025-05-29', '2025-05-30', '2025-06-02'];
    writeFileSync(join(dir, 'snow.json'), JSON.stringify(syntheticChartBody('SNOW', days, [176, 177, 178, 179, 180])));
    const r = await lookupInProcess(
      ['SNOW', '--live'],
      [
        { match: 'data.sec.gov/api/xbrl/companyfacts/CIK0001640147', file: join(FIX, 'CIK0001640147_SNOW_companyfacts.trimmed.json') },
        { match: '/chart/SNOW', file: join(dir, 'snow.json') },
      ],
    );
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    TickerContextSchema.parse(out);
    expect(out.marketCap).toMatchObject({ asOf: '2026-08-21', source: 'Nasdaq.com screener' });
    expect(out.provenance.marketCap).toBe('snapshot: Nasdaq.com screener (2026-08-21)');
    // SNOW is in the valuation datasets: their P/B and P/E verdict (each a ratio of one dataset and
    // date) stand over price-today ÷ filed equity; provenance says they are the snapshot's.
    expect(out.provenance['valuation.pb']).toMatch(/^snapshot: (Finviz quote pages|TradingView scan|Finviz export) \(2025-\d\d-\d\d\)$/);
    expect(out.valuation.pe).toBeNull();
    expect(out.valuation.notes.find((n: string) => n.startsWith('P/E n/m:'))).toMatch(/loss-maker: TTM net income −\$[\d.]+[MB] ≤ 0 \((Finviz quote pages|TradingView scan|Finviz export), 2025-\d\d-\d\d\)/);
    // The market proxy (SPY) was not served: only the beta is lost, and that is listed; so is the
    // filing profile (SIC industry) and live DGS10 (the embedded series stands in), not served either.
    expect(out.liveFailures.map((f: { provider: string }) => f.provider).sort()).toEqual(['fred', 'sec-edgar', 'yahoo']);
  });

  test('VXRT: the SEC filing profile\'s SIC code gives the sector prior the snapshot lacks, as in the extension', async () => {
    // Vaxart has no sector, no industry word in its name and no dataset industry in the snapshot.
    // Stub, not a recording: the recorded Tesla submissions document with its identity and industry
    // code replaced by a biotech's (as test/unit/background/live-sic.test.ts does for a bank).
    const dir = mkdtempSync(join(tmpdir(), 'caplens-profile-'));
    const tsla = JSON.parse(readFileSync(join(FIX, 'CIK0001318605_TSLA_submissions.trimmed.json'), 'utf8'));
    writeFileSync(join(dir, 'vxrt.json'), JSON.stringify({ ...tsla, cik: '72444', name: 'Vaxart, Inc.', tickers: ['VXRT'], exchanges: [], sic: '2836', sicDescription: 'Biological Products, (No Diagnostic Substances)' }));
    const offline = JSON.parse((await lookupInProcess(['VXRT'])).stdout);
    expect(offline.rateSensitivity.missing).toContain('sector prior');
    const r = await lookupInProcess(['VXRT', '--live'], [{ match: 'data.sec.gov/submissions/CIK0000072444.json', file: join(dir, 'vxrt.json') }]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    const sector = out.rateSensitivity.drivers.find((d: { name: string }) => d.name === 'Sector');
    expect(sector.source).toBe('SEC filing profile: SIC 2836 Biological Products, (No Diagnostic Substances)');
    expect(out.rateSensitivity.missing).not.toContain('sector prior');
    expect(out.provenance['rateSensitivity.drivers.Sector']).toMatch(/^live: SEC filing profile: SIC 2836/);
    // Companyfacts, prices and FRED were not served: listed beside the card.
    expect(out.liveFailures.map((f: { provider: string; kind: string }) => `${f.provider}:${f.kind}`).sort()).toEqual(['fred:offline', 'sec-edgar:offline', 'yahoo:offline']);
  });

  test('offline: the snapshot result with the failures listed, exit 0', async () => {
    const r = await lookupInProcess(['ZION', '--live'], []);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    const offline = JSON.parse((await lookupInProcess(['ZION'])).stdout);
    const { provenance, liveFailures, ...context } = out;
    expect(context).toEqual(offline);
    expect(liveFailures.map((f: { provider: string; kind: string }) => `${f.provider}:${f.kind}`).sort()).toEqual(['fred:offline', 'sec-edgar:offline', 'yahoo:offline']);
    expect(provenance.marketCap).toMatch(/^snapshot: /);
    expect(r.stderr).toContain('lookup: live sec-edgar unavailable (offline)');
    // The default User-Agent names the project.
    expect(r.requests.find((q) => q.url.includes('data.sec.gov'))?.userAgent).toMatch(/^CapLens\/0\.1\.0 lookup CLI/);
  });

  test('--market --live: small-vs-large from the SEC frames; on a failed frame the snapshot figure stands and stderr says why', async () => {
    const { realSnapshot } = await import('../data/real-snapshot');
    const { expandSnapshot } = await import('../../../lib/data/expand-snapshot');
    const records = expandSnapshot(realSnapshot());
    const capByCik = new Map<number, number>();
    for (const r of records) if (r.russell?.r2000 && r.cik !== null && r.marketCap) capByCik.set(r.cik, (capByCik.get(r.cik) ?? 0) + r.marketCap.value);
    const dir = mkdtempSync(join(tmpdir(), 'caplens-frames-'));
    // The earnings year trails the rank-day caps (trailingAnnualPeriod), so it follows the snapshot.
    const { trailingAnnualPeriod } = await import('../../../lib/data/providers/sec-frames');
    const period = trailingAnnualPeriod(realSnapshot().russell.capsAsOf)!;
    const frame = { taxonomy: 'us-gaap', tag: 'NetIncomeLoss', ccp: period, uom: 'USD', data: [...capByCik].map(([cik, cap]) => ({ cik, end: `${period.slice(2)}-12-31`, val: cap / 10 })) };
    writeFileSync(join(dir, 'frame.json'), JSON.stringify(frame));
    const ok = await lookupInProcess(['--market', '--live'], [{ match: `/frames/us-gaap/NetIncomeLoss/USD/${period}.json`, file: join(dir, 'frame.json') }], { CAPLENS_SEC_USER_AGENT: 'CapLens-tests ops@example.com' });
    expect(ok.status).toBe(0);
    const m = JSON.parse(ok.stdout);
    expect(m.smallVsLarge.smallPe).toBeCloseTo(10, 9);
    expect(m.smallVsLarge.discountPct).toBeCloseTo((10 / m.smallVsLarge.largePe - 1) * 100, 9);
    expect(ok.requests.filter((q) => q.url.includes('/frames/')).every((q) => q.userAgent === 'CapLens-tests ops@example.com')).toBe(true);

    const down = await lookupInProcess(['--market', '--live'], []);
    expect(down.status).toBe(0);
    // The snapshot figure stands: the latest forward point of the embedded series.
    expect(JSON.parse(down.stdout).smallVsLarge).toMatchObject({ basis: 'forward', asOf: '2025-12-22' });
    expect(down.stderr).toContain(`SEC frames ${period} unavailable`);
  });
});
