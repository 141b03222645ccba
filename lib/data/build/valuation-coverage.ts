import { russellExpander } from '../expand-snapshot';
import type { Snapshot } from '../snapshot-schema';

/**
 * Coverage of the valuation section, for `npm run snapshot` and the tests: share of the estimated
 * Russell 2000 (the rows' own verdict) with a trailing P/E or an n/m reason, and with a forward
 * P/E; and per multiple, how many symbols took it from each dataset.
 */
export interface ValuationCoverage {
  r2000: number;
  peOrNm: number;
  peValue: number;
  forwardPe: number;
  forwardOrNm: number;
  evOrNm: number;
  bySource: Record<'pe' | 'forwardPe' | 'pb' | 'evEbitda', Record<string, number>>;
}

export function valuationCoverage(snapshot: Snapshot): ValuationCoverage {
  const verdict = russellExpander(snapshot.russell);
  const small = new Set(snapshot.symbols.rows.filter((r) => verdict(r[14], r[15])?.r2000 === true).map((r) => r[0]));
  const rows = snapshot.valuation.rows.filter((r) => small.has(r[0]));
  const count = (pred: (r: (typeof rows)[number]) => boolean) => rows.filter(pred).length;
  const bySource = { pe: {}, forwardPe: {}, pb: {}, evEbitda: {} } as ValuationCoverage['bySource'];
  (['pe', 'forwardPe', 'pb', 'evEbitda'] as const).forEach((k, i) => {
    for (const r of snapshot.valuation.rows) {
      const c = r[i + 1] as [unknown, string] | null;
      if (c) bySource[k][c[1]] = (bySource[k][c[1]] ?? 0) + 1;
    }
  });
  return {
    r2000: small.size,
    peOrNm: count((r) => r[1] !== null),
    peValue: count((r) => r[1]?.[0] != null),
    forwardPe: count((r) => r[2]?.[0] != null),
    forwardOrNm: count((r) => r[2] !== null),
    evOrNm: count((r) => r[4] !== null),
    bySource,
  };
}
