import { claimAt, qualifierBefore, subjectNear, type SentenceInput } from './claim-text';
import type { ExtractedClaim } from './extracted-claim';
import { NUM } from './article-numbers';

/** Valuation claims: the small-vs-large discount, P/E multiples, market caps. Pure; one sentence at a time. */

const SMALL = /\b(?:small[- ]caps?|small[- ]cap stocks|smaller (?:companies|stocks)|Russell 2000|small companies)\b/i;
// "a nearly 26% discount to large caps", "a discount of 26% to the S&P 500", "26% cheaper than large caps".
const DISCOUNT = new RegExp(
  `\\b((?:a|an)\\s+)?((?:nearly|almost|about|around|roughly|some|more than|over)\\s+)?${NUM}\\s?%\\s+(?:discount\\s+(?:to|versus|vs\\.?|relative to)|cheaper than|below)\\s+` +
    `(?:their\\s+|the\\s+)?(large[- ]caps?|large[- ]cap (?:stocks|peers|companies)|larger (?:companies|peers|stocks)|big(?:ger)? (?:companies|stocks)|the S&P 500|S&P 500|mega[- ]caps?)`,
  'gi',
);
const DISCOUNT_OF = new RegExp(`\\bdiscount\\s+of\\s+((?:nearly|almost|about|around|roughly|some|more than|over)\\s+)?${NUM}\\s?%\\s+(?:to|versus|relative to)\\s+(?:the\\s+)?(large[- ]caps?|larger (?:companies|peers)|the S&P 500|S&P 500)`, 'gi');

export function smallVsLargeDiscount(input: SentenceInput): ExtractedClaim[] {
  const s = input.sentence.text;
  if (!SMALL.test(s)) return [];
  const out: ExtractedClaim[] = [];
  DISCOUNT.lastIndex = 0;
  for (let m = DISCOUNT.exec(s); m; m = DISCOUNT.exec(s)) {
    // "trades at a 20% discount to large caps" of one company is a company claim: only small caps as a group.
    out.push(claimAt(input, m, { kind: 'small-vs-large-discount', subject: 'small-vs-large', stated: { value: Number(m[3]!.replace(/,/g, '')), unit: '%' }, detail: { qualifier: qualifierBefore(m[2] ?? '') } }));
  }
  DISCOUNT_OF.lastIndex = 0;
  for (let m = DISCOUNT_OF.exec(s); m; m = DISCOUNT_OF.exec(s)) {
    out.push(claimAt(input, m, { kind: 'small-vs-large-discount', subject: 'small-vs-large', stated: { value: Number(m[2]!.replace(/,/g, '')), unit: '%' }, detail: { qualifier: qualifierBefore(m[1] ?? '') } }));
  }
  return out;
}

const QUAL = '((?:(?:often|usually|typically|still|now|currently|well|just|only)\\s+)?(?:exceeding|above|over|more than|upwards of|at least|north of|below|under|less than|nearly|almost|about|around|roughly|near|close to|some)\\s+)?';
// "a forward P/E of 30x", "forward price-to-earnings ratios often exceeding 30x", "a P/E ratio of 12".
const PE_NAMED = new RegExp(
  `\\b(forward|trailing|current|12-month forward)?\\s*(?:P\\/E|PE|price[- ]to[- ]earnings|price\\/earnings|earnings multiples?)(?:\\s+(?:ratios?|multiples?))?\\s+(?:of\\s+|at\\s+|is\\s+|near\\s+)?${QUAL}${NUM}(\\s?x\\b|\\s?×|\\s+times\\b)?`,
  'gi',
);
// "at 6 times earnings", "trading at 30x forward earnings", "15 times next year's earnings".
const TIMES_EARNINGS = new RegExp(`${QUAL}${NUM}\\s?(?:x|×|times)\\s+(forward\\s+|trailing\\s+|next\\s+year'?s\\s+|this\\s+year'?s\\s+|expected\\s+)?(?:earnings|profits?|EPS)\\b`, 'gi');

