/**
 * npm run snapshot: data/sources → public/data/snapshot.json (minified, validated).
 * builtAt is the newest source date, not the clock, so an unchanged data/sources rebuilds to the
 * same bytes.
 */
import { gzipSync } from 'node:zlib';
import { relative } from 'node:path';
import { buildSnapshot } from '../lib/data/build/build-snapshot';
import { DEFAULT_SOURCES_DIR, REPO_ROOT, serializeSnapshot, writeSnapshotFile } from '../lib/data/node-snapshot';
import { SnapshotSchema } from '../lib/data/snapshot-schema';

function main(): void {
  const snapshot = SnapshotSchema.parse(buildSnapshot(`${REPO_ROOT}/${DEFAULT_SOURCES_DIR}`));
  const target = writeSnapshotFile(snapshot);
  const bytes = Buffer.from(serializeSnapshot(snapshot));
  const rows = snapshot.symbols.rows;
  const count = (kind: string) => rows.filter((r) => r[4] === kind).length;
  const series = Object.entries(snapshot.macro.series)
    .map(([id, s]) => `${id} ${s.dates.length} (${s.dates[0]}…${s.dates.at(-1)})`)
    .join(', ');
  console.log(
    [
      `wrote ${relative(process.cwd(), target)} (builtAt ${snapshot.builtAt})`,
      `symbols: ${rows.length} (stocks ${count('stock')}, ADRs ${count('adr')}, ETFs ${count('etf')}, unknown ${count('unknown')})`,
      `with market cap: ${rows.filter((r) => r[8] !== null).length}; S&P 500 members: ${rows.filter((r) => r[7] === 1).length}; ETF facts: ${snapshot.etfs.rows.length}`,
      `macro: FOMC decisions ${snapshot.macro.fedFunds.decisions.length}; ${series}`,
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
