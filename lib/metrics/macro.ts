import { daysBetween } from '../dates';
import { isNum, round } from './num';

/**
 * The macro panel's figures from daily series (dates[] + values[], as in the snapshot) and the
 * FOMC decisions table. Pure: "now" is the newest observation (or an `asOf` the caller passes),
 * never the wall clock, so the same snapshot always gives the same panel.
 */

export interface Series {
  /** ISO dates, ascending. */
  dates: readonly string[];
  values: readonly number[];
}

export interface Observation {
  date: string;
  value: number;
}

/** Last observation on or before `date` (binary search; the series is ascending). */
export function observationOnOrBefore(s: Series, date: string): Observation | null {
  let lo = 0;
  let hi = s.dates.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s.dates[mid]! <= date) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Walk back over non-finite values (FRED holiday blanks that were not filtered out).
  for (let i = found; i >= 0; i--) {
    const v = s.values[i];
    if (isNum(v)) return { date: s.dates[i]!, value: v };
  }
  return null;
}

export function latestObservation(s: Series, asOf?: string): Observation | null {
  const last = s.dates[s.dates.length - 1];
  if (last === undefined) return null;
  return observationOnOrBefore(s, asOf ?? last);
}

/**
 * Calendar month arithmetic on ISO dates, clamped to the month's last day: 2026-03-31 minus one
 * month is 2026-02-28, not 2026-03-03 (what Date rollover would give).
 */
