import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../../lib/csv';
import { parseNumber } from '../../../lib/data/build/numbers';
import { russellIndexOf, type RussellIndexId } from '../../../lib/data/russell-index';
import type { RussellMeta, SymbolRow } from '../../../lib/data/snapshot-schema';
import { realSnapshot } from './real-snapshot';

/**
 * Agreement of the Russell estimates with iShares holdings, both reconstitutions:
 * - 2025: Russell 2000 vs IWM (2026-05-05, i.e. the June 2025 reconstitution plus a year of IPO
 *   additions and deletions), Russell 3000 vs IWV (2025-06-30), Russell 1000 vs IWV minus IWM;
 * - 2026: Russell 1000 vs IWB (2026-07-17, after the June 2026 reconstitution).
 * The holdings files are tests-only oracles under BlackRock's personal-use terms: read in place
 * from ../shared/data (never copied into the repo, nothing derived from them is written anywhere);
 * each check is skipped, with a message, when its file is absent. Recall counts oracle members
 * whose ticker our universe (SEC tickers of December 2025) knows; the printout splits the misses
 * by cause. Floors sit at the measured values: the inputs are fixed files, so the numbers are exact.
 */

const DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data');
const FILES = {
  iwm: `${DATA}/russell2000-iwm/IWM_holdings.csv`,
  iwb: `${DATA}/russell1000-iwb-2026-07-17/IWB_holdings.csv`,
  iwv: `${DATA}/russell3000-iwv-2025/russell3000_2025_0630.csv`,
};
const present = (k: keyof typeof FILES) => existsSync(FILES[k]);
for (const [k, f] of Object.entries(FILES)) {
  if (!existsSync(f)) console.log(`russell-oracle: ${k.toUpperCase()} checks SKIPPED, ${f} is absent (tests-only oracle, kept outside the repo)`);
}

/** Equity holdings that are real listed members: no cash/futures, no CVRs, escrows or unlisted vesting shares, no zero-price leftovers. */
function holdings(path: string): Set<string> {
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith('Ticker,'));
  if (start < 0) throw new Error(`${path}: header row not found`);
  const end = lines.findIndex((l, i) => i > start && l.trim() === '');
  const [header, ...rows] = parseCsv(lines.slice(start, end < 0 ? undefined : end).join('\n'));
  const col = (name: string) => header!.indexOf(name);
  const [ticker, name, asset, price] = [col('Ticker'), col('Name'), col('Asset Class'), col('Price')];
  return new Set(
    rows
      .filter((r) => r[asset] === 'Equity' && /^[A-Z]+$/.test(r[ticker] ?? '') && (parseNumber(r[price]) ?? 0) > 0)
      .filter((r) => !/\bCVR\b|ESCROW|Prvt/i.test(r[name] ?? ''))
      .map((r) => r[ticker]!),
  );
}

// iShares writes class shares without a separator (GEFB for GEF.B).
const dotless = (symbol: string) => symbol.replace(/\./g, '');
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

type Year = 2025 | 2026;
interface Check {
  recall: number;
  precision: number;
  report: string;
}

