import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../../lib/csv';
import { parseScreenerJson, SCREENER_FILES, type ScreenerExchange } from '../../../lib/data/build/nasdaq-screener-json';
import { parseNumber } from '../../../lib/data/build/numbers';
import { russellIndexOf, type RussellIndexId } from '../../../lib/data/russell-index';
import type { RussellMeta, SymbolRow } from '../../../lib/data/snapshot-schema';
import { realSnapshot, SOURCES_DIR } from './real-snapshot';
import { compareByCompany } from './russell-oracle-compare';

/**
 * Agreement of the Russell estimates with iShares holdings, both reconstitutions:
 * - 2025: Russell 2000 vs IWM (2026-05-05, i.e. the June 2025 reconstitution plus a year of IPO
 *   additions and deletions), Russell 3000 vs IWV (2025-06-30), Russell 1000 vs IWV minus IWM;
 * - 2026: Russell 1000 vs IWB (2026-07-17, after the June 2026 reconstitution).
 * The holdings files are tests-only oracles under BlackRock's personal-use terms: read in place
 * from ../shared/data (never copied into the repo, nothing derived from them is written anywhere);
 * each check is skipped, with a message, when its file is absent. Counted by company, with the
 * measurement artefacts (share classes the fund does not hold, IPOs added after rank day, delistings
 * before the holdings date, IWV's sampling) left out and counted, as russell-oracle-compare explains;
 * the by-symbol figures with nothing left out are printed beside them. Recall counts oracle members
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

/** Symbols of a rank-day (or later) screener in data/sources (a build input, not an oracle). */
const screenerSymbols = (day: string) =>
  new Set(
    parseScreenerJson(
      Object.fromEntries((Object.entries(SCREENER_FILES) as [ScreenerExchange, string][]).map(([ex, f]) => [ex, readFileSync(`${SOURCES_DIR}/nasdaq-screener-${day}/${f}`, 'utf8')])),
    ).keys(),
  );

interface Options {
  /** Screener folder suffix of a listing taken at (or just before) the holdings date. */
  listedAtHoldings?: string;
  /** Holdings of another fund tracking the same reconstitution (see russell-oracle-compare). */
  alsoHeld?: ReadonlySet<string>;
}

