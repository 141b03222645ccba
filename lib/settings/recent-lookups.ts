import { browser } from 'wxt/browser';
import * as z from 'zod/mini';

/** The popup's recent lookups, newest first, in storage.local (this profile only). */
const RecentSchema = z.array(z.string().check(z.minLength(1), z.maxLength(16)));
const KEY = 'recentLookups';
export const RECENT_MAX = 8;

export async function getRecentLookups(): Promise<string[]> {
  const parsed = RecentSchema.safeParse((await browser.storage.local.get(KEY))[KEY]);
  return parsed.success ? parsed.data.slice(0, RECENT_MAX) : [];
}

/** Moves `symbol` to the front (no duplicates), keeping at most RECENT_MAX. */
export function withRecent(list: readonly string[], symbol: string): string[] {
  return [symbol, ...list.filter((s) => s !== symbol)].slice(0, RECENT_MAX);
}

export async function rememberLookup(symbol: string): Promise<string[]> {
  const next = withRecent(await getRecentLookups(), symbol);
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export async function clearRecentLookups(): Promise<void> {
  await browser.storage.local.remove(KEY);
}