/** Our symbols in `want` for one reconstitution vs an oracle ticker set, with the misses by cause. */
function check(label: string, year: Year, want: readonly RussellIndexId[], oracle: ReadonlySet<string>): Check {
  const snap = realSnapshot();
  const meta: RussellMeta = year === 2026 ? snap.russell : snap.russell2025;
  const [ri, ci] = year === 2026 ? [14, 15] : [16, 17];
  // An undotted ticker wins a clash with a preferred written the same without its dot (BCPC vs BC.PC).
  const rows = new Map<string, SymbolRow>();
  for (const r of snap.symbols.rows) if (!rows.has(dotless(r[0])) || rows.get(dotless(r[0]))![0].includes('.')) rows.set(dotless(r[0]), r);
  const indexOf = (r: SymbolRow) => russellIndexOf(r[ri] as number | null, r[ci] as SymbolRow[15], meta);
  const inBand = (r: SymbolRow) => r[ri] !== null && (r[ri] as number) >= meta.bandRanks[0] && (r[ri] as number) <= meta.bandRanks[1];
  const ours = [...rows].filter(([, r]) => want.includes(indexOf(r)!));
  const inUniverse = [...oracle].filter((t) => rows.has(t));
  const hits = inUniverse.filter((t) => want.includes(indexOf(rows.get(t)!)!));
  const agreeing = ours.filter(([t]) => oracle.has(t));
  const tally = (keys: string[]) => [...keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join('; ');
  const missCause = (r: SymbolRow) => {
    const index = indexOf(r);
    if (r[ci] === null) return 'no rank-day figure (listed later, renamed, or missing from the screener)';
    if (index === null) return `not ranked: ${r[ci]}`;
    return `ranked in ${index}${inBand(r) ? ' inside the band' : ''}${r[ci] === 'rk' ? '' : ` (${r[ci]})`}`;
  };
  const extraCause = ([, r]: [string, SymbolRow]) => `${r[ci]}${inBand(r) ? ' inside the band' : ''}`;
  const report = [
    `${label}: oracle ${oracle.size}, in our universe ${inUniverse.length} (${oracle.size - inUniverse.length} unknown tickers, mostly listed after December 2025 or renamed)`,
    `  recall ${hits.length}/${inUniverse.length} = ${pct(hits.length / inUniverse.length)}; precision ${agreeing.length}/${ours.length} = ${pct(agreeing.length / ours.length)}`,
    `  misses: ${tally(inUniverse.filter((t) => !hits.includes(t)).map((t) => missCause(rows.get(t)!)))}`,
    `  ours, not in the oracle: ${tally(ours.filter(([t]) => !oracle.has(t)).map(extraCause))}`,
  ].join('\n');
  return { recall: hits.length / inUniverse.length, precision: agreeing.length / ours.length, report };
}

const memo = new Map<string, Check>();
const once = (key: string, f: () => Check) => memo.get(key) ?? memo.set(key, f()).get(key)!;

const iwm2025 = () => once('iwm', () => check('2025 Russell 2000 vs IWM 2026-05-05', 2025, ['r2000'], holdings(FILES.iwm)));
const iwv2025 = () => once('iwv', () => check('2025 Russell 3000 vs IWV 2025-06-30', 2025, ['r1000', 'r2000'], holdings(FILES.iwv)));
const r1000of2025 = () =>
  once('iwv-iwm', () => {
    const iwm = holdings(FILES.iwm);
    return check('2025 Russell 1000 vs IWV 2025-06-30 minus IWM', 2025, ['r1000'], new Set([...holdings(FILES.iwv)].filter((t) => !iwm.has(t))));
  });
const iwb2026 = () => once('iwb', () => check('2026 Russell 1000 vs IWB 2026-07-17', 2026, ['r1000'], holdings(FILES.iwb)));

describe('Russell estimates vs iShares holdings (tests-only oracles)', () => {
  test.skipIf(!present('iwm'))('2025 Russell 2000 vs IWM', () => {
    const c = iwm2025();
    console.log(c.report);
    // 86.3%: stocks listed since December 2025 are in the universe too, and IWM holds the ones FTSE
    // added at its quarterly IPO reviews, which have no 2025 rank-day figure.
    expect(c.recall).toBeGreaterThanOrEqual(0.86);
    expect(c.precision).toBeGreaterThanOrEqual(0.85);
  });

  test.skipIf(!present('iwv'))('2025 Russell 3000 vs IWV', () => {
    const c = iwv2025();
    console.log(c.report);
    expect(c.recall).toBeGreaterThanOrEqual(0.94);
    expect(c.precision).toBeGreaterThanOrEqual(0.82);
  });

  test.skipIf(!present('iwv') || !present('iwm'))('2025 Russell 1000 vs IWV minus IWM', () => {
    const c = r1000of2025();
    console.log(c.report);
    expect(c.recall).toBeGreaterThanOrEqual(0.77);
    expect(c.precision).toBeGreaterThanOrEqual(0.86);
  });

  test.skipIf(!present('iwb'))('2026 Russell 1000 vs IWB', () => {
    const c = iwb2026();
    console.log(c.report);
    expect(c.recall).toBeGreaterThanOrEqual(0.89);
    expect(c.precision).toBeGreaterThanOrEqual(0.89);
  });
});