export function addMonths(iso: string, months: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`addMonths: not an ISO date: ${iso}`);
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12; // 0-based
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(Number(m[3]), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface SeriesChange {
  months: number;
  from: Observation;
  to: Observation;
  /** to − from in the series' unit (percent or percentage points), 6 decimals. */
  change: number;
  /** The same in basis points, 2 decimals. */
  changeBp: number;
}

/** Default tolerance between the calendar target and the observation used (holidays, long weekends). */
export const MAX_GAP_DAYS = 10;

/**
 * Change over `months` calendar months: the latest observation minus the nearest observation on
 * or before the same calendar day `months` earlier. Null when the series has no observation
 * within `maxGapDays` before that day, because a change measured from a stale point would
 * describe a different period than its label says.
 */
export function changeOverMonths(
  s: Series,
  months: number,
  opts: { asOf?: string; maxGapDays?: number } = {},
): SeriesChange | null {
  const to = latestObservation(s, opts.asOf);
  if (!to) return null;
  const target = addMonths(to.date, -months);
  const from = observationOnOrBefore(s, target);
  if (!from || daysBetween(from.date, target) > (opts.maxGapDays ?? MAX_GAP_DAYS)) return null;
  const diff = to.value - from.value;
  return { months, from, to, change: round(diff, 6), changeBp: round(diff * 100, 2) };
}

export interface SeriesSummary {
  value: number;
  asOf: string;
  change1m: SeriesChange | null;
  change3m: SeriesChange | null;
}

export function summarizeSeries(s: Series, opts: { asOf?: string; maxGapDays?: number } = {}): SeriesSummary | null {
  const last = latestObservation(s, opts.asOf);
  if (!last) return null;
  return {
    value: last.value,
    asOf: last.date,
    change1m: changeOverMonths(s, 1, opts),
    change3m: changeOverMonths(s, 3, opts),
  };
}

/** 10y − 2y on the dates both series have, in percentage points (FRED's T10Y2Y, rebuilt). */
export function slopeSeries(dgs2: Series, dgs10: Series): Series {
  const two = new Map<string, number>();
  dgs2.dates.forEach((d, i) => {
    const v = dgs2.values[i];
    if (isNum(v)) two.set(d, v);
  });
  const dates: string[] = [];
  const values: number[] = [];
  dgs10.dates.forEach((d, i) => {
    const ten = dgs10.values[i];
    const short = two.get(d);
    if (isNum(ten) && short !== undefined) {
      dates.push(d);
      values.push(round(ten - short, 6));
    }
  });
  return { dates, values };
}

/**
 * How the curve moved. Steepening/flattening is the sign of the slope change; "bull" means
 * yields fell (both legs down, typical of expected cuts), "bear" that they rose (both legs up),
 * "twist" that the legs moved in opposite directions.
 */
export type CurveMove =
  | 'bull-steepening'
  | 'bear-steepening'
  | 'twist-steepening'
  | 'bull-flattening'
  | 'bear-flattening'
  | 'twist-flattening'
  | 'unchanged';

export function classifyCurveMove(slopeChangeBp: number, d2yBp: number | null, d10yBp: number | null): CurveMove {
  if (slopeChangeBp === 0) return 'unchanged';
  const shape = slopeChangeBp > 0 ? 'steepening' : 'flattening';
  if (d2yBp === null || d10yBp === null) return `twist-${shape}`;
  if (d2yBp <= 0 && d10yBp <= 0) return `bull-${shape}`;
  if (d2yBp >= 0 && d10yBp >= 0) return `bear-${shape}`;
  return `twist-${shape}`;
}

export interface CurveSummary extends SeriesSummary {
  /** Slope change > 0 over the period; null when the change cannot be measured. */
  steepened1m: boolean | null;
  steepened3m: boolean | null;
  move1m: CurveMove | null;
  move3m: CurveMove | null;
}

/**
 * 2s10s slope. Uses FRED's published T10Y2Y when given (it is what FRED readers see), else
 * 10y − 2y; the bull/bear label always comes from the two legs.
 */
export function curveSummary(
  input: { dgs2: Series; dgs10: Series; t10y2y?: Series | null },
  opts: { asOf?: string; maxGapDays?: number } = {},
): CurveSummary | null {
  const slope = input.t10y2y && input.t10y2y.dates.length > 0 ? input.t10y2y : slopeSeries(input.dgs2, input.dgs10);
  const base = summarizeSeries(slope, opts);
  if (!base) return null;
  const legs = (months: number) => {
    const c = months === 1 ? base.change1m : base.change3m;
    if (!c) return { steepened: null, move: null };
    // Legs measured over the slope's own window, so all three changes describe the same dates.
    const leg = (s: Series) => {
      const a = observationOnOrBefore(s, c.from.date);
      const b = observationOnOrBefore(s, c.to.date);
      return a && b ? round((b.value - a.value) * 100, 2) : null;
    };
    return { steepened: c.changeBp > 0, move: classifyCurveMove(c.changeBp, leg(input.dgs2), leg(input.dgs10)) };
  };
  const m1 = legs(1);
  const m3 = legs(3);
  return { ...base, steepened1m: m1.steepened, steepened3m: m3.steepened, move1m: m1.move, move3m: m3.move };
}

/** [decision date, lower %, upper %, …], ascending, as in the snapshot (later positions ignored here). */
export type FomcDecision = readonly [string, number, number, ...unknown[]];

export interface FedFundsStatus {
  lower: number;
  upper: number;
  /** Date of the decision that set the current range. */
  asOf: string;
  lastMove: { date: string; sizeBp: number; direction: 'cut' | 'hike' } | null;
  previous: { lower: number; upper: number } | null;
}

/**
 * Current target range (the last decision on or before `asOf`) and the last change. The table
 * may also hold "hold" rows; the last move is the newest row whose range differs from the row
 * before it. Null lastMove when the table starts with the current range (nothing to compare).
 */
export function fedFundsStatus(decisions: readonly FomcDecision[], asOf?: string): FedFundsStatus | null {
  const upTo = asOf ? decisions.filter((d) => d[0] <= asOf) : decisions;
  const cur = upTo[upTo.length - 1];
  if (!cur) return null;
  const [date, lower, upper] = cur;
  let lastMove: FedFundsStatus['lastMove'] = null;
  let previous: FedFundsStatus['previous'] = null;
  for (let i = upTo.length - 1; i > 0; i--) {
    const [d, lo, up] = upTo[i]!;
    const [, plo, pup] = upTo[i - 1]!;
    if (lo !== plo || up !== pup) {
      const sizeBp = Math.round((up - pup) * 100);
      lastMove = { date: d, sizeBp, direction: sizeBp < 0 ? 'cut' : 'hike' };
      previous = { lower: plo, upper: pup };
      break;
    }
  }
  return { lower, upper, asOf: date, lastMove, previous };
}
