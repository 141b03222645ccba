/** Calendar arithmetic on ISO yyyy-mm-dd dates, in UTC so a time zone never shifts a day. */

const DAY_MS = 86_400_000;

/** Days from ISO date a to ISO date b (b − a). Both must be valid ISO dates. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** Today's ISO date (UTC) by `now`, the system clock by default. */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** ISO date shifted by n days. */
export function addDays(iso: string, n: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}
