import type { DateHints } from './claim-schema';
import { isoDate, MONTH, monthNumber } from './article-numbers';

/**
 * The article's date: the page's own markup first (article:published_time, a <time datetime>,
 * JSON-LD datePublished), then a dateline in the text ("As of January 6, 2026", "Jan 6 (Reuters)
 * - …" is not enough: it has no year). Pure.
 */

export interface ArticleDate {
  date: string;
  source: string;
}

/** "2026-01-06T14:00:00Z", "2026-01-06" → "2026-01-06"; anything else null. */
export function isoDay(raw: string | null | undefined): string | null {
  const m = raw ? /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(raw) : null;
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

// "As of January 6, 2026", "Published Jan. 6, 2026", "Updated 6 January 2026", "January 6, 2026 8:41 PM".
const WRITTEN = new RegExp(`\\b(?:(?:As of|Published|Updated|Posted|Dated?)\\s+(?:on\\s+)?)?(?:${MONTH}\\s+(\\d{1,2}),?\\s+(20\\d\\d)|(\\d{1,2})\\s+${MONTH},?\\s+(20\\d\\d))\\b`, 'i');

/** A written date at the start of the text (its first 400 characters: dateline or byline). */
export function writtenDate(text: string): string | null {
  const m = WRITTEN.exec(text.slice(0, 400));
  if (!m) return null;
  const [month, day, year] = m[1] ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]];
  const mm = monthNumber(month!);
  return mm ? isoDate(Number(year), mm, Number(day)) : null;
}

export function articleDate(hints: DateHints, text: string, override?: string | null): ArticleDate | null {
  const given = isoDay(override);
  if (given) return { date: given, source: 'given' };
  const ordered: Array<[string | null | undefined, string]> = [
    [hints.published, 'article:published_time'],
    [hints.jsonLd, 'JSON-LD datePublished'],
    [hints.time, '<time datetime>'],
  ];
  for (const [raw, source] of ordered) {
    const d = isoDay(raw);
    if (d) return { date: d, source };
  }
  const written = writtenDate(text);
  return written ? { date: written, source: 'the article text' } : null;
}
