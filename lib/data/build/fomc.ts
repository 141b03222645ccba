import { z } from 'zod';
import type { FomcDecisionRow } from '../snapshot-schema';

/**
 * FOMC meeting calendar and decisions (data/sources/fomc-2026/meetings.json) → rate decisions
 * and the meetings still to come, cross-checked against FRED's DFEDTARL/DFEDTARU. Pure: text
 * or parsed JSON in, plain data out. Only dates and ranges are read; the file's summaries and
 * vote text are the scraper author's own (Chinese, unverified) and are never shipped.
 */

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD date');
const Percent = z.number().min(0).max(25);

const RateOutcomeSchema = z.object({
  status: z.literal('confirmed'),
  action: z.enum(['cut', 'hike', 'hold']),
  delta_bps: z.number().int(),
  lower: Percent,
  upper: Percent,
  effective_date: IsoDate,
});

// An unscheduled notation vote (2025-08-22 in the file) carries no range: it set no rate.
const NotationVoteSchema = z.object({ action: z.literal('notation_vote'), lower: z.null().optional(), upper: z.null().optional() });

const MeetingSchema = z.object({
  id: z.string(),
  end_date: IsoDate,
  outcome: z.discriminatedUnion('action', [RateOutcomeSchema, NotationVoteSchema]).nullable().optional(),
});

const MeetingsFileSchema = z.object({ meetings: z.array(MeetingSchema).min(1) });


export interface FomcMeetings {
  /** Rate decisions, ascending: [decision date, lower %, upper %, change in bp, effective date]. */
  decisions: FomcDecisionRow[];
  /** Meetings after the last decision that have no outcome yet, ascending (scheduled, not decided). */
  scheduled: string[];
}

const bp = (pct: number) => Math.round(pct * 100);

/**
 * meetings.json → decisions and scheduled meetings; anything inconsistent is a build error naming
 * the meeting. The stated change is not chained to the previous row because the file skips some
 * meetings (2023-02-01, 2023-11-01, 2024-05-01); crossCheckFedRange checks it against FRED instead.
 */
export function parseFomcMeetings(json: unknown): FomcMeetings {
  const parsed = MeetingsFileSchema.safeParse(json);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new Error(`fomc-2026/meetings.json is malformed at ${i.path.join('.') || '(root)'}: ${i.message}`);
  }
  const meetings = [...parsed.data.meetings].sort((a, b) => (a.end_date < b.end_date ? -1 : a.end_date > b.end_date ? 1 : 0));
  const decisions: FomcDecisionRow[] = [];
  const scheduled: string[] = [];
  const seen = new Set<string>();
  for (const m of meetings) {
    const where = `fomc-2026/meetings.json meeting ${m.id} (${m.end_date})`;
    if (seen.has(m.end_date)) throw new Error(`${where}: two meetings end on the same date`);
    seen.add(m.end_date);
    const o = m.outcome;
    if (o === null || o === undefined) {
      scheduled.push(m.end_date);
      continue;
    }
    if (o.action === 'notation_vote') continue;
    // A decided meeting after an undecided one means the file skipped an outcome: refuse to guess it.
    if (scheduled.length) throw new Error(`${where}: has an outcome but the earlier meeting ${scheduled[0]} has none`);
    if (o.lower >= o.upper) throw new Error(`${where}: lower bound ${o.lower} is not below upper bound ${o.upper}`);
    if (o.effective_date < m.end_date) throw new Error(`${where}: effective date ${o.effective_date} is before the decision`);
    const sign = Math.sign(o.delta_bps);
    if ((o.action === 'hold') !== (sign === 0) || (o.action === 'cut' && sign > 0) || (o.action === 'hike' && sign < 0)) {
      throw new Error(`${where}: action "${o.action}" does not fit a change of ${o.delta_bps} bp`);
    }
    decisions.push([m.end_date, o.lower, o.upper, o.delta_bps, o.effective_date]);
  }
  if (!decisions.length) throw new Error('fomc-2026/meetings.json has no rate decisions');
  return { decisions, scheduled };
}

function dayBefore(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

export interface RangeObservation {
  date: string;
  lower: number;
  upper: number;
}

/**
 * Checks every decision against FRED's target range on its effective date (the range after it)
 * and the day before (so the stated change too), and returns FRED's latest observation. Decisions before the FRED range begins or after its last observation
 * cannot be checked and are let through; a missing day inside the covered span is an error,
 * because the range is published for every calendar day.
 */
export function crossCheckFedRange(
  decisions: readonly FomcDecisionRow[],
  lower: readonly [string, number][],
  upper: readonly [string, number][],
): RangeObservation {
  const lo = new Map(lower);
  const range = upper.filter(([d]) => lo.has(d)).map(([date, u]): RangeObservation => ({ date, lower: lo.get(date)!, upper: u }));
  const first = range[0];
  const latest = range.at(-1);
  if (!first || !latest) throw new Error('fred-rates-2026-08/rates.csv has no DFEDTARL/DFEDTARU observations');
  const byDate = new Map(range.map((r) => [r.date, r]));
  for (const [date, l, u, deltaBps, effective] of decisions) {
    const before = dayBefore(effective);
    if (before < first.date || effective > latest.date) continue;
    const fred = byDate.get(effective);
    const prior = byDate.get(before);
    if (!fred || !prior) throw new Error(`FOMC decision ${date}: FRED DFEDTARL/DFEDTARU has no observation on ${fred ? before : effective}`);
    if (fred.lower !== l || fred.upper !== u) {
      throw new Error(`FOMC decision ${date} sets ${l}–${u}% from ${effective}, but FRED DFEDTARL/DFEDTARU on that date is ${fred.lower}–${fred.upper}%`);
    }
    // The stated change must be FRED's move into the effective date (0 for a hold).
    if (bp(fred.upper) - bp(prior.upper) !== deltaBps || bp(fred.lower) - bp(prior.lower) !== deltaBps) {
      throw new Error(`FOMC decision ${date} states ${deltaBps} bp, but FRED DFEDTARL/DFEDTARU moves from ${prior.lower}–${prior.upper}% on ${before} to ${fred.lower}–${fred.upper}% on ${effective}`);
    }
  }
  // A different range after the last decision would mean a decision the meetings file lacks.
  const last = decisions.at(-1);
  if (last && latest.date >= last[4] && (latest.lower !== last[1] || latest.upper !== last[2])) {
    throw new Error(`FRED DFEDTARL/DFEDTARU on ${latest.date} is ${latest.lower}–${latest.upper}%, not the ${last[1]}–${last[2]}% of the last FOMC decision (${last[0]}): a decision is missing`);
  }
  return latest;
}
