import { z } from 'zod';

export const WatchlistEntrySchema = z.object({
  symbol: z.string().min(1).max(12),
  note: z.string().max(500).default(''),
  addedAt: z.string(),
});
export type WatchlistEntry = z.infer<typeof WatchlistEntrySchema>;

export const WatchlistSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(60),
  order: z.number().int(),
  createdAt: z.string(),
  entries: z.array(WatchlistEntrySchema),
});
export type Watchlist = z.infer<typeof WatchlistSchema>;

export const WATCHLIST_NAME_MAX = 60;

/** Trimmed, collapsed whitespace; throws a user-facing message when unusable. */
export function cleanListName(raw: string): string {
  const name = raw.replace(/\s+/g, ' ').trim();
  if (!name) throw new Error('A watchlist needs a name.');
  if (name.length > WATCHLIST_NAME_MAX) throw new Error(`Watchlist names are at most ${WATCHLIST_NAME_MAX} characters.`);
  return name;
}

export const NOTE_MAX = 500;

/** Notes are stored trimmed; throws a user-facing message when too long. */
export function cleanNote(raw: string): string {
  const note = raw.trim();
  if (note.length > NOTE_MAX) throw new Error(`Notes are at most ${NOTE_MAX} characters (this one has ${note.length}).`);
  return note;
}

/** Case-insensitive key for list names: two lists may not differ only in case. */
export const listKey = (name: string) => name.toLowerCase();
