import { claimAt, qualifierBefore, type SentenceInput } from './claim-text';
import type { ExtractedClaim } from './extracted-claim';
import { NUM } from './article-numbers';
import { windowIn } from './windows';

/** Performance claims: price returns of funds, indexes and stocks, and earnings growth. Pure; one sentence at a time. */

const UP = 'rose|risen|gained|jumped|surged|soared|rallied|climbed|advanced|increased|added|returned|is up|was up|were up|are up|up';
const DOWN = 'fell|fallen|dropped|declined|slid|slumped|lost|tumbled|sank|is down|was down|were down|are down|down';
const RETURN = new RegExp(
  `\\b(?:has\\s+|have\\s+|had\\s+)?(${UP}|${DOWN})\\s+((?:(?:an?|some|nearly|about|roughly|almost|around|more than|over|just|only|another)\\s+){0,2}(?:impressive\\s+|whopping\\s+|staggering\\s+|robust\\s+|modest\\s+)?)${NUM}\\s?%(?!\\s+of\\b)`,
  'gi',
);
// Words that make the thing rising a company figure, not a price.
const NOT_PRICE = /\b(?:revenue|revenues|sales|earnings|profits?|income|EPS|margins?|dividends?|inflation|yields?|costs?|spending|deposits|loans|volume|payrolls|unemployment|GDP|rates?|guidance|target|bookings|orders)\b[^,;]{0,25}$/i;

export function priceReturn(input: SentenceInput): ExtractedClaim[] {
  const s = input.sentence.text;
  const out: ExtractedClaim[] = [];
  RETURN.lastIndex = 0;
  for (let m = RETURN.exec(s); m; m = RETURN.exec(s)) {
    const at = input.sentence.start + m.index;
    const before = s.slice(Math.max(0, m.index - 60), m.index);
    if (NOT_PRICE.test(before)) continue;
    // The instrument must be named just before the verb, in the same clause.
    const mention = input.mentions.filter((x) => x.end <= at && at - x.end <= 45).at(-1);
    if (!mention) continue;
    if (/[;]|\d\s?%/.test(s.slice(mention.end - input.sentence.start, m.index))) continue;
    const sign = new RegExp(`^(?:${DOWN})$`, 'i').test(m[1]!) ? -1 : 1;
    out.push(
      claimAt(input, m, {
        kind: 'price-return',
        subject: mention.subject,
        stated: { value: sign * Number(m[3]!.replace(/,/g, '')), unit: '%' },
        detail: { qualifier: qualifierBefore(m[2] ?? ''), window: windowIn(s, input.articleDate) },
      }),
    );
  }
  return out;
}

// "projected 35% earnings growth", "EPS growth of 12%", "earnings rose 20%", "profits are expected to grow 15%".
const GROWTH_BEFORE = new RegExp(`\\b((?:projected|expected|forecast|estimated|anticipated|annual|annualized|year-over-year|double-digit)\\s+)?${NUM}\\s?%\\s+(?:(?:annual|year-over-year|yearly|projected|expected)\\s+)?(?:earnings|EPS|profit)\\s+growth\\b`, 'gi');
const GROWTH_AFTER = new RegExp(`\\b(?:earnings|EPS|profits?)(?:\\s+growth\\s+of|\\s+(?:grew|rose|jumped|increased|climbed|are\\s+expected\\s+to\\s+grow|is\\s+expected\\s+to\\s+grow|to\\s+grow))\\s+(?:by\\s+)?((?:about|nearly|roughly|around|more than|over)\\s+)?${NUM}\\s?%`, 'gi');

export function earningsGrowth(input: SentenceInput): ExtractedClaim[] {
  const s = input.sentence.text;
  const out: ExtractedClaim[] = [];
  for (const [re, numAt, qualAt] of [[GROWTH_BEFORE, 2, 1], [GROWTH_AFTER, 2, 1]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const at = input.sentence.start + m.index;
      const subject = input.mentions.find((x) => x.start >= at + m[0].length)?.subject ?? input.mentions.filter((x) => x.end <= at).at(-1)?.subject ?? null;
      out.push(
        claimAt(input, m, {
          kind: 'earnings-growth',
          subject,
          stated: { value: Number(m[numAt]!.replace(/,/g, '')), unit: '%' },
          detail: { qualifier: qualifierBefore(m[qualAt] ?? ''), window: windowIn(s, input.articleDate) },
        }),
      );
    }
  }
  return out;
}
