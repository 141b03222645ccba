import { claimAt, qualifierBefore, soundsLikeForecast, type SentenceInput } from './claim-text';
import type { ExtractedClaim } from './extracted-claim';
import { COUNT, NUM, parseNumber } from './article-numbers';
import { windowIn } from './windows';

/**
 * Rate claims: the fed funds target range, how many times the Fed moved, and Treasury yields.
 * Pure; one sentence at a time.
 */

const FED = /\b(?:Fed|Federal Reserve|FOMC|central bank|policymakers|federal funds|fed funds|rate-setters?)\b/i;
const PCT = '(\\d{1,2}(?:\\.\\d{1,3})?)';
const DASH = '\\s*(?:%\\s*)?(?:–|—|-|to)\\s*';
// "a range of 3.50%–3.75%", "a 3.5% to 3.75% target range", "the 3.50-3.75% range", "to 3.50%–3.75%".
const RANGE = new RegExp(`${PCT}${DASH}${PCT}\\s*%(?:\\s*(?:target\\s+)?range)?`, 'g');

export function fedFundsRange(input: SentenceInput): ExtractedClaim[] {
  const s = input.sentence.text;
  if (!FED.test(s) && !/\brange\b/i.test(s)) return [];
  const out: ExtractedClaim[] = [];
  RANGE.lastIndex = 0;
  for (let m = RANGE.exec(s); m; m = RANGE.exec(s)) {
    const lower = Number(m[1]);
    const upper = Number(m[2]);
    const width = Math.round((upper - lower) * 100);
    // A target range is a quarter (or half) point wide and sits in a plausible place.
    if (!(width === 25 || width === 50) || upper > 20) continue;
    const around = s.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20);
    if (!/\brange\b/i.test(around) && !/\b(?:fed funds|federal funds|policy rate|benchmark rate|target)\b/i.test(around)) continue;
    const clause = s.slice(Math.max(0, m.index - 60), m.index);
    if (soundsLikeForecast(clause)) continue;
    const lead = /(?:(?:a|the)\s+(?:target\s+)?range\s+of\s+|(?:a|the)\s+)$/i.exec(s.slice(0, m.index));
    const withLead = lead ? Object.assign([lead[0] + m[0]], { index: m.index - lead[0].length, input: s }) as unknown as RegExpExecArray : m;
    out.push(
      claimAt(input, withLead, {
        kind: 'fed-funds-range',
        subject: 'fed-funds',
        stated: { value: [lower, upper], unit: '%' },
        detail: { yearEnd: /\bend(?:ed|ing)?\s+the\s+year|year[- ]end\b/i.test(s.slice(0, m.index)), window: windowIn(s, input.articleDate) },
      }),
    );
  }
  return out;
}

// "three consecutive 25-basis-point cuts", "five rate cuts", "two quarter-point hikes".
const MOVES = new RegExp(
  `\\b${COUNT}\\s+(?:(?:consecutive|straight|back-to-back|successive|more|additional|further|interest|rate|policy)[- ]){0,3}` +
    `(?:(\\d{2,3})[- ]basis[- ]points?[- ]|(quarter|half)[- ]point[- ]|(?:interest[- ])?rate[- ])?(?:rate\\s+)?(cuts?|reductions?|hikes?|increases?|rises?)\\b`,
  'gi',
);
// "has cut rates five times", "raised interest rates three times since …".
const TIMES = new RegExp(`\\b(cut|lowered|reduced|raised|hiked|increased)\\s+(?:interest\\s+|its\\s+(?:benchmark\\s+|policy\\s+)?)?rates?\\s+${COUNT}\\s+times\\b`, 'gi');

export function rateMoveCount(input: SentenceInput): ExtractedClaim[] {
  const s = input.sentence.text;
  if (!FED.test(s)) return [];
  const out: ExtractedClaim[] = [];
  const push = (m: RegExpExecArray, count: number | null, verb: string, bps: number | null) => {
    if (count === null || count < 1) return;
    if (soundsLikeForecast(s.slice(Math.max(0, m.index - 50), m.index + m[0].length))) return;
    const action = /cut|reduc|lower/i.test(verb) ? 'cut' : 'hike';
    out.push(
      claimAt(input, m, {
        kind: 'rate-move-count',
        subject: 'fed-funds',
        stated: { value: count, unit: action === 'cut' ? 'cuts' : 'hikes' },
        detail: { action, moveBps: bps, window: windowIn(s, input.articleDate) },
      }),
    );
  };
  MOVES.lastIndex = 0;
  for (let m = MOVES.exec(s); m; m = MOVES.exec(s)) {
    // "one of the cuts", "a 25% increase in revenue": only counts of Fed moves.
    if (/\brevenue|sales|earnings|prices?\b/i.test(s.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    const bps = m[2] ? Number(m[2]) : m[3] ? (m[3].toLowerCase() === 'quarter' ? 25 : 50) : null;
    push(m, parseNumber(m[1]!), m[4]!, bps);
  }
  TIMES.lastIndex = 0;
  for (let m = TIMES.exec(s); m; m = TIMES.exec(s)) push(m, parseNumber(m[2]!), m[1]!, null);
  return out;
}

const TENOR = '(2|two|5|five|10|ten|30|thirty)[- ]year';
const TENORS: Record<string, '2y' | '10y' | '30y' | null> = { '2': '2y', two: '2y', '10': '10y', ten: '10y', '30': '30y', thirty: '30y', '5': null, five: null };
// "the 10-year yield rose to 4.69%", "the two-year Treasury yield touched 3.9%", "yield on the 10-year note at 4.2%".
const YIELD_A = new RegExp(`\\b${TENOR}\\s+(?:U\\.S\\.\\s+)?(?:Treasury\\s+)?(?:note\\s+|bond\\s+)?yields?\\b([^%.;]{0,40}?)${NUM}\\s?%`, 'gi');
const YIELD_B = new RegExp(`\\byields?\\s+on\\s+the\\s+(?:benchmark\\s+)?${TENOR}\\s+(?:U\\.S\\.\\s+)?(?:Treasury\\s+)?(?:note|bond|Treasury)?([^%.;]{0,40}?)${NUM}\\s?%`, 'gi');

export function treasuryYield(input: SentenceInput): ExtractedClaim[] {
  const s = input.sentence.text;
  const out: ExtractedClaim[] = [];
  for (const re of [YIELD_A, YIELD_B]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const between = m[2]!;
      // A change ("rose 10 basis points", "fell by 0.2%") or a second figure in between is not a level.
      if (/\d|\bby\s*$|basis|bps?\b|points?/i.test(between)) continue;
      if (/^\s*(?:points?|percentage)/i.test(s.slice(m.index + m[0].length))) continue;
      const subject = TENORS[m[1]!.toLowerCase()];
      if (subject === undefined || subject === null) continue;
      if (soundsLikeForecast(between)) continue;
      out.push(
        claimAt(input, m, {
          kind: 'treasury-yield',
          subject,
          stated: { value: Number(m[3]!.replace(/,/g, '')), unit: '%' },
          detail: { qualifier: qualifierBefore(between) },
        }),
      );
    }
  }
  return out;
}
