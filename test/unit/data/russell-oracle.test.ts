import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../../lib/data/build/csv';
import { parseNumber } from '../../../lib/data/build/numbers';
import { expandSnapshot } from '../../../lib/data/expand-snapshot';
import type { SymbolRecord } from '../../../lib/data/symbol-record';
import { realSnapshot } from './real-snapshot';

/**
 * Agreement of the rank-based Russell 2000 estimate with the iShares IWM holdings (May 2026,
 * i.e. the June 2025 reconstitution plus a year of IPO additions and deletions). The holdings
 * file is a tests-only oracle under BlackRock's personal-use terms: it is read in place from
 * ../shared/data (never copied into the repo, nothing derived from it is written anywhere), and
 * this test is skipped when it is absent.
 *
 * Why 90% is out of reach (measured, see the printout): about 120 members have no rank-day
 * figure (missing from the screener export or listed after 2025-05-02), about 70 sit in FTSE
 * Russell's banding zone above the 1000 breakpoint (kept in the Russell 2000 because they were
 * members last year, which no shippable source tells us), and the foreign-company hints cost
 * about 65 members whose US headquarters we cannot see. On the other side, about 130 of our
 * Russell 2000 symbols sit in the banding zone below the breakpoint (likely last year's Russell
 * 1000 members). Among members we could rank at all, recall is about 94%.
 */

const IWM = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data/russell2000-iwm/IWM_holdings.csv');
const present = existsSync(IWM);
if (!present) console.log(`russell-oracle: SKIPPED, ${IWM} is absent (tests-only oracle, kept outside the repo)`);

interface Holding {
  ticker: string;
  name: string;
}

/** Equity holdings that are real listed members: no cash/futures, no CVRs, escrows or unlisted vesting shares, no zero-price leftovers. */
function iwmMembers(text: string): Holding[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith('Ticker,'));
  if (start < 0) throw new Error('IWM holdings: header row not found');
  const end = lines.findIndex((l, i) => i > start && l.trim() === '');
  const [header, ...rows] = parseCsv(lines.slice(start, end < 0 ? undefined : end).join('\n'));
  const col = (name: string) => header!.indexOf(name);
  const [ticker, name, asset, price] = [col('Ticker'), col('Name'), col('Asset Class'), col('Price')];
  return rows
    .filter((r) => r[asset] === 'Equity' && /^[A-Z]+$/.test(r[ticker] ?? '') && (parseNumber(r[price]) ?? 0) > 0)
    .filter((r) => !/\bCVR\b|ESCROW|Prvt/i.test(r[name] ?? ''))
    .map((r) => ({ ticker: r[ticker]!, name: r[name]! }));
}

// iShares writes class shares without a separator (GEFB for GEF.B).
const dotless = (symbol: string) => symbol.replace(/\./g, '');
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

// Each test is skipped, with the message above, when the oracle file is absent.
const oracleTest = test.skipIf(!present);

let measured: ReturnType<typeof measure> | undefined;
function measure() {
  const snapshot = realSnapshot();
  const records = expandSnapshot(snapshot);
  // An undotted ticker wins a clash with a preferred written the same without its dot (BCPC vs BC.PC).
  const ours = new Map<string, SymbolRecord>();
  for (const r of records) if (!ours.has(dotless(r.symbol)) || ours.get(dotless(r.symbol))!.symbol.includes('.')) ours.set(dotless(r.symbol), r);
  const codes = new Map(snapshot.symbols.rows.map((r) => [r[0], r[15]]));
  const members = [...new Map(iwmMembers(readFileSync(IWM, 'utf8')).map((h) => [h.ticker, h])).values()];
  const memberSet = new Set(members.map((m) => m.ticker));
  const inUniverse = members.filter((m) => ours.has(m.ticker));
  const estimateOf = (m: Holding) => ours.get(m.ticker)!.russell ?? null;
  const hits = inUniverse.filter((m) => estimateOf(m)?.r2000 === true);
  const ranked = inUniverse.filter((m) => estimateOf(m)?.rank != null);
  const ourR2000 = records.filter((r) => r.russell?.r2000 === true);
  const agreeing = ourR2000.filter((r) => memberSet.has(dotless(r.symbol)));
  return {
    snapshot, ours, codes, members, memberSet, inUniverse, estimateOf, ourR2000, agreeing, ranked, hits,
    recall: hits.length / inUniverse.length,
    rankedRecall: ranked.filter((m) => estimateOf(m)?.r2000 === true).length / ranked.length,
    precision: agreeing.length / ourR2000.length,
  };
}
const m = () => (measured ??= measure());

