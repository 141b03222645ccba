/** Numbers and dates as articles write them. Pure. */

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirty: 30, a: 1, single: 1,
};

/** "3", "three", "1,250.5" → number; null when it is not one. */
export function parseNumber(raw: string): number | null {
  const s = raw.trim().toLowerCase();
  if (s in WORDS) return WORDS[s]!;
  if (!/^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(s)) return null;
  return Number(s.replace(/,/g, ''));
}

/** Regex source for a count written in digits or words (up to twelve). */
export const COUNT = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
/** Regex source for a decimal number, thousands separators allowed. */
export const NUM = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)';

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Regex source for a month name or its abbreviation. */
export const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** "Sept" → 1-based month number, or null. */
export function monthNumber(raw: string): number | null {
  const k = raw.toLowerCase().replace(/\.$/, '').slice(0, 3);
  const i = MONTHS.findIndex((m) => m.startsWith(k));
  return i >= 0 ? i + 1 : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar date as YYYY-MM-DD, or null when the day does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Last day of a month, YYYY-MM-DD. */
export function monthEnd(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

