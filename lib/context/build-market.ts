import type { Snapshot } from '../data/snapshot-schema';
import { fedFundsNarrative, formatRange } from '../metrics/fed-funds';
import type { SmallVsLargeRefs } from './derive';
import { curveSummary, fedFundsStatus, summarizeSeries, type FomcDecision, type SeriesChange } from '../metrics/macro';
import type { MarketContext } from './market-context';
import type { RangeObservation } from './fed-range';
import { formatAsOf } from '../format';

export const MACRO_SERIES_IDS = ['DGS2', 'DGS10', 'T10Y2Y', 'DFF'] as const;
export type MacroSeriesId = (typeof MACRO_SERIES_IDS)[number];

export interface SourcedSeries {
  dates: string[];
  values: number[];
  source: string;
}

/** The embedded macro inputs, kept by the background so live series can be merged later. */
export interface MacroData {
  /** Every decision, holds included: [date, lower, upper, change in bp?, …]. */
  decisions: FomcDecision[];
  fedFundsSource: string;
  /** Latest daily target-range observation (FRED DFEDTARL/DFEDTARU): the snapshot's, or a newer live one. */
  range?: RangeObservation | null;
  /** The calendar's meetings after the last decision, ascending (undecided in the data). */
  scheduled?: readonly string[];
  series: Record<MacroSeriesId, SourcedSeries>;
  /** Source id → display name (snapshot catalog), for the small-vs-large series. */
  sourceNames?: Record<string, string>;
}

export function macroDataFromSnapshot(snapshot: Snapshot): MacroData {
  const { fedFunds, series } = snapshot.macro;
  const name = (id: string) => snapshot.sources[id]?.name ?? id;
  // The label already names the series and publisher ("… (FRED DGS10, Federal Reserve H.15)").
  const sourced = (id: MacroSeriesId): SourcedSeries => ({ dates: series[id].dates, values: series[id].values, source: series[id].label });
  return {
    decisions: fedFunds.decisions,
    fedFundsSource: name(fedFunds.source),
    range: { date: fedFunds.range.date, lower: fedFunds.range.lower, upper: fedFunds.range.upper, source: name(fedFunds.range.source) },
    scheduled: fedFunds.scheduled,
    series: { DGS2: sourced('DGS2'), DGS10: sourced('DGS10'), T10Y2Y: sourced('T10Y2Y'), DFF: sourced('DFF') },
    sourceNames: Object.fromEntries(Object.entries(snapshot.sources).map(([id, s]) => [id, `${s.name} (${s.asOf})`])),
  };
}

const lastDate = (s: SourcedSeries | undefined) => s?.dates.at(-1) ?? '';

/**
 * Per series, and for the target range, the newer of embedded and live: a newer snapshot never hides
 * fresher live data, nor the reverse.
 */
export function pickNewer(embedded: MacroData, live: Partial<Record<MacroSeriesId, SourcedSeries>>, liveRange?: RangeObservation | null): MacroData {
  const series = { ...embedded.series };
  for (const id of MACRO_SERIES_IDS) {
    const l = live[id];
    if (l && l.dates.length && lastDate(l) > lastDate(series[id])) series[id] = l;
  }
  const range = liveRange && liveRange.date > (embedded.range?.date ?? '') ? liveRange : embedded.range;
  return { ...embedded, series, range };
}

const bp = (c: SeriesChange | null) => (c ? Math.round(c.changeBp) : null);

/**
 * The fed funds block: the range after the last decision in the table, or a later daily observation
 * of it (embedded or live). When that observation shows a different range, a decision the table does
 * not have moved it: the range, its move and the source are the observation's, and the table's last
 * decision is not presented as the latest. Meetings count as "held since" from the day the range is
 * known (a decision takes effect the day after its meeting).
 */