/** Our companies in `want` for one reconstitution vs an oracle, by company (see russell-oracle-compare), with the misses by cause. */
function check(label: string, year: Year, want: readonly RussellIndexId[], oracle: ReadonlySet<string>, options: Options = {}): Check {
  const snap = realSnapshot();
  const meta: RussellMeta = year === 2026 ? snap.russell : snap.russell2025;
  const [ri, ci] = year === 2026 ? [14, 15] : [16, 17];
  // An undotted ticker wins a clash with a preferred written the same without its dot (BCPC vs BC.PC).
  const rows = new Map<string, SymbolRow>();
  for (const r of snap.symbols.rows) if (!rows.has(dotless(r[0])) || rows.get(dotless(r[0]))![0].includes('.')) rows.set(dotless(r[0]), r);
  const bySymbol = new Map(snap.symbols.rows.map((r) => [r[0], r]));
  const companyOf = (s: string) => {
    const cik = bySymbol.get(s)?.[2];
    return cik === null || cik === undefined ? `s:${s}` : `c${cik}`;
  };
  const indexOf = (r: SymbolRow) => russellIndexOf(r[ri] as number | null, r[ci] as SymbolRow[15], meta);
  const inBand = (r: SymbolRow) => r[ri] !== null && (r[ri] as number) >= meta.bandRanks[0] && (r[ri] as number) <= meta.bandRanks[1];
  const companiesIn = (symbols: Iterable<string>) => new Set([...symbols].filter((s) => bySymbol.has(s)).map(companyOf));
  // Listed on rank day: a row of that day's screener, or a rank-day figure our estimate found (a renamed ticker).
  const onRankDay = companiesIn(screenerSymbols(`rankday-${meta.rankDay}`));
  for (const r of snap.symbols.rows) if (r[ci] !== null) onRankDay.add(companyOf(r[0]));
  const atHoldings = options.listedAtHoldings ? companiesIn(screenerSymbols(options.listedAtHoldings)) : null;
  const c = compareByCompany({
    ours: snap.symbols.rows.filter((r) => want.includes(indexOf(r)!)).map((r) => r[0]),
    oracle,
    alsoHeld: options.alsoHeld,
    canonical: (t) => rows.get(t)?.[0],
    companyOf,
    companyListedOnRankDay: (company) => onRankDay.has(company),
    companyListedAtHoldings: atHoldings ? (company) => atHoldings.has(company) : undefined,
  });
  // By symbol with no artefact left out, as measured before the company count: printed for comparison.
  const ourSymbols = [...rows].filter(([, r]) => want.includes(indexOf(r)!)).map(([t]) => t);
  const known = [...oracle].filter((t) => rows.has(t));
  const rawRecall = known.filter((t) => want.includes(indexOf(rows.get(t)!)!)).length / known.length;
  const rawPrecision = ourSymbols.filter((t) => oracle.has(t)).length / ourSymbols.length;
  const tally = (keys: string[]) => [...keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join('; ');
  const missCause = (r: SymbolRow) => {
    const index = indexOf(r);
    if (r[ci] === null) return 'no rank-day figure (renamed, or missing from the screener)';
    if (index === null) return `not ranked: ${r[ci]}`;
    return `ranked in ${index}${inBand(r) ? ' inside the band' : ''}${r[ci] === 'rk' ? '' : ` (${r[ci]})`}`;
  };
  const extraCause = (r: SymbolRow) => `${r[ci]}${inBand(r) ? ' inside the band' : ''}`;
  const report = [
    `${label}: oracle ${oracle.size} tickers, ${c.unknown.length} unknown to our universe (listed after December 2025 or renamed)`,
    `  left out as measurement artefacts: ${c.listedLater.length} oracle companies listed after the ${meta.rankDay} rank day (quarterly IPO additions); ` +
      `${c.delisted.length} of ours delisted before the holdings date${options.alsoHeld ? `; ours held by the same reconstitution's other fund count as agreeing` : ''}`,
    `  recall ${c.hits}/${c.oracleCompanies} = ${pct(c.recall)}; precision ${c.agreeing}/${c.ourCompanies} = ${pct(c.precision)} (companies)`,
    `  by symbol, nothing left out: recall ${pct(rawRecall)}; precision ${pct(rawPrecision)}`,
    `  misses: ${tally(c.missed.map((s) => missCause(bySymbol.get(s)!)))}`,
    `  ours, not in the oracle: ${tally(c.extra.map((s) => extraCause(bySymbol.get(s)!)))}`,
  ].join('\n');
  return { recall: c.recall, precision: c.precision, report };
}

const memo = new Map<string, Check>();
const once = (key: string, f: () => Check) => memo.get(key) ?? memo.set(key, f()).get(key)!;

// IWM of 2026-05-05: companies delisted by the 2026-04-30 screener cannot be held.
const iwm2025 = () => once('iwm', () => check('2025 Russell 2000 vs IWM 2026-05-05', 2025, ['r2000'], holdings(FILES.iwm), { listedAtHoldings: 'rankday-2026-04-30' }));
// IWV samples the Russell 3000; IWM (same reconstitution) holds most of the members IWV leaves out.
const iwv2025 = () =>
  once('iwv', () =>
    check('2025 Russell 3000 vs IWV 2025-06-30', 2025, ['r1000', 'r2000'], holdings(FILES.iwv), present('iwm') ? { alsoHeld: holdings(FILES.iwm) } : {}),
  );
const r1000of2025 = () =>
  once('iwv-iwm', () => {
    // IWV minus IWM is the Russell 1000 only for companies still listed when IWM was taken: a
    // Russell 2000 member acquired in between is in IWV and not in IWM either.
    const iwm = holdings(FILES.iwm);
    const listed = new Set([...screenerSymbols('rankday-2026-04-30')].map(dotless));
    const oracle = new Set([...holdings(FILES.iwv)].filter((t) => !iwm.has(t) && listed.has(t)));
    return check('2025 Russell 1000 vs IWV 2025-06-30 minus IWM (listed 2026-04-30)', 2025, ['r1000'], oracle, { listedAtHoldings: 'rankday-2026-04-30' });
  });
const iwb2026 = () => once('iwb', () => check('2026 Russell 1000 vs IWB 2026-07-17', 2026, ['r1000'], holdings(FILES.iwb)));

describe('Russell estimates vs iShares holdings (tests-only oracles)', () => {
  // Floors sit at the measured values, truncated to 0.1 point (company counts, artefacts left out; see russell-oracle-compare).
  test.skipIf(!present('iwm'))('2025 Russell 2000 vs IWM', () => {
    const c = iwm2025();
    console.log(c.report);
    expect(c.recall).toBeGreaterThanOrEqual(0.957);
    expect(c.precision).toBeGreaterThanOrEqual(0.958);
  });

  test.skipIf(!present('iwv'))('2025 Russell 3000 vs IWV', () => {
    const c = iwv2025();
    console.log(c.report);
    expect(c.recall).toBeGreaterThanOrEqual(0.965);
    expect(c.precision).toBeGreaterThanOrEqual(present('iwm') ? 0.969 : 0.851);
  });

  // A diagnostic, not a target: IWV minus IWM is only a proxy for the 2025 Russell 1000.
  test.skipIf(!present('iwv') || !present('iwm'))('2025 Russell 1000 vs IWV minus IWM', () => {
    const c = r1000of2025();
    console.log(c.report);
    expect(c.recall).toBeGreaterThanOrEqual(0.91);
    expect(c.precision).toBeGreaterThanOrEqual(0.943);
  });

  test.skipIf(!present('iwb'))('2026 Russell 1000 vs IWB', () => {
    const c = iwb2026();
    console.log(c.report);
    expect(c.recall).toBeGreaterThanOrEqual(0.959);
    expect(c.precision).toBeGreaterThanOrEqual(0.951);
  });
});
