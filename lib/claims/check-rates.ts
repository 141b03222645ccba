import type { ClaimData, YieldTenor } from './claim-data';
import type { CheckedClaim } from './claim-schema';
import type { ExtractedClaim } from './extracted-claim';
import { daysBetween } from '../dates';
import { TOLERANCE, withinAbs } from './tolerances';

/** Rate claims against the FOMC table and the FRED series at the article's date. Pure. */

export type Check = Pick<CheckedClaim, 'ours' | 'verdict' | 'note'>;
export const unverifiable = (note: string, ours: CheckedClaim['ours'] = null): Check => ({ ours, verdict: 'unverifiable', note });

const pct = (n: number) => n.toFixed(2);
const range = (l: number, u: number) => `${pct(l)}–${pct(u)}%`;

export function checkFedRange(c: ExtractedClaim, date: string | null, data: ClaimData): Check {
  const fed = data.fed;
  if (!fed) return unverifiable('No FOMC decisions in our data.');
  if (!date) return unverifiable('The article has no date, so the range in force cannot be chosen.');
  // "to end the year at …": the range on the last day of the year the sentence names.
  const day = c.detail.yearEnd && c.detail.window?.to && c.detail.window.to <= date ? c.detail.window.to : date;
  const inForce = fed.decisions.filter((d) => d[4] <= day).at(-1);
  if (!inForce) return unverifiable(`Our FOMC table starts on ${fed.decisions[0]?.[0] ?? '?'}, after ${day}.`);
  if (day > fed.coveredTo) return unverifiable(`Our FOMC table is known to hold until ${fed.coveredTo}, before ${day}.`);
  const ours = { value: [inForce[1], inForce[2]] as [number, number], unit: '%', asOf: day, source: `${fed.source}: decision of ${inForce[0]}, in effect from ${inForce[4]}` };
  const [lo, hi] = c.stated.value as [number, number];
  const same = Math.round(lo * 100) === Math.round(inForce[1] * 100) && Math.round(hi * 100) === Math.round(inForce[2] * 100);
  const when = day === date ? `on the article's date (${date})` : `on ${day}, the year end the sentence names`;
  return { ours, verdict: same ? 'matches' : 'differs', note: `Target range ${range(inForce[1], inForce[2])} ${when}; ranges must match exactly.` };
}

export function checkMoveCount(c: ExtractedClaim, date: string | null, data: ClaimData): Check {
  const fed = data.fed;
  if (!fed) return unverifiable('No FOMC decisions in our data.');
  if (!date) return unverifiable('The article has no date, so the moves cannot be counted.');
  const action = c.detail.action ?? 'cut';
  const isMove = (d: readonly [string, number, number, number, string]) => (action === 'cut' ? d[3] < 0 : d[3] > 0);
  const w = c.detail.window;
  let counted: Array<readonly [string, number, number, number, string]>;
  let how: string;
  if (w?.from) {
    const to = w.to && w.to < date ? w.to : date;
    if (w.from < fed.decisions[0]![0]) return unverifiable(`The claim counts from ${w.from}; our FOMC table starts on ${fed.decisions[0]![0]}.`);
    if (to > fed.coveredTo) return unverifiable(`The claim counts to ${to}; our FOMC table is known to hold until ${fed.coveredTo}.`);
    counted = fed.decisions.filter((d) => d[0] >= w.from! && d[0] <= to && isMove(d));
    how = `${action}s decided ${w.from} to ${to} ("${w.words}")`;
  } else {
    // No window named: the latest run of consecutive meetings that made this move, before the article.
    const before = fed.decisions.filter((d) => d[0] <= date);
    let i = before.length - 1;
    while (i >= 0 && !isMove(before[i]!)) i--;
    counted = [];
    while (i >= 0 && isMove(before[i]!)) counted.unshift(before[i--]!);
    how = `the latest run of consecutive ${action}s before ${date}`;
  }
  const n = counted.length;
  const sizes = counted.map((d) => Math.abs(d[3]));
  const ours = { value: n, unit: `${action}s`, asOf: w?.to && w.to < date ? w.to : date, source: `${fed.source}: ${counted.map((d) => `${d[0]} (${d[3] > 0 ? '+' : ''}${d[3]} bp)`).join(', ') || 'none'}` };
  const sizeOk = c.detail.moveBps == null || sizes.every((s) => s === c.detail.moveBps);
  const verdict = n === c.stated.value && sizeOk ? 'matches' : 'differs';
  const sizeNote = c.detail.moveBps != null ? (sizeOk ? `, each ${c.detail.moveBps} bp` : `; not all ${c.detail.moveBps} bp: ${sizes.join(', ')} bp`) : '';
  return { ours, verdict, note: `${n} ${how}${sizeNote}; counts must match exactly.` };
}

const SERIES_NAME: Record<YieldTenor, string> = { '2y': '2-year', '10y': '10-year', '30y': '30-year' };
/** A missing day (weekend, holiday) is read from the nearest prior observation up to this many days back. */
const MAX_PRIOR_DAYS = 5;

export function checkYield(c: ExtractedClaim, date: string | null, data: ClaimData): Check {
  const tenor = c.subject as YieldTenor;
  const s = data.yields[tenor];
  if (!s || !s.dates.length) return unverifiable(`No ${SERIES_NAME[tenor]} yield series in our data.`);
  if (!date) return unverifiable('The article has no date, so no day of the series can be read.');
  if (date < s.dates[0]! || date > s.dates.at(-1)!) return unverifiable(`Our ${SERIES_NAME[tenor]} series runs ${s.dates[0]} to ${s.dates.at(-1)}; the article is of ${date}.`);
  let i = s.dates.length - 1;
  while (i > 0 && s.dates[i]! > date) i--;
  const day = s.dates[i]!;
  if (daysBetween(day, date) > MAX_PRIOR_DAYS) return unverifiable(`No ${SERIES_NAME[tenor]} observation within ${MAX_PRIOR_DAYS} days before ${date}.`);
  const value = s.values[i]!;
  const ours = { value, unit: '%', asOf: day, source: s.source };
  const q = c.detail.qualifier ?? 'exact';
  const match = withinAbs(c.stated.value as number, value, TOLERANCE.yieldBp / 100, q);
  const diff = Math.round(((c.stated.value as number) - value) * 100);
  const prior = day === date ? `on ${date}` : `on ${day}, the nearest prior observation (none on ${date})`;
  return { ours, verdict: match ? 'matches' : 'differs', note: `${SERIES_NAME[tenor]} yield ${pct(value)}% ${prior}; stated ${diff >= 0 ? '+' : ''}${diff} bp from ours, tolerance ±${TOLERANCE.yieldBp} bp.` };
}
