import { z } from 'zod';

/** A file larger than this (UTF-8 bytes) is refused whole. */
export const IMPORT_MAX_BYTES = 1024 * 1024;
/** At most this many data rows (CSV lines after the header, or JSON entries plus empty lists). */
export const IMPORT_MAX_ROWS = 5000;

const Name = z.string().max(200);
const SymbolField = z.string().min(1).max(16);
const Note = z.string().max(500);

export const ImportEntrySchema = z.object({ list: Name, symbol: SymbolField, note: Note });

/**
 * What applying a preview changes, and all that `watchlists:import-apply` carries. Lists are named,
 * not referenced by id: a name is unique (case-insensitive), and the background re-checks every
 * item against the stored lists inside the one transaction that writes them.
 */
export const ImportChangesSchema = z.object({
  /** New list names, in file order. */
  createLists: z.array(Name).max(IMPORT_MAX_ROWS),
  /** Symbols added at the end of a list (existing or created above), in file order. */
  addEntries: z.array(ImportEntrySchema).max(IMPORT_MAX_ROWS),
  /** Notes replaced on symbols already in a list. */
  updateNotes: z.array(ImportEntrySchema).max(IMPORT_MAX_ROWS),
});
export type ImportChanges = z.infer<typeof ImportChangesSchema>;

export const IMPORT_ROW_STATUSES = ['add', 'note', 'list', 'unchanged', 'error'] as const;

export const ImportRowSchema = z.object({
  /** Where the row is in the file: "Line 4", or "List 2 “Banks”, entry 3" for JSON. */
  ref: z.string(),
  list: z.string(),
  symbol: z.string(),
  status: z.enum(IMPORT_ROW_STATUSES),
  /** What will happen, or what is wrong. */
  message: z.string(),
});
export type ImportRow = z.infer<typeof ImportRowSchema>;

export const ImportPlanSchema = z.object({
  filename: z.string(),
  format: z.enum(['csv', 'json']).nullable(),
  /** Set when the file cannot be read at all; rows and changes are then empty. */
  fileError: z.string().nullable(),
  rows: z.array(ImportRowSchema).max(IMPORT_MAX_ROWS),
  changes: ImportChangesSchema,
});
export type ImportPlan = z.infer<typeof ImportPlanSchema>;

export function countChanges(c: ImportChanges): number {
  return c.createLists.length + c.addEntries.length + c.updateNotes.length;
}