function fedFundsBlock(data: MacroData, today: string): MarketContext['fedFunds'] {
  const ff = fedFundsStatus(data.decisions);
  if (!ff) return null;
  const words = fedFundsNarrative(data.decisions);
  const range = data.range ?? null;
  const observed = range !== null && range.date > ff.asOf ? range : null;
  const asOf = observed ? observed.date : ff.asOf;
  const meetings = meetingsSeenFrom(
    (data.scheduled ?? []).filter((d) => d >= asOf),
    today,
  );
  const next = meetings.next ? { date: meetings.next, status: 'scheduled' as const } : null;
  const calendar = { nextMeeting: next, ...(meetings.heldSince.length ? { meetingsAfterData: meetings.heldSince } : {}) };
  const dff = summarizeSeries(data.series.DFF);
  const effective = dff ? { value: dff.value, asOf: dff.asOf, source: data.series.DFF.source } : null;
  if (observed && (observed.lower !== ff.lower || observed.upper !== ff.upper)) {
    const to = formatRange(observed.lower, observed.upper);
    const move = observed.move ?? null;
    return {
      lower: observed.lower,
      upper: observed.upper,
      asOf,
      source: `${observed.source}: range observed ${observed.date}; the FOMC decisions table (${data.fedFundsSource}) ends ${ff.asOf}`,
      summary: move ? `${move.direction === 'cut' ? 'cut' : 'raised'} to ${to}, effective ${formatAsOf(move.date)}` : `${to} on ${formatAsOf(observed.date)}`,
      lastDecision: null,
      ...calendar,
      lastMove: move,
      effective,
    };
  }
  return {
    lower: ff.lower,
    upper: ff.upper,
    // A later daily range observation confirms the range after the last meeting.
    asOf,
    source: observed
      ? `${data.fedFundsSource}, FRED DFEDTARU/DFEDTARL: last decision ${ff.asOf}, range observed ${observed.date}`
      : `${data.fedFundsSource}: last decision ${ff.asOf}, the latest in the table`,
    ...(words ? { summary: words.summary, lastDecision: words.lastDecision } : {}),
    ...calendar,
    lastMove: ff.lastMove,
    effective,
  };
}

/**
 * The FOMC calendar after the data's last decision, read on `today` (ISO date): the next meeting, and
 * the meetings already held whose decisions the data does not have. A meeting on `today` is still next.
 */
export function meetingsSeenFrom(scheduled: readonly string[], today: string): { next: string | null; heldSince: string[] } {
  return { next: scheduled.find((d) => d >= today) ?? null, heldSince: scheduled.filter((d) => d < today) };
}

/**
 * The macro panel: current levels, 1m/3m changes, curve moves and the FOMC range with its last move.
 * `today` (ISO date) places the meeting calendar: the embedded data ends on its own dates, and a
 * reader months later must see which meetings came after it, not a "next" meeting long past.
 */
export function buildMarketContext(data: MacroData, smallVsLarge: SmallVsLargeRefs | null, today: string): MarketContext {
  const { series } = data;
  const dated = (id: 'DGS2' | 'DGS10') => {
    const s = summarizeSeries(series[id]);
    return s ? { value: s.value, asOf: s.asOf, source: series[id].source, change1mBp: bp(s.change1m), change3mBp: bp(s.change3m) } : null;
  };
  const curve = curveSummary({ dgs2: series.DGS2, dgs10: series.DGS10, t10y2y: series.T10Y2Y });
  return {
    fedFunds: fedFundsBlock(data, today),
    ust2y: dated('DGS2'),
    ust10y: dated('DGS10'),
    curve2s10s: curve
      ? {
          value: curve.value,
          asOf: curve.asOf,
          source: series.T10Y2Y.source,
          change1mBp: bp(curve.change1m),
          change3mBp: bp(curve.change3m),
          steepened1m: curve.steepened1m,
          steepened3m: curve.steepened3m,
          move3m: curve.move3m,
        }
      : null,
    smallVsLarge: smallVsLarge
      ? {
          smallPe: smallVsLarge.smallPe,
          largePe: smallVsLarge.largePe,
          discountPct: smallVsLarge.discountPct,
          coverage: smallVsLarge.coverage,
          asOf: smallVsLarge.asOf,
          method: smallVsLarge.method,
          reason: smallVsLarge.reason,
          basis: smallVsLarge.basis ?? null,
          // Series names each point's dataset by its source name, as every other figure does.
          series: (smallVsLarge.series ?? []).map((p) => ({ ...p, source: data.sourceNames?.[p.source] ?? p.source })),
        }
      : null,
  };
}
