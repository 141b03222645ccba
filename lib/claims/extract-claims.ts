import type { SentenceInput } from './claim-text';
import type { ExtractedClaim, Mention } from './extracted-claim';
import { earningsGrowth, priceReturn } from './extract-performance';
import { fedFundsRange, rateMoveCount, treasuryYield } from './extract-rates';
import { marketCap, peMultiple, smallVsLargeDiscount } from './extract-valuation';
import { splitSentences } from './sentences';
import { namedSubjects } from './subjects';

/**
 * Article text → the market claims in it, in text order. `mentions` are the tickers, indexes and
 * company names the detector resolved in the same text (offsets into it); groups such as the
 * Magnificent Seven are added here. Pure: no universe, no data, no dates beyond the one given.
 */

const EXTRACTORS = [fedFundsRange, rateMoveCount, treasuryYield, smallVsLargeDiscount, peMultiple, marketCap, priceReturn, earningsGrowth];

export function extractClaims(text: string, mentions: readonly Mention[], articleDate: string | null): ExtractedClaim[] {
  const all = [...mentions, ...namedSubjects(text)].sort((a, b) => a.start - b.start);
  const out: ExtractedClaim[] = [];
  for (const sentence of splitSentences(text)) {
    const inside = all.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    const input: SentenceInput = { sentence, mentions: inside, articleDate };
    const found = EXTRACTORS.flatMap((f) => f(input));
    // One reading per stretch of text: the first extractor that claimed it wins (the list is in order of specificity).
    for (const c of found) if (!out.some((o) => o.start < c.end && o.end > c.start)) out.push(c);
  }
  return out.sort((a, b) => a.start - b.start);
}