export function peMultiple(input: SentenceInput): ExtractedClaim[] {
  const s = input.sentence.text;
  const out: ExtractedClaim[] = [];
  const push = (m: RegExpExecArray, value: number, basis: 'forward' | 'trailing', qual: string) => {
    if (!(value > 0 && value < 1000)) return;
    const subject = subjectNear(input.mentions, input.sentence.start + m.index);
    out.push(claimAt(input, m, { kind: 'pe-multiple', subject, stated: { value, unit: 'x' }, detail: { basis, qualifier: qualifierBefore(qual) } }));
  };
  PE_NAMED.lastIndex = 0;
  for (let m = PE_NAMED.exec(s); m; m = PE_NAMED.exec(s)) {
    // A bare number after "P/E" must look like a multiple: "x"/"times", or a plain figure not followed by %.
    if (/^\s*%/.test(s.slice(m.index + m[0].length))) continue;
    if (!m[4] && /^\s*(?:percent|per\s*cent|basis|bps|billion|million)/i.test(s.slice(m.index + m[0].length))) continue;
    push(m, Number(m[3]!.replace(/,/g, '')), /forward/i.test(m[1] ?? '') ? 'forward' : 'trailing', m[2] ?? '');
  }
  TIMES_EARNINGS.lastIndex = 0;
  for (let m = TIMES_EARNINGS.exec(s); m; m = TIMES_EARNINGS.exec(s)) {
    if (out.some((c) => c.start <= input.sentence.start + m!.index + m![0].length && c.end >= input.sentence.start + m!.index)) continue;
    push(m, Number(m[2]!.replace(/,/g, '')), m[3] && !/trailing/i.test(m[3]) ? 'forward' : 'trailing', m[1] ?? '');
  }
  return out;
}

const SCALE: Record<string, number> = { trillion: 1e12, tn: 1e12, t: 1e12, billion: 1e9, bn: 1e9, b: 1e9, million: 1e6, mn: 1e6, m: 1e6 };
const MONEY = `\\$\\s?${NUM}\\s?(trillion|billion|million|tn|bn|mn|[TBM])\\b`;
// "a market value of $10 billion", "market cap of about $2.1B", "$10 billion market cap".
const CAP_NAMED = new RegExp(`\\bmarket\\s+(?:cap(?:italization|italisation)?|value|valuation)\\s+(?:of\\s+|at\\s+|is\\s+|was\\s+|near\\s+)?${QUAL}${MONEY}`, 'gi');
const CAP_BEFORE = new RegExp(`${MONEY}[- ]?(?:in\\s+)?market\\s+(?:cap(?:italization|italisation)?|value)\\b`, 'gi');
// "a $10 billion regional lender": a company noun after the money, at most two words between.
const COMPANY_NOUN = '(?:lender|bank|banks|company|companies|firm|insurer|retailer|REIT|chipmaker|maker|producer|manufacturer|developer|operator|group|utility|biotech|miner|refiner|carrier|airline|conglomerate)';
const CAP_SIZE = new RegExp(`\\b(?:a|an|the)\\s+${MONEY}[- ](?:[a-z-]+\\s+){0,2}${COMPANY_NOUN}\\b`, 'gi');

export function marketCap(input: SentenceInput): ExtractedClaim[] {
  const s = input.sentence.text;
  const out: ExtractedClaim[] = [];
  const push = (m: RegExpExecArray, num: string, scale: string, qual: string) => {
    const value = Number(num.replace(/,/g, '')) * (SCALE[scale.toLowerCase()] ?? NaN);
    if (!Number.isFinite(value)) return;
    const at = input.sentence.start + m.index;
    if (out.some((c) => c.start < at + m[0].length && c.end > at)) return;
    out.push(claimAt(input, m, { kind: 'market-cap', subject: subjectNear(input.mentions, at, false), stated: { value, unit: 'USD' }, detail: { qualifier: qualifierBefore(qual) } }));
  };
  CAP_NAMED.lastIndex = 0;
  for (let m = CAP_NAMED.exec(s); m; m = CAP_NAMED.exec(s)) push(m, m[2]!, m[3]!, m[1] ?? '');
  CAP_BEFORE.lastIndex = 0;
  for (let m = CAP_BEFORE.exec(s); m; m = CAP_BEFORE.exec(s)) push(m, m[1]!, m[2]!, '');
  CAP_SIZE.lastIndex = 0;
  for (let m = CAP_SIZE.exec(s); m; m = CAP_SIZE.exec(s)) push(m, m[1]!, m[2]!, '');
  return out;
}
