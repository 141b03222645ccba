/**
 * npm run snapshot: data/sources → public/data/snapshot.json (minified, validated).
 * builtAt is the newest source date, not the clock, so an unchanged data/sources rebuilds to the
 * same bytes.
 */
import { gzipSync } from 'node:zlib';
import { relative } from 'node:path';
import { buildSnapshot } from '../lib/data/build/build-snapshot';
import { valuationCoverage } from '../lib/data/build/valuation-coverage';
import { DEFAULT_SOURCES_DIR, REPO_ROOT, serializeSnapshot, writeSnapshotFile } from '../lib/data/node-snapshot';
import { SnapshotSchema } from '../lib/data/snapshot-schema';

function main(): void {
  const snapshot = SnapshotSchema.parse(buildSnapshot(`${REPO_ROOT}/${DEFAULT_SOURCES_DIR}`));
  const target = writeSnapshotFile(snapshot);
  const bytes = Buffer.from(serializeSnapshot(snapshot));
  const rows = snapshot.symbols.rows;
  const count = (kind: string) => rows.filter((r) => r[4] === kind).length;
  const rus = snapshot.russell;
  const codes = new Map<string, number>();
  for (const r of rows) if (r[15] !== null) codes.set(r[15], (codes.get(r[15]) ?? 0) + 1);
  const rankedIn = (lo: number, hi: number) => rows.filter((r) => r[14] !== null && r[14] >= lo && r[14] <= hi).length;
  const fundamentals = snapshot.fundamentals.rows;
  const has = (i: number) => fundamentals.filter((f) => f[i] !== null).length;
  const cov = valuationCoverage(snapshot);
  const share = (n: number) => `${n} (${((100 * n) / Math.max(1, cov.r2000)).toFixed(1)}%)`;
  const perSource = (m: Record<string, number>) => Object.entries(m).map(([id, n]) => `${id} ${n}`).join(', ');
  const svl = snapshot.smallVsLarge.series
    .map((p) => `  ${p.asOf} ${p.source} ${p.basis}: small ${p.smallPe ?? 'n/a'} (${p.small.used}/${p.small.total}, cap ${p.small.capCoverage ?? 'n/a'}) vs S&P 500 ${p.largePe ?? 'n/a'} (${p.large.used}/${p.large.total}) → ${p.discountPct === null ? `n/a: ${p.reason}` : `${p.discountPct}%`}`)
    .join('\n');
  const series = Object.entries(snapshot.macro.series)
    .map(([id, s]) => `${id} ${s.dates.length} (${s.dates[0]}…${s.dates.at(-1)})`)
    .join(', ');
  console.log(
    [
      `wrote ${relative(process.cwd(), target)} (builtAt ${snapshot.builtAt})`,
      `symbols: ${rows.length} (stocks ${count('stock')}, ADRs ${count('adr')}, ETFs ${count('etf')}, unknown ${count('unknown')})`,
      `with market cap: ${rows.filter((r) => r[8] !== null).length}; S&P 500 members: ${rows.filter((r) => r[7] === 1).length}; ETF facts: ${snapshot.etfs.rows.length}`,
      `russell estimate (caps ${rus.capsAsOf}): ${rus.companies} companies ranked; est. Russell 1000 symbols ${rankedIn(1, rus.r1000LastRank) + (codes.get('sp') ?? 0)} (incl. ${codes.get('sp') ?? 0} S&P 500 placeholders), est. Russell 2000 symbols ${rankedIn(rus.r1000LastRank + 1, rus.r2000LastRank)}; breakpoints $${((rus.breakpointCaps[0] ?? 0) / 1e9).toFixed(2)}B / $${((rus.breakpointCaps[1] ?? 0) / 1e6).toFixed(0)}M; band ranks ${rus.bandRanks.join('-')}`,
      `russell codes: ${[...codes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}; no estimate ${rows.filter((r) => r[15] === null).length}`,
      `fundamentals (${fundamentals.length} symbols): net income (TTM) ${has(1)}, EBITDA (TTM) ${has(2)}, debt ${has(3)}, cash ${has(4)}, net debt ${has(5)}, debt/equity ${has(6)}, equity ${has(7)}`,
      `valuation (${snapshot.valuation.rows.length} symbols) by dataset: P/E ${perSource(cov.bySource.pe)}; forward P/E ${perSource(cov.bySource.forwardPe)}; P/B ${perSource(cov.bySource.pb)}; EV/EBITDA ${perSource(cov.bySource.evEbitda)}`,
      `est. Russell 2000 (${cov.r2000} symbols): P/E or n/m ${share(cov.peOrNm)} [P/E ${share(cov.peValue)}]; forward P/E ${share(cov.forwardPe)} [or n/m ${share(cov.forwardOrNm)}]; EV/EBITDA or n/m ${share(cov.evOrNm)}`,
      `benchmarks (S&P 500, trailing ex-losses / all-in / forward): ${Object.entries(snapshot.valuationRefs).map(([id, r]) => `${id} ${r.benchmark.pe}/${r.benchmark.peAll}/${r.benchmark.forwardPe} (${r.benchmark.used}/${r.benchmark.total})`).join('; ')}`,
      `small vs large:\n${svl}`,
      `banks (${snapshot.bankBalance.source}: ${snapshot.bankBalance.industries.join(', ')}): ${snapshot.bankBalance.rows.length} symbols with equity and borrowings ÷ assets; peers ${snapshot.bankBalance.peers.count}, equity/assets p10/p50/p90 ${snapshot.bankBalance.peers.equityToAssets.join('/')}, borrowings/assets ${snapshot.bankBalance.peers.borrowingsToAssets.join('/')}`,
      `macro: FOMC decisions ${snapshot.macro.fedFunds.decisions.length} (to ${snapshot.macro.fedFunds.decisions.at(-1)?.[0]}), FRED range ${snapshot.macro.fedFunds.range.lower}–${snapshot.macro.fedFunds.range.upper}% on ${snapshot.macro.fedFunds.range.date}, meetings after the last decision ${snapshot.macro.fedFunds.scheduled.length} (first ${snapshot.macro.fedFunds.scheduled[0] ?? 'none'}); ${series}`,
      `size: ${(bytes.length / 1024).toFixed(0)} KB raw, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(0)} KB gzip`,
    ].join('\n'),
  );
}

try {
  main();
} catch (e) {
  console.error(`snapshot build failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
