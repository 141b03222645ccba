import * as z from 'zod/mini';
import { versionedRecord } from './versioned-record';

/** The popup's recent lookups, newest first, in storage.local (this profile only). */
const RecentSchema = z.array(z.string().check(z.minLength(1), z.maxLength(16)));
export const RECENT_MAX = 8;

/**
 * Version 1: the list of symbols, the shape stored before versions. Through the content script's
 * small versioned reader rather than defineSetting, which would add WXT's storage module to the
 * popup (measured in the README, "Performance").
 */
const item = versionedRecord('recentLookups', 1, {}, (raw) => {
  const parsed = RecentSchema.safeParse(raw);
  return parsed.success ? parsed.data.slice(0, RECENT_MAX) : null;
});

export const getRecentLookups = async (): Promise<string[]> => (await item.get()) ?? [];

/** Moves `symbol` to the front (no duplicates), keeping at most RECENT_MAX. */
export function withRecent(list: readonly string[], symbol: string): string[] {
  return [symbol, ...list.filter((s) => s !== symbol)].slice(0, RECENT_MAX);
}

export const rememberLookup = (symbol: string): Promise<string[]> => item.set((list) => withRecent(list ?? [], symbol));

/** Forgets them; what a newer CapLens stored (unreadable here) stays, as with any write. */
export async function clearRecentLookups(): Promise<void> {
  await item.set(() => []);
}
