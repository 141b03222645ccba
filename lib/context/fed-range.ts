/**
 * The fed funds target range as FRED observes it day by day (DFEDTARL, DFEDTARU): the latest range,
 * and the last change within the observed window. The embedded data gives the range after each FOMC
 * decision up to its last one; live observations say what the range is now, including decisions the
 * embedded table does not have yet.
 */
export interface RangeObservation {
  /** Latest day both bounds are observed. */
  date: string;
  lower: number;
  upper: number;
  source: string;
  /** The last change of the range inside the observed window (effective date), when there is one. */
  move?: { date: string; sizeBp: number; direction: 'cut' | 'hike' } | null;
}

interface DatedValues {
  dates: readonly string[];
  values: readonly number[];
}

/** Bounds by day, only where both are observed. */
function pairs(lower: DatedValues, upper: DatedValues): Array<[string, number, number]> {
  const up = new Map(upper.dates.map((d, i) => [d, upper.values[i]!]));
  const out: Array<[string, number, number]> = [];
  lower.dates.forEach((d, i) => {
    const u = up.get(d);
    if (u !== undefined && Number.isFinite(u) && Number.isFinite(lower.values[i]!)) out.push([d, lower.values[i]!, u]);
  });
  return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** The latest observed range with its last change, or null when the two series share no day or disagree (lower above upper). */
export function rangeFromSeries(lower: DatedValues, upper: DatedValues, source: string): RangeObservation | null {
  const days = pairs(lower, upper);
  const last = days.at(-1);
  if (!last || last[1] > last[2]) return null;
  let move: RangeObservation['move'] = null;
  for (let i = days.length - 1; i > 0; i--) {
    const [d, lo, up] = days[i]!;
    const [, plo, pup] = days[i - 1]!;
    if (lo !== plo || up !== pup) {
      const sizeBp = Math.round((up - pup || lo - plo) * 100);
      move = { date: d, sizeBp, direction: sizeBp < 0 ? 'cut' : 'hike' };
      break;
    }
  }
  return { date: last[0], lower: last[1], upper: last[2], source, move };
}