describe('Russell 2000 estimate vs IWM holdings (tests-only oracle)', () => {
  oracleTest('prints the agreement and where the misses come from', () => {
    const { snapshot, ours, codes, members, memberSet, inUniverse, estimateOf, ourR2000, agreeing, ranked, hits, recall, rankedRecall, precision } = m();
    const { r1000LastRank, r2000LastRank, bandRanks } = snapshot.russell;
    const why = new Map<string, number>();
    const add = (k: string) => why.set(k, (why.get(k) ?? 0) + 1);
    for (const h of inUniverse) {
      const e = estimateOf(h);
      if (e?.r2000 === true) continue;
      const code = codes.get(ours.get(h.ticker)!.symbol) ?? null;
      if (e === null) add('no rank-day figure');
      else if (e.rank === null) add(`not ranked: ${code}`);
      else if (e.rank <= r1000LastRank) add(e.rank >= bandRanks[0] ? 'ranked in the Russell 1000, inside the banding zone' : 'ranked in the Russell 1000, above the band');
      else if (e.rank > r2000LastRank) add('ranked below 3000 (microcap)');
    }
    const wrong = new Map<string, number>();
    for (const r of ourR2000) {
      if (memberSet.has(dotless(r.symbol))) continue;
      const k = r.russell!.rank! <= bandRanks[1] ? "inside the banding zone (likely last year's Russell 1000)" : 'elsewhere (acquired since, float/voting rules, undetected fund/BDC/foreign)';
      wrong.set(k, (wrong.get(k) ?? 0) + 1);
    }
    console.log(
      [
        `IWM equity members ${members.length}; with a ticker in our universe ${inUniverse.length}; with a rank ${ranked.length}`,
        `recall (members in our universe estimated R2000): ${hits.length}/${inUniverse.length} = ${pct(recall)}`,
        `recall among members we could rank: ${pct(rankedRecall)}`,
        `precision (our R2000 symbols held by IWM): ${agreeing.length}/${ourR2000.length} = ${pct(precision)}`,
        `count: ours ${ourR2000.length} symbols vs IWM ${members.length}`,
        `misses: ${[...why].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join('; ')}`,
        `ours but not IWM: ${[...wrong].map(([k, n]) => `${k} ${n}`).join('; ')}`,
      ].join('\n'),
    );
    expect(inUniverse.length).toBeGreaterThan(1800);
  });

  // Floors at the measured values (the inputs are fixed files, so the numbers are exact).
  oracleTest('recall of IWM members present in our universe', () => {
    expect(m().recall).toBeGreaterThanOrEqual(0.83); // 83.4%: stocks listed since 2025 joined the universe without a 2025 rank-day figure
  });

  oracleTest('recall among members we could rank (had a rank-day market cap)', () => {
    expect(m().rankedRecall).toBeGreaterThanOrEqual(0.93);
  });

  oracleTest('precision of our Russell 2000 set', () => {
    expect(m().precision).toBeGreaterThanOrEqual(0.82);
  });

  oracleTest('the estimated Russell 2000 has about 2,000 symbols, like the index', () => {
    expect(m().ourR2000.length).toBeGreaterThan(1800);
    expect(m().ourR2000.length).toBeLessThan(2200);
  });
});
