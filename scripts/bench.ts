/**
 * `npm run bench` — speed and size, measured side by side in one run (DESIGN.md contract 4).
 * `--json` prints one JSON object; `--check` exits non-zero when a budget is missed.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { adversarialTextMs } from './bench/adversarial-text';
import { heavyArticle } from './bench/heavy-page';
import { measureExtension, measureScan } from './bench/measure-browser';

const EXT = '.output/chrome-mv3';
const BUDGETS: Record<string, { max: number; strict?: boolean }> = {
  scanVsTreeWalker: { max: 1.5 },
  // Issue 12: detection at most 4× the floor detector (tenth percentiles of the same run's samples).
  scanVsFloorP10: { max: 4 },
  // 40 until stop 16; 40.5 since stop 17 (the social-text rules, <td> header rows and the scan's reused lists: README, Performance).
  contentScriptGzipKB: { max: 40.5 },
  firstCardMs: { max: 150 },
  longestTaskMs: { max: 50, strict: true },
  idbLookup20Ms: { max: 5 },
  snapshotLoadMs: { max: 1500 },
  // 600 until stop 16; the 4,466 funds of the Finviz export (names only) added 58 KB.
  snapshotGzipKB: { max: 660 },
  // The unit tests' old sanity bound for 200 KB – 1 MB of adversarial text (linear-time scanner).
  adversarialTextMs: { max: 2000 },
};

const gzKB = (path: string) => gzipSync(readFileSync(path)).length / 1024;

function contentScriptGzipKB(): number {
  const dir = join(EXT, 'content-scripts');
  // Everything the content script loads into the page: its JS and the CSS it injects.
  return readdirSync(dir).reduce((sum, f) => sum + gzKB(join(dir, f)), 0);
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const check = process.argv.includes('--check');
  if (!existsSync(join(EXT, 'manifest.json'))) throw new Error('No build found: run `npm run build` first.');
  const log = (s: string) => !json && console.error(s);

  const heavy = heavyArticle();
  log(`heavy page: ${heavy.elements} elements, ${(heavy.bytes / 1024).toFixed(0)} KB`);
  log('measuring detection vs TreeWalker in Chromium…');
  const scan = await measureScan(heavy.html);
  log('measuring the built extension in Chromium…');
  const demo = readFileSync('test/fixtures/pages/reuters-small-cap-rally.html', 'utf8');
  const ext = await measureExtension(demo, heavy.html);

  const r2 = (n: number) => Math.round(n * 100) / 100;
  const results: Record<string, number> = {
    scanVsTreeWalker: r2(scan.ratio),
    scanMs: r2(scan.scanMs),
    treeWalkerMs: r2(scan.walkMs),
    floorVsTreeWalker: r2(scan.floorRatio),
    scanVsFloorP10: r2(scan.scanVsFloor.p10),
    scanVsFloorFastest: r2(scan.scanVsFloor.fastest),
    scanVsFloorMedian: r2(scan.scanVsFloor.median),
    mentionsOnPage: scan.candidates,
    contentScriptGzipKB: r2(contentScriptGzipKB()),
    firstCardMs: r2(ext.firstCardMs),
    longestTaskMs: r2(ext.longestTaskMs),
    longestTaskAfterDclMs: r2(ext.longestTaskAfterDclMs),
    longestTaskBaselineMs: r2(ext.longestTaskBaselineMs),
    idbLookup20Ms: r2(ext.idbLookup20Ms),
    snapshotLoadMs: r2(ext.snapshotLoadMs),
    snapshotGzipKB: r2(gzKB(join(EXT, 'data/snapshot.json'))),
    adversarialTextMs: r2(adversarialTextMs()),
  };

  const failures = Object.entries(BUDGETS).filter(([k, b]) => (b.strict ? results[k]! >= b.max : results[k]! > b.max));
  if (json) {
    console.log(JSON.stringify(results));
  } else {
    console.log('\nmeasurement            value      budget');
    for (const [k, v] of Object.entries(results)) {
      const b = BUDGETS[k];
      const mark = b ? (failures.some(([f]) => f === k) ? '  ✗ over' : '  ✓') : '';
      console.log(`${k.padEnd(22)} ${String(v).padStart(9)}  ${b ? (b.strict ? '<' : '≤') + ' ' + b.max : ''}${mark}`);
    }
  }
  if (check && failures.length) {
    console.error(`\nOver budget: ${failures.map(([k]) => `${k} ${results[k]} (budget ${BUDGETS[k]!.max})`).join(', ')}`);
    if (failures.some(([k]) => k === 'scanVsTreeWalker') && results.floorVsTreeWalker! > BUDGETS.scanVsTreeWalker!.max) {
      console.error(`(the floor detector alone costs ${results.floorVsTreeWalker}× the walk on this page: see README, Performance)`);
    }
    process.exit(1);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
});
