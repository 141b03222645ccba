import type { ClaimWindow } from './extracted-claim';
import { isoDate, MONTH, monthEnd, monthNumber } from './article-numbers';

/**
 * The period a sentence names, read against the article's date: "since September 2025",
 * "began in September 2025 … to end the year", "in 2025", "this year", "last year". Null when it
 * names none. Pure.
 */

const START = new RegExp(`\\b(since|began in|begun in|started in|starting in|beginning in|from)\\s+(?:${MONTH}\\s+)?((?:19|20)\\d\\d)\\b`, 'i');
const YEAR_ONLY = /\b(?:in|during|for|throughout|over)\s+(?:the\s+(?:full\s+)?(?:year\s+)?|all\s+of\s+|calendar\s+)?((?:19|20)\d\d)\b/i;
const YEAR_END = /\b(?:end(?:ed|ing)?\s+the\s+year|year[- ]end|by\s+the\s+end\s+of\s+the\s+year|close\s+out\s+the\s+year)\b/i;

export function windowIn(sentence: string, articleDate: string | null): ClaimWindow | null {
  const articleYear = articleDate ? Number(articleDate.slice(0, 4)) : null;
  const start = START.exec(sentence);
  if (start) {
    const year = Number(start[3]);
    const month = start[2] ? monthNumber(start[2]) ?? 1 : 1;
    const from = isoDate(year, month, 1);
    const yearEnd = YEAR_END.test(sentence);
    const to = yearEnd ? `${year}-12-31` : articleDate;
    return { from, to: to && articleDate && to > articleDate ? articleDate : to, words: start[0] + (yearEnd ? ' … year end' : '') };
  }
  const year = YEAR_ONLY.exec(sentence);
  if (year) {
    const y = Number(year[1]);
    return { from: `${y}-01-01`, to: `${y}-12-31`, words: year[0] };
  }
  if (articleYear !== null) {
    const m = /\b(this year|year[- ]to[- ]date|so far in \d{4}|ytd)\b/i.exec(sentence);
    if (m) return { from: `${articleYear}-01-01`, to: articleDate, words: m[0] };
    const last = /\blast year\b/i.exec(sentence);
    if (last) return { from: `${articleYear - 1}-01-01`, to: `${articleYear - 1}-12-31`, words: last[0] };
    const month = new RegExp(`\\bin\\s+${MONTH}(?!\\s+\\d)`, 'i').exec(sentence);
    if (month) {
      const mm = monthNumber(month[1]!)!;
      const y = articleDate && mm > Number(articleDate.slice(5, 7)) ? articleYear - 1 : articleYear;
      return { from: isoDate(y, mm, 1), to: monthEnd(y, mm), words: month[0] };
    }
  }
  return null;
}
