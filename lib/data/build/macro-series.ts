import type { MacroSeries, MacroSeriesId } from '../snapshot-schema';

/** Macro series for the snapshot: FRED files (from `since`), oldest fetch first, merged per date. */

export const MACRO_SINCE = '2024-01-01';

export const SERIES_LABELS: Record<MacroSeriesId, string> = {
  DGS2: '2-year Treasury constant-maturity yield, % (FRED DGS2, Federal Reserve H.15)',
  DGS10: '10-year Treasury constant-maturity yield, % (FRED DGS10, Federal Reserve H.15)',
  DGS30: '30-year Treasury constant-maturity yield, % (FRED DGS30, Federal Reserve H.15)',
  T10Y2Y: '10-year minus 2-year Treasury yield, percentage points (FRED T10Y2Y)',
  DFF: 'Effective federal funds rate, daily, % (FRED DFF, Federal Reserve H.15)',
};

export interface SeriesPart {
  source: string;
  points: readonly [string, number][];
}

/**
 * Concatenates parts in order. On a date present in two parts the later part wins, because the
 * later file was fetched later and carries FRED's revisions.
 */
export function mergeSeries(id: MacroSeriesId, parts: readonly SeriesPart[], since = MACRO_SINCE): MacroSeries {
  const byDate = new Map<string, number>();
  const sources: string[] = [];
  for (const part of parts) {
    let used = false;
    for (const [date, value] of part.points) {
      if (date < since || !Number.isFinite(value)) continue;
      byDate.set(date, value);
      used = true;
    }
    if (used && !sources.includes(part.source)) sources.push(part.source);
  }
  const dates = [...byDate.keys()].sort();
  return { label: SERIES_LABELS[id], sources, dates, values: dates.map((d) => byDate.get(d)!) };
}
